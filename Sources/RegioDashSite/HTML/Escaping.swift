/// Escaping for HTML text and attribute values (and XML).
enum Escaping {
    /// Appends `text` with `&`, `<`, `>` (and in attributes `"` and `'`)
    /// replaced by character references. None of them can be part of a
    /// multi-byte character, so the bytes are copied in runs between them.
    static func append(_ text: String, to output: inout [UInt8], inAttribute: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let reference: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): reference = "&amp;"
                case UInt8(ascii: "<"): reference = "&lt;"
                case UInt8(ascii: ">"): reference = "&gt;"
                case UInt8(ascii: "\"") where inAttribute: reference = "&quot;"
                case UInt8(ascii: "'") where inAttribute: reference = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                reference.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
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
