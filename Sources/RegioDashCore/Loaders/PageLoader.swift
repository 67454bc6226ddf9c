/// Reads the free pages, `pages/<slug>.md`.
enum PageLoader {
    static let keys = ["title"]

    /// A page with the path and hash of its file.
    struct Loaded {
        var page: FreePage
        var path: String
        var hash: UInt64
    }

    static func load(_ content: ContentFolder, diagnostics: inout Diagnostics) -> [Loaded] {
        guard let entries = content.entries(in: "pages", diagnostics: &diagnostics) else { return [] }
        var pages: [Loaded] = []
        for entry in entries {
            let path = "pages/" + entry.name
            guard !entry.isDirectory, entry.name.hasSuffix(".md") else {
                diagnostics.warning("this is not read: the pages folder holds Markdown files, <slug>.md",
                                    at: content.location(path))
                continue
            }
            let slug = String(entry.name.dropLast(3))
            guard Slug.isValid(slug) else {
                diagnostics.error(
                    "\"\(entry.name)\" cannot be a page: its name becomes the page's folder and may only hold a-z, 0-9 and \"-\"",
                    at: content.location(path), suggestion: Slug.make(from: slug).isEmpty ? nil : Slug.make(from: slug) + ".md")
                continue
            }
            guard let file = content.read(path, diagnostics: &diagnostics),
                  let markdown = MarkdownFile.read(file, keys: keys, diagnostics: &diagnostics) else { continue }
            let given = markdown.text("title", diagnostics: &diagnostics)
            let document = Markdown.document(markdown.body, topHeadingLevel: 2, liftingTitle: given == nil)
            let title = given ?? document.title?.trimmingWhitespace ?? defaultTitle(slug)
            pages.append(Loaded(page: FreePage(slug: slug, title: title.isEmpty ? defaultTitle(slug) : title,
                                               body: document.body, location: file.location()),
                                path: path, hash: file.hash))
        }
        return pages
    }

    /// "over-dit-dashboard" → "Over dit dashboard".
    static func defaultTitle(_ slug: String) -> String {
        let words = String(slug.map { $0 == "-" ? " " : $0 })
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
