/// Which page a plugin is asked to fill.
public enum SectionScope: Sendable {
    /// The theme's page for one year: all municipalities compared.
    case region(year: Int)
    /// The theme's part of one municipality's profile.
    case municipality(Municipality)
}
