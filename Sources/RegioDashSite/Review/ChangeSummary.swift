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
        var indicator: String
        var kind: IndicatorKind
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

    /// Compares what readers see of two versions. `oldRoot` and `newRoot`
    /// are the content folders as named in their diagnostics, so warnings
    /// compare by file.
    init(old: Publication?, oldDiagnostics: Diagnostics = Diagnostics(), oldRoot: String = "",
         new: Publication?, newDiagnostics: Diagnostics = Diagnostics(), newRoot: String = "") {
        language = new?.language ?? old?.language ?? .nl
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
        // Names and the region's order from the new version, or the old one for a municipality that left.
        var names: [String: String] = [:], positions: [String: Int] = [:]
        for publication in [old, new].compactMap({ $0 }) {
            for (index, municipality) in publication.municipalities.enumerated() {
                names[municipality.code] = municipality.name
                positions[municipality.code] = index
            }
        }
        let where_ = Where(name: { names[$0] ?? $0 }, position: { positions[$0] ?? Int.max })
        for id in order {
            let before = oldThemes[id], after = newThemes[id]
            guard let theme = after ?? before else { continue }
            themes.append((id, theme.title))
            compareFigures(id, before, after, where_)
            compareNarratives(id, before, after, where_)
            compareRecords(id, before, after)
        }
    }

    /// A municipality's name and place in the region's order.
    private struct Where {
        var name: (String) -> String
        var position: (String) -> Int
    }

    private mutating func compareFigures(_ id: String, _ before: Publication.ThemeView?, _ after: Publication.ThemeView?,
                                         _ region: Where) {
        let oldRows = before?.figures ?? [:], newRows = after?.figures ?? [:]
        let indicators = (after ?? before)?.indicators ?? []
        var changes: [(order: (Int, Int, Int), change: FigureChange)] = []
        for key in Set(oldRows.keys).union(newRows.keys) {
            let was = oldRows[key], now = newRows[key]
            guard was?.value != now?.value || (was == nil) != (now == nil),
                  let indicator = indicators.firstIndex(where: { $0.id == key.indicator }) else { continue }
            changes.append(((region.position(key.municipality), -key.year, indicator), FigureChange(
                theme: id, municipality: region.name(key.municipality), year: key.year,
                indicator: indicators[indicator].label, kind: indicators[indicator].kind,
                old: was.map(\.value), new: now.map(\.value),
                oldPerThousand: was?.perThousand, newPerThousand: now?.perThousand)))
        }
        // In the region's order of municipalities, the latest year first, then the theme's order of indicators.
        figures += changes.sorted { $0.order < $1.order }.map(\.change)
    }

    private mutating func compareNarratives(_ id: String, _ before: Publication.ThemeView?, _ after: Publication.ThemeView?,
                                            _ region: Where) {
        let was = before?.narratives ?? [:], now = after?.narratives ?? [:]
        for key in Set(was.keys).union(now.keys).sorted(by: {
            ($0.year, region.position($0.municipality)) > ($1.year, region.position($1.municipality))
        }) {
            let kind: NarrativeChange.Kind
            switch (was[key], now[key]) {
            case (nil, _?): kind = .added
            case (_?, nil): kind = .removed
            case let (a?, b?) where a != b: kind = .changed
            default: continue
            }
            narratives.append(NarrativeChange(theme: id, municipality: region.name(key.municipality), year: key.year, kind: kind))
        }
    }

    private mutating func compareRecords(_ id: String, _ before: Publication.ThemeView?, _ after: Publication.ThemeView?) {
        let was = before?.records, now = after?.records
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
        return ChangeSummary(old: before.map { Publication($0.0) }, oldDiagnostics: oldReport.diagnostics, oldRoot: old.content,
                             new: after.map { Publication($0.0) }, newDiagnostics: newReport.diagnostics, newRoot: new.content)
    }
}
