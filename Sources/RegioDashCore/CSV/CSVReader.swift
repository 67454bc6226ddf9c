/// One field of a CSV record, with where it starts.
public struct CSVField: Sendable, Hashable {
    /// The text: unquoted fields are trimmed, quoted ones kept as written.
    public var value: String
    public var line: Int
    public var column: Int
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [CSVField]
}

/// Reads CSV as a spreadsheet exports it: comma or semicolon separator
/// (whichever the header uses), RFC 4180 quoting with `""` for a quote and
/// line ends inside quotes, CRLF, LF or CR line ends. Blank rows (also rows
/// of separators only) are skipped. Malformed quoting is reported at its
/// position and reading goes on at the next line.
package enum CSVReader {
    package static func read(_ file: TextFile, diagnostics: inout Diagnostics) -> (separator: UInt8, records: [CSVRecord]) {
        var text = file.text
        return text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes, file: file)
            parser.separator = detectSeparator(bytes)
            let records = parser.records(diagnostics: &diagnostics)
            return (parser.separator, records)
        }
    }

    /// `;` when the header line has more semicolons than commas outside quotes.
    static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ",") where !quoted: commas += 1
            case UInt8(ascii: ";") where !quoted: semicolons += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): if !quoted { return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",") }
            default: break
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: TextFile
        var separator = UInt8(ascii: ",")
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: UnsafeBufferPointer<UInt8>, file: TextFile) {
            self.bytes = bytes
            self.file = file
        }

        mutating func records(diagnostics: inout Diagnostics) -> [CSVRecord] {
            var records: [CSVRecord] = []
            while index < bytes.count {
                let recordLine = line
                if let fields = record(diagnostics: &diagnostics),
                   fields.contains(where: { !$0.value.isEmpty }) {
                    records.append(CSVRecord(line: recordLine, fields: fields))
                }
            }
            return records
        }

        /// Reads one record up to and including its line end; nil when it
        /// was malformed (already reported).
        private mutating func record(diagnostics: inout Diagnostics) -> [CSVField]? {
            var fields: [CSVField] = []
            while true {
                let saved = (index, line, lineStart)
                let field: CSVField?
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    field = quotedField(diagnostics: &diagnostics)
                } else {
                    field = plainField()
                }
                guard let field else {
                    (index, line, lineStart) = saved
                    skipRestOfLine()
                    return nil
                }
                fields.append(field)
                guard index < bytes.count else { return fields }
                let byte = bytes[index]
                if byte == separator {
                    index += 1
                    continue
                }
                endLine()
                return fields
            }
        }

        private mutating func plainField() -> CSVField {
            let start = index
            var ascii = true
            while index < bytes.count {
                let byte = bytes[index]
                if byte == separator || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            // Plain ASCII (nearly every field) is trimmed on bytes; anything else as characters,
            // so that a no-break space from a spreadsheet goes too.
            var from = start
            var to = index
            if ascii {
                while from < to, bytes[from] == UInt8(ascii: " ") || bytes[from] == UInt8(ascii: "\t") { from += 1 }
                while to > from, bytes[to - 1] == UInt8(ascii: " ") || bytes[to - 1] == UInt8(ascii: "\t") { to -= 1 }
            }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            return CSVField(value: ascii ? raw : raw.trimmingWhitespace, line: line, column: column(of: start))
        }

        private mutating func quotedField(diagnostics: inout Diagnostics) -> CSVField? {
            let open = index
            let (openLine, openColumn) = (line, column(of: open))
            index += 1
            var value: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        value.append(byte)
                        index += 2
                        continue
                    }
                    index += 1
                    // Spaces after the closing quote are harmless; anything else is not.
                    while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                        index += 1
                    }
                    if index < bytes.count, bytes[index] != separator,
                       bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                        diagnostics.error(
                            "text after a closing quote: a quoted field must end at its closing \", "
                                + "write a quote inside quotes as \"\"",
                            at: file.location(line: line, column: column(of: index)))
                        return nil
                    }
                    return CSVField(value: String(decoding: value, as: UTF8.self), line: openLine, column: openColumn)
                }
                if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                    value.append(byte)
                    index += 1
                    line += 1
                    lineStart = index
                    continue
                }
                value.append(byte)
                index += 1
            }
            diagnostics.error(
                "unterminated quote: this field opens with \" but never closes it; add the closing \" "
                    + "(a quote inside a field is written \"\")",
                at: file.location(line: openLine, column: openColumn))
            return nil
        }

        /// Moves past the line end at `index`.
        private mutating func endLine() {
            if bytes[index] == UInt8(ascii: "\r") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            } else {
                index += 1
            }
            line += 1
            lineStart = index
        }

        /// After a malformed field: go on at the next line.
        private mutating func skipRestOfLine() {
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                index += 1
            }
            if index < bytes.count { endLine() }
        }

        /// Column (from 1, in Unicode scalars) of a byte offset on the current line.
        private func column(of offset: Int) -> Int {
            var column = 1
            var position = lineStart
            while position < offset {
                if bytes[position] & 0xC0 != 0x80 { column += 1 }
                position += 1
            }
            return column
        }
    }
}
