/// Finds YAML anchors (`&name`) before the text reaches the YAML parser.
///
/// Content files never need anchors and aliases, and they are how a small
/// file becomes an enormous one: an aliased list used as a mapping key makes
/// the parser's duplicate-key check visit every node of the expansion
/// ("billion laughs"), which never finishes. Without anchors every alias is
/// undefined and stops parsing at once. The scan knows quotes, comments and
/// block scalars (`|`, `>`), so an `&` in text is never taken for one. It
/// works on UTF-8 bytes: every character it looks for is ASCII.
enum YAMLAnchorScan {
    /// Line and column (from 1, in characters) of the first anchor, or nil.
    static func firstAnchor(in text: String) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), ret = UInt8(ascii: "\r")
        let openers: Set<UInt8> = [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ","),
                                   UInt8(ascii: "["), UInt8(ascii: "{")]
        let flow: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")]
        let nameEnd: Set<UInt8> = [space, tab, newline, ret, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                                   UInt8(ascii: "{"), UInt8(ascii: "}")]
        var quote: UInt8?
        var blockIndent: Int?
        var line = 1
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            defer { line += 1; start = end + 1 }
            var indent = 0
            while start + indent < end, bytes[start + indent] == space { indent += 1 }
            if let block = blockIndent {
                let blank = (start..<end).allSatisfy { bytes[$0] == space || bytes[$0] == tab || bytes[$0] == ret }
                if blank || indent > block { continue }
                blockIndent = nil
            }
            var previous: UInt8?
            var lastToken: Int?
            var position = start
            while position < end {
                let byte = bytes[position]
                if let open = quote {
                    if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                        position += 2
                        continue
                    }
                    if byte == open {
                        if open == UInt8(ascii: "'"), position + 1 < end, bytes[position + 1] == open {
                            position += 2
                            continue
                        }
                        quote = nil
                        previous = byte
                    }
                    position += 1
                    continue
                }
                let afterBlank = position > start && (bytes[position - 1] == space || bytes[position - 1] == tab)
                let atTokenStart = previous == nil || (afterBlank && openers.contains(previous ?? 0))
                    || flow.contains(previous ?? 0)
                if byte == UInt8(ascii: "#"), position == start || afterBlank {
                    break
                }
                if atTokenStart, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if atTokenStart, byte == UInt8(ascii: "&"), position + 1 < end, !nameEnd.contains(bytes[position + 1]) {
                    return (line, characters(bytes, from: start, to: position) + 1)
                }
                if byte != space, byte != tab, byte != ret {
                    if atTokenStart { lastToken = position }
                    previous = byte
                }
                position += 1
            }
            // A block scalar starts when a value is just `|` or `>` (with its indicators or a comment).
            if quote == nil, let token = lastToken, bytes[token] == UInt8(ascii: "|") || bytes[token] == UInt8(ascii: ">") {
                let rest = (token + 1)..<end
                let indicators = rest.allSatisfy {
                    let byte = bytes[$0]
                    return byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                        || byte == space || byte == tab || byte == ret
                }
                if indicators || rest.contains(where: { bytes[$0] == UInt8(ascii: "#") }) {
                    blockIndent = indent
                }
            }
        }
        return nil
    }

    /// Characters (not bytes) between two offsets of one line.
    private static func characters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        (start..<end).filter { bytes[$0] & 0xC0 != 0x80 }.count
    }
}
