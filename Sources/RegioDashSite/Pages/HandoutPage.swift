import RegioDashCore

/// `gemeenten/<slug>/<theme>/index.html`: one municipality on one theme, to
/// print for a council meeting. The theme's part of the profile — its
/// figures in words and in a table, its charts, its sources — with the
/// narratives of the newest year only; the print stylesheet drops the
/// navigation and keeps charts and tables whole.
struct HandoutPage {
    let context: PageContext
    let municipality: Municipality
    let theme: Theme

    func render() -> MadeFile {
        let dataset = context.dataset
        let strings = context.strings
        let title = strings.handoutTitle(municipality.name, theme.title(context.language))
        return PageLayout(context: context).render(
            title: title, menuItem: nil,
            crumbs: [.init(label: strings.overview, path: Routes.overview),
                     .init(label: municipality.name, path: context.routes.profile(municipality))],
            bodyClass: "handout", description: strings.handoutDescription(municipality.name, theme.title(context.language),
                                                                         !theme.narratives(municipality: municipality.code).isEmpty)
        ) { main in
            main.element("h1", text: title)
            main.newline()
            main.element("p", ["class": "lead"]) { lead in
                lead.text(strings.municipalityIn(dataset.region.name))
                if let date = dataset.referenceDate {
                    lead.text(" · \(strings.referenceDate): \(context.format.date(date))")
                }
            }
            main.newline()
            let sections = theme.sections(for: .municipality(municipality), in: dataset).map { section -> Section in
                guard case let .narratives(list) = section else { return section }
                return .narratives(list.newestYear)
            }
            if sections.allSatisfy(\.isEmpty) {
                main.element("p", text: strings.nothingYet)
                main.newline()
            }
            for (index, section) in sections.enumerated() where !section.isEmpty {
                var level = 2
                if case .narratives = section {
                    // Under a heading of their own: a narrative's year, and its text's own headings, come below it.
                    main.heading(2, ["id": "\(theme.id)-account"], text: strings.handoutNarratives(municipality.name))
                    level = 3
                }
                SectionView(context: context, level: level, id: "\(theme.id)-\(index)").render(section, into: &main)
            }
            main.element("p", ["class": "more"]) { more in
                more.element("a", ["href": context.link(context.routes.theme(theme))],
                             text: strings.handoutThemeLink(theme.title(context.language)))
                more.text(" · ")
                more.element("a", ["href": context.link(context.routes.profile(municipality))],
                             text: strings.profileLink(municipality.name))
            }
            main.newline()
        }
    }
}
