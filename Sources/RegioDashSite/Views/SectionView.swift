import RegioDashCore

/// Draws a plugin's sections. `level` is the heading level of a section's
/// own heading (2 on a theme page, 3 inside a profile's theme part); `id`
/// makes the section's element ids unique on the page.
struct SectionView {
    let context: PageContext
    let level: Int
    let id: String

    func render(_ section: Section, into html: inout HTML) {
        switch section {
        case let .comparison(comparison):
            ComparisonView(context: context, comparison: comparison, level: level, id: id).render(into: &html)
        case let .profile(profile):
            ProfileView(context: context, profile: profile, level: level, id: id).render(into: &html)
        case let .trends(trends):
            TrendsView(context: context, trends: trends, level: level, id: id).render(into: &html)
        case let .progress(progress):
            ProgressView(context: context, progress: progress, level: level, id: id).render(into: &html)
        case let .table(table):
            TableView(context: context, table: table, level: level, id: id).render(into: &html)
        case let .timeline(timeline):
            TimelineView(context: context, timeline: timeline, level: level, id: id).render(into: &html)
        case let .tally(tally):
            TallyView(context: context, tally: tally, level: level, id: id).render(into: &html)
        case let .narratives(list):
            NarrativesView(context: context, list: list, level: level, id: id).render(into: &html)
        }
    }

    /// "Bron: …" under a table; says so when the content names none.
    static func sources(_ sources: [String], context: PageContext, into html: inout HTML) {
        guard !sources.isEmpty else { return }
        html.element("p", ["class": "source"]) { line in
            line.element("span", ["class": "label"], text: (sources.count == 1 ? context.strings.source : context.strings.sources) + ": ")
            line.text(sources.joined(separator: "; "))
        }
        html.newline()
    }

    /// A wide table's scroll container: focusable and named, so keyboard
    /// and screen reader users can reach and scroll it. When the table does
    /// not fit, a shadow at the edge with more beyond it says that it
    /// scrolls (the stylesheet's backgrounds).
    static func scrollRegion(labelledBy label: String, into html: inout HTML, _ table: (inout HTML) -> Void) {
        html.element("div", ["class": "table-scroll", "role": "region", "aria-labelledby": label, "tabindex": "0"], table)
        html.newline()
    }
}

extension Section {
    /// Whether it has nothing to show for its page: a part of a profile or
    /// a handout leaves it out.
    var isEmpty: Bool {
        switch self {
        case let .narratives(list): list.entries.isEmpty
        case let .table(table): table.rows.isEmpty
        case let .profile(profile): profile.rows.allSatisfy { $0.history.allSatisfy { $0 == nil } }
        case let .progress(progress): progress.items.isEmpty
        case let .timeline(timeline): timeline.items.isEmpty
        case let .tally(tally): tally.rows.allSatisfy { $0.total == 0 }
        case .comparison, .trends: false
        }
    }
}

extension HTML {
    /// A heading of `level` (clamped to h2…h6).
    mutating func heading(_ level: Int, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        let tag = "h\(min(6, max(2, level)))"
        element(tag, attributes, text: text)
        newline()
    }

    /// A heading of `level` with content.
    mutating func heading(_ level: Int, _ attributes: KeyValuePairs<String, String?> = [:],
                          _ body: (inout HTML) -> Void) {
        let tag = "h\(min(6, max(2, level)))"
        element(tag, attributes, body)
        newline()
    }
}
