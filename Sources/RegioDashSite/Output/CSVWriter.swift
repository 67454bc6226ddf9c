import RegioDashCore

/// A `DataTable` as CSV for download: RFC 4180, comma-separated, a UTF-8
/// byte-order mark so spreadsheet programs read the accents right. Text that
/// a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) gets a
/// leading `'`, so a downloaded file can never run anything.
enum CSVWriter {
    static func write(_ table: DataTable) -> String {
        var output = "\u{FEFF}"
        output.reserveCapacity(table.rows.count * 100)
        output += table.columns.map { field($0.id) }.joined(separator: ",")
        output += "\r\n"
        for row in table.rows {
            for (index, value) in row.enumerated() {
                if index > 0 { output += "," }
                output += cell(value)
            }
            output += "\r\n"
        }
        return output
    }

    private static func cell(_ cell: DataTable.Cell) -> String {
        switch cell {
        case .empty: ""
        case let .text(text): field(text)
        case let .number(value, _): value.map(PlainNumber.format) ?? ""
        case let .stars(count): String(count)
        case let .date(date): date.description
        case let .term(id, _), let .flag(id, _): field(id)
        }
    }

    /// One text field, defused and quoted where needed.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.utf8.first, "=+-@\t\r".utf8.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            || value.utf8.first == UInt8(ascii: " ") || value.utf8.last == UInt8(ascii: " ")
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
