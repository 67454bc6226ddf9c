import CCMark
import Foundation

/// CommonMark to HTML through libcmark: safe mode (raw HTML is dropped),
/// smart punctuation on, invalid UTF-8 and control characters replaced. Links and images whose URL
/// could run script (`javascript:`, `vbscript:`, `file:`, `data:` other than
/// an image) are taken out, keeping their text.
public enum Markdown {
    /// A rendered document, and its title when it began with a level-1 heading.
    public struct Document: Sendable {
        public var title: String?
        public var body: Markup
        /// The plain text of the first paragraph, for a one-line summary.
        public var excerpt: String
    }

    /// Renders `text`. Headings move down together until the highest is at
    /// least `topHeadingLevel` (never beyond h6), so the text's own outline
    /// fits under the page's: a narrative shown under an h3 starts at h4,
    /// whether its author began with `#` or `###`.
    public static func render(_ text: String, topHeadingLevel: Int = 1) -> Markup {
        document(text, topHeadingLevel: topHeadingLevel, liftingTitle: false).body
    }

    /// Like `render`, but a level-1 heading at the very start becomes the
    /// document's title and leaves the body (a free page's `# Title`).
    public static func document(_ text: String, topHeadingLevel: Int, liftingTitle: Bool) -> Document {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        var utf8 = ControlCharacters.replaced(in: text)
        let root = utf8.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
        }
        guard let root else { return Document(title: nil, body: .empty, excerpt: "") }
        defer { cmark_node_free(root) }

        var title: String?
        if liftingTitle, let first = cmark_node_first_child(root),
           cmark_node_get_type(first) == CMARK_NODE_HEADING, cmark_node_get_heading_level(first) == 1 {
            title = plainText(of: first)
            cmark_node_unlink(first)
            cmark_node_free(first)
        }
        removeUnsafeLinks(in: root)
        if let highest = highestHeadingLevel(in: root), highest < topHeadingLevel {
            shiftHeadings(in: root, by: topHeadingLevel - highest)
        }
        var excerpt = ""
        forEachNode(in: root) { node in
            if excerpt.isEmpty, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { excerpt = plainText(of: node) }
        }
        guard let rendered = cmark_render_html(root, options) else { return Document(title: title, body: .empty, excerpt: excerpt) }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return Document(title: title, body: Markup(utf8: ArraySlice(UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self),
                                                                                    count: strlen(rendered)))),
                        excerpt: excerpt)
    }

    /// Replaces each link or image with an unsafe URL by its content; an
    /// autolink (whose text is the URL itself) goes entirely, and so does an
    /// image. What happens to each is decided first, on the untouched tree;
    /// then the nodes are taken out innermost first, so freeing an outer node
    /// (with its children) never leaves an inner one to be touched afterwards.
    private static func removeUnsafeLinks(in root: OpaquePointer) {
        var unsafe: [(node: OpaquePointer, keepsContent: Bool)] = []
        forEachNode(in: root) { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                  let url = cmark_node_get_url(node).map({ String(cString: $0) }), !isSafe(url: url, image: type == CMARK_NODE_IMAGE)
            else { return }
            let text = plainText(of: node)
            unsafe.append((node, type == CMARK_NODE_LINK && text != url && text != "mailto:" + url))
        }
        // The iterator visits a node before its descendants: backwards, every descendant comes first.
        for (node, keepsContent) in unsafe.reversed() {
            if keepsContent {
                while let child = cmark_node_first_child(node) {
                    cmark_node_insert_before(node, child)
                }
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Whether a URL is harmless in a link or image (cmark's own rule, kept here
    /// so unsafe links disappear instead of becoming empty ones).
    static func isSafe(url: String, image: Bool) -> Bool {
        let trimmed = url.unicodeScalars.drop { $0.value <= 0x20 }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let scheme = String(String.UnicodeScalarView(trimmed[..<colon])).lowercased()
        switch scheme {
        case "javascript", "vbscript", "file":
            return false
        case "data":
            let rest = String(String.UnicodeScalarView(trimmed[trimmed.index(after: colon)...])).lowercased()
            return image && ["image/png", "image/gif", "image/jpeg", "image/webp"].contains { rest.hasPrefix($0) }
        default:
            return true
        }
    }

    private static func shiftHeadings(in root: OpaquePointer, by offset: Int) {
        forEachHeading(in: root) { node in
            let level = Int(cmark_node_get_heading_level(node))
            cmark_node_set_heading_level(node, Int32(min(6, level + offset)))
        }
    }

    private static func highestHeadingLevel(in root: OpaquePointer) -> Int? {
        var highest: Int?
        forEachHeading(in: root) { node in
            let level = Int(cmark_node_get_heading_level(node))
            highest = min(highest ?? level, level)
        }
        return highest
    }

    private static func forEachHeading(in root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        forEachNode(in: root) { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING { body(node) }
        }
    }

    /// Visits every node once, on entering it; `body` must not change the tree.
    private static func forEachNode(in root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            body(node)
        }
    }

    /// The text of a node's inline content, without markup.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        forEachNode(in: node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
