import RegioDashCore

/// A `DataTable` as CSV for download: RFC 4180, comma-separated, a UTF-8
/// byte-order mark so spreadsheet programs read the accents right. Text that
/// a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) gets a
/// leading `'`, so a downloaded file can never run anything. Written
/// straight into the file's bytes.
enum CSVWriter {
    static func write(_ table: DataTable) -> [UInt8] {
        var output: [UInt8] = [0xEF, 0xBB, 0xBF]
        output.reserveCapacity(table.rows.count * table.columns.count * 12)
        for (index, column) in table.columns.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            append(column.id, to: &output)
        }
        output.append(contentsOf: "\r\n".utf8)
        for row in table.rows {
            for (index, value) in row.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                cell(value, to: &output)
            }
            output.append(contentsOf: "\r\n".utf8)
        }
        return output
    }

    private static func cell(_ cell: DataTable.Cell, to output: inout [UInt8]) {
        switch cell {
        case .empty: break
        case let .text(text): append(text, to: &output)
        case let .number(value, _): output.append(contentsOf: (value.map(PlainNumber.format) ?? "").utf8)
        case let .stars(count): output.append(contentsOf: String(count).utf8)
        case let .date(date): output.append(contentsOf: date.description.utf8)
        case let .term(id, _), let .flag(id, _): append(id, to: &output)
        }
    }

    /// One text field, as `field` writes it: as it is when it needs neither
    /// defusing nor quotes (most fields), without making a new string.
    private static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { bytes in
            guard !startsFormula(bytes), !needsQuotes(bytes) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if !plain { output.append(contentsOf: field(text).utf8) }
    }

    /// One text field, defused and quoted where needed.
    static func field(_ text: String) -> String {
        var value = text
        if startsFormula(value.utf8) {
            value = "'" + value
        }
        guard needsQuotes(value.utf8) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet would take the text for a formula.
    private static func startsFormula(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.first.map { "=+-@\t\r".utf8.contains($0) } ?? false
    }

    /// Whether the text must be quoted: a separator, quote or line break in
    /// it, or a space at either end.
    private static func needsQuotes(_ bytes: some BidirectionalCollection<UInt8>) -> Bool {
        bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
    }
}
