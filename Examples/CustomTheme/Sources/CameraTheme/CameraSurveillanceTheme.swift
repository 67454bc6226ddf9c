import Foundation
import RegioDashCore

/// Camera surveillance ("cameratoezicht"): the areas where a mayor has
/// decided on camera surveillance in public space, read from a file format
/// of the plugin's own, `cameras.txt`, one area per line:
///
///     # municipality | area | cameras | decision until
///     GM0177 | Centrum Raalte | 6 | 2025-12-31
///
/// Lines starting with `#` and empty lines are skipped. The plugin checks
/// each line (a known municipality, a whole number of cameras above zero, a
/// date), warns about decisions that have ended by the reference date, and
/// shows the areas as a table on its page and on each profile.
public struct CameraSurveillanceTheme: ThemePlugin {
    /// An area with cameras.
    public struct Area: Sendable, Equatable {
        public var municipality: String
        public var name: String
        public var cameras: Int
        public var decisionUntil: CalendarDate
        public var location: SourceLocation
    }

    /// What the plugin reads: the areas.
    public struct Content: ThemeContent {
        public var areas: [Area]
        public var observations: [Observation] { [] }
    }

    public static let fileName = "cameras.txt"

    public let descriptor = ThemeDescriptor(
        id: "camera-surveillance",
        slug: LocalizedText(nl: "cameratoezicht", en: "camera-surveillance"),
        title: LocalizedText(nl: "Cameratoezicht", en: "Camera surveillance"),
        intro: LocalizedText(
            nl: "Gebieden waar de burgemeester cameratoezicht in de openbare ruimte heeft ingesteld.",
            en: "Areas where the mayor has put public space under camera surveillance."),
        indicators: [],
        dataFiles: [fileName])

    public init() {}

    public func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> Content {
        guard let file = folder.read(Self.fileName, diagnostics: &diagnostics) else {
            if !folder.contains(Self.fileName) {
                diagnostics.warning("there is no \(Self.fileName), so the page shows no areas", at: folder.location(Self.fileName))
            }
            return Content(areas: [])
        }
        var areas: [Area] = []
        for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            if let area = area(line, number: index + 1, in: file, region: context.region, diagnostics: &diagnostics) {
                areas.append(area)
            }
        }
        return Content(areas: areas)
    }

    /// One line: four fields separated by `|`, each problem at its column.
    private func area(_ line: Substring, number: Int, in file: TextFile, region: Region,
                      diagnostics: inout Diagnostics) -> Area? {
        var fields: [(text: String, column: Int)] = []
        var column = 1
        for part in line.split(separator: "|", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " }.count
            fields.append((part.trimmingCharacters(in: .whitespaces), column + leading))
            column += part.count + 1
        }
        guard fields.count == 4 else {
            diagnostics.error("a line holds municipality | area | cameras | decision until, "
                                + "not \(fields.count) field\(fields.count == 1 ? "" : "s")",
                              at: file.location(line: number))
            return nil
        }
        func fail(_ message: String, _ field: Int) {
            diagnostics.error(message, at: file.location(line: number, column: fields[field].column))
        }
        let municipality = region.municipality(code: fields[0].text) ?? region.municipality(slug: fields[0].text)
        if municipality == nil { fail("unknown municipality \"\(fields[0].text)\": use a CBS code or slug from region.yaml", 0) }
        if fields[1].text.isEmpty { fail("the area is missing: name the street, square or neighbourhood", 1) }
        let cameras = Int(fields[2].text)
        if cameras == nil || cameras ?? 0 < 1 { fail("cameras must be a whole number above 0, not \"\(fields[2].text)\"", 2) }
        let until = CalendarDate(iso: fields[3].text)
        if until == nil { fail("the decision's end must be a date written as YYYY-MM-DD, not \"\(fields[3].text)\"", 3) }
        guard let municipality, let cameras, cameras > 0, let until, !fields[1].text.isEmpty else { return nil }
        return Area(municipality: municipality.code, name: fields[1].text, cameras: cameras, decisionUntil: until,
                    location: file.location(line: number, column: 1))
    }

    public func check(_ context: ThemeContext<Content>, diagnostics: inout Diagnostics) {
        guard let date = context.dataset.referenceDate else { return }
        for area in context.content.areas where area.decisionUntil < date {
            diagnostics.warning("the decision for \(area.name) ended on \(area.decisionUntil), before the reference date "
                                    + "\(date): enter the new decision, or remove the line", at: area.location)
        }
    }

    public func sections(for scope: SectionScope, in context: ThemeContext<Content>) -> [Section] {
        switch scope {
        case .region:
            return [.table(table(context.content.areas, dataset: context.dataset))]
        case let .municipality(municipality):
            let own = context.content.areas.filter { $0.municipality == municipality.code }
            return own.isEmpty ? [] : [.table(table(own, dataset: context.dataset))]
        }
    }

    public func headline(in context: ThemeContext<Content>) -> Headline? {
        guard !context.content.areas.isEmpty else { return nil }
        return Headline(label: LocalizedText(nl: "Camera's in de openbare ruimte", en: "Cameras in public space"),
                        year: context.dataset.referenceDate?.year, value: Double(context.content.areas.map(\.cameras).reduce(0, +)),
                        kind: .count,
                        detail: LocalizedText(nl: "in \(context.content.areas.count) gebieden", en: "in \(context.content.areas.count) areas"))
    }

    public func download(in context: ThemeContext<Content>) -> DataTable {
        table(context.content.areas, dataset: context.dataset)
    }

    public func records(in context: ThemeContext<Content>) -> DataTable? {
        table(context.content.areas, dataset: context.dataset)
    }

    /// The areas, in the region's order of municipalities; an ended decision is flagged.
    private func table(_ areas: [Area], dataset: Dataset) -> DataTable {
        let order = { (area: Area) in dataset.region.position(of: area.municipality) ?? Int.max }
        let rows: [[DataTable.Cell]] = areas.sorted { (order($0), $0.name) < (order($1), $1.name) }.map { area in
            let ended = dataset.referenceDate.map { area.decisionUntil < $0 } ?? false
            return [
                .text(dataset.region.municipality(code: area.municipality)?.name ?? area.municipality),
                .text(area.name),
                .number(Double(area.cameras), .count),
                .date(area.decisionUntil),
                ended ? .flag(id: "ended", label: LocalizedText(nl: "Besluit verlopen", en: "Decision ended")) : .empty,
            ]
        }
        return DataTable(
            caption: LocalizedText(nl: "Gebieden met cameratoezicht", en: "Areas under camera surveillance"),
            columns: [
                .municipality,
                .init(id: "area", label: LocalizedText(nl: "Gebied", en: "Area")),
                .init(id: "cameras", label: LocalizedText(nl: "Camera's", en: "Cameras")),
                .init(id: "decision_until", label: LocalizedText(nl: "Besluit tot", en: "Decision until")),
                .attention,
            ],
            rows: rows)
    }
}
