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

    /// `to − from`, on the measure.
    public var difference: Double { to - from }

    /// The difference relative to `from`; nil when `from` is 0.
    public var relative: Double? { from == 0 ? nil : (to - from) / abs(from) }

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

extension Trend.Series {
    /// Where the part of the series that compares with its last figure
    /// starts: at its last break (figures across a break do not compare).
    private var comparableStart: Int {
        guard let last = values.lastIndex(where: { $0 != nil }) else { return 0 }
        return years.indices.last { $0 <= last && breaks[years[$0]] != nil } ?? 0
    }

    /// The series with every year after `year` left out (as "no figure").
    public func until(_ year: Int) -> Trend.Series {
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
