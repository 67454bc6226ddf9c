import RegioDashCore

/// The text of cmark's HTML as a reader sees it: tags dropped (a block's
/// end makes a line break, an inline tag nothing), the five entities cmark
/// writes and numeric ones decoded. Only for regiodash's own markup.
enum PlainText {
    static func of(_ markup: Markup) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(markup.utf8.count)
        var index = markup.utf8.startIndex
        let bytes = markup.utf8
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.endIndex
                let tag = bytes[(index + 1)..<end]
                if Self.isBlockEnd(tag) {
                    while text.last == UInt8(ascii: " ") { text.removeLast() }
                    if !text.isEmpty, text.last != UInt8(ascii: "\n") { text.append(UInt8(ascii: "\n")) }
                }
                index = end < bytes.endIndex ? end + 1 : end
            } else if byte == UInt8(ascii: "&"), let end = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) {
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if let decoded = Self.entity(name) {
                    text.append(contentsOf: decoded.utf8)
                } else {
                    text.append(contentsOf: bytes[index...end])
                }
                index = end + 1
            } else if byte == UInt8(ascii: "\n") {
                // cmark's line breaks between blocks are no text; inside a paragraph one is a space.
                if let last = text.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: " ") { text.append(UInt8(ascii: " ")) }
                index += 1
            } else {
                text.append(byte)
                index += 1
            }
        }
        while text.last == UInt8(ascii: "\n") || text.last == UInt8(ascii: " ") { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }

    private static let blocks: Set<String> = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br /", "hr /"]

    private static func isBlockEnd(_ tag: ArraySlice<UInt8>) -> Bool {
        let name = String(decoding: tag, as: UTF8.self)
        return blocks.contains(name.hasPrefix("/") ? String(name.dropFirst()) : name) && (name.hasPrefix("/") || name.hasSuffix(" /"))
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "#39", "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
