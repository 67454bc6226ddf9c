import RegioDashCore

/// The free pages the site publishes: the content's own, plus a standard
/// accessibility statement when the content has none (Dutch public sites
/// must link one).
enum FreePages {
    static func all(in dataset: Dataset, strings: Strings) -> [FreePage] {
        var pages = dataset.pages
        if !pages.contains(where: { $0.slug == strings.accessibilitySlug }) {
            pages.append(standardStatement(dataset, strings: strings))
        }
        return pages.sorted { $0.slug < $1.slug }
    }

    /// Whether the content lacks its own accessibility statement.
    static func usesStandardStatement(_ dataset: Dataset, strings: Strings) -> Bool {
        !dataset.pages.contains { $0.slug == strings.accessibilitySlug }
    }

    private static func standardStatement(_ dataset: Dataset, strings: Strings) -> FreePage {
        let publisher = dataset.site.publisher ?? dataset.site.title
        let text = strings.accessibilityStatement(publisher).joined(separator: "\n\n")
        return FreePage(slug: strings.accessibilitySlug, title: strings.accessibilityTitle,
                        body: Markdown.render(text), location: SourceLocation(path: "regiodash"))
    }
}
