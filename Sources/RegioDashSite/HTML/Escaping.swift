import RegioDashCore

/// Escaping for HTML text and attribute values (and XML).
enum Escaping {
    /// Appends `text` with `&`, `<`, `>` (and in attributes `"` and `'`)
    /// replaced by character references, and each control character that
    /// neither HTML nor XML allows by U+FFFD (`ControlCharacters`). None of
    /// them can be part of a multi-byte character (a C1 character is one of
    /// its own), so the bytes are copied in runs between them.
    static func append(_ text: String, to output: inout [UInt8], inAttribute: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let reference: StaticString
                var width = 1
                switch bytes[index] {
                case UInt8(ascii: "&"): reference = "&amp;"
                case UInt8(ascii: "<"): reference = "&lt;"
                case UInt8(ascii: ">"): reference = "&gt;"
                case UInt8(ascii: "\"") where inAttribute: reference = "&quot;"
                case UInt8(ascii: "'") where inAttribute: reference = "&#39;"
                case 0x00...0x1F, 0x7F, 0xC2:
                    width = ControlCharacters.width(at: index, in: bytes)
                    guard width > 0 else {
                        index += 1
                        continue
                    }
                    reference = "\u{FFFD}"
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                reference.withUTF8Buffer { output.append(contentsOf: $0) }
                index += width
                start = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        var output: [UInt8] = []
        append(text, to: &output, inAttribute: inAttribute)
        return String(decoding: output, as: UTF8.self)
    }
}
