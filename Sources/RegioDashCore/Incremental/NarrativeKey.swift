/// Which narrative: a theme, a municipality (CBS code) and a year.
package struct NarrativeKey: Sendable, Hashable {
    package var theme: String
    package var municipality: String
    package var year: Int

    package init(theme: String, municipality: String, year: Int) {
        self.theme = theme
        self.municipality = municipality
        self.year = year
    }
}

extension NarrativeKey {
    /// The key of a loaded narrative.
    package init(_ narrative: Narrative) {
        self.init(theme: narrative.theme, municipality: narrative.municipality, year: narrative.year)
    }
}
