import Foundation

/// The CBS v4 bulk format (`odata4.cbs.nl/CBS/<table>/Observations`, the
/// zip download, cbsodata4's download folder): long `Observations` with
/// `Measure`, `ValueAttribute`, `Value` and one column per dimension; code
/// lists `MeasureCodes` (`Identifier`, `Title`, `Unit`, `Decimals`),
/// `PeriodenCodes` (with `Status`) and `<Dimension>Codes`.
enum ODataV4 {
    static let fixedColumns: Set<String> = ["Id", "Measure", "ValueAttribute", "Value", "StringValue"]

    /// Whether rows look like v4 observations.
    static func recognises(_ row: [String: Any]) -> Bool {
        row["Measure"] != nil && row["Value"] != nil
    }

    static func read(_ source: CBSSource) throws -> CBSTable {
        guard let (name, data) = source.file("Observations") ?? (source.files.count == 1 ? source.files.first.map { ($0.key, $0.value) } : nil) else {
            throw ImportError("\(source.origin): no Observations file: save …/<table>/Observations, or the table's zip")
        }
        let rows = try CBSRows.read(data, name: name, origin: source.origin)
        guard let first = rows.first else { throw ImportError("\(source.origin): \(name) holds no observations") }
        guard recognises(first) else {
            throw ImportError("\(source.origin): \(name) is not a CBS v4 answer: expected the columns Measure, ValueAttribute and Value")
        }
        let dimensions = first.keys.filter { !fixedColumns.contains($0) }.sorted()
        guard dimensions.contains(CBSNames.region), dimensions.contains(CBSNames.period) else {
            throw ImportError("\(source.origin): this table has no \(CBSNames.region) and \(CBSNames.period) columns: "
                                + "regiodash imports tables by municipality and year")
        }
        var observations: [CBSTable.Observation] = []
        observations.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            var keys: [String: String] = [:]
            for dimension in dimensions { keys[dimension] = CBSRows.text(row[dimension]) ?? "" }
            guard let measure = CBSRows.text(row["Measure"]) else {
                throw ImportError("\(source.origin): \(name), row \(index + 1): no Measure")
            }
            let attribute = CBSRows.text(row["ValueAttribute"]) ?? "None"
            let missing: CBSTable.MissingReason?
            switch attribute.lowercased() {
            case "none", "": missing = nil
            case "confidential": missing = .confidential
            case "impossible": missing = .impossible
            case "notavailable", "missing", "unknown", "notapplicable": missing = .notAvailable
            default:
                throw ImportError("\(source.origin): \(name), row \(index + 1): unknown ValueAttribute \"\(attribute)\" "
                                    + "(known: None, Confidential, Impossible, NotAvailable)")
            }
            var value: Double?
            if missing == nil, let text = CBSRows.text(row["Value"]), !text.isEmpty {
                guard let number = Double(text) else {
                    throw ImportError("\(source.origin): \(name), row \(index + 1): Value \"\(text)\" is not a number")
                }
                value = number
            }
            observations.append(.init(keys: keys, measure: measure, value: value,
                                      missing: missing ?? (value == nil ? .notAvailable : nil)))
        }
        var measures: [String: CBSTable.Measure] = [:]
        if let (file, bytes) = source.file("MeasureCodes") {
            for code in try CBSRows.read(bytes, name: file, origin: source.origin) {
                guard let key = CBSRows.text(code["Identifier"]) else { continue }
                measures[key] = .init(key: key, title: CBSRows.text(code["Title"]) ?? key, unit: CBSRows.text(code["Unit"]),
                                      decimals: CBSRows.text(code["Decimals"]).flatMap { Int($0) })
            }
        }
        for observation in observations where measures[observation.measure] == nil {
            measures[observation.measure] = .init(key: observation.measure, title: observation.measure)
        }
        var titles: [String: CBSTable.Dimension] = [:]
        var provisional = Set<String>()
        for dimension in dimensions {
            guard let (file, bytes) = source.file(dimension + "Codes") else { continue }
            var byKey: [String: String] = [:]
            for code in try CBSRows.read(bytes, name: file, origin: source.origin) {
                guard let key = CBSRows.text(code["Identifier"]) else { continue }
                byKey[key] = CBSRows.text(code["Title"]) ?? key
                if dimension == CBSNames.period, CBSRows.text(code["Status"])?.lowercased() == "voorlopig" {
                    provisional.insert(key)
                }
            }
            titles[dimension] = .init(name: dimension, titles: byKey)
        }
        return CBSTable(origin: source.origin, dimensions: dimensions, dimensionTitles: titles, measures: measures,
                        provisional: provisional, observations: observations)
    }
}

extension CBSTable {
    /// A saved answer in whichever format it is.
    static func read(_ source: CBSSource) throws -> CBSTable {
        if source.file("Observations") != nil { return try ODataV4.read(source) }
        if ODataV3.dataSets.contains(where: { source.file($0, extensions: ["json"]) != nil }) { return try ODataV3.read(source) }
        guard source.files.count == 1, let (name, data) = source.files.first.map({ ($0.key, $0.value) }) else {
            throw ImportError("\(source.origin): no CBS answer found: expected TypedDataSet.json (OData v3) or Observations (v4)")
        }
        let rows = try CBSRows.read(data, name: name, origin: source.origin)
        if let first = rows.first, ODataV4.recognises(first) { return try ODataV4.read(source) }
        if name.lowercased().hasSuffix(".csv") {
            throw ImportError("\(source.origin): this CSV is not a CBS v4 Observations file: expected the columns Measure, ValueAttribute and Value")
        }
        return try ODataV3.read(source)
    }
}
