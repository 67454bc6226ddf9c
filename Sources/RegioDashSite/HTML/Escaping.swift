/// Escaping for HTML text and attribute values (and XML).
enum Escaping {
    /// Appends `text` with `&`, `<`, `>` (and in attributes `"` and `'`)
    /// replaced by character references.
    static func append(_ text: String, to output: inout String, inAttribute: Bool) {
        // A plain loop over the bytes: the common case (nothing to escape) is
        // most of the work of writing a page.
        var text = text
        let needsWork = text.withUTF8 { bytes in
            for byte in bytes where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (inAttribute && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))) {
                return true
            }
            return false
        }
        guard needsWork else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "'" where inAttribute: output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        var output = ""
        append(text, to: &output, inAttribute: inAttribute)
        return output
    }
}
