/// Which narrative: a theme, a municipality (CBS code) and a year.
public struct NarrativeKey: Sendable, Hashable, Comparable {
    public var theme: String
    public var municipality: String
    public var year: Int

    public init(theme: String, municipality: String, year: Int) {
        self.theme = theme
        self.municipality = municipality
        self.year = year
    }

    public static func < (lhs: NarrativeKey, rhs: NarrativeKey) -> Bool {
        (lhs.theme, lhs.municipality, lhs.year) < (rhs.theme, rhs.municipality, rhs.year)
    }
}
