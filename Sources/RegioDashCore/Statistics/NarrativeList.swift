/// Narratives to show together.
public struct NarrativeList: Sendable {
    /// A narrative with the municipality it belongs to.
    public struct Entry: Sendable {
        public var municipality: Municipality
        public var narrative: Narrative
    }

    /// The year, for a theme page's list; nil for one municipality's years.
    public let year: Int?
    /// In the region's municipality order (a theme page), or newest year
    /// first (a profile).
    public let entries: [Entry]
    /// On a theme page: the municipalities without a narrative that year.
    public let missing: [Municipality]

    /// Every municipality's narrative of `year`.
    public init(theme: Theme, year: Int, region: Region) {
        self.year = year
        let byMunicipality = Dictionary(theme.narratives(year: year).map { ($0.municipality, $0) }) { first, _ in first }
        var entries: [Entry] = []
        var missing: [Municipality] = []
        for municipality in region.municipalities {
            if let narrative = byMunicipality[municipality.code] {
                entries.append(Entry(municipality: municipality, narrative: narrative))
            } else {
                missing.append(municipality)
            }
        }
        self.entries = entries
        self.missing = missing
    }

    /// One municipality's narratives, newest first.
    public init(theme: Theme, municipality: Municipality) {
        year = nil
        entries = theme.narratives(municipality: municipality.code)
            .sorted { $0.year > $1.year }
            .map { Entry(municipality: municipality, narrative: $0) }
        missing = []
    }

    /// Of one municipality's narratives, those of the newest year (a handout's).
    package var newestYear: NarrativeList {
        NarrativeList(year: year, entries: entries.filter { $0.narrative.year == entries.first?.narrative.year }, missing: missing)
    }

    private init(year: Int?, entries: [Entry], missing: [Municipality]) {
        self.year = year
        self.entries = entries
        self.missing = missing
    }
}
