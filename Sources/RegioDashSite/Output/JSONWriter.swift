import RegioDashCore

/// A `DataTable` as JSON for download: the theme, its licence (when
/// site.yaml gives one), its columns, and one object per row keyed by
/// column id; "no figure" is `null`. Written by hand
/// so key order and number format never change between builds, straight
/// into the file's bytes.
enum JSONWriter {
    static func write(_ table: DataTable, theme: Theme, language: Language, license: License?) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256 + table.rows.count * table.columns.count * 24)
        func raw(_ text: String) { output.append(contentsOf: text.utf8) }
        raw("{\n  \"theme\": ")
        JSONText.append(theme.id, to: &output)
        raw(",\n  \"title\": ")
        JSONText.append(theme.title(language), to: &output)
        if let license {
            raw(",\n  \"license\": {\"name\": ")
            JSONText.append(license.id ?? license.url, to: &output)
            raw(", \"path\": ")
            JSONText.append(license.url, to: &output)
            raw("}")
        }
        raw(",\n  \"columns\": [\n")
        for (index, column) in table.columns.enumerated() {
            raw(index == 0 ? "    {\"id\": " : ",\n    {\"id\": ")
            JSONText.append(column.id, to: &output)
            raw(", \"label\": ")
            JSONText.append(column.label[language], to: &output)
            raw("}")
        }
        raw("\n  ],\n  \"rows\": [")
        let keys = table.columns.map { string($0.id) + ": " }
        for (index, row) in table.rows.enumerated() {
            raw(index == 0 ? "\n    {" : ",\n    {")
            for (column, cell) in zip(keys.indices, row) {
                if column > 0 { raw(", ") }
                raw(keys[column])
                value(cell, to: &output)
            }
            raw("}")
        }
        raw(table.rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return output
    }

    private static func value(_ cell: DataTable.Cell, to output: inout [UInt8]) {
        switch cell {
        case .empty: output.append(contentsOf: "null".utf8)
        case let .text(text): JSONText.append(text, to: &output)
        case let .number(value, _): output.append(contentsOf: (value.map(PlainNumber.format) ?? "null").utf8)
        case let .stars(count): output.append(contentsOf: String(count).utf8)
        case let .date(date): JSONText.append(date.description, to: &output)
        case let .term(id, _), let .flag(id, _): JSONText.append(id, to: &output)
        }
    }

    static func string(_ text: String) -> String {
        JSONText.quoted(text)
    }
}
