import RegioDashCore

/// How a row of a municipality's profile is told in words: its value (with
/// its target), its rank, above or below the region, and its change since
/// the figure before, favourable or not where the indicator says which way
/// is better. The profile joins them into a sentence; "at a glance" shows
/// them one under the other.
struct ProfileWords {
    let context: PageContext
    let profile: IndicatorProfile

    /// Every part, in order; only the value when there is no figure.
    func parts(_ row: IndicatorProfile.Row) -> [String] {
        guard row.measure != nil else { return [value(row)] }
        return [value(row), rank(row), position(row), change(row)].compactMap(\.self)
    }

    /// "1,31 per 10.000 inwoners in 2023; 4e van de 11 gemeenten …; hoger dan in 2022 (0,26)."
    func sentence(_ row: IndicatorProfile.Row) -> String {
        parts(row).joined(separator: "; ") + "."
    }

    /// "1,31 per 10.000 inwoners in 2023", with the target and whether it was met.
    func value(_ row: IndicatorProfile.Row) -> String {
        let strings = context.strings
        let format = context.format
        let kind = row.indicator.kind
        guard let measure = row.measure else {
            return strings.valueIn(strings.noFigure, profile.year)
        }
        var value = strings.valueIn(format.measure(measure, kind, row.scale)
            + (format.unit(row.indicator, row.scale).map { " " + $0 } ?? ""), profile.year)
        if let target = row.target, let met = row.targetMet, let own = row.value {
            // A target is on the value: beside a rate, the value is written out with it.
            let result = strings.targetResult(format.value(target, kind), met)
            value += kind.hasRate ? " (\(format.value(own, kind)) — \(result))" : " — " + result
        }
        return value
    }

    /// "4e van de 11 gemeenten (van hoog naar laag)", ties shared.
    func rank(_ row: IndicatorProfile.Row) -> String? {
        guard let rank = row.rank else { return nil }
        return context.strings.rankOf(rank, row.reporting, row.sharing, rank + row.sharing - 1 == row.reporting)
    }

    /// "hoger dan de regio (1,21)".
    func position(_ row: IndicatorProfile.Row) -> String? {
        guard let position = row.position, let reference = row.reference else { return nil }
        let strings = context.strings
        let kind = row.indicator.kind
        return strings.comparedTo(position, kind.hasRate ? strings.theRegion : strings.theAverage,
                                  context.format.measure(reference, kind, row.scale), favourable(position, row))
    }

    /// "hoger dan in 2022 (0,26)"; "even veel als in 2022 (184)" when the
    /// count stayed while the rate moved.
    func change(_ row: IndicatorProfile.Row) -> String? {
        guard let change = row.sincePrevious else { return nil }
        let strings = context.strings
        let format = context.format
        let kind = row.indicator.kind
        let printsAlike = format.measure(change.from, kind, row.scale) == format.measure(change.to, kind, row.scale)
        if change.direction == .same, !printsAlike,
           let count = profile.years.firstIndex(of: change.fromYear).flatMap({ row.history[$0] }) {
            return strings.sameCount(change.fromYear, format.value(count, kind))
        }
        return strings.sinceYear(change.direction, change.fromYear, format.measure(change.from, kind, row.scale),
                                 favourable(change.direction, row))
    }

    /// "Ter vergelijking: Nederland 0,15 · Gemeenten met 20.000–50.000 inwoners 0,11."
    func benchmarks(_ row: IndicatorProfile.Row) -> String? {
        let figures = profile.benchmarks(row).map {
            "\($0.benchmark.name[context.language]) \(context.format.measure($0.measure, row.indicator.kind, row.scale))"
        }
        guard !figures.isEmpty else { return nil }
        return "\(context.strings.compareWith): " + figures.joined(separator: " · ") + "."
    }

    /// The arrow of the change since the figure before.
    static func arrow(_ direction: IndicatorProfile.Direction) -> String {
        switch direction {
        case .up: "↑"
        case .down: "↓"
        case .same: "→"
        }
    }

    /// Whether being higher (`.up`) or lower is the better side; nil when
    /// the indicator does not say, or when there is no difference.
    private func favourable(_ direction: IndicatorProfile.Direction, _ row: IndicatorProfile.Row) -> Bool? {
        guard let better = row.indicator.better, direction != .same else { return nil }
        return (direction == .up) == (better == .higher)
    }
}
