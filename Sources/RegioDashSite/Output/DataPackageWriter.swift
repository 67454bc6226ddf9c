import RegioDashCore

/// `data/datapackage.json`: a Frictionless Data Package
/// (https://specs.frictionlessdata.io/data-package/) that describes every
/// CSV download — its columns with their titles and types, its sources and
/// the site's licence — so a reuser's tools read the files without guessing.
/// Written by hand, like the JSON downloads, so its bytes never change
/// between builds.
///
/// Each theme's resource is a `Fragment` keyed like the theme's downloads,
/// so an edit of one theme's figures makes that theme's table alone again.
enum DataPackageWriter {
    /// A theme's download, made only when its resource is not taken as published.
    struct Download {
        var theme: Theme
        var key: UInt64
        var table: @Sendable () -> DataTable
    }

    static func write(_ downloads: [Download], site: SiteSettings, published: PublishedFragments) -> MadeFile {
        let language = site.language
        var output = HTML(capacity: 4096 * max(1, downloads.count))
        output.raw("{\n  \"profile\": \"tabular-data-package\",\n  \"name\": ")
        output.jsonString(name(site.title))
        output.raw(",\n  \"title\": ")
        output.jsonString(site.title)
        if let license = site.license {
            output.raw(",\n  \"licenses\": [{\"name\": ")
            output.jsonString(license.id ?? license.url)
            output.raw(", \"path\": ")
            output.jsonString(license.url)
            output.raw(", \"title\": ")
            output.jsonString(license.title)
            output.raw("}]")
        }
        output.raw(",\n  \"resources\": [")
        for (index, download) in downloads.enumerated() {
            output.raw(index == 0 ? "\n    " : ",\n    ")
            output.fragment(download.key, published: published) { resource in
                self.resource(download.theme, download.table(), language: language, into: &resource)
            }
        }
        output.raw(downloads.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return output.made
    }

    /// One CSV: its name and path, its sources, and its columns' names, titles and types.
    private static func resource(_ theme: Theme, _ table: DataTable, language: Language, into output: inout HTML) {
        output.raw("{\"name\": ")
        output.jsonString(theme.id)
        output.raw(", \"path\": ")
        output.jsonString("\(theme.id).csv")
        output.raw(", \"title\": ")
        output.jsonString(theme.title(language))
        // The CSV starts with a byte-order mark, for Excel.
        output.raw(", \"profile\": \"tabular-data-resource\", \"format\": \"csv\", \"mediatype\": \"text/csv\", \"encoding\": \"utf-8-sig\"")
        let sources = self.sources(table)
        if !sources.isEmpty {
            output.raw(",\n     \"sources\": [")
            for (number, source) in sources.enumerated() {
                output.raw(number == 0 ? "{\"title\": " : ", {\"title\": ")
                output.jsonString(source)
                output.raw("}")
            }
            output.raw("]")
        }
        output.raw(",\n     \"schema\": {\"fields\": [")
        for (column, definition) in table.columns.enumerated() {
            output.raw(column == 0 ? "\n      {\"name\": " : ",\n      {\"name\": ")
            output.jsonString(definition.id)
            output.raw(", \"title\": ")
            output.jsonString(definition.label[language])
            output.raw(", \"type\": ")
            output.jsonString(type(of: column, in: table))
            output.raw("}")
        }
        output.raw("\n     ]}}")
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
