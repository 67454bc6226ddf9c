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
        var pairs: [(key: YAMLValue, value: YAMLValue)] = []
        var keys = Set<Substring>()
        var lineNumber = 0
        // "\r\n" is one Character in Swift: split on every kind of line end, as YAML does.
        for line in yaml.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " }) { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
                  key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }),
                  keys.insert(key).inserted else { return nil }
            let afterColon = line[line.index(after: colon)...]
            guard afterColon.first == " " else { return nil }
            let value = afterColon.drop { $0 == " " }
            guard isPlain(value) else { return nil }
            let valueColumn = key.count + 1 + (afterColon.count - value.count) + 1
            pairs.append((.scalar(String(key), plain: true, .init(line: lineNumber, column: 1)),
                          .scalar(String(value.trimmingTrailingSpaces), plain: true, .init(line: lineNumber, column: valueColumn))))
        }
        guard let first = pairs.first else { return nil }
        return .mapping(pairs, first.key.position)
    }

    /// Whether the fast path and the YAML parser read `yaml` alike: true when
    /// the fast path declines it, else whether both give the same keys, texts
    /// and positions. The fuzzer traps on false.
    public static func agreesWithParser(_ yaml: String) -> Bool {
        guard let fast = mapping(yaml) else { return true }
        guard let node = try? Parser(yaml: yaml, resolver: .default, constructor: .default, encoding: .utf8).singleRoot() else {
            return false
        }
        return fast.canonical == YAMLValue(node).canonical
    }

    /// Whether YAML reads `value` as a plain scalar that is exactly its text.
    private static func isPlain(_ value: Substring) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">",
                                              "'", "\"", "%", "@", "`", "~"]
        guard !indicators.contains(first), !value.contains("\t"), !value.contains(" #"), !value.contains(": "),
              !value.hasSuffix(":"), value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return false }
        let trimmed = value.trimmingTrailingSpaces
        // Null, booleans and the like read the same as text here, but leave them to the parser.
        return !["null", "Null", "NULL", "true", "false", "True", "False", "yes", "no"].contains(trimmed)
    }
}

private extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
