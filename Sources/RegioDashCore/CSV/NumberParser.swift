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
    /// unambiguous: `1.234,5`, `1,234.5`, `1.234.567`. A single mark with
    /// three digits after it (`1.000`, `12,000`) can be either; it is read
    /// with `decimalMark`, the mark the rest of the file uses (see
    /// `decimalMark(of:separator:)`), and refused with a hint when that is
    /// nil. Any other single mark is the decimal one (`69,5`, `0.250`).
    /// `allowPercentSign` accepts a trailing `%` (`69%`).
    public static func parse(_ text: String, allowPercentSign: Bool = false, decimalMark fileMark: Character? = nil) -> Result {
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
        case (1, 0), (0, 1):
            let mark = marks.first ?? "."
            guard isAmbiguous(body) else {
                (decimalMark, groupMark) = (mark, nil)
                break
            }
            guard let fileMark else {
                let whole = String(body.filter(\.isNumber).drop { $0 == "0" })
                return .invalid(
                    "\"\(text)\" can be \(whole) (\"\(mark)\" separating thousands) or a decimal, and nothing else in "
                        + "this file shows which mark it uses for decimals: write \(whole) for the whole number, "
                        + "or \(body)0 for the decimal")
            }
            (decimalMark, groupMark) = mark == fileMark ? (mark, nil) : (nil, mark)
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

    /// Whether one mark could be a decimal mark or a thousands separator:
    /// one to three digits (not a lone 0) before it, exactly three after.
    private static func isAmbiguous(_ body: Substring) -> Bool {
        guard let mark = body.firstIndex(where: { $0 == "." || $0 == "," }) else { return false }
        let before = body[..<mark]
        return (1...3).contains(before.count) && before != "0" && body[body.index(after: mark)...].count == 3
    }

    /// The decimal mark a column of values shows: a value that can only be
    /// read one way (`71,5`, `0.25`, `1.234,5`, `1.234.567`) says which mark
    /// is the decimal one; without such values, the separator does: a `;`
    /// file is a Dutch spreadsheet's, with decimal commas. Nil when values
    /// disagree, or a `,` file shows nothing: ambiguous values are then
    /// refused, never silently read as a thousandth.
    public static func decimalMark(of values: some Sequence<String>, separator: Character) -> Character? {
        var shown = Set<Character>()
        for value in values {
            let marks = value.filter { $0 == "." || $0 == "," }
            guard let last = marks.last, shown.count < 2 else { continue }
            if marks.contains(where: { $0 != last }) {
                shown.insert(last)
            } else if marks.count > 1 {
                shown.insert(last == "." ? "," : ".")
            } else if !isAmbiguous(Substring(value.trimmingWhitespace.filter { $0 != "-" && $0 != "+" && $0 != "%" })) {
                shown.insert(last)
            }
        }
        if shown.count == 1 { return shown.first }
        return shown.isEmpty && separator == ";" ? "," : nil
    }
}
