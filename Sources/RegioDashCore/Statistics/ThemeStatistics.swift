/// A theme's comparisons and trends, computed once when the theme is
/// loaded: every page that shows them reads them from here.
struct ThemeStatistics: Sendable {
    let scales: [MeasureScale]
    let comparisons: [Int: Comparison]
    let trends: [String: Trend]

    init(themeID: String, indicators: [IndicatorDefinition], figures: Figures, targets: [Target], region: Region) {
        scales = indicators.map { Self.scale(of: $0, figures: figures, region: region) }
        guard !indicators.isEmpty else {
            comparisons = [:]
            trends = [:]
            return
        }
        let scales = scales
        let ordered = figures.years.map {
            Comparison(themeID: themeID, indicators: indicators, scales: scales, figures: figures, targets: targets,
                       year: $0, region: region)
        }
        comparisons = Dictionary(uniqueKeysWithValues: ordered.map { ($0.year, $0) })
        var trends: [String: Trend] = [:]
        if !ordered.isEmpty {
            for (column, indicator) in indicators.enumerated() {
                trends[indicator.id] = Trend(column: column, comparisons: ordered, figures: figures, region: region)
            }
        }
        self.trends = trends
    }

    /// Per 1,000 or 10,000, and the decimals, from every municipality's rate
    /// in every year, so the indicator reads the same everywhere.
    static func scale(of indicator: IndicatorDefinition, figures: Figures, region: Region) -> MeasureScale {
        guard indicator.kind.hasRate else { return .plain }
        var rates: [Double] = []
        for municipality in region.municipalities {
            guard let position = figures.position(municipality: municipality.code, indicator: indicator.id) else { continue }
            for (place, year) in figures.years.enumerated() {
                guard let number = figures.number(position, year: place), let value = figures.observations[number].value,
                      let inhabitants = municipality.inhabitants(indicator.denominator, in: year),
                      inhabitants > 0 else { continue }
                rates.append(value / Double(inhabitants))
            }
        }
        return MeasureScale.choose(rates: rates, declared: indicator.per)
    }
}
