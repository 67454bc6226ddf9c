import RegioDashCore

/// `data/datapackage.json`: a Frictionless Data Package
/// (https://specs.frictionlessdata.io/data-package/) that describes every
/// CSV download — its columns with their titles and types, its sources and
/// the site's licence — so a reuser's tools read the files without guessing.
/// Written by hand, like the JSON downloads, so its bytes never change
/// between builds.
enum DataPackageWriter {
    static func write(_ downloads: [(theme: Theme, table: DataTable)], site: SiteSettings) -> [UInt8] {
        let language = site.language
        var output: [UInt8] = []
        func raw(_ text: String) { output.append(contentsOf: text.utf8) }
        func text(_ text: String) { JSONText.append(text, to: &output) }
        raw("{\n  \"profile\": \"tabular-data-package\",\n  \"name\": ")
        text(name(site.title))
        raw(",\n  \"title\": ")
        text(site.title)
        if let license = site.license {
            raw(",\n  \"licenses\": [{\"name\": ")
            text(license.id ?? license.url)
            raw(", \"path\": ")
            text(license.url)
            raw(", \"title\": ")
            text(license.title)
            raw("}]")
        }
        raw(",\n  \"resources\": [")
        for (index, download) in downloads.enumerated() {
            let table = download.table
            raw(index == 0 ? "\n    {" : ",\n    {")
            raw("\"name\": ")
            text(download.theme.id)
            raw(", \"path\": ")
            text("\(download.theme.id).csv")
            raw(", \"title\": ")
            text(download.theme.title(language))
            // The CSV starts with a byte-order mark, for Excel.
            raw(", \"profile\": \"tabular-data-resource\", \"format\": \"csv\", \"mediatype\": \"text/csv\", \"encoding\": \"utf-8-sig\"")
            let sources = self.sources(table)
            if !sources.isEmpty {
                raw(",\n     \"sources\": [")
                for (number, source) in sources.enumerated() {
                    raw(number == 0 ? "{\"title\": " : ", {\"title\": ")
                    text(source)
                    raw("}")
                }
                raw("]")
            }
            raw(",\n     \"schema\": {\"fields\": [")
            for (column, definition) in table.columns.enumerated() {
                raw(column == 0 ? "\n      {\"name\": " : ",\n      {\"name\": ")
                text(definition.id)
                raw(", \"title\": ")
                text(definition.label[language])
                raw(", \"type\": ")
                text(type(of: column, in: table))
                raw("}")
            }
            raw("\n     ]}}")
        }
        raw(downloads.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return output
    }

    /// A package name as the spec wants it: lower case, digits and `-`.
    static func name(_ title: String) -> String {
        var name = ""
        for character in title.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                name.append(character)
            } else if !name.isEmpty, name.last != "-" {
                name.append("-")
            }
        }
        while name.last == "-" { name.removeLast() }
        return name.isEmpty ? "regiodash" : name
    }

    /// The Table Schema type of a column, from what its cells hold: a
    /// column of numbers is `number`, of dates `date`, of stars `integer`;
    /// anything mixed or written as text is `string`.
    static func type(of column: Int, in table: DataTable) -> String {
        var found: String?
        for row in table.rows where column < row.count {
            let type: String? = switch row[column] {
            case .empty: nil
            case .number: "number"
            case .date: "date"
            case .stars: "integer"
            case .text, .term, .flag: "string"
            }
            guard let type else { continue }
            if let found, found != type { return "string" }
            found = type
        }
        return found ?? "string"
    }

    /// The table's source, and the texts of its `source` column, each once,
    /// in the order they first appear.
    static func sources(_ table: DataTable) -> [String] {
        var sources: [String] = table.source.map { [$0] } ?? []
        var seen = Set(sources)
        if let column = table.columns.firstIndex(where: { $0.id == "source" }) {
            for row in table.rows where column < row.count {
                if case let .text(source) = row[column], !source.isEmpty, seen.insert(source).inserted {
                    sources.append(source)
                }
            }
        }
        return sources
    }
}
