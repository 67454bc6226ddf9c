/// One municipality's figures on a theme's indicators: the current year
/// beside the region and the benchmarks, its place in the region, its
/// target, and every year as a series.
public struct IndicatorProfile: Sendable {
    /// One indicator's line.
    public struct Row: Sendable {
        public var indicator: IndicatorDefinition
        /// How the measure is written (per 1,000 or 10,000, decimals).
        public var scale: MeasureScale
        public var value: Double?
        public var rate: Double?
        /// The mean over the region's municipalities with a figure.
        public var regionalAverage: Double?
        /// The region's rate (counts only).
        public var regionRate: Double?
        public var note: String?
        /// The municipality's value in each of `IndicatorProfile.years`.
        public var history: [Double?]
        /// Its place in the region on the measure (1 = highest; shared by
        /// figures that print alike), how many share it, and how many have a figure.
        public var rank: Int?
        public var sharing: Int
        public var reporting: Int
        /// The measure (rate for counts) and the region's figure it is compared with.
        public var measure: Double?
        public var reference: Double?
        /// Every municipality's measure in the year (this one's included), for a strip plot.
        public var distribution: [Double]
        /// From the latest earlier figure (after the last break) to this year's.
        public var sincePrevious: Change?
        /// From the first figure (after the last break) to this year's.
        public var sinceFirst: Change?
        /// The measure per year, the region's per year, and where the series breaks.
        public var series: Trend.Series?
        public var regionalSeries: [Double?]
        /// The municipality's target for the year, on the value.
        public var target: Double?
        /// Its targets per year of `IndicatorProfile.years`, on the measure (a rate for counts), for the line chart.
        public var targetSeries: [Double?]
        /// The benchmarks shown on this profile, per year, for the line chart.
        public var benchmarkSeries: [Trend.BenchmarkSeries]

        /// Whether the value meets the target; nil without a target, a value or `better`.
        public var targetMet: Bool? {
            guard let target, let value, let better = indicator.better else { return nil }
            return better.meets(value, target: target)
        }

        /// Whether the measure rose, fell or stayed since the figure before.
        public var direction: Direction? { sincePrevious?.direction }

        /// Whether the measure is above, below or at the regional figure, as printed.
        public var position: Direction? {
            guard let measure, let reference else { return nil }
            return Self.compare(measure, reference, scale: scale)
        }

        /// Above, below or at `other`, at the precision the figures are printed with.
        public static func compare(_ measure: Double, _ other: Double, scale: MeasureScale) -> Direction {
            let a = scale.rounded(measure)
            let b = scale.rounded(other)
            return a == b ? .same : a > b ? .up : .down
        }
    }

    /// Higher, lower or the same.
    public enum Direction: Sendable {
        case up, down, same
    }

    public let municipality: Municipality
    /// The year compared with the region: the theme's `currentYear`.
    public let year: Int
    /// Every year the theme has figures for, ascending.
    public let years: [Int]
    public let rows: [Row]
    /// The sources of the year's figures, as on the theme page.
    public let sources: [String]

    /// The benchmarks shown on this profile with their measure in `year`, for a row.
    public func benchmarks(_ row: Row) -> [(benchmark: Benchmark, measure: Double)] {
        guard let index = years.firstIndex(of: year) else { return [] }
        return row.benchmarkSeries.compactMap { series in series.values[index].map { (series.benchmark, $0) } }
    }

    public init(municipality: Municipality, theme: Theme, year: Int, region: Region) {
        self.municipality = municipality
        self.year = year
        let years = theme.figures.years
        self.years = years
        let comparison = theme.comparison(year: year)
        let own = comparison.row(for: municipality)
        let shownBenchmarks = Set(region.benchmarks(for: municipality).map(\.code))
        // One pass over the region's targets, not one per indicator and year.
        let ownTargets = theme.targets.filter { $0.municipality == municipality.code }
        rows = comparison.indicators.indices.map { column in
            let indicator = comparison.indicators[column]
            let scale = comparison.scales[column]
            let cell = own?.cells[column]
            let summary = comparison.summaries[column]
            let place = comparison.place(of: municipality, column: column)
            let trend = theme.trend(indicator: indicator.id)
            let series = trend?.series(for: municipality)
            // Changes end at this year's figure: without one there is no change to tell.
            let upToYear = cell?.measure(indicator.kind) == nil ? nil : series?.run.until(year)
            return Row(
                indicator: indicator, scale: scale, value: cell?.value, rate: cell?.rate,
                regionalAverage: summary.average, regionRate: summary.rate, note: cell?.note,
                history: years.map {
                    theme.figures.observation(municipality: municipality.code, year: $0, indicator: indicator.id)?.value
                },
                rank: place?.rank, sharing: place?.sharing ?? 0, reporting: summary.reporting,
                measure: cell?.measure(indicator.kind), reference: summary.reference(indicator.kind),
                distribution: comparison.distribution(column: column),
                sincePrevious: upToYear?.changeSincePrevious(scale), sinceFirst: upToYear?.changeSinceFirst(scale),
                series: series, regionalSeries: trend?.regional ?? [],
                target: cell?.target,
                targetSeries: years.map { year in
                    ownTargets.first { $0.year == year && $0.indicator == indicator.id }
                        .flatMap { indicator.measure(ofValue: $0.value, for: municipality, in: year, scale: scale) }
                },
                benchmarkSeries: trend?.benchmarks.filter { shownBenchmarks.contains($0.benchmark.code) } ?? [])
        }
        sources = comparison.sources
    }
}
