/// HTML that is safe to put in a page as it is: only `Markdown` makes it,
/// from CommonMark rendered by cmark in safe mode, so content can never
/// inject raw HTML or script. Kept as the UTF-8 bytes cmark wrote, which is
/// what pages are assembled from; a narrative taken from the build cache
/// shares the bytes of the cache's file instead of copying them.
public struct Markup: Sendable, Hashable {
    /// The HTML's UTF-8 bytes.
    public let utf8: ArraySlice<UInt8>

    init(utf8: ArraySlice<UInt8>) {
        self.utf8 = utf8
    }

    /// The HTML as text.
    public var html: String { String(decoding: utf8, as: UTF8.self) }

    /// Nothing.
    public static let empty = Markup(utf8: [])

    public var isEmpty: Bool { utf8.isEmpty }
}
