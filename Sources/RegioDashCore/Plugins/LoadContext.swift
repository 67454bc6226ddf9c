/// What a plugin may rely on while it loads its folder: the theme as the
/// folder declares it, and the site settings and the region, which are read
/// and checked before any theme.
public struct LoadContext: Sendable {
    /// The theme as the content folder has it: the plugin's descriptor with
    /// the titles, intro and indicators its `theme.yaml` adds. Read the
    /// indicators from here: they are the ones `data.csv` may hold.
    public let descriptor: ThemeDescriptor
    /// site.yaml's settings.
    public let site: SiteSettings
    /// region.yaml: the municipalities to check codes and slugs against.
    public let region: Region

    /// The context of a load (tests of a plugin make their own).
    public init(descriptor: ThemeDescriptor, site: SiteSettings, region: Region) {
        self.descriptor = descriptor
        self.site = site
        self.region = region
    }
}
