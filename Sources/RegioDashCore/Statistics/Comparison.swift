/// All municipalities of the region side by side on a theme's indicators in
/// one year, with the regional figures.
///
/// - Per 1,000 inhabitants (counts only): value ÷ population on 1 January
///   of the year × 1,000; "no figure" when either is missing.
/// - Regional total: the sum over municipalities with a figure (not for
///   percentages); regional per 1,000: that sum ÷ their summed population
///   × 1,000 (weighted by population).
/// - Average: the plain mean over municipalities with a figure, of the
///   values and of the per-1,000 figures.
public struct Comparison: Sendable {
    /// One municipality's figure for one indicator.
    public struct Cell: Sendable {
        public var value: Double?
        public var perThousand: Double?
        public var note: String?

        /// The figure municipalities are compared on: per 1,000 for counts,
        /// the value itself for other kinds.
        public func measure(_ kind: IndicatorKind) -> Double? {
            kind.hasPerThousand ? perThousand : value
        }
    }

    /// One municipality's row: a cell per indicator, in the indicators' order.
    public struct Row: Sendable {
        public var municipality: Municipality
        public var population: Int?
        public var cells: [Cell]
    }

    /// The regional figures for one indicator.
    public struct Summary: Sendable {
        /// Sum over municipalities with a figure; nil for percentages.
        public var total: Double?
        /// The region's figure per 1,000 inhabitants (counts only).
        public var perThousand: Double?
        /// Mean over municipalities with a figure.
        public var average: Double?
        /// Mean of the municipalities' per-1,000 figures (counts only).
        public var averagePerThousand: Double?
        /// How many municipalities have a figure.
        public var reporting: Int

        /// The regional figure a municipality's measure is compared with:
        /// the region per 1,000 for counts, the average for other kinds.
        public func reference(_ kind: IndicatorKind) -> Double? {
            kind.hasPerThousand ? perThousand : average
        }
    }

    /// A municipality's place on one indicator.
    public struct Ranked: Sendable {
        public var row: Row
        public var measure: Double?
        /// 1 for the highest measure; equal measures share a rank. nil
        /// without a figure.
        public var rank: Int?
    }

    /// A row's `note`, to show with the table.
    public struct Note: Sendable {
        public var municipality: Municipality
        public var indicator: IndicatorDefinition
        public var text: String
    }

    /// The id of the theme compared.
    public let themeID: String
    public let year: Int
    public let indicators: [IndicatorDefinition]
    public let rows: [Row]
    /// One per indicator, in the indicators' order.
    public let summaries: [Summary]
    /// Every distinct source named by the year's rows, sorted.
    public let sources: [String]
    public let notes: [Note]

    /// The comparison of a theme's figures in a year. `Theme.comparison(year:)`
    /// holds them ready; this computes one.
    public init(themeID: String, indicators: [IndicatorDefinition], figures: Figures, year: Int, region: Region) {
        self.themeID = themeID
        self.year = year
        self.indicators = indicators
        var rows: [Row] = []
        var notes: [Note] = []
        var sources = Set<String>()
        for municipality in region.municipalities {
            let population = municipality.population[year]
            var cells: [Cell] = []
            for indicator in indicators {
                let observation = figures.observation(municipality: municipality.code, year: year, indicator: indicator.id)
                let value = observation?.value
                cells.append(Cell(value: value, perThousand: indicator.kind.perThousand(value, population: population),
                                  note: observation?.note))
                if let note = observation?.note {
                    notes.append(Note(municipality: municipality, indicator: indicator, text: note))
                }
                if let source = observation?.source {
                    sources.insert(source)
                }
            }
            rows.append(Row(municipality: municipality, population: population, cells: cells))
        }
        self.rows = rows
        self.notes = notes
        self.sources = sources.sorted()
        summaries = indicators.indices.map { column in
            Comparison.summary(of: rows, column: column, kind: indicators[column].kind)
        }
        rankings = indicators.indices.map { column in
            Comparison.ranking(of: rows, column: column, kind: indicators[column].kind)
        }
    }

    private let rankings: [[Ranked]]

    /// The row of one municipality.
    public func row(for municipality: Municipality) -> Row? {
        rows.first { $0.municipality.code == municipality.code }
    }

    /// The municipalities on the indicator in `column`, highest measure first,
    /// those without a figure last (in the region's order).
    public func ranking(column: Int) -> [Ranked] {
        rankings[column]
    }

    private static func ranking(of rows: [Row], column: Int, kind: IndicatorKind) -> [Ranked] {
        let measured = rows.enumerated().map { (offset: $0.offset, row: $0.element, measure: $0.element.cells[column].measure(kind)) }
        let sorted = measured.sorted { a, b in
            switch (a.measure, b.measure) {
            case let (x?, y?): return x != y ? x > y : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }
        var result: [Ranked] = []
        for (position, entry) in sorted.enumerated() {
            var rank: Int?
            if let measure = entry.measure {
                if let previous = result.last, previous.measure == measure { rank = previous.rank } else { rank = position + 1 }
            }
            result.append(Ranked(row: entry.row, measure: entry.measure, rank: rank))
        }
        return result
    }

    /// Whether any municipality has any figure this year.
    public var hasFigures: Bool {
        summaries.contains { $0.reporting > 0 }
    }

    private static func summary(of rows: [Row], column: Int, kind: IndicatorKind) -> Summary {
        var sum = 0.0
        var reporting = 0
        var weightedSum = 0.0
        var weightedPopulation = 0
        var perThousandSum = 0.0
        var perThousandCount = 0
        for row in rows {
            let cell = row.cells[column]
            guard let value = cell.value else { continue }
            sum += value
            reporting += 1
            if let population = row.population {
                weightedSum += value
                weightedPopulation += population
            }
            if let perThousand = cell.perThousand {
                perThousandSum += perThousand
                perThousandCount += 1
            }
        }
        guard reporting > 0 else { return Summary(reporting: 0) }
        return Summary(
            total: kind.isSummable ? sum : nil,
            perThousand: kind.hasPerThousand && weightedPopulation > 0 ? weightedSum / Double(weightedPopulation) * 1000 : nil,
            average: sum / Double(reporting),
            averagePerThousand: perThousandCount > 0 ? perThousandSum / Double(perThousandCount) : nil,
            reporting: reporting)
    }
}
