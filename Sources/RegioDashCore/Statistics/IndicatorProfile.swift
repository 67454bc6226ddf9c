/// One municipality's figures on a theme's indicators in one year, each
/// beside the regional average and the region's figure per 1,000.
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
        /// The municipality's figure in each of `IndicatorProfile.years`.
        public var history: [Double?]
    }

    public let municipality: Municipality
    /// The year compared with the region: the latest with figures.
    public let year: Int
    /// Every year the theme has figures for, ascending.
    public let years: [Int]
    public let rows: [Row]
    /// The sources of the year's figures, as on the theme page.
    public let sources: [String]

    public init(municipality: Municipality, comparison: Comparison, figures: Figures) {
        self.municipality = municipality
        year = comparison.year
        let years = figures.years
        self.years = years
        let own = comparison.row(for: municipality)
        rows = comparison.indicators.indices.map { column in
            let indicator = comparison.indicators[column]
            let cell = own?.cells[column]
            let summary = comparison.summaries[column]
            let history = years.map {
                figures.observation(municipality: municipality.code, year: $0, indicator: indicator.id)?.value
            }
            return Row(indicator: indicator, value: cell?.value, perThousand: cell?.perThousand,
                       regionalAverage: summary.average, regionPerThousand: summary.perThousand, note: cell?.note,
                       history: history)
        }
        sources = comparison.sources
    }
}
