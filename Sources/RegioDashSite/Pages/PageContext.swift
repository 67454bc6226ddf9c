import RegioDashCore

/// What a page is rendered with: the dataset, the language's texts and
/// formats, the URL layout, and where the page itself stands.
final class PageContext: Sendable {
    let dataset: Dataset
    let strings: Strings
    let format: Formatter
    let routes: Routes
    /// This page's path from the site root.
    let path: String
    /// Chart parts that many pages share, made once per build.
    let charts: ChartCache
    /// How large the build's pages are, for the next page's buffer.
    let sizes: PageSizes
    /// The fragments of this page as last published, to take instead of rendering.
    let published: PublishedFragments
    /// Whether the page is a handout, which takes its municipality's figures
    /// from its profile (`ChartCache.shared`).
    let isHandout: Bool

    init(dataset: Dataset, path: String, charts: ChartCache = ChartCache(), sizes: PageSizes = PageSizes(),
         published: PublishedFragments = .none, isHandout: Bool = false) {
        self.dataset = dataset
        strings = Strings.of(dataset.site.language)
        format = Formatter(language: dataset.site.language)
        routes = Routes(language: dataset.site.language, strings: strings)
        self.path = path
        self.charts = charts
        self.sizes = sizes
        self.published = published
        self.isHandout = isHandout
    }

    var language: Language { dataset.site.language }

    /// A link from this page to another file of the site.
    func link(_ target: String) -> String {
        Routes.relative(from: path, to: target)
    }

    /// The same context for another page.
    func at(_ path: String) -> PageContext {
        PageContext(dataset: dataset, path: path, charts: charts, sizes: sizes)
    }
}
