/// The views every theme with yearly figures gets: what `ThemePlugin`'s
/// defaults return, and building blocks for a plugin that adds its own.
public enum StandardViews {
    /// The comparison for a year and the trends (theme page); the profile
    /// for the current year (municipality profile). The pipeline adds the
    /// narratives after them.
    public static func sections(for scope: SectionScope, theme: Theme, dataset: Dataset) -> [Section] {
        switch scope {
        case let .region(year):
            var sections: [Section] = []
            if !theme.descriptor.indicators.isEmpty {
                sections.append(.comparison(theme.comparison(year: year)))
            }
            if let trends = trends(theme: theme, dataset: dataset) {
                sections.append(.trends(trends))
            }
            return sections
        case let .municipality(municipality):
            var sections: [Section] = []
            if let profile = profile(of: municipality, theme: theme, dataset: dataset) {
                sections.append(.profile(profile))
            }
            return sections
        }
    }

    /// Every indicator over the years, when the theme has figures for more than one year.
    public static func trends(theme: Theme, dataset: Dataset) -> [Trend]? {
        guard theme.figures.years.count > 1, !theme.descriptor.indicators.isEmpty else { return nil }
        return theme.descriptor.indicators.compactMap { theme.trend(indicator: $0.id) }
    }

    /// A municipality's figures in the theme's current year.
    public static func profile(of municipality: Municipality, theme: Theme, dataset: Dataset) -> IndicatorProfile? {
        guard !theme.descriptor.indicators.isEmpty, !theme.figures.isEmpty, let year = theme.currentYear else { return nil }
        return IndicatorProfile(municipality: municipality, theme: theme, year: year, region: dataset.region)
    }

    /// The first indicator with a figure in the current year: the regional
    /// total (and rate) for counts and numbers, the average for percentages.
    public static func headline(theme: Theme, dataset: Dataset) -> Headline? {
        guard !theme.figures.isEmpty, let year = theme.currentYear else { return nil }
        let comparison = theme.comparison(year: year)
        guard let column = comparison.summaries.firstIndex(where: { $0.reporting > 0 }) else { return nil }
        let indicator = comparison.indicators[column]
        let summary = comparison.summaries[column]
        let reporting = summary.reporting
        let all = dataset.region.municipalities.count
        return Headline(
            label: indicator.label, year: year,
            value: indicator.kind == .percent ? summary.average : summary.total,
            kind: indicator.kind, rate: summary.rate, scale: comparison.scales[column], denominator: indicator.denominator,
            detail: reporting < all
                ? LocalizedText(nl: "\(reporting) van de \(all) gemeenten \(reporting == 1 ? "heeft" : "hebben") een cijfer",
                                en: "\(reporting) of the \(all) municipalities \(reporting == 1 ? "has" : "have") a figure")
                : nil)
    }

    /// The municipality's row of the headline's indicator: the first with a
    /// figure in the region in the current year, so profile and overview
    /// lead with the same figure.
    public static func glance(of municipality: Municipality, theme: Theme, dataset: Dataset) -> Glance? {
        guard let profile = profile(of: municipality, theme: theme, dataset: dataset),
              let row = profile.rows.firstIndex(where: { $0.reporting > 0 }) else { return nil }
        return .indicator(profile, row: row)
    }

    /// Every row of `data.csv` as it was understood: one line per
    /// municipality (then benchmark), year and indicator, with the figure
    /// per 1,000 inhabitants (of the indicator's denominator) and the target.
    public static func download(theme: Theme, dataset: Dataset) -> DataTable {
        let language = dataset.site.language
        let columns: [DataTable.Column] = [
            .municipalityCode, .municipality,
            .init(id: "year", label: LocalizedText(nl: "Jaar", en: "Year")),
            .init(id: "indicator", label: LocalizedText(nl: "Indicator", en: "Indicator")),
            .init(id: "indicator_label", label: LocalizedText(nl: "Omschrijving", en: "Description")),
            .init(id: "kind", label: LocalizedText(nl: "Soort", en: "Kind")),
            .init(id: "value", label: LocalizedText(nl: "Waarde", en: "Value")),
            .init(id: "per_1000", label: LocalizedText(nl: "Per 1.000 inwoners", en: "Per 1,000 inhabitants")),
            .init(id: "source", label: LocalizedText(nl: "Bron", en: "Source")),
            .note,
            // Added after the first version: new columns go last, so readers of the old ones keep working.
            .init(id: "area_type", label: LocalizedText(nl: "Soort gebied", en: "Type of area")),
            .init(id: "denominator", label: LocalizedText(nl: "Per 1.000 van", en: "Per 1,000 of")),
            .init(id: "target", label: LocalizedText(nl: "Doel", en: "Target")),
        ]
        var targets: [String: Double] = [:]
        for target in theme.targets {
            targets["\(target.municipality ?? "")|\(target.year)|\(target.indicator)"] = target.value
        }
        let areas: [(code: String, name: String, type: String, place: any Inhabited)] =
            dataset.region.municipalities.map { ($0.code, $0.name, "municipality", $0) }
            + dataset.region.benchmarks.map { ($0.code, $0.name[language], "benchmark", $0) }
        var rows: [[DataTable.Cell]] = []
        for year in theme.figures.years {
            for area in areas {
                for indicator in theme.descriptor.indicators {
                    guard let row = theme.figures.observation(municipality: area.code, year: year,
                                                              indicator: indicator.id) else { continue }
                    let population = area.place.inhabitants(indicator.denominator, in: year)
                    rows.append([
                        .text(area.code), .text(area.name), .text(String(year)),
                        .text(indicator.id), .text(indicator.label[language]), .text(indicator.kind.rawValue),
                        .number(row.value, indicator.kind),
                        indicator.kind.hasRate
                            ? .number(indicator.kind.rate(row.value, population: population, per: 1000), .number) : .empty,
                        row.source.map(DataTable.Cell.text) ?? .empty,
                        row.note.map(DataTable.Cell.text) ?? .empty,
                        .text(area.type),
                        indicator.kind.hasRate ? .text(indicator.denominator?.id ?? "inhabitants") : .empty,
                        targets["\(area.code)|\(year)|\(indicator.id)"].map { .number($0, indicator.kind) } ?? .empty,
                    ])
                }
            }
        }
        return DataTable(caption: LocalizedText(theme.title(language)), columns: columns, rows: rows)
    }
}
