/// Which page a plugin is asked to fill.
public enum SectionScope: Sendable {
    /// The theme's page for one year: all municipalities compared.
    case region(year: Int)
    /// The theme's part of one municipality's profile.
    case municipality(Municipality)
}

extension SectionScope {
    /// The narratives a page of this scope shows: the year's, or the municipality's.
    func narratives(of theme: Theme, region: Region) -> NarrativeList {
        switch self {
        case let .region(year): NarrativeList(theme: theme, year: year, region: region)
        case let .municipality(municipality): NarrativeList(theme: theme, municipality: municipality)
        }
    }
}
