import RegioDashCore

/// content/population.csv (`municipality,year,population,source`), written
/// by `regiodash import population`: the imported years replace the same
/// years of the same places; a row whose number did not change keeps its
/// source (and date); rows are in region.yaml's order, then by year.
enum PopulationFileEdit {
    static let header = "municipality,year,population,source"

    static func merging(_ figures: [ImportedFigure], source: String, into existing: String?, order: [String]) throws
        -> (text: String, written: Int) {
        var rows: [String: (population: String, source: String)] = [:]
        var lineEnding = "\n"
        var bom = false
        if let existing {
            let csv = try CSVText(existing, name: PopulationTable.fileName)
            lineEnding = csv.lineEnding
            bom = csv.hasBOM
            let index = Dictionary(uniqueKeysWithValues: csv.header.enumerated().map { ($1, $0) })
            guard let code = index["municipality"], let year = index["year"], let population = index["population"] else {
                throw ImportError("\(PopulationTable.fileName): the header must be \(header): mend it before importing")
            }
            for record in csv.records {
                rows["\(record.fields[code].uppercased())|\(record.fields[year])"] =
                    (record.fields[population], index["source"].map { record.fields[$0] } ?? "")
            }
        }
        var written = 0
        for figure in figures {
            guard let value = figure.value else { continue }
            let key = "\(figure.code)|\(figure.year)"
            let number = String(Int(value))
            if rows[key]?.population == number { continue }
            rows[key] = (number, [source, figure.note].compactMap { $0 }.joined(separator: ", "))
            written += 1
        }
        let position = Dictionary(order.enumerated().map { ($1, $0) }) { first, _ in first }
        let sorted = rows.keys.sorted { a, b in
            let (codeA, yearA) = split(a), (codeB, yearB) = split(b)
            return (position[codeA] ?? Int.max, codeA, yearA) < (position[codeB] ?? Int.max, codeB, yearB)
        }
        let csv = try CSVText(header + "\n", name: PopulationTable.fileName)
        let lines = [header] + sorted.compactMap { key -> String? in
            guard let row = rows[key] else { return nil }
            let (code, year) = split(key)
            return [code, year, row.population, csv.field(row.source)].joined(separator: ",")
        }
        return ((bom ? "\u{FEFF}" : "") + lines.joined(separator: lineEnding) + lineEnding, written)
    }

    private static func split(_ key: String) -> (String, String) {
        let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
    }
}
