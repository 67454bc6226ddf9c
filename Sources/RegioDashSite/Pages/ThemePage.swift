import RegioDashCore

/// A theme's page for one year: its intro, the years, the plugin's sections
/// (by default the comparison table and the narratives), the downloads.
struct ThemePage {
    let context: PageContext
    let theme: Theme
    /// nil only for a theme without any year.
    let year: Int?

    func render() -> MadeFile {
        let language = context.language
        let title = theme.title(language)
        let isEarlier = year != nil && year != theme.currentYear
        let pageTitle = isEarlier ? context.strings.earlierYear(title, year ?? 0) : title
        let total = context.dataset.region.municipalities.count
        return PageLayout(context: context).render(
            title: pageTitle, menuItem: context.routes.theme(theme),
            crumbs: [.init(label: context.strings.overview, path: Routes.overview)]
                + (isEarlier ? [.init(label: title, path: context.routes.theme(theme))] : []),
            description: theme.descriptor.intro[language]
        ) { main in
            main.element("h1", text: pageTitle)
            main.newline()
            if let intro = theme.intro {
                main.element("div", ["class": "prose intro"]) { $0.markup(intro) }
            } else {
                main.element("p", ["class": "lead"], text: theme.descriptor.intro[language])
            }
            main.newline()
            years(&main)
            if let year, theme.isIncomplete(year) {
                main.element("p", ["class": "notice incomplete"],
                             text: context.strings.incompleteNotice(year, theme.coverage[year] ?? 0, total))
                main.newline()
            }
            // A theme of records only (no figures, no narratives) shows them as of the site's reference date.
            if let year = year ?? context.dataset.referenceDate?.year {
                for (index, section) in theme.sections(for: .region(year: year), in: context.dataset).enumerated() {
                    main.element("section", ["class": "theme-section", "aria-labelledby": "s\(index)-heading"]) { html in
                        html.newline()
                        SectionView(context: context, level: 2, id: "s\(index)").render(section, into: &html)
                    }
                    main.newline()
                }
            } else {
                main.element("p", text: context.strings.nothingYet)
            }
            if year == theme.currentYear || year == nil {
                handouts(&main)
            }
            main.element("section", ["aria-labelledby": "downloads"]) { section in
                section.heading(2, ["id": "downloads"], text: context.strings.downloads)
                DownloadLinks(context: context).render([theme], into: &section)
            }
            main.newline()
        }
    }

    /// Links to each municipality's handout on the theme, to print.
    private func handouts(_ html: inout HTML) {
        let strings = context.strings
        html.element("section", ["aria-labelledby": "handouts"]) { section in
            section.heading(2, ["id": "handouts"], text: strings.handouts)
            section.element("p", text: strings.handoutsIntro)
            section.element("ul", ["class": "municipalities"]) { list in
                list.newline()
                for municipality in context.dataset.region.municipalities {
                    list.element("li") { item in
                        item.element("a", ["href": context.link(context.routes.handout(municipality, theme))], text: municipality.name)
                    }
                    list.newline()
                }
            }
        }
        html.newline()
    }

    /// Links to every year's page, newest first; a year fewer than half of
    /// the municipalities have figures for says so.
    private func years(_ html: inout HTML) {
        guard theme.years.count > 1 else { return }
        html.element("nav", ["class": "years", "aria-label": context.strings.years]) { nav in
            nav.element("span", ["class": "label"], text: context.strings.years + ":")
            nav.element("ul") { list in
                for candidate in theme.years.reversed() {
                    list.element("li") { item in
                        let path = context.routes.theme(theme, year: candidate)
                        let label = theme.isIncomplete(candidate)
                            ? context.strings.incompleteYear(candidate, theme.coverage[candidate] ?? 0,
                                                             context.dataset.region.municipalities.count)
                            : String(candidate)
                        item.element("a", ["href": context.link(path), "aria-current": candidate == year ? "page" : nil],
                                     text: label)
                    }
                }
            }
        }
        html.newline()
    }
}
