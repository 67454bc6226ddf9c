import RegioDashCore

/// `embed/<theme>/<indicator>/`: one indicator's bar chart of the theme's
/// current year on a bare page, to sit in an `<iframe>` on a municipality's
/// own site. No menu, no footer: the banners site.yaml asks for, a heading, the chart's message in words,
/// the chart, its source, reference date and licence, and a link to the
/// theme's full table. Its links open a new tab, so the host page stays.
/// Kept out of the sitemap, and of search engines (`noindex`): the theme
/// page is where the chart belongs.
struct EmbedPage {
    let context: PageContext
    let theme: Theme
    let comparison: Comparison
    let column: Int
    /// The id of the theme page's table of all figures, to link to.
    let tableAnchor: String

    /// The indicators of `theme` that get an embed: those with a figure in
    /// the current year, each with its column and the theme page's table anchor.
    static func indicators(of theme: Theme, in dataset: Dataset) -> (comparison: Comparison, columns: [Int], table: String)? {
        guard let year = theme.currentYear else { return nil }
        let sections = theme.sections(for: .region(year: year), in: dataset)
        guard let index = sections.firstIndex(where: { if case .comparison = $0 { true } else { false } }),
              case let .comparison(comparison) = sections[index], comparison.hasFigures else { return nil }
        let columns = comparison.indicators.indices.filter {
            ChartFiles.written(theme, year: year, indicator: comparison.indicators[$0].id)
        }
        return (comparison, columns, "s\(index)-table")
    }

    /// How tall the snippet's frame is: the chart and the text around it.
    static func height(of chart: BarChart) -> Int {
        Int(chart.height.rounded(.up)) + 260
    }

    /// The `<iframe>` element another site pastes in.
    static func snippet(address: String, title: String, height: Int) -> String {
        "<iframe src=\"\(Escaping.escaped(address, inAttribute: true))\" title=\"\(Escaping.escaped(title, inAttribute: true))\" width=\"100%\" "
            + "height=\"\(height)\" style=\"border:0\" loading=\"lazy\"></iframe>"
    }

    func render() -> MadeFile {
        let strings = context.strings
        let site = context.dataset.site
        let indicator = comparison.indicators[column]
        let chart = BarChart(context: context, comparison: comparison, column: column, id: "chart")
        let summary = chart.summary()
        var html = HTML(capacity: 32_768)
        html.doctype()
        html.open("html", ["lang": context.language.rawValue])
        html.newline()
        html.element("head") { head in
            head.newline()
            head.open("meta", ["charset": "utf-8"])
            head.open("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
            head.newline()
            head.element("title", text: "\(indicator.label[context.language]), \(comparison.year) · \(site.title)")
            head.newline()
            head.open("meta", ["name": "description", "content": summary])
            head.open("meta", ["name": "robots", "content": "noindex"])
            head.newline()
            head.open("link", ["rel": "stylesheet", "href": context.link(Routes.stylesheet)])
            head.newline()
        }
        html.newline()
        html.open("body", ["class": "embed"])
        html.newline()
        html.element("main", ["id": "main"]) { main in
            main.newline()
            PageLayout(context: context).banners(&main)
            main.element("h1", text: "\(theme.title(context.language)): \(indicator.label[context.language])")
            main.newline()
            main.element("p", ["class": "chart-summary", "id": "chart-summary"], text: summary)
            main.newline()
            chart.render(describedBy: "chart-summary", into: &main)
            var facts: [String] = []
            if !comparison.sources.isEmpty {
                facts.append("\(comparison.sources.count == 1 ? strings.source : strings.sources): \(comparison.sources.joined(separator: "; "))")
            }
            if let date = context.dataset.referenceDate {
                facts.append("\(strings.referenceDate): \(context.format.date(date))")
            }
            if let license = site.license {
                facts.append("\(strings.licence): \(license.title)")
            }
            if !facts.isEmpty {
                main.element("p", ["class": "source"], text: facts.joined(separator: " · "))
                main.newline()
            }
            main.element("p", ["class": "table-link"]) { line in
                line.element("a", ["href": context.link(context.routes.theme(theme)) + "#" + tableAnchor, "target": "_blank",
                                   "rel": "noopener"],
                             text: strings.embedAllFigures(site.title))
            }
            main.newline()
        }
        html.newline()
        html.close("body")
        html.newline()
        html.close("html")
        html.newline()
        return html.made
    }
}
