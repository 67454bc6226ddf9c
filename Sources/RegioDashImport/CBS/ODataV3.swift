import Foundation

/// CBS OData v3 (`opendata.cbs.nl/ODataApi/OData/<table>/…`): a wide
/// `TypedDataSet` (or `UntypedDataSet`) — one row per combination of
/// dimension keys, one column per topic — with `DataProperties` (which
/// columns are dimensions and which topics, with unit and decimals),
/// `Perioden` (`Status`: Definitief/Voorlopig) and one list per dimension
/// (`Key`, `Title`). Only the data set is required.
enum ODataV3 {
    static let dataSets = ["TypedDataSet", "UntypedDataSet"]

    static func read(_ source: CBSSource) throws -> CBSTable {
        guard let (name, data) = dataSets.lazy.compactMap({ source.file($0, extensions: ["json"]) }).first
            ?? (source.files.count == 1 ? source.files.first.map { ($0.key, $0.value) } : nil) else {
            throw ImportError("\(source.origin): no TypedDataSet.json: save …/<table>/TypedDataSet?$format=json")
        }
        let rows = try CBSRows.read(data, name: name, origin: source.origin)
        let properties = try source.file("DataProperties", extensions: ["json"])
            .map { try CBSRows.read($0.data, name: $0.name, origin: source.origin) } ?? []
        var dimensions: [String] = []
        var measures: [String: CBSTable.Measure] = [:]
        for property in properties {
            guard let key = CBSRows.text(property["Key"]), let type = CBSRows.text(property["Type"]) else { continue }
            if type.hasSuffix("Dimension") {
                dimensions.append(key)
            } else if type == "Topic" {
                measures[key] = CBSTable.Measure(key: key, title: CBSRows.text(property["Title"]) ?? key,
                                                 unit: CBSRows.text(property["Unit"]),
                                                 decimals: (property["Decimals"] as? NSNumber)?.intValue)
            }
        }
        if properties.isEmpty, let first = rows.first {
            // Without DataProperties: text columns are dimensions, the others topics.
            for (key, value) in first where key != "ID" {
                if value is String, !untypedNumber(value) { dimensions.append(key) } else { measures[key] = .init(key: key, title: key) }
            }
            dimensions.sort()
        }
        guard dimensions.contains(CBSNames.region), dimensions.contains(CBSNames.period) else {
            throw ImportError("\(source.origin): this table has no \(CBSNames.region) and \(CBSNames.period) columns: "
                                + "regiodash imports tables by municipality and year")
        }
        var observations: [CBSTable.Observation] = []
        for row in rows {
            var keys: [String: String] = [:]
            for dimension in dimensions { keys[dimension] = CBSRows.text(row[dimension]) ?? "" }
            for measure in measures.keys.sorted() {
                let (value, missing) = try cell(row[measure], measure: measure, origin: source.origin)
                observations.append(.init(keys: keys, measure: measure, value: value, missing: missing))
            }
        }
        var titles: [String: CBSTable.Dimension] = [:]
        var provisional = Set<String>()
        for dimension in dimensions {
            guard let (file, bytes) = source.file(dimension, extensions: ["json"]) else { continue }
            let list = try CBSRows.read(bytes, name: file, origin: source.origin)
            var byKey: [String: String] = [:]
            for entry in list {
                guard let key = CBSRows.text(entry["Key"]) else { continue }
                byKey[key] = CBSRows.text(entry["Title"]) ?? key
                if dimension == CBSNames.period, CBSRows.text(entry["Status"])?.lowercased() == "voorlopig"
                    || (CBSRows.text(entry["Title"])?.hasSuffix("*") ?? false) {
                    provisional.insert(key)
                }
            }
            titles[dimension] = .init(name: dimension, titles: byKey)
        }
        return CBSTable(origin: source.origin, dimensions: dimensions, dimensionTitles: titles, measures: measures,
                        provisional: provisional, observations: observations)
    }

    /// A topic cell: a number; null (no figure); or in an UntypedDataSet CBS's
    /// symbols — `x` confidential, `.` not available, `-` nil (zero).
    private static func cell(_ value: Any?, measure: String, origin: String) throws -> (Double?, CBSTable.MissingReason?) {
        switch value {
        case nil, is NSNull: return (nil, .notAvailable)
        case let number as NSNumber: return (number.doubleValue, nil)
        case let text as String:
            let symbol = text.trimmingCharacters(in: .whitespaces)
            switch symbol {
            case "x", "X": return (nil, .confidential)
            case ".", "", "..": return (nil, .notAvailable)
            case "-": return (0, nil)
            default:
                guard let number = Double(symbol) else {
                    throw ImportError("\(origin): \(measure) holds \"\(symbol)\", which is neither a number nor a CBS symbol (x, ., -)")
                }
                return (number, nil)
            }
        default:
            throw ImportError("\(origin): \(measure) holds a value that is not a number")
        }
    }

    private static func untypedNumber(_ value: Any) -> Bool {
        guard let text = value as? String else { return false }
        return Double(text.trimmingCharacters(in: .whitespaces)) != nil
    }
}
