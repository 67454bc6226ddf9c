/// Counts per municipality in categories that do not overlap, drawn as
/// stacked bars: kvo's certificates per municipality, by where they stand.
public struct Tally: Sendable {
    /// A category: its id (for the download) and label.
    public struct Category: Sendable {
        public var id: String
        public var label: LocalizedText

        public init(id: String, label: LocalizedText) {
            self.id = id
            self.label = label
        }
    }

    /// One municipality's counts, one per category.
    public struct Row: Sendable {
        public var municipality: Municipality
        public var counts: [Int]

        public init(municipality: Municipality, counts: [Int]) {
            self.municipality = municipality
            self.counts = counts
        }

        public var total: Int { counts.reduce(0, +) }
    }

    public var caption: LocalizedText
    /// In the order they are stacked; the first is drawn solid.
    public var categories: [Category]
    /// Every municipality, in the region's order.
    public var rows: [Row]

    public init(caption: LocalizedText, categories: [Category], rows: [Row]) {
        self.caption = caption
        self.categories = categories
        self.rows = rows
    }
}
