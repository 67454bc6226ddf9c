import RegioDashCore

/// What a reader of the site would see change between two versions of the
/// content: figures added, removed or changed (with the per-1,000 effect),
/// narratives, a plugin's own records (KVO's certificates), and warnings
/// the new version brings. `regiodash diff` prints it as Markdown for the
/// review of a pull request.
public struct ChangeSummary: Sendable {
    struct FigureChange: Sendable {
        var theme: String
        var municipality: String
        var year: Int
        var indicator: IndicatorDefinition
        /// nil: no row; `.some(nil)`: a row without a figure.
        var old: Double??
        var new: Double??
        var oldPerThousand: Double?
        var newPerThousand: Double?
    }

    struct NarrativeChange: Sendable {
        enum Kind: Sendable { case added, removed, changed }
        var theme: String
        var municipality: String
        var year: Int
        var kind: Kind
    }

    struct RecordChange: Sendable {
        var theme: String
        var caption: String
        var row: String
        var added: Bool
    }

    var language: Language
    var themes: [(id: String, title: String)] = []
    var figures: [FigureChange] = []
    var narratives: [NarrativeChange] = []
    var records: [RecordChange] = []
    /// Warnings of the new content that the old one did not have.
    var newWarnings: [Diagnostic] = []
    /// Errors of the new content: the site would not build.
    var errors: [Diagnostic] = []

    /// Nothing a reader would see changes, and nothing is wrong.
    public var isEmpty: Bool {
        figures.isEmpty && narratives.isEmpty && records.isEmpty && newWarnings.isEmpty && errors.isEmpty
    }

    /// Compares two loaded versions. `oldRoot` and `newRoot` are the content
    /// folders as named in their diagnostics, so warnings compare by file.
    init(old: Dataset?, oldDiagnostics: Diagnostics, oldRoot: String,
         new: Dataset?, newDiagnostics: Diagnostics, newRoot: String) {
        language = new?.site.language ?? old?.site.language ?? .nl
        errors = newDiagnostics.sorted.filter { $0.severity == .error }
        func known(_ diagnostic: Diagnostic, root: String) -> String {
            var path = diagnostic.location.path
            if path.hasPrefix(root + "/") { path.removeFirst(root.count + 1) }
            return path + "\u{0}" + diagnostic.message
        }
        let oldWarnings = Set(oldDiagnostics.sorted.filter { $0.severity == .warning }.map { known($0, root: oldRoot) })
        newWarnings = newDiagnostics.sorted.filter { $0.severity == .warning && !oldWarnings.contains(known($0, root: newRoot)) }

        let oldThemes = Dictionary((old?.themes ?? []).map { ($0.id, $0) }) { first, _ in first }
        let newThemes = Dictionary((new?.themes ?? []).map { ($0.id, $0) }) { first, _ in first }
        var order = (new?.themes ?? []).map(\.id)
        order += (old?.themes ?? []).map(\.id).filter { newThemes[$0] == nil }
        for id in order {
            let before = oldThemes[id], after = newThemes[id]
            guard let theme = after ?? before else { continue }
            themes.append((id, theme.title(language)))
            compareFigures(id, before, old, after, new)
            compareNarratives(id, before, old, after, new)
            compareRecords(id, before, old, after, new)
        }
    }

    private mutating func compareFigures(_ id: String, _ before: Theme?, _ old: Dataset?, _ after: Theme?, _ new: Dataset?) {
        struct Key: Hashable { var municipality: String, year: Int, indicator: String }
        func rows(_ theme: Theme?) -> [Key: Observation] {
            Dictionary((theme?.figures.observations ?? []).map {
                (Key(municipality: $0.municipality, year: $0.year, indicator: $0.indicator), $0)
            }) { first, _ in first }
        }
        let oldRows = rows(before), newRows = rows(after)
        let indicators = (after ?? before)?.descriptor.indicators ?? []
        let region = new?.region ?? old?.region
        var changes: [(order: (Int, Int, Int), change: FigureChange)] = []
        for key in Set(oldRows.keys).union(newRows.keys) {
            let was = oldRows[key].map(\.value), now = newRows[key].map(\.value)
            guard was != now, let indicator = indicators.firstIndex(where: { $0.id == key.indicator }) else { continue }
            let kind = indicators[indicator].kind
            func perThousand(_ value: Double??, _ dataset: Dataset?) -> Double? {
                guard kind.hasRate, let value = value ?? nil,
                      let population = dataset?.region.municipality(code: key.municipality)?.population[key.year] else { return nil }
                return kind.rate(value, population: population, per: 1000)
            }
            let position = region?.position(of: key.municipality) ?? Int.max
            changes.append(((position, -key.year, indicator), FigureChange(
                theme: id, municipality: region?.municipality(code: key.municipality)?.name ?? key.municipality,
                year: key.year, indicator: indicators[indicator], old: was, new: now,
                oldPerThousand: perThousand(was, old), newPerThousand: perThousand(now, new))))
        }
        // In the region's order of municipalities, the latest year first, then the theme's order of indicators.
        figures += changes.sorted { $0.order < $1.order }.map(\.change)
    }

    private mutating func compareNarratives(_ id: String, _ before: Theme?, _ old: Dataset?, _ after: Theme?,
                                            _ new: Dataset?) {
        func texts(_ theme: Theme?) -> [NarrativeKey: String] {
            Dictionary((theme?.narratives ?? []).map {
                (NarrativeKey(theme: id, municipality: $0.municipality, year: $0.year),
                 [$0.title ?? "", $0.summary ?? "", $0.status.rawValue, $0.body.html].joined(separator: "\u{0}"))
            }) { first, _ in first }
        }
        let was = texts(before), now = texts(after)
        let region = new?.region ?? old?.region
        for key in Set(was.keys).union(now.keys).sorted(by: {
            ($0.year, region?.position(of: $0.municipality) ?? 0) > ($1.year, region?.position(of: $1.municipality) ?? 0)
        }) {
            let kind: NarrativeChange.Kind
            switch (was[key], now[key]) {
            case (nil, _?): kind = .added
            case (_?, nil): kind = .removed
            case let (a?, b?) where a != b: kind = .changed
            default: continue
            }
            narratives.append(NarrativeChange(
                theme: id, municipality: region?.municipality(code: key.municipality)?.name ?? key.municipality,
                year: key.year, kind: kind))
        }
    }

    private mutating func compareRecords(_ id: String, _ before: Theme?, _ old: Dataset?, _ after: Theme?, _ new: Dataset?) {
        let format = Formatter(language: language)
        func lines(_ theme: Theme?, _ dataset: Dataset?) -> (caption: String, rows: [String])? {
            guard let theme, let dataset, let table = theme.records(in: dataset) else { return nil }
            return (table.caption[language], table.rows.map { row in
                row.map { format.text($0, language: language) }.filter { !$0.isEmpty }.joined(separator: " · ")
            })
        }
        let was = lines(before, old), now = lines(after, new)
        guard let caption = now?.caption ?? was?.caption else { return }
        var remaining = was?.rows ?? []
        var added: [String] = []
        for row in now?.rows ?? [] {
            if let index = remaining.firstIndex(of: row) { remaining.remove(at: index) } else { added.append(row) }
        }
        records += remaining.map { RecordChange(theme: id, caption: caption, row: $0, added: false) }
        records += added.map { RecordChange(theme: id, caption: caption, row: $0, added: true) }
    }
}

extension SiteBuilder {
    /// What would change for a reader of the site from the content `old`
    /// names to the content `new` names (only their content folders and
    /// drafts settings count).
    public func review(old: Options, new: Options) async -> ChangeSummary {
        var oldReport = Report(), newReport = Report()
        var stages = Stages(progress: nil)
        let before = await loadAndCheck(old, stages: &stages, report: &oldReport)
        let after = await loadAndCheck(new, stages: &stages, report: &newReport)
        return ChangeSummary(old: before?.0, oldDiagnostics: oldReport.diagnostics, oldRoot: old.content,
                             new: after?.0, newDiagnostics: newReport.diagnostics, newRoot: new.content)
    }
}
