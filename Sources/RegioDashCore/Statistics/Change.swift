/// How a series moved between two of its years, as a reader sees it.
public struct Change: Sendable {
    public var fromYear: Int
    public var toYear: Int
    /// The measures (rate for counts, value otherwise) in the two years.
    public var from: Double
    public var to: Double
    /// Up, down, or the same: the same when the value itself did not change
    /// (a count 1 → 1 while the population grew) or when the two measures
    /// print alike.
    public var direction: IndicatorProfile.Direction

    public init(fromYear: Int, toYear: Int, from: Double, to: Double, direction: IndicatorProfile.Direction) {
        self.fromYear = fromYear
        self.toYear = toYear
        self.from = from
        self.to = to
        self.direction = direction
    }

    /// The change between positions `start` and `end` of a series: `measures`
    /// and the values behind them (`values`), year by year.
    static func between(_ start: Int, _ end: Int, measures: [Double?], values: [Double?], years: [Int],
                        scale: MeasureScale) -> Change? {
        guard start < end, let from = measures[start], let to = measures[end] else { return nil }
        let sameValue = values[start] != nil && values[start] == values[end]
        let direction: IndicatorProfile.Direction = sameValue || scale.rounded(from) == scale.rounded(to)
            ? .same : to > from ? .up : .down
        return Change(fromYear: years[start], toYear: years[end], from: from, to: to, direction: direction)
    }
}

/// A run of measures, year by year, as changes are read from it: a
/// municipality's, the region's or a benchmark's.
public struct MeasureRun: Sendable {
    /// One per year of `years`; nil is "no figure".
    public var values: [Double?]
    /// The values behind them as data.csv gives them (counts), nil where unknown.
    public var counts: [Double?]
    public var years: [Int]
    /// Years where the series breaks: figures across a break do not compare.
    public var breaks: Set<Int>

    public init(values: [Double?], counts: [Double?]? = nil, years: [Int], breaks: Set<Int> = []) {
        self.values = values
        self.counts = counts ?? values.map { _ in nil }
        self.years = years
        self.breaks = breaks
    }

    /// Where the part that compares with the last figure starts: at its last break.
    private var comparableStart: Int {
        guard let last = values.lastIndex(where: { $0 != nil }) else { return 0 }
        return years.indices.last { $0 <= last && breaks.contains(years[$0]) } ?? 0
    }

    /// The run with every year after `year` left out (as "no figure").
    public func until(_ year: Int) -> MeasureRun {
        var cut = self
        for index in years.indices where years[index] > year {
            cut.values[index] = nil
            cut.counts[index] = nil
        }
        return cut
    }

    /// From the figure before the last one to the last one, within the part after the last break.
    public func changeSincePrevious(_ scale: MeasureScale) -> Change? {
        guard let last = values.lastIndex(where: { $0 != nil }),
              let previous = values[comparableStart..<last].lastIndex(where: { $0 != nil }) else { return nil }
        return Change.between(previous, last, measures: values, values: counts, years: years, scale: scale)
    }

    /// From the first figure after the last break to the last figure.
    public func changeSinceFirst(_ scale: MeasureScale) -> Change? {
        guard let last = values.lastIndex(where: { $0 != nil }),
              let first = values[comparableStart...last].firstIndex(where: { $0 != nil }) else { return nil }
        return Change.between(first, last, measures: values, values: counts, years: years, scale: scale)
    }
}
