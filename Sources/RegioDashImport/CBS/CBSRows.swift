import Foundation
import RegioDashCore

/// Rows of a saved CBS file as column → text, from JSON (`{"value": [...]}`
/// as OData answers, or a bare array) or CSV (comma or semicolon, as CBS
/// and cbsodata4 write it).
enum CBSRows {
    static func read(_ data: Data, name: String, origin: String) throws -> [[String: Any]] {
        if name.lowercased().hasSuffix(".csv") {
            return try csv(data, name: name, origin: origin)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ImportError("\(origin): \(name) is not JSON (it may be cut off, or an error page: save the answer again)")
        }
        if let rows = object as? [[String: Any]] { return rows }
        if let answer = object as? [String: Any] {
            if let rows = answer["value"] as? [[String: Any]] { return rows }
            if let error = answer["odata.error"] ?? answer["error"] {
                throw ImportError("\(origin): CBS answered with an error: \(describe(error))")
            }
        }
        throw ImportError("\(origin): \(name) is not a CBS answer: expected {\"value\": [ … ]} with one object per row")
    }

    private static func csv(_ data: Data, name: String, origin: String) throws -> [[String: Any]] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ImportError("\(origin): \(name) is not UTF-8 text")
        }
        var diagnostics = Diagnostics()
        let (_, records) = CSVReader.read(TextFile(relativePath: name, displayPath: name, text: text), diagnostics: &diagnostics)
        if let problem = diagnostics.all.first(where: { $0.severity == .error }) {
            throw ImportError("\(origin): \(name):\(problem.location.line):\(problem.location.column): \(problem.message)")
        }
        guard let header = records.first?.fields.map(\.value) else { return [] }
        return try records.dropFirst().map { record in
            guard record.fields.count == header.count else {
                throw ImportError("\(origin): \(name):\(record.line): this row has \(record.fields.count) fields but the header "
                                    + "has \(header.count): the file may be cut off")
            }
            var row: [String: Any] = [:]
            for (column, field) in zip(header, record.fields) { row[column] = field.value }
            return row
        }
    }

    private static func describe(_ error: Any) -> String {
        if let object = error as? [String: Any] {
            if let message = object["message"] as? [String: Any], let text = message["value"] as? String { return text }
            if let text = object["message"] as? String { return text }
        }
        return String(describing: error)
    }

    /// A cell as text, trimmed (CBS pads keys with spaces).
    static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.trimmingCharacters(in: .whitespaces)
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
