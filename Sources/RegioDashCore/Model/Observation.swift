/// One figure: a municipality's value for an indicator in a year, from a
/// row of `data.csv`.
public struct Observation: Sendable, Hashable {
    /// The municipality's CBS code.
    public var municipality: String
    /// The year of the figure.
    public var year: Int
    /// The indicator's id.
    public var indicator: String
    /// nil is "no figure": shown as such, never as 0.
    public var value: Double?
    /// The row's source and note, if given.
    public var source: String?
    public var note: String?
    /// The row, for diagnostics.
    public var location: SourceLocation

    /// A figure (plugins with their own data files make their own).
    public init(municipality: String, year: Int, indicator: String, value: Double?,
                source: String? = nil, note: String? = nil, location: SourceLocation) {
        self.municipality = municipality
        self.year = year
        self.indicator = indicator
        self.value = value
        self.source = source
        self.note = note
        self.location = location
    }

    /// A `note` starting with `breuk:` or `break:` says the series breaks at
    /// this row's year (a change in how the figure is counted); this is the
    /// explanation after the prefix.
    public var seriesBreak: String? {
        guard let note else { return nil }
        for prefix in ["breuk:", "break:"] where note.lowercased().hasPrefix(prefix) {
            return note.dropFirst(prefix.count).trimmingWhitespace
        }
        return nil
    }
}
