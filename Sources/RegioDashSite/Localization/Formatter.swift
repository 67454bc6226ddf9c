import RegioDashCore

/// Numbers and dates as the site's language writes them (`1.234,5` in
/// Dutch, `1,234.5` in English). Pure integer arithmetic: the same figure
/// always gives the same text, whatever the machine's locale.
struct Formatter: Sendable {
    let strings: Strings
    let language: Language

    /// Numbers and dates as `language` writes them.
    init(language: Language) {
        self.language = language
        strings = .of(language)
    }

    /// A figure of an indicator: counts whole, percentages with `%`, other
    /// numbers with up to one decimal.
    func value(_ value: Double?, _ kind: IndicatorKind) -> String {
        guard let value else { return strings.noFigure }
        switch kind {
        case .count: return number(value, decimals: 0)
        case .percent: return number(value, decimals: value.rounded() == value ? 0 : 1) + "%"
        case .number: return number(value, decimals: value.rounded() == value ? 0 : 1)
        }
    }

    /// A rate (per 1,000 or 10,000), with its scale's decimals.
    func rate(_ value: Double?, _ scale: MeasureScale) -> String {
        guard let value else { return strings.noFigure }
        return value == 0 ? "0" : number(value, decimals: scale.decimals)
    }

    /// A figure on the measure municipalities are compared on: the rate for
    /// counts, the value itself otherwise.
    func measure(_ value: Double?, _ kind: IndicatorKind, _ scale: MeasureScale) -> String {
        kind.hasRate ? rate(value, scale) : self.value(value, kind == .percent ? .percent : .number)
    }

    /// The unit of that measure, for titles and labels: "per 1.000 inwoners",
    /// "per 10.000 inwoners van 12–17 jaar"; nil for kinds without a rate.
    func unit(_ indicator: IndicatorDefinition, _ scale: MeasureScale) -> String? {
        unit(indicator.kind, scale, indicator.denominator)
    }

    /// The same, from the parts.
    func unit(_ kind: IndicatorKind, _ scale: MeasureScale, _ denominator: IndicatorDefinition.Denominator?) -> String? {
        guard kind.hasRate else { return nil }
        return strings.perInhabitants(number(Double(scale.per), decimals: 0), denominator?.label[language])
    }

    /// "per 1.000 inw.", for a table column.
    func perShort(_ scale: MeasureScale) -> String {
        strings.perShort(number(Double(scale.per), decimals: 0))
    }

    /// A change on the measure, signed: "+0,03 (+30%)", "−2 procentpunt",
    /// or "gelijk" when the figures did not change as the reader sees them.
    func change(_ change: Change?, _ kind: IndicatorKind, _ scale: MeasureScale) -> String {
        guard let change else { return "–" }
        // From the figures as printed, so the change is what the reader can work out from them.
        let from = kind.hasRate ? scale.rounded(change.from) : change.from
        let to = kind.hasRate ? scale.rounded(change.to) : change.to
        guard change.direction != .same else { return from == to ? strings.unchanged : strings.sameNumber }
        let sign = to > from ? "+" : "−"
        let size = measure(abs(to - from), kind, scale)
        if kind == .percent {
            let points = String(size.dropLast())
            return sign + points + " " + (points == "1" ? strings.percentagePoint : strings.percentagePoints)
        }
        guard from != 0 else { return sign + size }
        return "\(sign)\(size) (\(sign)\(number(abs(to - from) / abs(from) * 100, decimals: 0))%)"
    }

    /// `value` rounded half away from zero to `decimals` places, grouped.
    func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return strings.noFigure }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        var text = grouped(units / divisor)
        if decimals > 0 {
            let fraction = String(units % divisor)
            text += strings.decimalSeparator + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return value < 0 && units != 0 ? "−" + text : text
    }

    /// A table cell as plain text, as a page shows it.
    func text(_ cell: DataTable.Cell, language: Language) -> String {
        switch cell {
        case .empty: ""
        case let .text(text): text
        case let .number(value, kind): self.value(value, kind)
        case let .date(date): self.date(date)
        case let .term(_, label): label[language]
        case let .flag(_, label): "⚠ " + label[language]
        case let .stars(count): strings.stars(count)
        }
    }

    /// `1 mei 2026`, `1 May 2026`.
    func date(_ date: CalendarDate) -> String {
        "\(date.day) \(strings.months[date.month - 1]) \(date.year)"
    }

    private func grouped(_ value: UInt64) -> String {
        let digits = String(value)
        guard digits.count > 3 else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += strings.groupingSeparator }
            result.append(digit)
        }
        return result
    }
}
