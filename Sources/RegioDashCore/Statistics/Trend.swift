/// One indicator over every year a theme has figures for: each
/// municipality's series, the region's and the benchmarks', on the measure
/// municipalities are compared on (the rate for counts, the value otherwise).
public struct Trend: Sendable {
    /// One municipality's series.
    public struct Series: Sendable {
        public var municipality: Municipality
        /// One per year of `Trend.years`; nil is "no figure".
        public var values: [Double?]
        /// The values behind them as data.csv gives them (the counts, for counts).
        public var counts: [Double?]
        /// Years where the series breaks (see `Observation.seriesBreak`), with the explanation.
        public var breaks: [Int: String]

        /// The first and the last year with a figure, with their values.
        public var span: (first: (year: Int, value: Double), last: (year: Int, value: Double))? {
            guard let first = values.firstIndex(where: { $0 != nil }), let last = values.lastIndex(where: { $0 != nil }),
                  let firstValue = values[first], let lastValue = values[last] else { return nil }
            return ((years[first], firstValue), (years[last], lastValue))
        }

        let years: [Int]

        /// Its measures, to read changes from.
        public var run: MeasureRun {
            MeasureRun(values: values, counts: counts, years: years, breaks: Set(breaks.keys))
        }
    }

    /// A benchmark's measure per year.
    public struct BenchmarkSeries: Sendable {
        public var benchmark: Benchmark
        public var values: [Double?]
    }

    /// The region's measures, to read changes from.
    public var regionalRun: MeasureRun { MeasureRun(values: regional, years: years) }

    /// A benchmark's measures, to read changes from.
    public func run(_ benchmark: BenchmarkSeries) -> MeasureRun { MeasureRun(values: benchmark.values, years: years) }

    public let indicator: IndicatorDefinition
    /// How the measure is written.
    public let scale: MeasureScale
    public let years: [Int]
    public let series: [Series]
    /// The region's rate (counts) or the average (other kinds), per year.
    public let regional: [Double?]
    /// Every benchmark of the region, in region.yaml's order.
    public let benchmarks: [BenchmarkSeries]

    /// The trend of the indicator in `column` of `comparisons` (one per year, ascending).
    init(column: Int, comparisons: [Comparison], figures: Figures, region: Region) {
        let indicator = comparisons.first?.indicators[column] ?? IndicatorDefinition(id: "", kind: .number, label: LocalizedText(""))
        self.indicator = indicator
        scale = comparisons.first?.scales[column] ?? .plain
        let years = comparisons.map(\.year)
        self.years = years
        regional = comparisons.map { $0.summaries[column].reference(indicator.kind) }
        series = region.municipalities.enumerated().map { index, municipality in
            var breaks: [Int: String] = [:]
            if let position = figures.position(municipality: municipality.code, indicator: indicator.id) {
                for year in years {
                    if let place = figures.yearPosition(year), let number = figures.number(position, year: place),
                       figures.observations[number].note != nil, let note = figures.observations[number].seriesBreak {
                        breaks[year] = note
                    }
                }
            }
            return Series(municipality: municipality,
                          values: comparisons.map { $0.rows[index].cells[column].measure(indicator.kind) },
                          counts: comparisons.map { $0.rows[index].cells[column].value },
                          breaks: breaks, years: years)
        }
        seriesNumbers = Dictionary(region.municipalities.enumerated().map { ($1.code, $0) }) { first, _ in first }
        benchmarks = region.benchmarks.enumerated().map { index, benchmark in
            BenchmarkSeries(benchmark: benchmark,
                            values: comparisons.map { $0.benchmarks[index].cells[column].measure(indicator.kind) })
        }
    }

    /// The series of one municipality.
    public func series(for municipality: Municipality) -> Series? {
        seriesNumbers[municipality.code].map { series[$0] }
    }

    /// Where each municipality (by code) is in `series`: every profile looks its own up.
    private let seriesNumbers: [String: Int]
}
