/// A table of typed cells: a plugin's own records on a page, and the
/// figures behind a theme in its CSV and JSON downloads.
public struct DataTable: Sendable {
    /// A column: its id (the CSV header and JSON key) and label (the table header).
    public struct Column: Sendable {
        /// The CSV header and JSON key: a-z, 0-9, _ and -.
        public var id: String
        /// The table header on pages.
        public var label: LocalizedText

        /// A column.
        public init(id: String, label: LocalizedText) {
            self.id = id
            self.label = label
        }
    }

    /// One cell. Downloads write the raw value; pages show it formatted.
    public enum Cell: Sendable, Hashable {
        case empty
        /// Free text from content (a name, a note), shown as written.
        case text(String)
        /// A figure of an indicator's kind; nil is "no figure".
        case number(Double?, IndicatorKind)
        case date(CalendarDate)
        /// A value from a fixed set: `id` in downloads, `label` on pages.
        case term(id: String, label: LocalizedText)
        /// Something that needs attention; shown with a marker and its text.
        case flag(id: String, label: LocalizedText)
        /// A number of stars (a certificate's re-certifications), shown as ★ and in words.
        case stars(Int)
    }

    /// The table's title, also the caption on pages.
    public var caption: LocalizedText
    /// The columns, in order; every row has a cell for each.
    public var columns: [Column]
    /// The rows, in the order they are shown.
    public var rows: [[Cell]]
    /// Where the figures come from, if one source covers them all.
    public var source: String?

    /// A table; `source`, if given, is shown under it.
    public init(caption: LocalizedText, columns: [Column], rows: [[Cell]], source: String? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.source = source
    }
}

extension DataTable.Column {
    /// The columns that name a municipality in every download.
    public static let municipalityCode = Self(id: "municipality_code", label: LocalizedText(nl: "CBS-code", en: "CBS code"))
    /// The municipality's name, as row header on pages.
    public static let municipality = Self(id: "municipality", label: LocalizedText(nl: "Gemeente", en: "Municipality"))
    /// What needs attention in a row (a `.flag` cell): an expired certificate, say.
    public static let attention = Self(id: "attention", label: LocalizedText(nl: "Let op", en: "Attention"))
    /// A row's free-text note.
    public static let note = Self(id: "note", label: LocalizedText(nl: "Toelichting", en: "Note"))
}
