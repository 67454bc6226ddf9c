/// A CSV file with a header row naming its columns, in any order: the
/// shared reader for every data file a plugin owns.
public struct CSVTable: Sendable {
    public let file: TextFile
    /// `;` or `,`: the separator the header uses.
    public let separator: Character
    /// The data records (the header excluded), each with as many fields as
    /// the header has columns.
    public let records: [CSVRecord]
    private let columnIndex: [String: Int]

    /// Reads `file`. Column names are matched case-insensitively. An unknown,
    /// duplicate or missing column is an error at the header; a record with
    /// the wrong number of fields is an error at its line and left out.
    /// Returns nil when the header is unusable.
    public static func read(_ file: TextFile, required: [String], optional: [String] = [],
                            diagnostics: inout Diagnostics) -> CSVTable? {
        let (separatorByte, all) = CSVReader.read(file, diagnostics: &diagnostics)
        let separator = Character(Unicode.Scalar(separatorByte))
        guard let header = all.first else {
            diagnostics.error(
                "this file is empty: it needs a header line (\((required + optional).joined(separator: String(separator))))",
                at: file.location())
            return nil
        }
        let known = required + optional
        var columnIndex: [String: Int] = [:]
        var usable = true
        for (index, field) in header.fields.enumerated() {
            let name = field.value.lowercased()
            let here = file.location(line: field.line, column: field.column)
            if !known.contains(name) {
                diagnostics.error(
                    "unknown column \"\(field.value)\": the columns are \(known.joined(separator: ", "))",
                    at: here, suggestion: Suggestion.closest(to: name, among: known))
                usable = false
            } else if columnIndex[name] != nil {
                diagnostics.error("column \"\(field.value)\" appears twice in the header", at: here)
                usable = false
            } else {
                columnIndex[name] = index
            }
        }
        for name in required where columnIndex[name] == nil {
            diagnostics.error(
                "the header has no column \"\(name)\": the first line must name the columns "
                    + "\(known.joined(separator: String(separator)))",
                at: file.location(line: header.line))
            usable = false
        }
        guard usable else { return nil }

        let width = header.fields.count
        var records: [CSVRecord] = []
        records.reserveCapacity(all.count - 1)
        for record in all.dropFirst() {
            guard record.fields.count == width else {
                let field = record.fields.count > width ? record.fields[width] : record.fields[record.fields.count - 1]
                diagnostics.error(
                    "this row has \(record.fields.count) fields but the header has \(width): "
                        + "check for a missing or extra \"\(separator)\", or quote text that contains one",
                    at: file.location(line: record.line, column: field.column))
                continue
            }
            records.append(record)
        }
        return CSVTable(file: file, separator: separator, records: records, columnIndex: columnIndex)
    }

    /// The field of a column in a record; nil for an optional column the
    /// file does not have.
    public func field(_ column: String, of record: CSVRecord) -> CSVField? {
        columnIndex[column].map { record.fields[$0] }
    }

    /// The position of a column in every record, for reading many rows fast.
    public func index(of column: String) -> Int? {
        columnIndex[column]
    }

    /// The text of an optional column, nil when absent or empty.
    public func text(_ column: String, of record: CSVRecord) -> String? {
        guard let value = field(column, of: record)?.value, !value.isEmpty else { return nil }
        return value
    }

    /// The municipality a field names by CBS code or slug; an error with the
    /// nearest municipality as suggestion when it names none.
    public func municipality(_ field: CSVField, in region: Region, diagnostics: inout Diagnostics) -> Municipality? {
        if let municipality = region.municipality(reference: field.value) { return municipality }
        diagnostics.error(
            field.value.isEmpty
                ? "the municipality is missing: write its CBS code (GM0177) or slug from region.yaml"
                : "unknown municipality \"\(field.value)\": use a CBS code or slug from region.yaml",
            at: location(of: field), suggestion: region.suggestion(forReference: field.value))
        return nil
    }

    /// The CBS code of the municipality or benchmark a data row names (a
    /// municipality by code or slug, a benchmark by code).
    public func area(_ field: CSVField, in region: Region, diagnostics: inout Diagnostics) -> String? {
        if let municipality = region.municipality(reference: field.value) { return municipality.code }
        if let benchmark = region.benchmark(code: field.value) { return benchmark.code }
        diagnostics.error(
            field.value.isEmpty
                ? "the municipality is missing: write its CBS code (GM0177) or slug from region.yaml"
                : "unknown municipality \"\(field.value)\": use a CBS code or slug from region.yaml"
                    + (region.benchmarks.isEmpty ? "" : ", or a benchmark's code"),
            at: location(of: field), suggestion: region.suggestion(forReference: field.value, benchmarks: true))
        return nil
    }

    /// Where a field stands.
    public func location(of field: CSVField) -> SourceLocation {
        file.location(line: field.line, column: field.column)
    }
}
