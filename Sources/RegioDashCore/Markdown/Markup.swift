/// HTML that is safe to put in a page as it is: only `Markdown` makes it,
/// from CommonMark rendered by cmark in safe mode, so content can never
/// inject raw HTML or script.
public struct Markup: Sendable, Hashable {
    public let html: String

    init(html: String) {
        self.html = html
    }

    /// Nothing.
    public static let empty = Markup(html: "")

    public var isEmpty: Bool { html.isEmpty }
}
