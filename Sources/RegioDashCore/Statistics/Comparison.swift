/// All municipalities of the region side by side on a theme's indicators in
/// one year, with the regional figures and the benchmarks.
///
/// - Rate (counts only): value ÷ inhabitants on 1 January of the year (or
///   the indicator's part of the population) × the indicator's
///   `MeasureScale.per` (1,000 or 10,000); "no figure" when either is missing.
/// - Regional total: the sum over municipalities with a figure (not for
///   percentages); regional rate: that sum ÷ their summed inhabitants ×
///   `per` (weighted by population).
/// - Average: the plain mean over municipalities with a figure, of the
///   values and of the rates.
/// - Benchmarks (Nederland, a size class) are shown beside the region, and
///   never count in its totals, averages or ranks.
public struct Comparison: Sendable {
    /// One municipality's (or benchmark's) figure for one indicator.
    public struct Cell: Sendable {
        public var value: Double?
        /// Per `MeasureScale.per` inhabitants, for counts.
        public var rate: Double?
        public var note: String?
        /// The municipality's target for the year, if targets.csv gives one.
        public var target: Double?

        /// The figure municipalities are compared on: the rate for counts,
        /// the value itself for other kinds.
        public func measure(_ kind: IndicatorKind) -> Double? {
            kind.hasRate ? rate : value
        }
    }

    /// One municipality's row: a cell per indicator, in the indicators' order.
    public struct Row: Sendable {
        public var municipality: Municipality
        public var population: Int?
        public var cells: [Cell]
    }

    /// A benchmark's row: a cell per indicator, in the indicators' order.
    public struct BenchmarkRow: Sendable {
        public var benchmark: Benchmark
        public var population: Int?
        public var cells: [Cell]
    }

    /// The regional figures for one indicator.
    public struct Summary: Sendable {
        /// Sum over municipalities with a figure; nil for percentages.
        public var total: Double?
        /// The region's rate (counts only).
        public var rate: Double?
        /// Mean over municipalities with a figure.
        public var average: Double?
        /// Mean of the municipalities' rates (counts only).
        public var averageRate: Double?
        /// How many municipalities have a figure.
        public var reporting: Int
        /// The region's own target, if targets.csv gives one: on the total
        /// for counts and numbers, on the average for percentages.
        public var target: Double?

        /// The regional figure a municipality's measure is compared with:
        /// the region's rate for counts, the average for other kinds.
        public func reference(_ kind: IndicatorKind) -> Double? {
            kind.hasRate ? rate : average
        }
    }

    /// A municipality's place on one indicator.
    public struct Ranked: Sendable {
        public var row: Row
        public var measure: Double?
        /// 1 for the highest measure; measures that print alike share a rank
        /// (standard competition ranking: 1, 2, 2, 4). nil without a figure.
        public var rank: Int?
        /// How many municipalities share this rank, this one included.
        public var sharing: Int
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
    /// How each indicator's measure is written, in the indicators' order.
    public let scales: [MeasureScale]
    public let rows: [Row]
    /// The region's benchmarks, in region.yaml's order (all of them, with or without figures).
    public let benchmarks: [BenchmarkRow]
    /// One per indicator, in the indicators' order.
    public let summaries: [Summary]
    /// Every distinct source named by the year's rows, sorted.
    public let sources: [String]
    public let notes: [Note]

    /// The comparison of a theme's figures in a year. `Theme.comparison(year:)`
    /// holds them ready; this computes one.
    public init(themeID: String, indicators: [IndicatorDefinition], scales: [MeasureScale]? = nil, figures: Figures,
                targets: [Target] = [], year: Int, region: Region) {
        self.themeID = themeID
        self.year = year
        self.indicators = indicators
        let scales = scales ?? indicators.map { _ in MeasureScale(per: 1000, decimals: 1) }
        self.scales = scales
        // Targets by municipality code ("" for the region's own), then indicator id.
        var targetsByArea: [String: [String: Double]] = [:]
        for target in targets where target.year == year {
            targetsByArea[target.municipality ?? "", default: [:]][target.indicator] = target.value
        }
        var notes: [Note] = []
        var sources = Set<String>()
        let yearPosition = figures.yearPosition(year)
        let observations = figures.observations
        func cells(_ code: String, _ area: any Inhabited, municipality: Municipality?) -> [Cell] {
            let areaTargets = targetsByArea[code]
            return indicators.indices.map { column in
                let indicator = indicators[column]
                var cell = Cell(value: nil, rate: nil, note: nil, target: areaTargets?[indicator.id])
                if let yearPosition, let position = figures.position(municipality: code, indicator: indicator.id),
                   let number = figures.number(position, year: yearPosition) {
                    cell.value = observations[number].value
                    cell.note = observations[number].note
                    if let note = cell.note, let municipality {
                        notes.append(Note(municipality: municipality, indicator: indicator, text: note))
                    }
                    if municipality != nil, let source = observations[number].source {
                        sources.insert(source)
                    }
                }
                cell.rate = indicator.kind.rate(cell.value, population: area.inhabitants(indicator.denominator, in: year),
                                                per: scales[column].per)
                return cell
            }
        }
        let rows = region.municipalities.map {
            Row(municipality: $0, population: $0.population[year], cells: cells($0.code, $0, municipality: $0))
        }
        self.rows = rows
        benchmarks = region.benchmarks.map {
            BenchmarkRow(benchmark: $0, population: $0.population[year], cells: cells($0.code, $0, municipality: nil))
        }
        self.notes = notes
        self.sources = sources.sorted()
        let summaries = indicators.indices.map { column in
            var summary = Comparison.summary(of: rows, column: column, indicator: indicators[column], year: year,
                                             per: scales[column].per)
            summary.target = targetsByArea[""]?[indicators[column].id]
            return summary
        }
        self.summaries = summaries
        let rankings = indicators.indices.map { column in
            Comparison.ranking(of: rows, column: column, kind: indicators[column].kind, scale: scales[column])
        }
        self.rankings = rankings
        distributions = rankings.map { $0.compactMap(\.measure) }
        targeted = indicators.indices.map { column in
            summaries[column].target != nil || rows.contains { $0.cells[column].target != nil }
        }
        rowNumbers = Dictionary(rows.enumerated().map { ($1.municipality.code, $0) }) { first, _ in first }
        rankNumbers = rankings.map { ranking in
            Dictionary(ranking.enumerated().map { ($1.row.municipality.code, $0) }) { first, _ in first }
        }
    }

    private let rankings: [[Ranked]]
    private let distributions: [[Double]]
    private let targeted: [Bool]
    /// Where each municipality (by code) is in `rows`, and in each column's ranking:
    /// every profile looks its municipality up, so the lookup must not walk the rows.
    private let rowNumbers: [String: Int]
    private let rankNumbers: [[String: Int]]

    /// A municipality's place on the indicator in `column`.
    public func place(of municipality: Municipality, column: Int) -> Ranked? {
        rankNumbers[column][municipality.code].map { rankings[column][$0] }
    }

    /// Whether the indicator in `column` has a target this year, for a
    /// municipality or for the region.
    public func hasTargets(column: Int) -> Bool {
        targeted[column]
    }

    /// The row of one municipality.
    public func row(for municipality: Municipality) -> Row? {
        rowNumbers[municipality.code].map { rows[$0] }
    }

    /// The municipalities on the indicator in `column`, highest measure first,
    /// those without a figure last (in the region's order).
    public func ranking(column: Int) -> [Ranked] {
        rankings[column]
    }

    /// Every measure on the indicator in `column`, highest first: made once
    /// and shared by every profile's strip plot.
    public func distribution(column: Int) -> [Double] {
        distributions[column]
    }

    private static func ranking(of rows: [Row], column: Int, kind: IndicatorKind, scale: MeasureScale) -> [Ranked] {
        let measured = rows.enumerated().map { (offset: $0.offset, row: $0.element,
                                                measure: $0.element.cells[column].measure(kind)) }
        let shown = measured.map { $0.measure.map(scale.rounded) }
        let sorted = measured.indices.sorted { a, b in
            switch (shown[a], shown[b]) {
            case let (x?, y?): return x != y ? x > y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        var sharing: [Double: Int] = [:]
        for case let value? in shown { sharing[value, default: 0] += 1 }
        var result: [Ranked] = []
        for (position, index) in sorted.enumerated() {
            var rank: Int?
            if let value = shown[index] {
                if let previous = result.last, let before = previous.measure, scale.rounded(before) == value {
                    rank = previous.rank
                } else {
                    rank = position + 1
                }
            }
            result.append(Ranked(row: measured[index].row, measure: measured[index].measure, rank: rank,
                                 sharing: shown[index].map { sharing[$0] ?? 1 } ?? 0))
        }
        return result
    }

    /// Whether any municipality has any figure this year.
    public var hasFigures: Bool {
        summaries.contains { $0.reporting > 0 }
    }

    private static func summary(of rows: [Row], column: Int, indicator: IndicatorDefinition, year: Int, per: Int) -> Summary {
        let kind = indicator.kind
        var sum = 0.0
        var reporting = 0
        var weightedSum = 0.0
        var weightedPopulation = 0
        var rateSum = 0.0
        var rateCount = 0
        for row in rows {
            let cell = row.cells[column]
            guard let value = cell.value else { continue }
            sum += value
            reporting += 1
            if let population = row.municipality.inhabitants(indicator.denominator, in: year) {
                weightedSum += value
                weightedPopulation += population
            }
            if let rate = cell.rate {
                rateSum += rate
                rateCount += 1
            }
        }
        guard reporting > 0 else { return Summary(reporting: 0) }
        return Summary(
            total: kind.isSummable ? sum : nil,
            rate: kind.hasRate && weightedPopulation > 0 ? weightedSum / Double(weightedPopulation) * Double(per) : nil,
            average: sum / Double(reporting),
            averageRate: rateCount > 0 ? rateSum / Double(rateCount) : nil,
            reporting: reporting)
    }
}
