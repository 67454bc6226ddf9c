/// A municipality's own account of a theme in a year:
/// `themes/<theme>/<municipality>/<year>.md`.
public struct Narrative: Sendable {
    /// Publication status from the front matter.
    public enum Status: String, Sendable, CaseIterable {
        case published
        case draft
    }

    /// The theme's id.
    public var theme: String
    /// The municipality's CBS code.
    public var municipality: String
    /// The year the narrative is about.
    public var year: Int
    /// The front matter's title and summary, if given.
    public var title: String?
    public var summary: String?
    /// Published or draft.
    public var status: Status
    /// The text, rendered by cmark.
    public var body: Markup
    /// The first paragraph as plain text: the line shown when there is no `summary`.
    public var excerpt: String
    /// The topics it is about (`tags:` in the front matter), in the order written.
    public var tags: [Tag]
    /// The file.
    public var location: SourceLocation

    /// A narrative (tests make their own).
    public init(theme: String, municipality: String, year: Int, title: String?, summary: String?,
                status: Status, body: Markup, excerpt: String = "", tags: [Tag] = [], location: SourceLocation) {
        self.theme = theme
        self.municipality = municipality
        self.year = year
        self.title = title
        self.summary = summary
        self.status = status
        self.body = body
        self.excerpt = excerpt
        self.tags = tags
        self.location = location
    }

    /// Which narrative it is.
    package var key: NarrativeKey {
        NarrativeKey(theme: theme, municipality: municipality, year: year)
    }
}
