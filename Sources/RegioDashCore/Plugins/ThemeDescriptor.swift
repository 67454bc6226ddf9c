/// What a theme is before any content is read: its id, names, indicators and
/// the files it reads. A plugin declares it.
public struct ThemeDescriptor: Sendable {
    /// The folder name under `content/themes/`.
    public var id: String
    /// The URL segment of the theme's page, per language.
    public var slug: LocalizedText
    /// The theme's name, as menus, headings and page titles show it.
    public var title: LocalizedText
    /// One or two sentences on what the theme covers; `theme.md` may replace it.
    public var intro: LocalizedText
    /// The indicators `data.csv` may hold, in the order they are shown.
    public var indicators: [IndicatorDefinition]
    /// The data files the plugin reads from its folder (besides `theme.md`
    /// and the narrative folders); anything else there is reported.
    public var dataFiles: [String]

    /// A theme; `dataFiles` are the files the plugin reads (data.csv by default).
    /// There is no version to raise when the plugin changes: a build made by
    /// another executable reads and renders everything again.
    public init(id: String, slug: LocalizedText, title: LocalizedText, intro: LocalizedText,
                indicators: [IndicatorDefinition], dataFiles: [String] = ["data.csv"]) {
        self.id = id
        self.slug = slug
        self.title = title
        self.intro = intro
        self.indicators = indicators
        self.dataFiles = dataFiles
    }

    /// The indicator with that id, if the theme has one.
    public func indicator(id: String) -> IndicatorDefinition? {
        indicators.first { $0.id == id }
    }
}
