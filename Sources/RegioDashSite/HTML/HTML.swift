import RegioDashCore

/// The one way HTML is made: text and attribute values are escaped by
/// construction; only `Markup` (cmark's safe output) goes in unescaped.
/// Element and attribute names are always literals in this module's code.
struct HTML {
    /// The page's bytes: one buffer, appended to (cheaper than growing a
    /// String) and written to its file as it is.
    private(set) var bytes: [UInt8] = []

    /// The fragments in `bytes` (see `Fragment`), and how many of them were
    /// taken as published.
    private(set) var fragments: [Fragment] = []
    private(set) var reusedFragments = 0

    init(capacity: Int = 16_384) {
        bytes.reserveCapacity(capacity)
    }

    /// The page as a made file.
    var made: MadeFile {
        MadeFile(bytes: bytes, fragments: fragments, reused: reusedFragments)
    }

    /// A part of the page that reads less than the page, `key` being the
    /// hash of what it reads: taken from `published` when the page as
    /// published has it, else made by `body`.
    mutating func fragment(_ key: UInt64, published: PublishedFragments, _ body: (inout HTML) -> Void) {
        let start = bytes.count
        if let earlier = published.bytes(key) {
            bytes.append(contentsOf: earlier)
            reusedFragments += 1
        } else {
            body(&self)
        }
        fragments.append(Fragment(key: key, offset: start, length: bytes.count - start))
    }

    /// What was written, as text.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A JSON string, quoted and escaped (for files made of fragments, like `data/datapackage.json`).
    mutating func jsonString(_ text: String) {
        JSONText.append(text, to: &bytes)
    }

    /// Escaped text.
    mutating func text(_ text: String) {
        Escaping.append(text, to: &bytes, inAttribute: false)
    }

    /// HTML made before by another `HTML` (a part many pages share), as it is.
    mutating func append(_ part: HTML) {
        bytes.append(contentsOf: part.bytes)
    }

    /// Trusted markup from cmark.
    mutating func markup(_ markup: Markup) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// A start tag. Attributes with a nil value are left out.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        bytes.append(UInt8(ascii: "<"))
        append(tag)
        for (name, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            append(name)
            append("=\"" as StaticString)
            Escaping.append(value, to: &bytes, inAttribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    /// An empty SVG element, `<rect …/>` (allowed for SVG inside HTML).
    mutating func shape(_ tag: String, _ attributes: KeyValuePairs<String, String?>) {
        open(tag, attributes)
        bytes.removeLast()
        append("/>" as StaticString)
    }

    mutating func close(_ tag: String) {
        append("</" as StaticString)
        append(tag)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An element with content built by `body`.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:],
                          _ body: (inout HTML) -> Void) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    /// An element holding only escaped text.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// Text this module wrote itself (a script of the preview server, say),
    /// as it is. Never for anything that came from content.
    mutating func raw(_ text: String) {
        append(text)
    }

    /// A line break in the source, to keep pages readable in diffs.
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The HTML5 doctype; the only raw text this module writes itself.
    mutating func doctype() {
        append("<!DOCTYPE html>\n" as StaticString)
    }
}
