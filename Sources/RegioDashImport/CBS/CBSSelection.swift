import RegioDashCore

/// One figure to write: a municipality's (or benchmark's) value in a year,
/// or the reason there is none.
struct ImportedFigure: Sendable, Equatable {
    var code: String
    var year: Int
    var value: Double?
    var note: String?
}

/// What to take from a CBS table: one measure, one key of every dimension
/// but region and period (the totals unless `--where` says otherwise), the
/// years asked for, and only the region's municipalities and benchmarks.
struct CBSSelection: Sendable {
    var measure: String?
    var fixed: [String: String]
    var years: ClosedRange<Int>?
    var kind: IndicatorKind

    /// What the selection found.
    struct Result: Sendable {
        var figures: [ImportedFigure]
        var measure: CBSTable.Measure
        /// Region keys of the table that are neither a municipality nor a benchmark of the region.
        var skipped: Int
        /// The dimension keys chosen, for the summary ("Geslacht=T001038").
        var choices: [String]
    }

    func apply(to table: CBSTable, region: Region) throws -> Result {
        let measure = try chooseMeasure(table)
        var observations = table.observations.filter { $0.measure == measure.key }
        var choices: [String] = []
        for dimension in table.dimensions where dimension != CBSNames.region && dimension != CBSNames.period {
            let key = try choose(dimension, among: Set(observations.compactMap { $0.keys[dimension] }), table: table)
            choices.append("\(dimension)=\(key)")
            observations = observations.filter { $0.keys[dimension] == key }
        }
        for name in fixed.keys where !table.dimensions.contains(name) {
            throw ImportError("\(table.origin): the table has no dimension \(name) (--where): it has "
                                + table.dimensions.joined(separator: ", "))
        }
        let codes = Set(region.municipalities.map(\.code) + region.benchmarks.map(\.code))
        let predecessors = Dictionary(region.municipalities.flatMap { municipality in
            municipality.formedFrom.map { ($0.code, (municipality.code, $0.until)) }
        }) { first, _ in first }
        var values: [String: [Int: (Double?, String?)]] = [:]
        var skipped = Set<String>()
        for observation in observations {
            let period = observation.keys[CBSNames.period] ?? ""
            guard let year = CBSPeriod.year(period) else {
                throw ImportError("\(table.origin): period \(period) is \(CBSPeriod.describe(period)): regiodash imports yearly "
                                    + "figures (periods like 2023JJ00); choose a table with yearly figures")
            }
            if let years, !years.contains(year) { continue }
            let code = observation.keys[CBSNames.region] ?? ""
            guard codes.contains(code) || predecessors[code] != nil else {
                skipped.insert(code)
                continue
            }
            if values[code]?[year] != nil {
                throw ImportError("\(table.origin): \(code) has two figures for \(year) (\(period)) with the same keys: "
                                    + "the table needs another --where to pick one")
            }
            var note = observation.missing?.note
            if table.provisional.contains(period) { note = [note, "voorlopig"].compactMap { $0 }.joined(separator: "; ") }
            values[code, default: [:]][year] = (observation.value, note)
        }
        var figures: [ImportedFigure] = []
        let order = region.municipalities.map(\.code) + region.benchmarks.map(\.code)
        for code in order {
            var own = values[code] ?? [:]
            if let municipality = region.municipality(code: code) {
                merge(municipality, into: &own, values: values)
            }
            for year in own.keys.sorted() {
                guard let (value, note) = own[year] else { continue }
                figures.append(ImportedFigure(code: code, year: year, value: value, note: note))
            }
        }
        return Result(figures: figures, measure: measure, skipped: skipped.count, choices: choices)
    }

    /// Years before a redivision: the sum of the former municipalities'
    /// figures (counts only), noted; the first year after it is a break.
    private func merge(_ municipality: Municipality, into own: inout [Int: (Double?, String?)],
                       values: [String: [Int: (Double?, String?)]]) {
        guard let last = municipality.formedFrom.map(\.until).max() else { return }
        let names = municipality.formedFrom.map(\.code).joined(separator: " + ")
        var summed = false
        let years = Set(municipality.formedFrom.flatMap { values[$0.code].map { Array($0.keys) } ?? [] })
        for year in years.sorted() where year <= last && own[year] == nil {
            let parts = municipality.formedFrom.filter { $0.until >= year }.map { values[$0.code]?[year] }
            guard kind == .count else {
                own[year] = (nil, "herindeling: \(names) zijn niet op te tellen")
                continue
            }
            let numbers = parts.compactMap { $0?.0 }
            if numbers.count == parts.count {
                own[year] = (numbers.reduce(0, +), "som van \(names) (herindeling \(last + 1))")
                summed = true
            } else {
                own[year] = (nil, "herindeling: niet van alle voorgangers (\(names)) een cijfer")
            }
        }
        if summed, let first = own.keys.filter({ $0 > last }).min(), let (value, note) = own[first] {
            own[first] = (value, ["breuk: herindeling op 1 januari \(last + 1) (\(names))", note].compactMap { $0 }.joined(separator: "; "))
        }
    }

    private func chooseMeasure(_ table: CBSTable) throws -> CBSTable.Measure {
        let listed = table.measures.values.sorted { $0.key < $1.key }
        let list = listed.prefix(12).map { "\($0.key) (\($0.title))" }.joined(separator: ", ")
            + (listed.count > 12 ? " and \(listed.count - 12) more" : "")
        let chosen: CBSTable.Measure
        if let measure {
            guard let found = table.measures[measure] else {
                throw ImportError("\(table.origin): the table has no measure \(measure): it has \(list)"
                                    + (Suggestion.closest(to: measure, among: listed.map(\.key)).map { "; did you mean \($0)?" } ?? ""))
            }
            chosen = found
        } else if listed.count == 1, let only = listed.first {
            chosen = only
        } else {
            throw ImportError("\(table.origin): the table has \(listed.count) measures: choose one with --measure (\(list))")
        }
        try checkKind(chosen, table: table)
        return chosen
    }

    /// A percentage is not a count, and a count has no decimals.
    private func checkKind(_ measure: CBSTable.Measure, table: CBSTable) throws {
        let unit = measure.unit?.lowercased() ?? ""
        let isPercent = unit.contains("%") || unit.contains("procent")
        let isRate = unit.contains("per ")
        switch kind {
        case .count where isPercent || isRate || (measure.decimals ?? 0) > 0:
            throw ImportError("\(table.origin): \(measure.key) (\(measure.title)) is in \"\(measure.unit ?? "")\""
                                + ((measure.decimals ?? 0) > 0 ? " with \(measure.decimals ?? 0) \(measure.decimals == 1 ? "decimal" : "decimals")" : "")
                                + ", not a count: import it into an indicator of kind percent or number, or choose a measure in \"aantal\"")
        case .percent where !isPercent && !unit.isEmpty:
            throw ImportError("\(table.origin): \(measure.key) (\(measure.title)) is in \"\(measure.unit ?? "")\", not a percentage")
        default: break
        }
    }

    /// The key of a dimension: `--where`, the only one, or the total.
    private func choose(_ dimension: String, among keys: Set<String>, table: CBSTable) throws -> String {
        let titles = table.dimensionTitles[dimension]?.titles ?? [:]
        let describe = { (key: String) in titles[key].map { "\(key) (\($0))" } ?? key }
        if let wanted = fixed[dimension] {
            guard keys.contains(wanted) else {
                throw ImportError("\(table.origin): \(dimension) has no key \(wanted) (--where): it has "
                                    + keys.sorted().prefix(20).map(describe).joined(separator: ", "))
            }
            return wanted
        }
        if keys.count == 1, let only = keys.first { return only }
        let totals = keys.filter { key in
            if let title = titles[key]?.lowercased() { return title.hasPrefix("totaal") || title.hasSuffix(", totaal") || title.hasSuffix(" totaal") }
            return key.hasPrefix("T00") || key == "10000"
        }
        if totals.count == 1, let total = totals.first { return total }
        throw ImportError("\(table.origin): \(dimension) has \(keys.count) values and none is clearly the total: choose one with "
                            + "--where \(dimension)=KEY (\(keys.sorted().prefix(20).map(describe).joined(separator: ", ")))")
    }
}
