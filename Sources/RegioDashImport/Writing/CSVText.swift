import RegioDashCore

/// The shape of an existing CSV file, kept when regiodash writes it again:
/// byte-order mark, line ending, separator and decimal mark (a `;` file
/// writes decimal commas, as Dutch spreadsheets do).
struct CSVText: Sendable {
    var hasBOM: Bool
    var lineEnding: String
    var separator: Character
    /// The file's lines (without their endings), header first.
    var lines: [String]
    /// Each record's first and last line (0-based, into `lines`), header excluded, and its fields.
    var records: [(lines: ClosedRange<Int>, fields: [String])]
    var header: [String]

    var decimalMark: Character { separator == ";" ? "," : "." }

    /// Reads `text` (as it is on disk, a BOM included).
    init(_ text: String, name: String) throws {
        hasBOM = text.hasPrefix("\u{FEFF}")
        let body = hasBOM ? String(text.dropFirst()) : text
        lineEnding = body.contains("\r\n") ? "\r\n" : "\n"
        var split = body.components(separatedByEnding: lineEnding)
        if split.last == "" { split.removeLast() }
        lines = split
        var diagnostics = Diagnostics()
        let (separatorByte, all) = CSVReader.read(TextFile(relativePath: name, displayPath: name, text: body), diagnostics: &diagnostics)
        if let problem = diagnostics.all.first(where: { $0.severity == .error }) {
            throw ImportError("\(name):\(problem.location.line):\(problem.location.column): \(problem.message): mend it before importing")
        }
        separator = Character(Unicode.Scalar(separatorByte))
        header = all.first?.fields.map { $0.value.lowercased() } ?? []
        let data = Array(all.dropFirst())
        records = data.enumerated().map { index, record in
            let next = index + 1 < data.count ? data[index + 1].line - 1 : split.count
            var last = next - 1
            while last > record.line - 1, split[last].isEmpty { last -= 1 }
            return ((record.line - 1)...last, record.fields.map(\.value))
        }
    }

    /// A field as a spreadsheet expects it: quoted when it holds the separator, a quote or a line break.
    func field(_ text: String) -> String {
        guard text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("\r") else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// A number as the file writes it: whole numbers without decimals, else with the file's decimal mark.
    func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        var text = String(value)
        if decimalMark == "," { text = text.replacing(".", with: ",") }
        return text
    }

    /// The file's text again, with `lines`.
    func text(_ lines: [String]) -> String {
        (hasBOM ? "\u{FEFF}" : "") + lines.joined(separator: lineEnding) + lineEnding
    }
}

private extension String {
    func components(separatedByEnding ending: String) -> [String] {
        split(separator: ending, omittingEmptySubsequences: false).map(String.init)
    }
}
