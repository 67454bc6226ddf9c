import RegioDashCore

/// `wat-is-er-nieuw/` (`whats-new/`): every publication that changed what
/// readers see, newest first, as the feed tells them (`FeedHistory`), with
/// a link to subscribe to `feed.xml`.
struct WhatsNewPage {
    let context: PageContext
    let entries: [FeedHistory.Entry]

    /// The id of an entry's heading, which the feed's entry links to.
    static func anchor(_ entry: FeedHistory.Entry) -> String {
        "p" + entry.timestamp.filter { $0.isNumber }
    }

    func render() -> MadeFile {
        let strings = context.strings
        return PageLayout(context: context).render(
            title: strings.whatsNewTitle, menuItem: nil,
            crumbs: [.init(label: strings.overview, path: Routes.overview)],
            description: strings.whatsNewLead
        ) { main in
            main.element("h1", text: strings.whatsNewTitle)
            main.newline()
            main.element("p", ["class": "lead"], text: strings.whatsNewLead)
            main.newline()
            main.element("p", ["class": "feed-link"]) { line in
                line.element("a", ["href": context.link(Routes.feed), "type": "application/atom+xml"], text: strings.feedSubscribe)
            }
            main.newline()
            if entries.isEmpty {
                main.element("p", text: strings.whatsNewNone)
                main.newline()
            }
            for entry in entries {
                let total = entry.total
                let id = Self.anchor(entry)
                main.element("section", ["class": "publication", "aria-labelledby": id]) { section in
                    section.newline()
                    section.heading(2, ["id": id]) { heading in
                        heading.element("time", ["datetime": entry.timestamp], text: entry.date.map(context.format.date) ?? entry.timestamp)
                        heading.text(": " + strings.feedEntryTitle(total.figures, total.narratives, total.records))
                    }
                    ChangesView(strings: strings, format: context.format, entry: entry, level: 3).render(into: &section)
                }
                main.newline()
            }
        }
    }
}
