import RegioDashCore

/// The theme page's table: every municipality × every indicator, absolute
/// and as a rate (per 1,000 or 10,000 inhabitants), with the target where
/// targets.csv gives one, the regional total and average, and the benchmarks.
struct ComparisonView {
    let context: PageContext
    let comparison: Comparison
    let level: Int
    let id: String

    func render(into html: inout HTML) {
        let strings = context.strings
        html.heading(level, ["id": "\(id)-heading"], text: strings.figuresIn(comparison.year))
        guard comparison.hasFigures else {
            html.element("p", text: strings.noFiguresIn(comparison.year))
            html.newline()
            return
        }
        for column in comparison.indicators.indices {
            indicator(column, into: &html)
        }
        let caption = "\(id)-caption"
        html.heading(level + 1, ["id": "\(id)-table"], text: strings.allFigures)
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "comparison figures"]) { table in
                table.newline()
                table.element("caption", ["id": caption], text: strings.comparisonCaption(
                    context.dataset.theme(id: comparison.themeID)?.title(context.language) ?? "", comparison.year))
                table.newline()
                table.open("colgroup")
                table.close("colgroup")
                table.open("colgroup")
                table.close("colgroup")
                for column in comparison.indicators.indices {
                    let span = columnCount(column)
                    table.open("colgroup", ["span": span > 1 ? String(span) : nil])
                    table.close("colgroup")
                }
                table.newline()
                head(&table)
                body(&table)
                foot(&table)
            }
        }
        html.element("p", ["class": "hint"], text: strings.tableScrollHint)
        html.newline()
        SectionView.sources(comparison.sources, context: context, into: &html)
        notes(&html)
    }

    /// The table's columns for the indicator in `column`: the value, the rate, the target.
    private func columnCount(_ column: Int) -> Int {
        1 + (comparison.indicators[column].kind.hasRate ? 1 : 0) + (comparison.hasTargets(column: column) ? 1 : 0)
    }

    /// One indicator: its message in words, its bar chart, and for the first
    /// (the theme's headline indicator) the tile map.
    private func indicator(_ column: Int, into html: inout HTML) {
        let block = "\(id)-i\(column)"
        let chart = BarChart(context: context, comparison: comparison, column: column, id: "\(block)-bars")
        html.element("section", ["class": "indicator", "aria-labelledby": "\(block)-heading"]) { section in
            section.newline()
            let indicator = comparison.indicators[column]
            section.heading(level + 1, ["id": "\(block)-heading"], text: indicator.label[context.language])
            let about = [indicator.description?[context.language], indicator.better.map(context.strings.better)].compactMap { $0 }
            if !about.isEmpty {
                section.element("p", ["class": "indicator-about"], text: about.joined(separator: " "))
                section.newline()
            }
            section.element("p", ["class": "chart-summary", "id": "\(block)-summary"], text: chart.summary())
            section.newline()
            section.element("div", ["class": "chart-pair"]) { pair in
                chart.render(describedBy: "\(block)-summary", into: &pair)
                if column == 0, comparison.rows.count <= Scale.tileMap {
                    TileMap(context: context, comparison: comparison, column: column, id: block).render(into: &pair)
                }
            }
            section.newline()
            chartFiles(indicator.id, into: &section)
            embed(column, chart: chart, into: &section)
            section.element("p", ["class": "table-link"]) { line in
                line.element("a", ["href": "#\(id)-table"], text: context.strings.toTable)
            }
        }
        html.newline()
    }

    /// Beneath the chart: its SVG file and its figures as CSV (`ChartFiles`), where they are written.
    private func chartFiles(_ indicator: String, into html: inout HTML) {
        guard let theme = context.dataset.theme(id: comparison.themeID),
              ChartFiles.written(theme, year: comparison.year, indicator: indicator) else { return }
        let routes = context.routes
        html.element("p", ["class": "chart-files"]) { line in
            line.element("a", ["href": context.link(routes.chart(theme, year: comparison.year, indicator: indicator, format: "svg")),
                               "download": ""], text: context.strings.chartSVG)
            line.text(" · ")
            line.element("a", ["href": context.link(routes.chart(theme, year: comparison.year, indicator: indicator, format: "csv")),
                               "download": ""], text: context.strings.chartCSV)
        }
        html.newline()
    }

    /// On the theme's own page for its current year: the chart's bare page
    /// (`EmbedPage`), and with `base_url` the code that puts it in an
    /// `<iframe>` on another site, in a read-only field to copy from.
    private func embed(_ column: Int, chart: BarChart, into html: inout HTML) {
        guard let theme = context.dataset.theme(id: comparison.themeID), comparison.year == theme.currentYear,
              context.path == context.routes.theme(theme),
              EmbedPage.indicators(of: theme).contains(comparison.indicators[column].id) else { return }
        let strings = context.strings
        let page = context.routes.embed(theme, indicator: comparison.indicators[column].id)
        html.element("details", ["class": "embed-code"]) { details in
            details.element("summary", text: strings.embedTitle)
            details.newline()
            details.element("p") { line in
                line.text(strings.embedIntro + " ")
                line.element("a", ["href": context.link(page)], text: strings.embedPage)
            }
            if let base = context.dataset.site.baseURL {
                let field = "\(id)-i\(column)-embed"
                // No year: the embedded page always shows the current one.
                let title = "\(comparison.indicators[column].label[context.language]) · \(context.dataset.site.title)"
                details.element("label", ["for": field], text: strings.embedCopy)
                details.element("textarea", ["id": field, "class": "embed-snippet", "readonly": "", "rows": "3",
                                             "spellcheck": "false"],
                                text: EmbedPage.snippet(address: base + Sitemap.folderURL(page), title: title,
                                                        height: EmbedPage.height(of: chart)))
            } else {
                details.element("p", ["class": "hint"], text: strings.embedNeedsAddress)
            }
        }
        html.newline()
    }

    private func head(_ html: inout HTML) {
        let strings = context.strings
        html.element("thead") { head in
            head.element("tr") { row in
                row.element("th", ["scope": "col", "rowspan": "2"], text: strings.municipality)
                row.element("th", ["scope": "col", "rowspan": "2"], text: strings.population)
                for (column, indicator) in comparison.indicators.enumerated() {
                    let span = columnCount(column)
                    row.element("th", ["scope": "colgroup", "colspan": span > 1 ? String(span) : nil],
                                text: indicator.label[context.language])
                }
            }
            head.newline()
            head.element("tr") { row in
                for (column, indicator) in comparison.indicators.enumerated() {
                    switch indicator.kind {
                    case .count:
                        row.element("th", ["scope": "col"], text: strings.number)
                        row.element("th", ["scope": "col"], text: context.format.perShort(comparison.scales[column]))
                    case .percent:
                        row.element("th", ["scope": "col"], text: "%")
                    case .number:
                        row.element("th", ["scope": "col"], text: strings.number)
                    }
                    if comparison.hasTargets(column: column) {
                        row.element("th", ["scope": "col"], text: strings.target)
                    }
                }
            }
            head.newline()
        }
        html.newline()
    }

    private func body(_ html: inout HTML) {
        html.element("tbody") { body in
            body.newline()
            for row in comparison.rows {
                body.element("tr") { line in
                    line.element("th", ["scope": "row"]) { cell in
                        cell.element("a", ["href": context.link(context.routes.profile(row.municipality))],
                                     text: row.municipality.name)
                    }
                    number(&line, row.population.map(Double.init), .count)
                    cells(row.cells, into: &line)
                }
                body.newline()
            }
        }
        html.newline()
    }

    private func foot(_ html: inout HTML) {
        let strings = context.strings
        let population = context.dataset.region.population(in: comparison.year)
        html.element("tfoot") { foot in
            foot.element("tr") { line in
                line.element("th", ["scope": "row"], text: strings.regionTotal)
                number(&line, population.map(Double.init), .count)
                for (column, indicator) in comparison.indicators.enumerated() {
                    let summary = comparison.summaries[column]
                    if indicator.kind.isSummable {
                        number(&line, summary.total, indicator.kind)
                    } else {
                        line.element("td", ["class": "na"], text: strings.notApplicable)
                    }
                    if indicator.kind.hasRate {
                        rate(&line, summary.rate, column)
                    }
                    if comparison.hasTargets(column: column) {
                        // A region's target is on its total; for a percentage on the average (the next row).
                        target(&line, indicator.kind == .percent ? nil : summary.target, column)
                    }
                }
            }
            foot.newline()
            foot.element("tr") { line in
                line.element("th", ["scope": "row"], text: strings.averageMunicipality)
                number(&line, population.map { Double($0) / Double(max(1, comparison.rows.count)) }, .count)
                for (column, indicator) in comparison.indicators.enumerated() {
                    let summary = comparison.summaries[column]
                    number(&line, summary.average, indicator.kind == .percent ? .percent : .number)
                    if indicator.kind.hasRate {
                        rate(&line, summary.averageRate, column)
                    }
                    if comparison.hasTargets(column: column) {
                        target(&line, indicator.kind == .percent ? summary.target : nil, column)
                    }
                }
            }
            foot.newline()
            for benchmark in comparison.benchmarks {
                foot.element("tr", ["class": "benchmark"]) { line in
                    line.element("th", ["scope": "row"], text: benchmark.benchmark.name[context.language])
                    number(&line, benchmark.population.map(Double.init), .count)
                    cells(benchmark.cells, into: &line)
                }
                foot.newline()
            }
        }
        html.newline()
    }

    private func number(_ html: inout HTML, _ value: Double?, _ kind: IndicatorKind) {
        html.element("td", value == nil ? ["class": "no-figure"] : [:], text: context.format.value(value, kind))
    }

    /// The cells of one row: per indicator the value, the rate, the target.
    private func cells(_ cells: [Comparison.Cell], into html: inout HTML) {
        for (column, indicator) in comparison.indicators.enumerated() {
            let cell = cells[column]
            number(&html, cell.value, indicator.kind)
            if indicator.kind.hasRate {
                rate(&html, cell.rate, column)
            }
            if comparison.hasTargets(column: column) {
                target(&html, cell.target, column)
            }
        }
    }

    private func rate(_ html: inout HTML, _ value: Double?, _ column: Int) {
        html.element("td", value == nil ? ["class": "no-figure"] : [:], text: context.format.rate(value, comparison.scales[column]))
    }

    private func target(_ html: inout HTML, _ value: Double?, _ column: Int) {
        html.element("td", value == nil ? ["class": "na"] : ["class": "target"],
                     text: value == nil ? context.strings.notApplicable : context.format.value(value, comparison.indicators[column].kind))
    }

    private func notes(_ html: inout HTML) {
        guard !comparison.notes.isEmpty else { return }
        html.element("div", ["class": "notes"]) { notes in
            notes.element("p", ["class": "label", "id": "\(id)-notes"]) { $0.element("strong", text: context.strings.notes) }
            notes.element("ul", ["aria-labelledby": "\(id)-notes"]) { list in
                for note in comparison.notes {
                    list.element("li") { item in
                        item.element("strong", text: "\(note.municipality.name), \(note.indicator.label[context.language]): ")
                        item.text(note.text)
                    }
                }
            }
        }
        html.newline()
    }
}
