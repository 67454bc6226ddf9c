/// What kind of number an indicator holds; it decides validation and display.
public enum IndicatorKind: String, Sendable, Hashable, CaseIterable {
    /// A whole number >= 0; also shown per 1,000 inhabitants.
    case count
    /// A percentage, 0 to 100.
    case percent
    /// Any number >= 0.
    case number

    /// Why `value` is impossible for this kind, or nil when it is fine.
    public func problem(with value: Double) -> String? {
        switch self {
        case .count:
            if value < 0 { return "a count cannot be negative" }
            if value.rounded() != value { return "a count must be a whole number" }
        case .percent:
            if value < 0 { return "a percentage cannot be negative" }
            if value > 100 { return "a percentage cannot be above 100" }
        case .number:
            if value < 0 { return "this figure cannot be negative" }
        }
        return nil
    }

    /// Whether a figure of this kind is also shown per 1,000 inhabitants.
    public var hasPerThousand: Bool { self == .count }

    /// `value` per 1,000 of `population`, for counts; nil when either is
    /// missing or the kind has no per-1,000 figure.
    public func perThousand(_ value: Double?, population: Int?) -> Double? {
        guard hasPerThousand, let value, let population, population > 0 else { return nil }
        return value / Double(population) * 1000
    }

    /// Whether adding up the municipalities' figures means something.
    public var isSummable: Bool { self != .percent }
}

/// One indicator a theme declares: its id in `data.csv`, its kind and
/// labels, and optionally which way is better, what it means and where its
/// figures come from.
public struct IndicatorDefinition: Sendable, Hashable {
    /// Which way a figure is better, when one is.
    public enum Better: String, Sendable, Hashable, CaseIterable {
        case higher
        case lower
    }

    public var id: String
    public var kind: IndicatorKind
    public var label: LocalizedText
    public var better: Better?
    /// What the indicator counts or measures, shown with its chart.
    public var description: LocalizedText?
    /// Where its figures come from, for rows of `data.csv` that name no source.
    public var source: String?

    public init(id: String, kind: IndicatorKind, label: LocalizedText, better: Better? = nil,
                description: LocalizedText? = nil, source: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.better = better
        self.description = description
        self.source = source
    }
}
