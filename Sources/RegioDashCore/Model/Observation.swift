/// One figure: a municipality's value for an indicator in a year, from a
/// row of `data.csv`.
public struct Observation: Sendable, Hashable {
    /// The municipality's CBS code.
    public var municipality: String
    public var year: Int
    public var indicator: String
    /// nil is "no figure": shown as such, never as 0.
    public var value: Double?
    public var source: String?
    public var note: String?
    public var location: SourceLocation

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
}
