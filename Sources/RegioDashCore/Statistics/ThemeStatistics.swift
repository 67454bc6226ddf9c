/// A theme's comparisons and trends, computed once when the theme is
/// loaded: every page that shows them reads them from here.
struct ThemeStatistics: Sendable {
    let comparisons: [Int: Comparison]
    let trends: [String: Trend]

    init(themeID: String, indicators: [IndicatorDefinition], figures: Figures, region: Region) {
        guard !indicators.isEmpty else {
            comparisons = [:]
            trends = [:]
            return
        }
        let ordered = figures.years.map {
            Comparison(themeID: themeID, indicators: indicators, figures: figures, year: $0, region: region)
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
}
