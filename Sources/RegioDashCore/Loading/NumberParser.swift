/// Numbers as people type them in a Dutch or English spreadsheet.
public enum NumberParser {
    /// The outcome of reading a value cell.
    public enum Result: Sendable, Equatable {
        /// An empty cell: "no figure".
        case empty
        case value(Double)
        /// Not a number; the message says why and what to write.
        case invalid(String)
    }

    /// Reads `text`: an optional sign, digits, and at most one decimal mark
    /// (`,` or `.`). Thousands separators are accepted when they are
    /// unambiguous: `1.234,5`, `1,234.5`, `1.234.567`. A single `.` or `,`
    /// is always the decimal mark (`1.234` is one point two three four).
    /// `allowPercentSign` accepts a trailing `%` (`69%`).
    public static func parse(_ text: String, allowPercentSign: Bool = false) -> Result {
        // Most cells are plain whole numbers: read those straight from their bytes.
        if !text.isEmpty, text.utf8.count <= 15, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return .value(Double(text.utf8.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }))
        }
        var body = Substring(text.trimmingWhitespace)
        if body.isEmpty { return .empty }
        if allowPercentSign, body.hasSuffix("%") {
            body = Substring(body.dropLast().trimmingWhitespace)
        }
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" || sign == "\u{2212}" {
            negative = sign != "+"
            body = body.dropFirst()
        }
        let marks = body.filter { $0 == "." || $0 == "," }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              body.first?.isNumber == true, body.last?.isNumber == true else {
            return .invalid("\"\(text)\" is not a number: write digits with at most one decimal mark, or leave the cell empty for \"no figure\"")
        }

        let decimalMark: Character?
        let groupMark: Character?
        switch (marks.filter { $0 == "." }.count, marks.filter { $0 == "," }.count) {
        case (0, 0): (decimalMark, groupMark) = (nil, nil)
        case (1, 0): (decimalMark, groupMark) = (".", nil)
        case (0, 1): (decimalMark, groupMark) = (",", nil)
        case (_, 0): (decimalMark, groupMark) = (nil, ".")
        case (0, _): (decimalMark, groupMark) = (nil, ",")
        default:
            // Both: the last mark is the decimal one and must occur once.
            let last = marks.last ?? "."
            (decimalMark, groupMark) = (last, last == "." ? "," : ".")
            if marks.filter({ $0 == last }).count != 1 {
                return .invalid("\"\(text)\" mixes \".\" and \",\" so that the decimal mark is unclear: write it as \(body.filter(\.isNumber)) or with one decimal mark")
            }
        }

        var integerPart = body[...]
        var fraction = Substring("")
        if let decimalMark, let split = body.lastIndex(of: decimalMark) {
            integerPart = body[..<split]
            fraction = body[body.index(after: split)...]
        }
        if let groupMark {
            let groups = integerPart.split(separator: groupMark, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .invalid("\"\(text)\" has \"\(groupMark)\" in odd places: write the number without thousands separators")
            }
            integerPart = Substring(groups.joined())
        }
        guard let value = Double("\(integerPart).\(fraction.isEmpty ? "0" : fraction)") else {
            return .invalid("\"\(text)\" is not a number")
        }
        return .value(negative ? -value : value)
    }
}
