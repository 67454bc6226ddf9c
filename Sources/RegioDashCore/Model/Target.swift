/// A target for an indicator in a year, from `themes/<theme>/targets.csv`:
/// a municipality's own, or the region's.
public struct Target: Sendable, Hashable {
    /// The municipality's CBS code; nil is the region's target.
    public var municipality: String?
    public var year: Int
    /// The indicator's id; it has `better`, so a target can be met.
    public var indicator: String
    /// The value to reach, on the indicator's value (not its rate).
    public var value: Double
    public var note: String?
    /// The row, for diagnostics.
    public var location: SourceLocation

    public init(municipality: String?, year: Int, indicator: String, value: Double, note: String? = nil,
                location: SourceLocation) {
        self.municipality = municipality
        self.year = year
        self.indicator = indicator
        self.value = value
        self.note = note
        self.location = location
    }
}
