import RegioDashCore

/// `index.html`: the region, each theme with its headline figure, the
/// municipalities, and the downloads.
struct OverviewPage {
    let context: PageContext
    /// The key of each theme's card (see `PageKeys.theme`).
    let cardKey: (Theme) -> UInt64

    func render() -> MadeFile {
        let dataset = context.dataset
        let strings = context.strings
        let description = strings.overviewDescription(dataset.region.municipalities.count, dataset.region.name)
        return PageLayout(context: context).render(title: nil, menuItem: Routes.overview, description: description) { main in
            main.element("h1", text: dataset.site.title)
            main.newline()
            main.element("p", ["class": "lead"]) { lead in
                lead.text(dataset.region.name)
                if let code = dataset.region.code { lead.text(" (\(code))") }
                lead.text(" · " + strings.regionSummary(dataset.region.municipalities.count))
                if let year = populationYear, let population = dataset.region.population(in: year) {
                    lead.text(" · " + strings.inhabitants(context.format.number(Double(population), decimals: 0), year))
                }
            }
            main.newline()
            municipalities(&main)
            themes(&main)
            downloads(&main)
        }
    }

    /// The latest year for which every municipality's population is known.
    private var populationYear: Int? {
        let years = context.dataset.region.municipalities.map { Set($0.population.keys) }
        guard let first = years.first else { return nil }
        return years.dropFirst().reduce(first) { $0.intersection($1) }.max()
    }

    private func themes(_ html: inout HTML) {
        let strings = context.strings
        html.element("section", ["aria-labelledby": "themes"]) { section in
            section.heading(2, ["id": "themes"], text: strings.themes)
            section.element("ul", ["class": "cards"]) { list in
                list.newline()
                for theme in context.dataset.themes {
                    list.fragment(cardKey(theme), published: context.published) { part in
                        part.element("li", ["class": "card"]) { card in
                            card.heading(3) { heading in
                                heading.element("a", ["href": context.link(context.routes.theme(theme))],
                                                text: theme.title(context.language))
                            }
                            if let headline = theme.headline(in: context.dataset) {
                                self.headline(headline, into: &card)
                            }
                            card.element("p", text: theme.descriptor.intro[context.language])
                        }
                    }
                    list.newline()
                }
            }
        }
        html.newline()
    }

    private func headline(_ headline: Headline, into html: inout HTML) {
        let format = context.format
        html.element("p", ["class": "headline"]) { line in
            line.element("span", ["class": "figure"], text: format.value(headline.value, headline.kind))
            line.text(" " + Self.midSentence(headline.label[context.language]))
            if let year = headline.year {
                line.text(" " + context.strings.headlineIn(year))
            }
            if let rate = headline.rate, let unit = format.unit(headline.kind, headline.scale, headline.denominator) {
                line.element("span", ["class": "rate"], text: "\(format.rate(rate, headline.scale)) \(unit)")
            }
        }
        if let detail = headline.detail {
            html.element("p", ["class": "detail"], text: detail[context.language])
        }
    }

    /// The municipalities, first on the page so a phone shows them in its
    /// first screen: a line of links, or for a large region a list that
    /// opens (`<details>`, no script needed).
    private func municipalities(_ html: inout HTML) {
        let strings = context.strings
        let municipalities = context.dataset.region.municipalities
        html.element("nav", ["id": "municipality-picker", "class": "picker", "aria-labelledby": "municipalities"]) { nav in
            nav.newline()
            nav.heading(2, ["id": "municipalities"], text: strings.municipalities)
            let list = { (html: inout HTML) in
                html.element("ul", ["class": municipalities.count > Scale.allBars ? "municipalities" : "picker-list"]) { list in
                    list.newline()
                    for municipality in municipalities {
                        list.element("li") { item in
                            item.element("a", ["href": context.link(context.routes.profile(municipality))], text: municipality.name)
                        }
                        list.newline()
                    }
                }
            }
            if municipalities.count > Scale.allBars {
                nav.element("details") { details in
                    details.element("summary", text: strings.pickMunicipality(municipalities.count))
                    list(&details)
                }
            } else {
                list(&nav)
            }
        }
        html.newline()
    }

    private func downloads(_ html: inout HTML) {
        guard !context.dataset.themes.isEmpty else { return }
        let strings = context.strings
        html.element("section", ["aria-labelledby": "open-data"]) { section in
            section.heading(2, ["id": "open-data"], text: strings.openData)
            DownloadLinks(context: context).render(context.dataset.themes, into: &section)
        }
        html.newline()
    }

    /// A label as it reads after a figure: "65 integrale controles"; a word
    /// in capitals (an abbreviation, "KVO") is left as it is.
    static func midSentence(_ label: String) -> String {
        let characters = Array(label)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return label }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
