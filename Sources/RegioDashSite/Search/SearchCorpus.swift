import RegioDashCore

/// What the site's search reads, each text with its number: first every
/// narrative, theme by theme in the site's order, each year from the oldest,
/// each year's municipalities in the region's order; then each theme's
/// introduction, then the free pages. The numbers follow from the content
/// alone, so the same content always numbers the same, and a result's
/// theme, year and municipality follow from its number (`groups`).
struct SearchCorpus: Sendable {
    /// One theme's narratives of one year: numbers `start...` in turn, one per municipality in `municipalities`.
    struct Group: Sendable {
        var theme: Int
        var year: Int
        var start: Int
        /// Indexes into the region's municipalities.
        var municipalities: [Int]
    }

    /// A text to find, and the file it stands in (from the site's root).
    struct Document: Sendable {
        enum Source: Sendable {
            case narrative(Narrative)
            case intro(Theme)
            case page(FreePage)
        }

        var source: Source
        /// The theme it belongs to (an index into the dataset's themes), if any.
        var theme: Int?
        var path: String
    }

    let groups: [Group]
    let documents: [Document]
    /// The numbers of the theme introductions and free pages (after the narratives).
    var pages: Range<Int> { (groups.last.map { $0.start + $0.municipalities.count } ?? 0)..<documents.count }

    init(dataset: Dataset, strings: Strings) {
        let routes = Routes(language: dataset.site.language, strings: strings)
        let region = dataset.region.municipalities
        let position = Dictionary(region.enumerated().map { ($1.code, $0) }) { first, _ in first }
        var groups: [Group] = []
        var documents: [Document] = []
        for (themeIndex, theme) in dataset.themes.enumerated() {
            for year in theme.years {
                let narratives = theme.narratives(year: year)
                    .compactMap { narrative in position[narrative.municipality].map { ($0, narrative) } }
                    .sorted { $0.0 < $1.0 }
                guard !narratives.isEmpty else { continue }
                groups.append(Group(theme: themeIndex, year: year, start: documents.count, municipalities: narratives.map(\.0)))
                for (index, narrative) in narratives {
                    documents.append(Document(source: .narrative(narrative), theme: themeIndex,
                                              path: routes.profile(region[index]) + "#" + NarrativesView.anchor(narrative)))
                }
            }
        }
        for (themeIndex, theme) in dataset.themes.enumerated() {
            documents.append(Document(source: .intro(theme), theme: themeIndex, path: routes.theme(theme)))
        }
        for page in FreePages.all(in: dataset, strings: strings) {
            documents.append(Document(source: .page(page), theme: nil, path: routes.page(page.slug)))
        }
        self.groups = groups
        self.documents = documents
    }
}

extension SearchCorpus.Document {
    /// Its title as written, if it has one (a narrative's is optional: the
    /// search shows municipality and year instead).
    func title(_ language: Language) -> String {
        switch source {
        case let .narrative(narrative): narrative.title ?? ""
        case let .intro(theme): theme.title(language)
        case let .page(page): page.title
        }
    }

    /// Its text as a reader sees it: summary and body, without markup.
    func text(_ language: Language) -> String {
        switch source {
        case let .narrative(narrative):
            [narrative.summary, PlainText.of(narrative.body)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
        case let .intro(theme):
            theme.intro.map { PlainText.of($0) } ?? theme.descriptor.intro[language]
        case let .page(page):
            PlainText.of(page.body)
        }
    }
}
