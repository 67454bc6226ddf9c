import Yams

/// A fast path for the YAML almost every front matter is: lines of
/// `key: plain text`. It builds the same nodes (with the same positions) as
/// the YAML parser would, at a fraction of the cost, which matters with
/// thousands of narratives. Anything else — quotes, indicators, comments,
/// empty values, indented or continued lines, a key twice — returns nil and
/// goes to the real parser. The fuzzer checks the two agree.
@_spi(Fuzzing)
public enum SimpleYAML {
    static func mapping(_ yaml: String) -> YAMLValue? {
        var yaml = yaml
        return yaml.withUTF8 { mapping(bytes: $0) }
    }

    /// The same on the text's bytes: every character the rules look at is ASCII.
    private static func mapping(bytes: UnsafeBufferPointer<UInt8>) -> YAMLValue? {
        var pairs: [(key: YAMLValue, value: YAMLValue)] = []
        var keys = Set<String>()
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            defer {
                // A line ends at \n, \r or \r\n, as YAML reads it.
                start = end < bytes.count && bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count
                    && bytes[end + 1] == UInt8(ascii: "\n") ? end + 2 : end + 1
            }
            lineNumber += 1
            if (start..<end).allSatisfy({ bytes[$0] == UInt8(ascii: " ") }) { continue }
            var colon = start
            while colon < end, isKeyByte(bytes[colon]) { colon += 1 }
            guard colon > start, colon < end, bytes[colon] == UInt8(ascii: ":"), isLetter(bytes[start]),
                  colon + 1 < end, bytes[colon + 1] == UInt8(ascii: " ") else { return nil }
            var valueStart = colon + 1
            while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            var valueEnd = end
            while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: " ") { valueEnd -= 1 }
            guard isPlain(bytes, valueStart, valueEnd) else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
            guard keys.insert(key).inserted else { return nil }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
            let valueColumn = (start..<valueStart).filter { bytes[$0] & 0xC0 != 0x80 }.count + 1
            pairs.append((.scalar(key, plain: true, .init(line: lineNumber, column: 1)),
                          .scalar(value, plain: true, .init(line: lineNumber, column: valueColumn))))
        }
        guard let first = pairs.first else { return nil }
        return .mapping(pairs, first.key.position)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    /// Whether the fast path and the YAML parser read `yaml` alike: true when
    /// the fast path declines it, else whether both give the same keys, texts
    /// and positions. The fuzzer traps on false.
    public static func agreesWithParser(_ yaml: String) -> Bool {
        guard let fast = mapping(yaml) else { return true }
        guard let node = try? Parser(yaml: yaml, resolver: .basic, constructor: .default, encoding: .utf8).singleRoot() else {
            return false
        }
        return fast.canonical == YAMLValue(node).canonical
    }

    /// Whether YAML reads `bytes[start..<end]` as a plain scalar that is exactly its text.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        let indicators: [UInt8] = Array("-?:,[]{}#&*!|>'\"%@`~".utf8)
        guard !indicators.contains(bytes[start]) else { return false }
        for index in start..<end {
            let byte = bytes[index]
            // Control characters and tabs; " #" starts a comment, ": " a mapping.
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == UInt8(ascii: " "), index + 1 < end,
               bytes[index + 1] == UInt8(ascii: "#") { return false }
            if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == UInt8(ascii: " ") { return false }
            // NEL (C2 85), LINE and PARAGRAPH SEPARATOR (E2 80 A8/A9) are line breaks to YAML.
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0x85 { return false }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // Null, booleans and the like read the same as text here, but leave them to the parser.
        return !["null", "Null", "NULL", "true", "false", "True", "False", "yes", "no"].contains(text)
    }
}
