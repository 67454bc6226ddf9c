import RegioDashCore

/// The one way HTML is made: text and attribute values are escaped by
/// construction; only `Markup` (cmark's safe output) goes in unescaped.
/// Element and attribute names are always literals in this module's code.
struct HTML {
    private(set) var output = ""

    init(capacity: Int = 16_384) {
        output.reserveCapacity(capacity)
    }

    /// Escaped text.
    mutating func text(_ text: String) {
        Escaping.append(text, to: &output, inAttribute: false)
    }

    /// Trusted markup from cmark.
    mutating func markup(_ markup: Markup) {
        output += markup.html
    }

    /// A start tag. Attributes with a nil value are left out.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        output += "<"
        output += tag
        for (name, value) in attributes {
            guard let value else { continue }
            output += " "
            output += name
            output += "=\""
            Escaping.append(value, to: &output, inAttribute: true)
            output += "\""
        }
        output += ">"
    }

    /// An empty SVG element, `<rect …/>` (allowed for SVG inside HTML).
    mutating func shape(_ tag: String, _ attributes: KeyValuePairs<String, String?>) {
        open(tag, attributes)
        output.removeLast()
        output += "/>"
    }

    mutating func close(_ tag: String) {
        output += "</"
        output += tag
        output += ">"
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
        output += text
    }

    /// A line break in the source, to keep pages readable in diffs.
    mutating func newline() {
        output += "\n"
    }

    /// The HTML5 doctype; the only raw text this module writes itself.
    mutating func doctype() {
        output += "<!DOCTYPE html>\n"
    }
}
