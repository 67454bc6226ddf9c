/// One indicator over every year a theme has figures for: each
/// municipality's series and the region's, on the measure municipalities
/// are compared on (per 1,000 for counts, the value otherwise).
public struct Trend: Sendable {
    /// One municipality's series.
    public struct Series: Sendable {
        public var municipality: Municipality
        /// One per year of `Trend.years`; nil is "no figure".
        public var values: [Double?]
        /// Years where the series breaks (see `Observation.seriesBreak`), with the explanation.
        public var breaks: [Int: String]

        /// The first and the last year with a figure, with their values.
        public var span: (first: (year: Int, value: Double), last: (year: Int, value: Double))? {
            guard let first = values.firstIndex(where: { $0 != nil }), let last = values.lastIndex(where: { $0 != nil }),
                  let firstValue = values[first], let lastValue = values[last] else { return nil }
            return ((years[first], firstValue), (years[last], lastValue))
        }

        let years: [Int]
    }

    public let indicator: IndicatorDefinition
    public let years: [Int]
    public let series: [Series]
    /// The region per 1,000 (counts) or the average (other kinds), per year.
    public let regional: [Double?]

    /// The trend of the indicator in `column` of `comparisons` (one per year, ascending).
    init(column: Int, comparisons: [Comparison], figures: Figures, region: Region) {
        let indicator = comparisons.first?.indicators[column] ?? IndicatorDefinition(id: "", kind: .number, label: LocalizedText(""))
        self.indicator = indicator
        let years = comparisons.map(\.year)
        self.years = years
        regional = comparisons.map { $0.summaries[column].reference(indicator.kind) }
        series = region.municipalities.enumerated().map { index, municipality in
            var breaks: [Int: String] = [:]
            for year in years {
                if let note = figures.observation(municipality: municipality.code, year: year,
                                                  indicator: indicator.id)?.seriesBreak {
                    breaks[year] = note
                }
            }
            return Series(municipality: municipality,
                          values: comparisons.map { $0.rows[index].cells[column].measure(indicator.kind) },
                          breaks: breaks, years: years)
        }
    }

    /// The series of one municipality.
    public func series(for municipality: Municipality) -> Series? {
        series.first { $0.municipality.code == municipality.code }
    }
}
