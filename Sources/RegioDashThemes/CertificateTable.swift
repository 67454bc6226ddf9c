import RegioDashCore

/// Reads `certificates.csv`.
@_spi(Fuzzing)
public enum CertificateTable {
    static let required = ["municipality", "area", "type", "status"]
    static let optional = ["certified_on", "valid_until", "stars", "note"]

    /// The valid rows of `file`; a certificate dated after `referenceDate`
    /// (when site.yaml sets one) is an error at its date.
    public static func load(_ file: TextFile, region: Region, referenceDate: CalendarDate? = nil,
                            diagnostics: inout Diagnostics) -> [Certificate] {
        guard let table = CSVTable.read(file, required: required, optional: optional, diagnostics: &diagnostics) else {
            return []
        }
        var certificates: [Certificate] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            guard let municipalityField = table.field("municipality", of: record),
                  let areaField = table.field("area", of: record),
                  let typeField = table.field("type", of: record),
                  let statusField = table.field("status", of: record) else { continue }
            var valid = true
            func fail(_ message: String, _ field: CSVField, suggestion: String? = nil) {
                valid = false
                diagnostics.error(message, at: table.location(of: field), suggestion: suggestion)
            }

            let municipality = table.municipality(municipalityField, in: region, diagnostics: &diagnostics)
            if municipality == nil { valid = false }
            if areaField.value.isEmpty {
                fail("the area is missing: name the business park or shopping area", areaField)
            }
            let kind = Certificate.Kind(rawValue: typeField.value.uppercased())
            if kind == nil {
                fail("type must be KVO-B (business park) or KVO-W (shopping area), not \"\(typeField.value)\"",
                     typeField, suggestion: Suggestion.closest(to: typeField.value, among: Certificate.Kind.allCases.map(\.rawValue)))
            }
            let status = Certificate.Status(rawValue: statusField.value.lowercased())
            if status == nil {
                fail("status must be certified, in-progress, stopped or none, not \"\(statusField.value)\"",
                     statusField, suggestion: Suggestion.closest(to: statusField.value, among: Certificate.Status.allCases.map(\.rawValue)))
            }

            func date(_ column: String) -> CalendarDate? {
                guard let field = table.field(column, of: record), !field.value.isEmpty else { return nil }
                guard let date = CalendarDate(iso: field.value) else {
                    fail("\(column) must be a date written as YYYY-MM-DD, not \"\(field.value)\"", field)
                    return nil
                }
                return date
            }
            var stars: Int?
            if let field = table.field("stars", of: record), !field.value.isEmpty {
                stars = Int(field.value)
                if stars == nil || !(0...20).contains(stars ?? -1) {
                    fail("stars must be a whole number from 0 to 20, not \"\(field.value)\"", field)
                }
            }
            let certifiedOn = date("certified_on")
            if let certifiedOn, let referenceDate, referenceDate < certifiedOn, let field = table.field("certified_on", of: record) {
                fail("certified_on (\(certifiedOn)) is after the reference date \(referenceDate) in site.yaml: "
                        + "move reference_date on, or enter the certificate once it is granted", field)
            }
            let validUntil = date("valid_until")
            if let certifiedOn, let validUntil, validUntil <= certifiedOn, let field = table.field("valid_until", of: record) {
                fail("valid_until (\(validUntil)) must be after certified_on (\(certifiedOn))", field)
            }
            let missingDate = ["certified_on", "valid_until"].contains { (table.field($0, of: record)?.value ?? "").isEmpty }
            if status == .certified, missingDate {
                fail("a certified area needs both certified_on and valid_until", statusField)
            }

            guard valid, let municipality, let kind, let status else { continue }
            let key = "\(municipality.code)|\(areaField.value.lowercased())|\(kind.rawValue)"
            if let line = firstLine[key] {
                diagnostics.error(
                    "duplicate certificate: \(kind.rawValue) for \"\(areaField.value)\" in \(municipality.name) "
                        + "is already on line \(line); keep one row per area and type",
                    at: table.location(of: areaField))
                continue
            }
            firstLine[key] = record.line
            certificates.append(Certificate(
                municipality: municipality.code, area: areaField.value, kind: kind, status: status,
                certifiedOn: certifiedOn, validUntil: validUntil, stars: stars, note: table.text("note", of: record),
                location: file.location(line: record.line)))
        }
        return certificates
    }
}
