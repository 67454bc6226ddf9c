/// Reads `data.csv`: one row per municipality, year and indicator. Every
/// plugin with yearly figures uses it.
public enum IndicatorTable {
    public static let requiredColumns = ["municipality", "year", "indicator", "value"]
    public static let optionalColumns = ["source", "note"]

    /// The rows of `file` that are valid for `indicators` in `region` (its
    /// municipalities and benchmarks); every other row is reported at its
    /// line and column, with the nearest valid value as suggestion. A row of
    /// a year after `referenceDate` is an error at its year.
    public static func load(_ file: TextFile, indicators: [IndicatorDefinition], region: Region,
                            referenceDate: CalendarDate? = nil, diagnostics: inout Diagnostics) -> [Observation] {
        guard let table = CSVTable.read(file, required: requiredColumns, optional: optionalColumns,
                                        diagnostics: &diagnostics) else { return [] }
        let byID = Dictionary(indicators.map { ($0.id, $0) }) { first, _ in first }
        let indicatorIDs = indicators.map(\.id)
        guard let municipalityColumn = table.index(of: "municipality"), let yearColumn = table.index(of: "year"),
              let indicatorColumn = table.index(of: "indicator"), let valueColumn = table.index(of: "value") else { return [] }
        // "1.000" is a thousand or one: the file's other values (or its separator) tell which.
        let decimalMark = NumberParser.decimalMark(of: table.records.lazy.map { $0.fields[valueColumn].value },
                                                   separator: table.separator)
        let sourceColumn = table.index(of: "source")
        let noteColumn = table.index(of: "note")
        var firstLine: [RowKey: Int] = [:]
        var observations: [Observation] = []
        observations.reserveCapacity(table.records.count)
        firstLine.reserveCapacity(table.records.count)

        for record in table.records {
            let municipalityField = record.fields[municipalityColumn]
            let yearField = record.fields[yearColumn]
            let indicatorField = record.fields[indicatorColumn]
            let valueField = record.fields[valueColumn]
            var valid = true

            let municipality = table.area(municipalityField, in: region, diagnostics: &diagnostics)
            if municipality == nil { valid = false }

            let year = Year.parse(yearField.value)
            if year == nil {
                valid = false
                diagnostics.error("\"\(yearField.value)\" is not a year: write four digits, like 2022",
                                  at: table.location(of: yearField))
            } else if let year, let referenceDate, year > referenceDate.year {
                diagnostics.error(Year.afterReferenceDate(year, referenceDate), at: table.location(of: yearField))
            }

            let indicator = byID[indicatorField.value] ?? byID[indicatorField.value.lowercased()]
            if indicator == nil {
                valid = false
                diagnostics.error(
                    "unknown indicator \"\(indicatorField.value)\": this theme has \(indicatorIDs.joined(separator: ", "))",
                    at: table.location(of: indicatorField),
                    suggestion: Suggestion.closest(to: indicatorField.value, among: indicatorIDs))
            }

            var value: Double?
            if let indicator {
                switch NumberParser.parse(valueField.value, allowPercentSign: indicator.kind == .percent,
                                          decimalMark: decimalMark) {
                case .empty:
                    value = nil
                case let .value(number):
                    if let problem = indicator.kind.problem(with: number) {
                        valid = false
                        diagnostics.error("\(problem): \"\(valueField.value)\" for \(indicator.id)"
                                            + thousandsHint(valueField.value, kind: indicator.kind),
                                          at: table.location(of: valueField))
                    }
                    value = number
                case let .invalid(message):
                    valid = false
                    diagnostics.error(message, at: table.location(of: valueField))
                }
            }

            guard valid, let municipality, let year, let indicator else { continue }
            let key = RowKey(municipality: municipality, year: year, indicator: indicator.id)
            if let line = firstLine[key] {
                let name = region.name(of: municipality)
                diagnostics.error(
                    "duplicate figure: \(name) \(year) \(indicator.id) is already given on line \(line); keep one of the two rows",
                    at: file.location(line: record.line, column: municipalityField.column))
                continue
            }
            firstLine[key] = record.line
            let source = sourceColumn.map { record.fields[$0].value }
            let note = noteColumn.map { record.fields[$0].value }
            observations.append(Observation(
                municipality: municipality, year: year, indicator: indicator.id, value: value,
                source: source?.isEmpty == false ? source : indicator.source, note: note?.isEmpty == false ? note : nil,
                location: file.location(line: record.line, column: 1)))
        }
        return observations
    }

    private struct RowKey: Hashable {
        var municipality: String
        var year: Int
        var indicator: String
    }

    /// "1,234" as a count is most likely one thousand two hundred thirty-four.
    private static func thousandsHint(_ text: String, kind: IndicatorKind) -> String {
        guard kind == .count else { return "" }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count == 2, parts[1].count == 3 else { return "" }
        return " (if you meant \(parts.joined()), write it without a thousands separator)"
    }
}

/// Four-digit years, as in `data.csv` and narrative file names.
enum Year {
    static func parse(_ text: some StringProtocol) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let year = Int(text), (1800...2200).contains(year) else { return nil }
        return year
    }

    /// The error for content of a year the site's reference date does not reach.
    static func afterReferenceDate(_ year: Int, _ date: CalendarDate) -> String {
        "\(year) is after the reference date \(date.day)-\(date.month)-\(date.year) in site.yaml: "
            + "move reference_date on, or leave this year out until it is reported"
    }
}
