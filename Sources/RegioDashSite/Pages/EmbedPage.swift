import RegioDashCore

/// `embed/<theme>/<indicator>/`: one indicator's bar chart of the theme's
/// current year on a bare page, to sit in an `<iframe>` on a municipality's
/// own site. No menu, no footer: the banners site.yaml asks for, a
/// heading, the chart's message in words, the chart, its source, reference
/// date and licence, and a link to the theme page's table of all figures.
/// Its links open a new tab, so the host page stays.
/// Kept out of the sitemap, and of search engines (`noindex`): the theme
/// page is where the chart belongs.
struct EmbedPage {
    /// What the theme page shows of the current year: its comparison, and
    /// the id of its table of all figures (nil when the page has none).
    struct Shown: Sendable {
        var comparison: Comparison
        var table: String?

        /// Worked out once per theme, for all of its embeds.
        init(_ theme: Theme, in dataset: Dataset) {
            let year = theme.currentYear ?? 0
            let sections = theme.sections(for: .region(year: year), in: dataset)
            let index = sections.firstIndex { if case .comparison = $0 { true } else { false } }
            comparison = theme.comparison(year: year)
            if let index, case let .comparison(shown) = sections[index] { comparison = shown }
            table = index.map { "s\($0)-table" }
        }
    }

    let context: PageContext
    let theme: Theme
    let indicator: String
    let shown: Shown

    /// The indicators of `theme` that get an embed: those with a chart file
    /// in its current year (see `ChartFiles.written`). Read from the
    /// figures alone: no statistics are computed until a page is made.
    static func indicators(of theme: Theme) -> [String] {
        guard let year = theme.currentYear else { return [] }
        return ChartFiles.charts(of: theme).filter { $0.year == year }.map(\.indicator)
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
        let language = context.language
        let comparison = shown.comparison
        let column = comparison.indicators.firstIndex { $0.id == indicator } ?? 0
        let label = comparison.indicators[column].label[language]
        let chart = BarChart(context: context, comparison: comparison, column: column, id: "chart")
        let summary = chart.summary()
        return PageLayout(context: context).render(
            title: "\(label), \(comparison.year)", menuItem: nil, bodyClass: "embed", description: summary, bare: true
        ) { main in
            main.element("h1", text: "\(theme.title(language)): \(label)")
            main.newline()
            main.element("p", ["class": "chart-summary", "id": "chart-summary"], text: summary)
            main.newline()
            chart.render(describedBy: "chart-summary", into: &main)
            let facts = ChartFiles.facts(comparison, context: context)
            if !facts.isEmpty {
                main.element("p", ["class": "source"], text: facts.joined(separator: " · "))
                main.newline()
            }
            let table = context.link(context.routes.theme(theme)) + (shown.table.map { "#" + $0 } ?? "")
            main.element("p", ["class": "table-link"]) { line in
                line.element("a", ["href": table, "target": "_blank", "rel": "noopener"],
                             text: context.strings.embedAllFigures(context.dataset.site.title))
            }
            main.newline()
        }
    }
}
