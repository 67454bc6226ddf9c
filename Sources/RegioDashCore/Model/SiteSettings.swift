/// `site.yaml`: site-wide settings.
public struct SiteSettings: Sendable {
    /// The site's title, on every page.
    public var title: String
    /// The language of every interface text.
    public var language: Language
    /// Absolute base URL, used only where a URL must be absolute (the sitemap).
    public var baseURL: String?
    /// Who publishes the site, shown in the footer.
    public var publisher: String?
    /// Every page carries a visible "draft" banner.
    public var draft: Bool
    /// Every page says the figures are illustrative.
    public var exampleData: Bool
    /// The day the site describes ("peildatum"); nil means 31 December of the
    /// latest year in the content. Never the clock: the same content must
    /// give the same site.
    public var referenceDate: CalendarDate?
    /// Under what terms the figures may be reused, if site.yaml says.
    public var license: License?

    /// Settings (tests make their own).
    public init(title: String, language: Language = .nl, baseURL: String? = nil, publisher: String? = nil,
                draft: Bool = false, exampleData: Bool = false, referenceDate: CalendarDate? = nil, license: License? = nil) {
        self.title = title
        self.language = language
        self.baseURL = baseURL
        self.publisher = publisher
        self.draft = draft
        self.exampleData = exampleData
        self.referenceDate = referenceDate
        self.license = license
    }
}
