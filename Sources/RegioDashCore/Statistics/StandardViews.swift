/// The views every theme with yearly figures gets: what `ThemePlugin`'s
/// defaults return, and building blocks for a plugin that adds its own.
public enum StandardViews {
    /// The comparison for a year, then the narratives (theme page); the
    /// profile for the latest year with figures, then the narratives
    /// (municipality profile).
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
            sections.append(.narratives(NarrativeList(theme: theme, year: year, region: dataset.region)))
            return sections
        case let .municipality(municipality):
            var sections: [Section] = []
            if let profile = profile(of: municipality, theme: theme, dataset: dataset) {
                sections.append(.profile(profile))
            }
            sections.append(.narratives(NarrativeList(theme: theme, municipality: municipality)))
            return sections
        }
    }

    /// Every indicator over the years, when the theme has figures for more than one year.
    public static func trends(theme: Theme, dataset: Dataset) -> [Trend]? {
        guard theme.figures.years.count > 1, !theme.descriptor.indicators.isEmpty else { return nil }
        return theme.descriptor.indicators.compactMap { theme.trend(indicator: $0.id) }
    }

    /// A municipality's figures in the latest year the theme has figures for.
    public static func profile(of municipality: Municipality, theme: Theme, dataset: Dataset) -> IndicatorProfile? {
        guard !theme.descriptor.indicators.isEmpty, let year = theme.figures.years.last else { return nil }
        return IndicatorProfile(municipality: municipality, theme: theme, year: year, region: dataset.region)
    }

    /// The first indicator with a figure in the latest year: the regional
    /// total (and per 1,000) for counts and numbers, the average for percentages.
    public static func headline(theme: Theme, dataset: Dataset) -> Headline? {
        guard let year = theme.figures.years.last else { return nil }
        let comparison = theme.comparison(year: year)
        guard let column = comparison.summaries.firstIndex(where: { $0.reporting > 0 }) else { return nil }
        let indicator = comparison.indicators[column]
        let summary = comparison.summaries[column]
        let reporting = summary.reporting
        let all = dataset.region.municipalities.count
        return Headline(
            label: indicator.label, year: year,
            value: indicator.kind == .percent ? summary.average : summary.total,
            kind: indicator.kind, perThousand: summary.perThousand,
            detail: reporting < all
                ? LocalizedText(nl: "\(reporting) van \(all) gemeenten met een cijfer",
                                en: "\(reporting) of \(all) municipalities with a figure")
                : nil)
    }

    /// Every row of `data.csv` as it was understood: one line per
    /// municipality, year and indicator, with the per-1,000 figure.
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
        ]
        var rows: [[DataTable.Cell]] = []
        for year in theme.figures.years {
            for municipality in dataset.region.municipalities {
                let population = municipality.population[year]
                for indicator in theme.descriptor.indicators {
                    guard let row = theme.figures.observation(municipality: municipality.code, year: year,
                                                              indicator: indicator.id) else { continue }
                    rows.append([
                        .text(municipality.code), .text(municipality.name), .text(String(year)),
                        .text(indicator.id), .text(indicator.label[language]), .text(indicator.kind.rawValue),
                        .number(row.value, indicator.kind),
                        indicator.kind.hasPerThousand
                            ? .number(indicator.kind.perThousand(row.value, population: population), .number) : .empty,
                        row.source.map(DataTable.Cell.text) ?? .empty,
                        row.note.map(DataTable.Cell.text) ?? .empty,
                    ])
                }
            }
        }
        return DataTable(caption: LocalizedText(theme.title(language)), columns: columns, rows: rows)
    }
}
