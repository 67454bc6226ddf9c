/// A free page, `pages/<slug>.md`: about, method, accessibility statement.
public struct FreePage: Sendable {
    public var slug: String
    public var title: String
    public var body: Markup
    public var location: SourceLocation

    public init(slug: String, title: String, body: Markup, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.body = body
        self.location = location
    }
}
