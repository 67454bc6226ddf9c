import RegioDashCore

/// Narratives: side by side for a year on a theme page, or one
/// municipality's years on its profile.
struct NarrativesView {
    let context: PageContext
    let list: NarrativeList
    let level: Int
    let id: String

    func render(into html: inout HTML) {
        let strings = context.strings
        if let year = list.year {
            html.heading(level, ["id": "\(id)-heading"], text: strings.narrativesIn(year))
            if list.entries.count + list.missing.count > Scale.fullNarratives {
                compact(&html)
            } else if !list.entries.isEmpty {
                html.element("div", ["class": "narratives"]) { grid in
                    grid.newline()
                    for (index, entry) in list.entries.enumerated() {
                        article(entry, heading: entry.municipality.name, id: "\(id)-\(index)", profileLink: true, into: &grid)
                    }
                }
                html.newline()
            }
            if !list.missing.isEmpty {
                html.element("p", ["class": "missing"]) { line in
                    line.text(strings.noNarrativeFrom(year) + " ")
                    for (index, municipality) in list.missing.enumerated() {
                        if index > 0 { line.text(", ") }
                        line.element("a", ["href": context.link(context.routes.profile(municipality))], text: municipality.name)
                    }
                    line.text(".")
                }
                html.newline()
            }
        } else {
            for entry in list.entries {
                article(entry, heading: String(entry.narrative.year), id: Self.anchor(entry.narrative), profileLink: false,
                        into: &html)
            }
        }
    }

    /// The id of a narrative on its municipality's profile, for links to it.
    static func anchor(_ narrative: Narrative) -> String {
        "\(narrative.theme)-\(narrative.year)"
    }

    /// For a large region: one line per narrative, linking to the full text.
    private func compact(_ html: inout HTML) {
        html.element("ul", ["class": "narrative-lines"]) { lines in
            lines.newline()
            for entry in list.entries {
                lines.element("li") { item in
                    item.element("a", ["href": context.link(context.routes.profile(entry.municipality)) + "#" + Self.anchor(entry.narrative)],
                                 text: entry.municipality.name)
                    let line = entry.narrative.summary ?? entry.narrative.title ?? entry.narrative.excerpt
                    if !line.isEmpty { item.text(": " + line) }
                }
                lines.newline()
            }
        }
        html.newline()
    }

    private func article(_ entry: NarrativeList.Entry, heading: String, id: String, profileLink: Bool,
                         into html: inout HTML) {
        let narrative = entry.narrative
        html.element("article", ["class": "narrative", "aria-labelledby": id]) { article in
            article.newline()
            article.heading(level + (list.year == nil ? 0 : 1), ["id": id]) { title in
                title.text(heading)
                if narrative.status == .draft {
                    title.text(" ")
                    title.element("span", ["class": "badge"], text: context.strings.draftBadge)
                }
            }
            if let title = narrative.title {
                article.element("p", ["class": "narrative-title"], text: title)
                article.newline()
            }
            article.element("div", ["class": "prose"]) { prose in
                prose.markup(narrative.body)
            }
            article.newline()
            if profileLink {
                article.element("p", ["class": "more"]) { more in
                    more.element("a", ["href": context.link(context.routes.profile(entry.municipality))],
                                 text: context.strings.profileLink(entry.municipality.name))
                }
                article.newline()
            }
        }
        html.newline()
    }
}
