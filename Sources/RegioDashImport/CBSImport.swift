import Foundation
import RegioDashCore

/// `regiodash import`: figures from a CBS table into the content folder —
/// population into `population.csv` (taken out of region.yaml), or one
/// indicator's figures into a theme's `data.csv`. It only ever writes
/// content files, all of them or none: every new text is made before the
/// first is written, each by a write to a temporary file and a rename.
public struct CBSImport: Sendable {
    /// What is imported where.
    public enum Target: Sendable {
        case population
        case figures(theme: String, indicator: String)
    }

    public var target: Target
    /// The CBS table's identifier, like `03759ned`.
    public var table: String
    public var measure: String?
    /// `--where DIM=KEY`.
    public var fixed: [String: String]
    public var years: ClosedRange<Int>?
    /// A saved answer to read instead of asking CBS.
    public var from: String?
    public var content: String
    /// The day the figures were retrieved, for the source column (`YYYY-MM-DD`).
    public var retrieved: String
    public var base: String

    public init(target: Target, table: String, measure: String?, fixed: [String: String], years: ClosedRange<Int>?,
                from: String?, content: String, retrieved: String, base: String) {
        self.target = target
        self.table = table
        self.measure = measure
        self.fixed = fixed
        self.years = years
        self.from = from
        self.content = content
        self.retrieved = retrieved
        self.base = base
    }

    /// What an import did, in lines for the terminal.
    public struct Summary: Sendable {
        public var lines: [String]
        /// Content files written (none when nothing changed).
        public var written: [String]
    }

    /// Runs the import; an `ImportError`'s message says what is wrong and what to do.
    public func run(registry: ThemeRegistry) async throws -> Summary {
        let folder = ContentFolder(root: content)
        guard folder.exists else {
            throw ImportError("\(content): there is no content folder here: pass --content PATH")
        }
        let loaded = await ContentLoader(content: folder, registry: registry).load()
        guard let dataset = loaded.dataset else {
            let first = loaded.diagnostics.all.first { $0.severity == .error }.map { ": \($0.description)" } ?? ""
            throw ImportError("\(content): site.yaml or region.yaml cannot be read\(first); run regiodash check and mend it first")
        }
        let region = dataset.region
        let kind: IndicatorKind
        switch target {
        case .population:
            kind = .count
        case let .figures(themeID, indicatorID):
            guard let theme = dataset.theme(id: themeID) else {
                throw ImportError("\(content)/themes/\(themeID): no theme \"\(themeID)\" (the themes are "
                                    + dataset.themes.map(\.id).joined(separator: ", ") + ")"
                                    + (Suggestion.closest(to: themeID, among: dataset.themes.map(\.id)).map { "; did you mean \($0)?" } ?? ""))
            }
            guard let indicator = theme.descriptor.indicator(id: indicatorID) else {
                let ids = theme.descriptor.indicators.map(\.id)
                throw ImportError("\(themeID) has no indicator \"\(indicatorID)\" (it has \(ids.joined(separator: ", ")); "
                                    + "declare a new one in themes/\(themeID)/theme.yaml)"
                                    + (Suggestion.closest(to: indicatorID, among: ids).map { "; did you mean \($0)?" } ?? ""))
            }
            kind = indicator.kind
        }
        let source: CBSSource
        if let from {
            source = try CBSSource.read(from)
        } else {
            source = try await CBSClient(base: base).fetch(
                table: table, codes: region.municipalities.flatMap { [$0.code] + $0.formedFrom.map(\.code) } + region.benchmarks.map(\.code))
        }
        let cbs = try CBSTable.read(source)
        let selection = try CBSSelection(measure: measure, fixed: fixed, years: years, kind: kind).apply(to: cbs, region: region)
        guard !selection.figures.isEmpty else {
            throw ImportError("\(cbs.origin): no figures for the region's municipalities"
                                + (years.map { " in \($0.lowerBound)–\($0.upperBound)" } ?? "")
                                + ": check the table, --years and --where")
        }
        let label = "CBS \(table), opgehaald \(retrieved)"
        let importedYears = Set(selection.figures.map(\.year))
        var writes: [(path: String, text: String)] = []
        var lines: [String] = []
        let places = Set(selection.figures.map(\.code))
        let areas = "\(places.count) \(places.count == 1 ? "place" : "places"), \(years(importedYears))"
        switch target {
        case .population:
            let path = content + "/" + PopulationTable.fileName
            let existing = try Self.text(at: path)
            let order = region.municipalities.map(\.code) + region.benchmarks.map(\.code)
            let (text, written) = try PopulationFileEdit.merging(selection.figures, source: label, into: existing, order: order)
            if text != existing { writes.append((path, text)) }
            lines.append("\(written) population \(written == 1 ? "figure" : "figures") of \(areas) into \(PopulationTable.fileName)")
            let regionPath = content + "/region.yaml"
            if let yaml = try Self.text(at: regionPath) {
                do {
                    let (edited, removed) = try RegionPopulationEditor.removing(
                        years: importedYears, for: Set(selection.figures.filter { $0.value != nil }.map(\.code)), in: yaml)
                    if removed > 0 {
                        writes.append((regionPath, edited))
                        lines.append("took \(removed) population \(removed == 1 ? "value" : "values") of \(years(importedYears)) "
                                     + "out of region.yaml (nothing else in it changed)")
                    }
                } catch let error as RegionPopulationEditor.EditError {
                    throw ImportError(error.message)
                }
            }
        case let .figures(themeID, indicatorID):
            let path = "\(content)/themes/\(themeID)/data.csv"
            let existing = try Self.text(at: path)
            let (text, written) = try DataFileEdit.replacing(indicator: indicatorID, years: importedYears, with: selection.figures,
                                                             source: label, in: existing, name: "themes/\(themeID)/data.csv")
            if text != existing { writes.append((path, text)) }
            lines.append("\(written) \(indicatorID) \(written == 1 ? "figure" : "figures") of \(areas) into themes/\(themeID)/data.csv")
        }
        let empty = selection.figures.filter { $0.value == nil }.count
        if empty > 0 { lines.append("\(empty) without a figure (empty, the reason in note)") }
        if selection.skipped > 0 { lines.append("\(selection.skipped) other regions of the table skipped (not in region.yaml)") }
        if !selection.choices.isEmpty { lines.append("chose " + selection.choices.joined(separator: ", ")) }
        if writes.isEmpty { lines = ["nothing changed: the content already holds these figures"] }
        for write in writes {
            try Self.replace(write.path, with: write.text)
        }
        return Summary(lines: lines, written: writes.map(\.path))
    }

    private func years(_ years: Set<Int>) -> String {
        guard let first = years.min(), let last = years.max() else { return "no years" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    private static func text(at path: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        // Decoded as is: a byte-order mark stays in the text, so it is written back.
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: [UInt8](data), as: UTF8.self) else {
            throw ImportError("\(path): cannot be read as UTF-8 text")
        }
        return text
    }

    /// Writes `text` to a temporary file beside `path` and renames it over `path`.
    private static func replace(_ path: String, with text: String) throws {
        let temporary = path + ".import-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw ImportError("\(path): cannot write beside it (is the folder writable?)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ImportError("\(path): cannot be replaced (is it writable?)")
        }
    }
}

extension ImportError: CustomStringConvertible {
    public var description: String { message }
}
