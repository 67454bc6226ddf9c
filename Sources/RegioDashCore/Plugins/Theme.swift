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
    /// The targets of `targets.csv`.
    public let targets: [Target]
    /// Every year with a figure or a narrative, ascending.
    public let years: [Int]
    /// The year the theme's page opens on and profiles compare: the latest
    /// in which at least half of the region's municipalities have a figure
    /// (a theme without figures: a narrative). Later years are incomplete.
    public let currentYear: Int?
    /// Per year, how many of the region's municipalities have a figure (a
    /// theme without figures: a narrative).
    public let coverage: [Int: Int]
    let views: Views
    /// Computed the first time a page asks for them.
    private let lazyStatistics: Once<ThemeStatistics>
    private var statistics: ThemeStatistics { lazyStatistics.get() }
    private let region: Region
    /// Where each municipality's (by code) and each year's narratives are in
    /// `narratives`, in order: every profile and theme page asks for theirs.
    private let narrativesByMunicipality: [String: [Int]]
    private let narrativesByYear: [Int: [Int]]

    /// What the pipeline reads for every theme, whatever its plugin.
    struct Parts {
        var titleOverride: String?
        var intro: Markup?
        var narratives: [Narrative]
        var targets: [Target]
    }

    /// The plugin's methods, bound to its content.
    struct Views {
        var check: @Sendable (Theme, Dataset, inout Diagnostics) -> Void
        var sections: @Sendable (SectionScope, Theme, Dataset) -> [Section]
        var headline: @Sendable (Theme, Dataset) -> Headline?
        var glance: @Sendable (Municipality, Theme, Dataset) -> Glance?
        var download: @Sendable (Theme, Dataset) -> DataTable
        var records: @Sendable (Theme, Dataset) -> DataTable?
        /// Whether the folder's `theme.yaml` adds indicators the plugin itself does not declare.
        var addsIndicators: Bool
    }

    init(descriptor: ThemeDescriptor, parts: Parts, observations: [Observation], region: Region, views: Views) {
        self.descriptor = descriptor
        titleOverride = parts.titleOverride
        intro = parts.intro
        let figures = Figures(observations)
        self.figures = figures
        narratives = parts.narratives
        var byMunicipality: [String: [Int]] = [:]
        var byYear: [Int: [Int]] = [:]
        for (number, narrative) in parts.narratives.enumerated() {
            byMunicipality[narrative.municipality, default: []].append(number)
            byYear[narrative.year, default: []].append(number)
        }
        narrativesByMunicipality = byMunicipality
        narrativesByYear = byYear
        targets = parts.targets
        let years = Array(Set(figures.years).union(parts.narratives.map(\.year))).sorted()
        self.years = years
        self.views = views
        self.region = region
        let themeTargets = parts.targets
        lazyStatistics = Once {
            ThemeStatistics(themeID: descriptor.id, indicators: descriptor.indicators, figures: figures,
                            targets: themeTargets, region: region)
        }
        let coverage = Self.coverage(figures: figures, narratives: parts.narratives, region: region)
        self.coverage = coverage
        let complete = years.filter { 2 * (coverage[$0] ?? 0) >= region.municipalities.count }
        currentYear = complete.last ?? years.max { (coverage[$0] ?? 0, $0) < (coverage[$1] ?? 0, $1) }
    }

    /// Municipalities with a figure per year; narratives when there are no figures.
    private static func coverage(figures: Figures, narratives: [Narrative], region: Region) -> [Int: Int] {
        var coverage: [Int: Int] = [:]
        let indicators = figures.indicators
        for (place, year) in figures.years.enumerated() {
            let reporting = region.municipalities.count(where: { municipality in
                indicators.contains { indicator in
                    guard let position = figures.position(municipality: municipality.code, indicator: indicator),
                          let number = figures.number(position, year: place) else { return false }
                    return figures.observations[number].value != nil
                }
            })
            if reporting > 0 { coverage[year] = reporting }
        }
        if coverage.isEmpty {
            var present: [Int: Set<String>] = [:]
            for narrative in narratives {
                present[narrative.year, default: []].insert(narrative.municipality)
            }
            return present.mapValues(\.count)
        }
        return coverage
    }

    /// Whether fewer than half of the region's municipalities have a figure
    /// (or a narrative) in `year`: its page says so.
    public func isIncomplete(_ year: Int) -> Bool {
        2 * (coverage[year] ?? 0) < region.municipalities.count
    }

    /// How the indicator's measure is written (per 1,000 or 10,000, decimals).
    public func scale(of indicator: String) -> MeasureScale {
        guard let column = descriptor.indicators.firstIndex(where: { $0.id == indicator }) else { return .plain }
        return statistics.scales[column]
    }

    /// All municipalities compared on the theme's indicators in `year`.
    public func comparison(year: Int) -> Comparison {
        statistics.comparisons[year]
            ?? Comparison(themeID: id, indicators: descriptor.indicators, scales: statistics.scales, figures: figures,
                          targets: targets, year: year, region: region)
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

    /// The latest year with a figure or narrative (it may be incomplete: see `currentYear`).
    public var latestYear: Int? { years.last }

    /// The narratives of one year, in the region's order of municipalities.
    public func narratives(year: Int) -> [Narrative] {
        (narrativesByYear[year] ?? []).map { narratives[$0] }
    }

    /// One municipality's narratives, oldest year first.
    public func narratives(municipality code: String) -> [Narrative] {
        (narrativesByMunicipality[code] ?? []).map { narratives[$0] }
    }

    /// What the theme shows for `scope`: the plugin's sections; then, when
    /// `theme.yaml` adds indicators and those sections show no figures, the
    /// standard views of the figures; then the narratives, unless the
    /// plugin placed them itself. A plugin cannot lose either by overriding
    /// `sections`.
    public func sections(for scope: SectionScope, in dataset: Dataset) -> [Section] {
        var sections = views.sections(scope, self, dataset)
        if views.addsIndicators, !sections.contains(where: \.showsFigures) {
            sections += StandardViews.sections(for: scope, theme: self, dataset: dataset)
        }
        if !sections.contains(where: \.isNarratives) {
            sections.append(.narratives(scope.narratives(of: self, region: dataset.region)))
        }
        return sections
    }

    /// The figure the overview shows for the theme, if any.
    public func headline(in dataset: Dataset) -> Headline? {
        views.headline(self, dataset)
    }

    /// The figure the top of a municipality's profile shows for the theme, if any.
    public func glance(of municipality: Municipality, in dataset: Dataset) -> Glance? {
        views.glance(municipality, self, dataset)
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
