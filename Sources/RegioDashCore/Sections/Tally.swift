/// Counts per municipality in categories that do not overlap, drawn as
/// stacked bars: kvo's certificates per municipality, by where they stand.
/// Four categories have fills of their own (solid, hatched, dashed
/// outline, outline); a fifth looks like the first.
public struct Tally: Sendable {
    /// A category: its id (for the download) and label.
    public struct Category: Sendable {
        public var id: String
        public var label: LocalizedText

        /// A category.
        public init(id: String, label: LocalizedText) {
            self.id = id
            self.label = label
        }
    }

    /// One municipality's counts, one per category.
    public struct Row: Sendable {
        public var municipality: Municipality
        /// One per category, in their order.
        public var counts: [Int]

        /// A municipality's counts.
        public init(municipality: Municipality, counts: [Int]) {
            self.municipality = municipality
            self.counts = counts
        }

        /// All its counts together.
        public var total: Int { counts.reduce(0, +) }
    }

    /// The chart's title, also its table's caption.
    public var caption: LocalizedText
    /// In the order they are stacked; the first is drawn solid.
    public var categories: [Category]
    /// Every municipality, in the region's order; each with a count per
    /// category (a missing count is 0, one too many is dropped).
    public var rows: [Row]

    /// A tally of `rows` in `categories`.
    public init(caption: LocalizedText, categories: [Category], rows: [Row]) {
        self.caption = caption
        self.categories = categories
        self.rows = rows.map { row in
            Row(municipality: row.municipality,
                counts: Array((row.counts + Array(repeating: 0, count: max(0, categories.count - row.counts.count))).prefix(categories.count)))
        }
    }
}
