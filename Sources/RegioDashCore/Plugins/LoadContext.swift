/// What a plugin may rely on while it loads its folder: the site settings
/// and the region are read and checked before any theme.
public struct LoadContext: Sendable {
    /// site.yaml's settings.
    public let site: SiteSettings
    /// region.yaml: the municipalities to check codes and slugs against.
    public let region: Region

    /// The context of a load (tests of a plugin make their own).
    public init(site: SiteSettings, region: Region) {
        self.site = site
        self.region = region
    }
}
