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
                cardLinks(&html)
                html.element("div", ["class": "narratives"]) { grid in
                    grid.newline()
                    for entry in list.entries {
                        card(entry, id: cardID(entry), into: &grid)
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
                article(entry, into: &html)
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

    private func cardID(_ entry: NarrativeList.Entry) -> String {
        "\(id)-\(entry.municipality.slug)"
    }

    /// A link to each municipality's card, which the stylesheet marks as
    /// the one asked for (`:target`, no script needed), and one back to
    /// the top of the cards.
    private func cardLinks(_ html: inout HTML) {
        guard list.entries.count > 1 else { return }
        let strings = context.strings
        html.element("nav", ["class": "narrative-links", "aria-label": strings.narrativesPerMunicipality]) { nav in
            nav.element("ul") { links in
                links.element("li") { $0.element("a", ["href": "#\(id)-heading"], text: strings.allMunicipalities) }
                for entry in list.entries {
                    links.element("li") { $0.element("a", ["href": "#" + cardID(entry)], text: entry.municipality.name) }
                }
            }
        }
        html.newline()
    }

    /// One municipality's narrative of the year on a theme page: its name,
    /// year, title and summary line always in view; a long text folded.
    private func card(_ entry: NarrativeList.Entry, id: String, into html: inout HTML) {
        let narrative = entry.narrative
        let strings = context.strings
        html.element("article", ["class": "narrative", "id": id, "aria-labelledby": "\(id)-name"]) { card in
            card.newline()
            card.heading(level + 1, ["id": "\(id)-name"]) { title in
                title.text(entry.municipality.name)
                title.element("span", ["class": "narrative-year"], text: " · \(narrative.year)")
                if narrative.status == .draft {
                    title.text(" ")
                    title.element("span", ["class": "badge"], text: strings.draftBadge)
                }
            }
            if let title = narrative.title {
                card.element("p", ["class": "narrative-title"], text: title)
                card.newline()
            }
            let long = narrative.body.utf8.count > Scale.foldedNarrative
            if let line = narrative.summary ?? (long ? narrative.excerpt : nil), !line.isEmpty {
                card.element("p", ["class": "narrative-summary"], text: line)
                card.newline()
            }
            if long {
                card.element("details", ["class": "narrative-text"]) { details in
                    details.element("summary") { summary in
                        summary.text(strings.wholeNarrative)
                        summary.element("span", ["class": "visually-hidden"], text: " (\(entry.municipality.name))")
                    }
                    details.element("div", ["class": "prose"]) { $0.markup(narrative.body) }
                }
            } else {
                card.element("div", ["class": "prose"]) { $0.markup(narrative.body) }
            }
            card.newline()
            tags(narrative, into: &card)
            card.element("p", ["class": "more"]) { more in
                more.element("a", ["href": context.link(context.routes.profile(entry.municipality))],
                             text: strings.profileLink(entry.municipality.name))
            }
            card.newline()
        }
        html.newline()
    }

    /// One of a municipality's narratives on its profile, under its year.
    private func article(_ entry: NarrativeList.Entry, into html: inout HTML) {
        let narrative = entry.narrative
        let id = Self.anchor(narrative)
        html.element("article", ["class": "narrative", "aria-labelledby": id]) { article in
            article.newline()
            article.heading(level, ["id": id]) { title in
                title.text(String(narrative.year))
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
            tags(narrative, into: &article)
        }
        html.newline()
    }

    /// "Onderwerpen: vuurwerk, drugs", each a link to its topic's page.
    private func tags(_ narrative: Narrative, into html: inout HTML) {
        guard !narrative.tags.isEmpty else { return }
        html.element("p", ["class": "tags"]) { line in
            line.text(context.strings.tagsLabel(narrative.tags.count) + ": ")
            for (index, tag) in narrative.tags.enumerated() {
                if index > 0 { line.text(", ") }
                line.element("a", ["href": context.link(context.routes.topic(tag.slug))], text: tag.name)
            }
        }
        html.newline()
    }
}
