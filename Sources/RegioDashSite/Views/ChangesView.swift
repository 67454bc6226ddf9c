import RegioDashCore

/// What one publication changed (`FeedHistory.Entry`), theme by theme: the
/// figures with their old and new values, the narratives, a plugin's
/// records, each list cut at `FeedHistory.shown` with how many more there
/// are. The "what's new" page shows it, and the feed carries it as HTML.
struct ChangesView {
    let strings: Strings
    let format: Formatter
    let entry: FeedHistory.Entry
    /// The level of each theme's heading.
    let level: Int

    func render(into html: inout HTML) {
        let changes = entry.changes
        for (id, title) in changes.themes {
            let totals = entry.totals[id] ?? .init()
            html.heading(level, text: title)
            let figures = changes.figures.filter { $0.theme == id }
            if !figures.isEmpty {
                html.element("ul", ["class": "changes"]) { list in
                    for change in figures {
                        list.element("li", text: line(change))
                    }
                    if totals.figures > figures.count {
                        list.element("li", text: strings.feedMoreFigures(totals.figures - figures.count))
                    }
                }
                html.newline()
            }
            let narratives = changes.narratives.filter { $0.theme == id }
            if !narratives.isEmpty {
                var text = "\(strings.reviewNarratives): " + narratives.map {
                    "\($0.municipality) \($0.year) (\(strings.reviewNarrativeChange($0.kind)))"
                }.joined(separator: ", ")
                if totals.narratives > narratives.count { text += " " + strings.feedMoreNarratives(totals.narratives - narratives.count) }
                html.element("p", text: text + ".")
                html.newline()
            }
            let records = changes.records.filter { $0.theme == id }
            if let caption = records.first?.caption {
                html.element("p", text: caption + ":")
                html.element("ul", ["class": "changes"]) { list in
                    for change in records {
                        list.element("li", text: "\(strings.feedRecord(change.added)): \(change.row)")
                    }
                    if totals.records > records.count {
                        list.element("li", text: strings.feedMoreRecords(totals.records - records.count))
                    }
                }
                html.newline()
            }
        }
    }

    /// "Raalte, 2023, Meldingen: van 12 naar 14 (per 1.000 inwoners van 0,32 naar 0,37)".
    private func line(_ change: ChangeSummary.FigureChange) -> String {
        let old = (change.old ?? nil).map { format.value($0, change.kind) }
        let new = (change.new ?? nil).map { format.value($0, change.kind) }
        var text = strings.feedFigure(change.municipality, change.year, change.indicator, old, new)
        if change.kind.hasRate, let was = change.oldPerThousand, let now = change.newPerThousand {
            text += " (\(strings.feedPerThousand(format.number(was, decimals: 2), format.number(now, decimals: 2))))"
        }
        return text
    }
}
