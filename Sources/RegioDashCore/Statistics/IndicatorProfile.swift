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
    }

    public let municipality: Municipality
    public let year: Int
    public let rows: [Row]
    /// The sources of the year's figures, as on the theme page.
    public let sources: [String]

    public init(municipality: Municipality, comparison: Comparison) {
        self.municipality = municipality
        year = comparison.year
        let own = comparison.row(for: municipality)
        rows = comparison.indicators.indices.map { column in
            let cell = own?.cells[column]
            let summary = comparison.summaries[column]
            return Row(indicator: comparison.indicators[column], value: cell?.value, perThousand: cell?.perThousand,
                       regionalAverage: summary.average, regionPerThousand: summary.perThousand, note: cell?.note)
        }
        sources = comparison.sources
    }
}
