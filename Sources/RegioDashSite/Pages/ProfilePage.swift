import RegioDashCore

/// `gemeenten/<slug>/index.html`: one municipality across all themes, each
/// with its figures beside the region's and its own narratives.
struct ProfilePage {
    let context: PageContext
    let municipality: Municipality
    /// The key of each theme's part of the page (see `PageKeys.profilePart`).
    let partKey: (Theme) -> UInt64
    /// The key of each theme's entry at the top (see `PageKeys.glance`).
    let glanceKey: (Theme) -> UInt64

    func render() -> MadeFile {
        let dataset = context.dataset
        let strings = context.strings
        return PageLayout(context: context).render(
            title: municipality.name, menuItem: nil,
            crumbs: [.init(label: strings.overview, path: Routes.overview)], bodyClass: "profile",
            description: strings.profileDescription(municipality.name, dataset.region.name,
                                                     dataset.themes.contains { !$0.narratives(municipality: municipality.code).isEmpty })
        ) { main in
            main.element("h1", text: municipality.name)
            main.newline()
            main.element("p", ["class": "lead"]) { lead in
                lead.text(strings.municipalityIn(dataset.region.name))
                if let year = municipality.population.keys.max(), let population = municipality.population[year] {
                    lead.text(" · " + strings.inhabitants(context.format.number(Double(population), decimals: 0), year))
                }
                lead.text(" · \(strings.cbsCode) \(municipality.code)")
                if let date = dataset.referenceDate {
                    lead.text(" · \(strings.referenceDate): \(context.format.date(date))")
                }
            }
            main.newline()
            GlanceView(context: context, municipality: municipality, key: glanceKey).render(into: &main)
            for theme in dataset.themes {
                main.fragment(partKey(theme), published: context.published) { part in
                    themePart(theme, into: &part)
                }
                main.newline()
            }
        }
    }

    /// The theme's part of the page: its sections for the municipality.
    private func themePart(_ theme: Theme, into html: inout HTML) {
        let dataset = context.dataset
        let strings = context.strings
        html.element("section", ["class": "theme-part", "aria-labelledby": theme.id]) { section in
            section.newline()
            section.heading(2, ["id": theme.id]) { heading in
                heading.element("a", ["href": context.link(context.routes.theme(theme))], text: theme.title(context.language))
            }
            section.element("p", ["class": "handout-link"]) { line in
                line.element("a", ["href": context.link(context.routes.handout(municipality, theme))],
                             text: strings.handoutLink(theme.title(context.language)))
            }
            section.newline()
            let sections = theme.sections(for: .municipality(municipality), in: dataset)
            if sections.allSatisfy(\.isEmpty) {
                section.element("p", text: strings.nothingYet)
                section.newline()
            }
            for (index, part) in sections.enumerated() where !part.isEmpty {
                SectionView(context: context, level: 3, id: "\(theme.id)-\(index)").render(part, into: &section)
            }
        }
    }
}
