/// Reads a theme folder's `targets.csv`: per municipality (or the region),
/// year and indicator the value to reach. The pipeline reads it for every
/// theme, whatever its plugin.
enum TargetTable {
    static let fileName = "targets.csv"
    static let required = ["municipality", "year", "indicator", "target"]
    static let optional = ["note"]
    /// What the municipality column says for the region's own target.
    static let region = "region"

    /// The valid rows; every other is reported at its line and column.
    static func load(_ file: TextFile, indicators: [IndicatorDefinition], region: Region, referenceDate: CalendarDate?,
                     diagnostics: inout Diagnostics) -> [Target] {
        guard let table = CSVTable.read(file, required: required, optional: optional, diagnostics: &diagnostics) else {
            return []
        }
        let byID = Dictionary(indicators.map { ($0.id, $0) }) { first, _ in first }
        var firstLine: [String: Int] = [:]
        var targets: [Target] = []
        for record in table.records {
            guard let municipalityField = table.field("municipality", of: record), let yearField = table.field("year", of: record),
                  let indicatorField = table.field("indicator", of: record),
                  let targetField = table.field("target", of: record) else { continue }
            var valid = true
            var code: String?
            if municipalityField.value.lowercased() != Self.region {
                code = table.municipality(municipalityField, in: region, diagnostics: &diagnostics)?.code
                if code == nil { valid = false }
            }
            let year = Year.parse(yearField.value)
            if year == nil {
                valid = false
                diagnostics.error("\"\(yearField.value)\" is not a year: write four digits, like 2023", at: table.location(of: yearField))
            } else if let year, let referenceDate, year > referenceDate.year {
                diagnostics.error(Year.afterReferenceDate(year, referenceDate), at: table.location(of: yearField))
            }
            let indicator = byID[indicatorField.value]
            if indicator == nil {
                valid = false
                diagnostics.error("unknown indicator \"\(indicatorField.value)\": this theme has "
                                    + indicators.map(\.id).joined(separator: ", "),
                                  at: table.location(of: indicatorField),
                                  suggestion: Suggestion.closest(to: indicatorField.value, among: indicators.map(\.id)))
            } else if let indicator, indicator.better == nil {
                valid = false
                diagnostics.error("\(indicator.id) has a target but no \"better:\": say in theme.yaml whether higher or lower "
                                    + "is better (indicators: - id: \(indicator.id), better: higher)",
                                  at: table.location(of: indicatorField))
            }
            var value: Double?
            switch NumberParser.parse(targetField.value, allowPercentSign: indicator?.kind == .percent) {
            case .empty:
                valid = false
                diagnostics.error("the target is missing: write the value to reach, or leave the row out",
                                  at: table.location(of: targetField))
            case let .value(number):
                if let problem = indicator?.kind.problem(with: number) {
                    valid = false
                    diagnostics.error("\(problem): \"\(targetField.value)\"", at: table.location(of: targetField))
                }
                value = number
            case let .invalid(message):
                valid = false
                diagnostics.error(message, at: table.location(of: targetField))
            }
            guard valid, let year, let indicator, let value else { continue }
            let key = "\(code ?? Self.region)|\(year)|\(indicator.id)"
            if let line = firstLine[key] {
                diagnostics.error("duplicate target: \(municipalityField.value) \(year) \(indicator.id) is already given on line "
                                    + "\(line); keep one of the two rows",
                                  at: table.location(of: municipalityField))
                continue
            }
            firstLine[key] = record.line
            targets.append(Target(municipality: code, year: year, indicator: indicator.id, value: value,
                                  note: table.text("note", of: record), location: file.location(line: record.line)))
        }
        return targets
    }
}
