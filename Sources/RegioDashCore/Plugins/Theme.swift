/// A theme as loaded: its plugin's descriptor, its figures and narratives,
/// and its plugin's views.
public struct Theme: Sendable {
    /// The theme as declared: by its plugin, with what its `theme.yaml` changes.
    public let descriptor: ThemeDescriptor
    /// `theme.md`'s title, when it gives one.
    public let titleOverride: String?
    /// `theme.md`'s text, when it has one; else the descriptor's intro is shown.
    public let intro: Markup?
    /// The yearly figures of `data.csv` (or whatever the plugin read as figures).
    public let figures: Figures
    /// Published narratives (and drafts when building with `--drafts`), by
    /// year, then in the region's municipality order.
    public let narratives: [Narrative]
    /// Every year with a figure or a narrative, ascending.
    public let years: [Int]
    let views: Views
    private let statistics: ThemeStatistics
    private let region: Region

    /// What the pipeline reads for every theme, whatever its plugin.
    struct Parts {
        var titleOverride: String?
        var intro: Markup?
        var narratives: [Narrative]
    }

    /// The plugin's methods, bound to its content.
    struct Views {
        var check: @Sendable (Theme, Dataset, inout Diagnostics) -> Void
        var sections: @Sendable (SectionScope, Theme, Dataset) -> [Section]
        var headline: @Sendable (Theme, Dataset) -> Headline?
        var download: @Sendable (Theme, Dataset) -> DataTable
        var records: @Sendable (Theme, Dataset) -> DataTable?
    }

    init(descriptor: ThemeDescriptor, parts: Parts, observations: [Observation], region: Region, views: Views) {
        self.descriptor = descriptor
        titleOverride = parts.titleOverride
        intro = parts.intro
        let figures = Figures(observations)
        self.figures = figures
        narratives = parts.narratives
        years = Array(Set(figures.years).union(parts.narratives.map(\.year))).sorted()
        self.views = views
        self.region = region
        statistics = ThemeStatistics(themeID: descriptor.id, indicators: descriptor.indicators, figures: figures, region: region)
    }

    /// All municipalities compared on the theme's indicators in `year`.
    public func comparison(year: Int) -> Comparison {
        statistics.comparisons[year]
            ?? Comparison(themeID: id, indicators: descriptor.indicators, figures: figures, year: year, region: region)
    }

    /// An indicator over every year with figures; nil for an indicator the theme does not have.
    public func trend(indicator id: String) -> Trend? {
        statistics.trends[id]
    }

    /// The theme's id: its folder's name.
    public var id: String { descriptor.id }

    /// The title in `language` (`theme.md`'s title, if it gives one).
    public func title(_ language: Language) -> String {
        titleOverride ?? descriptor.title[language]
    }

    /// The URL segment of the theme's pages in `language`.
    public func slug(_ language: Language) -> String {
        descriptor.slug[language]
    }

    /// The latest year with a figure or narrative.
    public var latestYear: Int? { years.last }

    /// The narratives of one year, in the region's order of municipalities.
    public func narratives(year: Int) -> [Narrative] {
        narratives.filter { $0.year == year }
    }

    /// One municipality's narratives, oldest year first.
    public func narratives(municipality code: String) -> [Narrative] {
        narratives.filter { $0.municipality == code }
    }

    /// What the plugin shows for `scope`.
    public func sections(for scope: SectionScope, in dataset: Dataset) -> [Section] {
        views.sections(scope, self, dataset)
    }

    /// The figure the overview shows for the theme, if any.
    public func headline(in dataset: Dataset) -> Headline? {
        views.headline(self, dataset)
    }

    /// The table offered for download (CSV and JSON).
    public func download(in dataset: Dataset) -> DataTable {
        views.download(self, dataset)
    }

    /// The plugin's own records besides the figures, if it has any.
    public func records(in dataset: Dataset) -> DataTable? {
        views.records(self, dataset)
    }

    func check(in dataset: Dataset, diagnostics: inout Diagnostics) {
        views.check(self, dataset, &diagnostics)
    }
}
