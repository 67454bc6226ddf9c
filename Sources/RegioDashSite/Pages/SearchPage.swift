import RegioDashCore

/// `zoeken/`: the search form with its filters (theme, municipality, year),
/// the results' status line and list, which `assets/search.js` fills.
/// Without JavaScript the form stays hidden and the topics stand in its
/// place; the script swaps them.
struct SearchPage {
    let context: PageContext
    let topics: [Topics.Topic]

    func render() -> MadeFile {
        let strings = context.strings
        let dataset = context.dataset
        let routes = context.routes
        return PageLayout(context: context).render(
            title: strings.searchTitle, menuItem: routes.search,
            crumbs: [.init(label: strings.overview, path: Routes.overview)],
            description: strings.searchLead
        ) { main in
            main.element("h1", text: strings.searchTitle)
            main.newline()
            main.element("p", ["class": "lead"], text: strings.searchLead)
            main.newline()
            main.element("div", ["id": "search-fallback"]) { fallback in
                fallback.element("p", text: topics.isEmpty ? strings.searchWithoutScript + " " + strings.topicsNone : strings.searchWithoutScript)
                TopicsPage.list(topics, context: context, into: &fallback)
            }
            main.newline()
            main.element("form", ["id": "search-form", "class": "search", "role": "search", "method": "get", "hidden": "",
                                  "data-empty": strings.searchEmpty, "data-loading": strings.searchLoading,
                                  "data-failed": strings.searchFailed, "data-none": strings.searchNone,
                                  "data-one": strings.searchOne, "data-many": strings.searchMany, "data-some": strings.searchSome]) { form in
                form.newline()
                form.element("div", ["class": "search-query"]) { field in
                    field.element("label", ["for": "search-q"], text: strings.searchLabel)
                    field.open("input", ["id": "search-q", "name": "q", "type": "search", "aria-describedby": "search-hint", "autocomplete": "off"])
                    field.element("button", ["type": "submit"], text: strings.searchButton)
                }
                form.newline()
                form.element("p", ["id": "search-hint", "class": "search-hint"], text: strings.searchHint)
                form.newline()
                form.element("div", ["class": "search-filters"]) { filters in
                    select(&filters, name: "thema", label: strings.searchTheme, all: strings.searchAllThemes,
                           options: dataset.themes.enumerated().map { (String($0), $1.title(context.language)) })
                    select(&filters, name: "gemeente", label: strings.searchMunicipality, all: strings.searchAllMunicipalities,
                           options: dataset.region.municipalities.enumerated().map { (String($0), $1.name) })
                    let years = Set(dataset.themes.flatMap { theme in theme.narratives.map(\.year) }).sorted(by: >)
                    select(&filters, name: "jaar", label: strings.searchYear, all: strings.searchAllYears,
                           options: years.map { (String($0), String($0)) })
                }
                form.newline()
            }
            main.newline()
            main.element("p", ["id": "search-status", "class": "search-status", "role": "status"], text: "")
            main.newline()
            main.element("ol", ["id": "search-results", "class": "search-results"], text: "")
            main.newline()
            main.element("button", ["id": "search-more", "type": "button", "hidden": ""], text: strings.searchMore)
            main.newline()
            for script in [routes.stemmerScript, Routes.searchScript, routes.searchFile("meta.js")] {
                main.element("script", ["src": context.link(script)], text: "")
            }
            main.newline()
        }
    }

    private func select(_ html: inout HTML, name: String, label: String, all: String, options: [(String, String)]) {
        html.element("div") { field in
            field.element("label", ["for": "search-\(name)"], text: label)
            field.element("select", ["id": "search-\(name)", "name": name]) { select in
                select.element("option", ["value": ""], text: all)
                for (value, text) in options {
                    select.element("option", ["value": value], text: text)
                }
            }
        }
    }
}
