import RegioDashCore

/// A `DataTable` as JSON for download: the theme, its columns, and one
/// object per row keyed by column id; "no figure" is `null`. Written by hand
/// so key order and number format never change between builds.
enum JSONWriter {
    static func write(_ table: DataTable, theme: Theme, language: Language) -> String {
        var output = "{\n"
        output += "  \"theme\": \(string(theme.id)),\n"
        output += "  \"title\": \(string(theme.title(language))),\n"
        output += "  \"columns\": [\n"
        output += table.columns.map {
            "    {\"id\": \(string($0.id)), \"label\": \(string($0.label[language]))}"
        }.joined(separator: ",\n")
        output += "\n  ],\n  \"rows\": ["
        let keys = table.columns.map { string($0.id) + ": " }
        for (index, row) in table.rows.enumerated() {
            output += index == 0 ? "\n    {" : ",\n    {"
            for (column, cell) in zip(keys.indices, row) {
                if column > 0 { output += ", " }
                output += keys[column]
                output += value(cell)
            }
            output += "}"
        }
        output += table.rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return output
    }

    private static func value(_ cell: DataTable.Cell) -> String {
        switch cell {
        case .empty: "null"
        case let .text(text): string(text)
        case let .number(value, _): value.map(PlainNumber.format) ?? "null"
        case let .stars(count): String(count)
        case let .date(date): string(date.description)
        case let .term(id, _), let .flag(id, _): string(id)
        }
    }

    static func string(_ text: String) -> String {
        JSONText.quoted(text)
    }
}
