/// Which narrative: a theme, a municipality (CBS code) and a year.
package struct NarrativeKey: Sendable, Hashable, Comparable {
    package var theme: String
    package var municipality: String
    package var year: Int

    package init(theme: String, municipality: String, year: Int) {
        self.theme = theme
        self.municipality = municipality
        self.year = year
    }

    package static func < (lhs: NarrativeKey, rhs: NarrativeKey) -> Bool {
        (lhs.theme, lhs.municipality, lhs.year) < (rhs.theme, rhs.municipality, rhs.year)
    }
}
