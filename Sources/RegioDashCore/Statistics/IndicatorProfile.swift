/// One municipality's figures on a theme's indicators: the latest year beside
/// the region, its place in the region, and every year as a series.
public struct IndicatorProfile: Sendable {
    /// One indicator's line.
    public struct Row: Sendable {
        public var indicator: IndicatorDefinition
        public var value: Double?
        public var perThousand: Double?
        /// The mean over the region's municipalities with a figure.
        public var regionalAverage: Double?
        /// The region's figure per 1,000 inhabitants (counts only).
        public var regionPerThousand: Double?
        public var note: String?
        /// The municipality's value in each of `IndicatorProfile.years`.
        public var history: [Double?]
        /// Its place in the region on the measure (1 = highest), and how many have a figure.
        public var rank: Int?
        public var reporting: Int
        /// The measure (per 1,000 for counts) and the region's figure it is compared with.
        public var measure: Double?
        public var reference: Double?
        /// Every municipality's measure in the year (this one's included), for a strip plot.
        public var distribution: [Double]
        /// The measure in the latest earlier year with a figure.
        public var previous: (year: Int, measure: Double)?
        /// The measure per year, the region's per year, and where the series breaks.
        public var series: Trend.Series?
        public var regionalSeries: [Double?]

        /// Whether the measure rose, fell or stayed since `previous`.
        public var direction: Direction? {
            guard let measure, let previous else { return nil }
            let scale = max(abs(measure), abs(previous.measure), 1e-9)
            if abs(measure - previous.measure) / scale < 0.005 { return .same }
            return measure > previous.measure ? .up : .down
        }

        /// Whether the measure is above, below or at the regional figure.
        public var position: Direction? {
            guard let measure, let reference else { return nil }
            let scale = max(abs(measure), abs(reference), 1e-9)
            if abs(measure - reference) / scale < 0.005 { return .same }
            return measure > reference ? .up : .down
        }
    }

    /// Higher, lower or the same.
    public enum Direction: Sendable {
        case up, down, same
    }

    public let municipality: Municipality
    /// The year compared with the region: the latest with figures.
    public let year: Int
    /// Every year the theme has figures for, ascending.
    public let years: [Int]
    public let rows: [Row]
    /// The sources of the year's figures, as on the theme page.
    public let sources: [String]

    public init(municipality: Municipality, theme: Theme, year: Int, region: Region) {
        self.municipality = municipality
        self.year = year
        let years = theme.figures.years
        self.years = years
        let comparison = theme.comparison(year: year)
        let own = comparison.row(for: municipality)
        rows = comparison.indicators.indices.map { column in
            let indicator = comparison.indicators[column]
            let cell = own?.cells[column]
            let summary = comparison.summaries[column]
            let history = years.map {
                theme.figures.observation(municipality: municipality.code, year: $0, indicator: indicator.id)?.value
            }
            let trend = theme.trend(indicator: indicator.id)
            let series = trend?.series(for: municipality)
            var previous: (year: Int, measure: Double)?
            if let series, let index = years.firstIndex(of: year) {
                for earlier in stride(from: index - 1, through: 0, by: -1) {
                    if let measure = series.values[earlier] {
                        previous = (years[earlier], measure)
                        break
                    }
                }
            }
            let ranking = comparison.ranking(column: column)
            return Row(
                indicator: indicator, value: cell?.value, perThousand: cell?.perThousand,
                regionalAverage: summary.average, regionPerThousand: summary.perThousand, note: cell?.note,
                history: history,
                rank: ranking.first { $0.row.municipality.code == municipality.code }?.rank,
                reporting: summary.reporting,
                measure: cell?.measure(indicator.kind), reference: summary.reference(indicator.kind),
                distribution: ranking.compactMap(\.measure),
                previous: previous, series: series, regionalSeries: trend?.regional ?? [])
        }
        sources = comparison.sources
    }
}
