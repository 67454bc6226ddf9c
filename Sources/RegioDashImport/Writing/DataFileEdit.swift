import RegioDashCore

/// A theme's data.csv with the rows of one indicator and some years
/// replaced by imported figures; every other row stays as it was, in its
/// place, and so do the file's separator, decimal mark, line endings and
/// byte-order mark. A row whose value and note did not change is kept as it
/// was (its source and date too), so importing twice changes nothing.
enum DataFileEdit {
    static let columns = ["municipality", "year", "indicator", "value", "source", "note"]

    /// The new text, and how many rows were written anew (added or changed).
    static func replacing(indicator: String, years: Set<Int>, with figures: [ImportedFigure], source: String,
                          in existing: String?, name: String) throws -> (text: String, changed: Int) {
        guard let existing else {
            let csv = try CSVText(columns.joined(separator: ",") + "\n", name: name)
            let rows = figures.map { row($0, indicator: indicator, source: source, header: columns, csv: csv) }
            return (csv.text([columns.joined(separator: ",")] + rows), figures.count)
        }
        var csv = try CSVText(existing, name: name)
        for column in ["municipality", "year", "indicator", "value"] where !csv.header.contains(column) {
            throw ImportError("\(name): the header has no \"\(column)\" column: mend it before importing")
        }
        // Columns the import writes that the file does not have yet go at the end of every line.
        let missing = ["source", "note"].filter { !csv.header.contains($0) }
        if !missing.isEmpty {
            csv.lines[0] += missing.map { String(csv.separator) + $0 }.joined()
            for record in csv.records { csv.lines[record.lines.upperBound] += String(repeating: csv.separator, count: missing.count) }
            csv.header += missing
        }
        let index = Dictionary(uniqueKeysWithValues: csv.header.enumerated().map { ($1, $0) })
        var wanted: [String: ImportedFigure] = [:]
        for figure in figures { wanted["\(figure.code)|\(figure.year)"] = figure }
        var out: [String] = [csv.lines[0]]
        var insertAt: Int?
        var kept = Set<String>()
        for record in csv.records {
            let fields = record.fields
            let text = record.lines.map { csv.lines[$0] }.joined(separator: csv.lineEnding)
            guard fields[index["indicator"] ?? 0].lowercased() == indicator.lowercased(),
                  let year = Int(fields[index["year"] ?? 0]), years.contains(year) else {
                out.append(text)
                continue
            }
            insertAt = insertAt ?? out.count
            let code = fields[index["municipality"] ?? 0].uppercased()
            if let figure = wanted["\(code)|\(year)"], same(figure, fields, index: index) {
                kept.insert("\(code)|\(year)")
                out.append(text)
            }
        }
        let fresh = figures.filter { !kept.contains("\($0.code)|\($0.year)") }
            .map { row($0, indicator: indicator, source: source, header: csv.header, csv: csv) }
        if let insertAt {
            out.insert(contentsOf: fresh, at: insertAt)
        } else {
            out += fresh
        }
        return (csv.text(out), fresh.count)
    }

    private static func same(_ figure: ImportedFigure, _ fields: [String], index: [String: Int]) -> Bool {
        let value = fields[index["value"] ?? 0]
        let note = index["note"].map { fields[$0] } ?? ""
        let parsed: Double?
        switch NumberParser.parse(value) {
        case let .value(number): parsed = number
        default: parsed = nil
        }
        return parsed == figure.value && note == (figure.note ?? "")
    }

    private static func row(_ figure: ImportedFigure, indicator: String, source: String, header: [String], csv: CSVText) -> String {
        header.map { column -> String in
            switch column {
            case "municipality": figure.code
            case "year": String(figure.year)
            case "indicator": indicator
            case "value": figure.value.map(csv.number) ?? ""
            case "source": csv.field(source)
            case "note": csv.field(figure.note ?? "")
            default: ""
            }
        }.joined(separator: String(csv.separator))
    }
}
