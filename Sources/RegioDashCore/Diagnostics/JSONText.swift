/// JSON string literals, for every JSON regiodash writes by hand (downloads,
/// machine-readable diagnostics): stable output, and safe to embed in HTML
/// (`<` is escaped, so a string can never close a script element).
package enum JSONText {
    package static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` as a JSON string, appended to `output`: as it is, between
    /// quotes, when nothing in it needs escaping (the common case, and the
    /// one downloads of thousands of rows take).
    package static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        let done = text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || byte == UInt8(ascii: "<") || byte == 0xE2 {
                return false
            }
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: "\""))
            return true
        }
        if !done { output.append(contentsOf: escaped(text).utf8) }
    }

    private static func escaped(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<": output += "\\u003c"
            case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
