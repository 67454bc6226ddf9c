/// The control characters that neither HTML nor XML allows: C0 but tab,
/// line feed and carriage return; DEL; and C1 (U+0080 to U+009F). Text from
/// the content can carry them (a YAML escape, a byte in a CSV cell); the site
/// shows U+FFFD in their place, so no page is invalid and no feed or chart
/// file unreadable. `Escaping` replaces them in text, `Markdown` before
/// cmark sees a text.
package enum ControlCharacters {
    /// How many bytes of a forbidden control character start at `index` of
    /// UTF-8 `bytes`: 0 where none does, 1 for C0 and DEL, 2 for C1.
    @inline(__always)
    package static func width(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch bytes[index] {
        case 0x09, 0x0A, 0x0D: 0
        case 0x00...0x1F, 0x7F: 1
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): 2
        default: 0
        }
    }

    /// `text` with U+FFFD in place of each forbidden control character (itself when it has none).
    package static func replaced(in text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.indices.contains(where: { width(at: $0, in: bytes) > 0 }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            var index = 0
            while index < bytes.count {
                let width = width(at: index, in: bytes)
                if width == 0 {
                    output.append(bytes[index])
                    index += 1
                } else {
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    index += width
                }
            }
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }
}
