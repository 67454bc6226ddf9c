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
        let done = text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            guard !"=+-@\t\r ".utf8.contains(first), last != UInt8(ascii: " "),
                  !bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
            else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if !done { output.append(contentsOf: field(text).utf8) }
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
