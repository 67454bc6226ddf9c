/// A topic of a narrative, one of its front matter's `tags:`
/// (`tags: [vuurwerk, drugs]`): every passage with the same tag is listed
/// on that topic's page.
public struct Tag: Sendable, Hashable {
    /// As written, trimmed: "buurtbemiddeling".
    public var name: String
    /// Where it is written.
    public var location: SourceLocation

    /// A tag (tests make their own).
    public init(_ name: String, at location: SourceLocation) {
        self.name = name
        self.location = location
    }

    /// Its topic page's address: `Slug.make` of the name, so "Coördinatie"
    /// and "coordinatie" are one topic.
    public var slug: String { Slug.make(from: name) }

    /// The longest a tag may be: a word or two, not a sentence.
    static let maximumLength = 40
}
