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
        /// Whose it is.
        public var municipality: Municipality
        /// Its first and its last day.
        public var start: CalendarDate
        public var end: CalendarDate
        /// Where it stands on the timeline's reference date.
        public var state: State

        /// A period of `municipality`'s, from `start` to `end`.
        public init(label: String, municipality: Municipality, start: CalendarDate, end: CalendarDate, state: State) {
            self.label = label
            self.municipality = municipality
            self.start = start
            self.end = end
            self.state = state
        }
    }

    /// The chart's title, also its table's caption.
    public var caption: LocalizedText
    /// The date drawn as a line, that `state` is measured against.
    public var reference: CalendarDate?
    /// What one period is called ("certificaat"), and several ("certificaten").
    public var singular: LocalizedText
    public var plural: LocalizedText
    /// How a running period reads ("Geldig"), one ending soon ("Verloopt
    /// binnen 6 maanden") and one that ended ("Verlopen").
    public var running: LocalizedText
    public var endingSoon: LocalizedText
    public var ended: LocalizedText
    /// In the order they are drawn.
    public var items: [Item]

    /// A timeline of `items`, told with these words.
    public init(caption: LocalizedText, reference: CalendarDate?, singular: LocalizedText, plural: LocalizedText,
                running: LocalizedText, endingSoon: LocalizedText, ended: LocalizedText, items: [Item]) {
        self.caption = caption
        self.reference = reference
        self.singular = singular
        self.plural = plural
        self.running = running
        self.endingSoon = endingSoon
        self.ended = ended
        self.items = items
    }

    /// How `state` reads.
    public func label(for state: State) -> LocalizedText {
        switch state {
        case .running: running
        case .endingSoon: endingSoon
        case .ended: ended
        }
    }
}
