/// What a plugin may rely on while it loads its folder: the site settings
/// and the region are read and checked before any theme.
public struct LoadContext: Sendable {
    public let site: SiteSettings
    public let region: Region

    public init(site: SiteSettings, region: Region) {
        self.site = site
        self.region = region
    }
}
