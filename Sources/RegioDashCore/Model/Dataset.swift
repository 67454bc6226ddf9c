/// Everything `content/` holds, loaded and checked: what every page is made
/// from. Immutable; rendering is a pure function of it.
public struct Dataset: Sendable {
    /// site.yaml.
    public let site: SiteSettings
    /// region.yaml.
    public let region: Region
    /// In the registry's order.
    public let themes: [Theme]
    /// Sorted by slug.
    public let pages: [FreePage]
    /// The day the site describes: `reference_date` from site.yaml, else
    /// 31 December of the latest `Theme.currentYear` (a year for which at
    /// least half of the municipalities have figures); nil when the content
    /// has no year at all.
    public let referenceDate: CalendarDate?

    /// A dataset (tests make their own).
    public init(site: SiteSettings, region: Region, themes: [Theme], pages: [FreePage]) {
        self.site = site
        self.region = region
        self.themes = themes
        self.pages = pages.sorted { $0.slug < $1.slug }
        let latestYear = themes.compactMap(\.currentYear).max()
        referenceDate = site.referenceDate ?? latestYear.flatMap { CalendarDate(year: $0, month: 12, day: 31) }
    }

    /// The theme with that id, if the content has it.
    public func theme(id: String) -> Theme? {
        themes.first { $0.id == id }
    }

    /// Every year any theme has a figure or narrative for, ascending.
    public var years: [Int] {
        Array(Set(themes.flatMap(\.years))).sorted()
    }
}
