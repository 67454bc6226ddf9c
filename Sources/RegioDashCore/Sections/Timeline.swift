/// Periods on a time axis, one bar each from start to end, with a reference
/// date as a line: kvo's certificates from `certified_on` to `valid_until`.
public struct Timeline: Sendable {
    /// Where a period stands on the reference date.
    public enum State: Sendable, Hashable {
        /// Running, and not ending soon.
        case running
        /// Running, and ending soon (kvo: within six months).
        case endingSoon
        /// Ended before the reference date.
        case ended
    }

    /// One period.
    public struct Item: Sendable {
        /// What the period is of ("Bedrijventerrein Welsum").
        public var label: String
        public var municipality: Municipality
        public var start: CalendarDate
        public var end: CalendarDate
        public var state: State

        public init(label: String, municipality: Municipality, start: CalendarDate, end: CalendarDate, state: State) {
            self.label = label
            self.municipality = municipality
            self.start = start
            self.end = end
            self.state = state
        }
    }

    public var caption: LocalizedText
    /// The date drawn as a line, that `state` is measured against.
    public var reference: CalendarDate?
    /// What one period and several are called ("certificaat", "certificaten").
    public var one: LocalizedText
    public var many: LocalizedText
    /// How each state reads ("Geldig", "Verloopt binnen 6 maanden", "Verlopen").
    public var running: LocalizedText
    public var endingSoon: LocalizedText
    public var ended: LocalizedText
    /// In the order they are drawn.
    public var items: [Item]

    public init(caption: LocalizedText, reference: CalendarDate?, one: LocalizedText, many: LocalizedText,
                running: LocalizedText, endingSoon: LocalizedText, ended: LocalizedText, items: [Item]) {
        self.caption = caption
        self.reference = reference
        self.one = one
        self.many = many
        self.running = running
        self.endingSoon = endingSoon
        self.ended = ended
        self.items = items
    }
}
