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

    /// Whether a figure of this kind is also shown as a rate: per 1,000 or
    /// per 10,000 inhabitants (see `MeasureScale`).
    public var hasRate: Bool { self == .count }

    /// `value` per `per` of `population`, for counts; nil when either is
    /// missing or the kind has no rate.
    public func rate(_ value: Double?, population: Int?, per: Int) -> Double? {
        guard hasRate, let value, let population, population > 0 else { return nil }
        return value / Double(population) * Double(per)
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

        /// Whether `value` meets `target`: at least it when higher is better,
        /// at most it when lower is.
        public func meets(_ value: Double, target: Double) -> Bool {
            self == .higher ? value >= target : value <= target
        }

        /// Whether `value` is better than `other`; nil when they are equal.
        public func isBetter(_ value: Double, than other: Double) -> Bool? {
            guard value != other else { return nil }
            return (value > other) == (self == .higher)
        }
    }

    /// Who a rate counts per: everyone (the population in region.yaml), or a
    /// part of the population (`populations:` in region.yaml) with its name.
    public struct Denominator: Sendable, Hashable {
        /// The key under `populations:` in region.yaml, like `youth-12-17`.
        public var id: String
        /// "inwoners van 12–17 jaar": what the rate is per.
        public var label: LocalizedText

        public init(id: String, label: LocalizedText) {
            self.id = id
            self.label = label
        }
    }

    public var id: String
    public var kind: IndicatorKind
    public var label: LocalizedText
    public var better: Better?
    /// What the indicator counts or measures, shown with its chart.
    public var description: LocalizedText?
    /// Where its figures come from, for rows of `data.csv` that name no source.
    public var source: String?
    /// For counts: the rate is per this many (1,000 or 10,000); nil lets the
    /// theme choose so that its figures keep two significant digits.
    public var per: Int?
    /// For counts: the rate is per this part of the population; nil is all inhabitants.
    public var denominator: Denominator?

    /// A value of this indicator (a target, say) on the measure it is
    /// compared on: as a rate of `place`'s inhabitants in `year` for counts
    /// (nil without them), the value itself otherwise.
    public func measure(ofValue value: Double, for place: some Inhabited, in year: Int, scale: MeasureScale) -> Double? {
        guard kind.hasRate else { return value }
        return kind.rate(value, population: place.inhabitants(denominator, in: year), per: scale.per)
    }

    public init(id: String, kind: IndicatorKind, label: LocalizedText, better: Better? = nil,
                description: LocalizedText? = nil, source: String? = nil, per: Int? = nil,
                denominator: Denominator? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.better = better
        self.description = description
        self.source = source
        self.per = per
        self.denominator = denominator
    }
}
