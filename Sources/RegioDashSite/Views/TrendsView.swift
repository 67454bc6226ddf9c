import RegioDashCore

/// Every indicator over the years: per indicator a table of municipalities
/// by year with a sparkline and the change since the year before and since
/// the first year in each row, so the small multiples and the figures behind
/// them are one and the same table. The region and the benchmarks close it.
struct TrendsView {
    let context: PageContext
    let trends: [Trend]
    let level: Int
    let id: String

    func render(into html: inout HTML) {
        guard let first = trends.first?.years.first, let last = trends.first?.years.last else { return }
        html.heading(level, ["id": "\(id)-heading"], text: context.strings.trendsHeading(first, last))
        for (index, trend) in trends.enumerated() {
            render(trend, id: "\(id)-\(index)", into: &html)
        }
    }

    private func render(_ trend: Trend, id: String, into html: inout HTML) {
        let strings = context.strings
        let format = context.format
        let label = trend.indicator.label[context.language]
        let unit = format.unit(trend.indicator, trend.scale)
        html.heading(level + 1, ["id": "\(id)-heading"], text: label + (unit.map { " " + $0 } ?? ""))
        if let first = trend.years.first, let last = trend.years.last {
            // Only series that run from the first year to the last, unbroken, say what happened "from first to last".
            let directions = trend.series.compactMap { series in
                series.run.changeSinceFirst(trend.scale).flatMap { $0.fromYear == first && $0.toYear == last ? $0.direction : nil }
            }
            var summary = strings.trendSummary(directions.filter { $0 == .up }.count, directions.filter { $0 == .down }.count,
                                               directions.filter { $0 == .same }.count, first, last)
            let left = trend.series.filter { $0.values.contains { $0 != nil } }.count - directions.count
            if left > 0 { summary += " " + strings.trendNotCounted(left) }
            html.element("p", ["class": "chart-summary"], text: summary)
            html.newline()
        }
        let scale = SVG.maximum(trend.series.flatMap(\.values) + trend.regional + trend.benchmarks.flatMap(\.values))
        let years = trend.years
        let caption = "\(id)-caption"
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "trend figures"]) { table in
                table.element("caption", ["id": caption], text: label + (unit.map { " " + $0 } ?? ""))
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", ["scope": "col"], text: strings.municipality)
                        for year in years {
                            row.element("th", ["scope": "col"], text: String(year))
                        }
                        row.element("th", ["scope": "col"], text: strings.trendColumn)
                        if years.count > 2 {
                            row.element("th", ["scope": "col"], text: strings.changeSince(years[years.count - 2]))
                        }
                        row.element("th", ["scope": "col"], text: strings.changeSince(years[0]))
                    }
                }
                table.newline()
                table.element("tbody") { body in
                    for series in trend.series where trend.series.count <= Scale.trendRows {
                        line(series.municipality.name, series.run, trend: trend, scale: scale, into: &body)
                    }
                }
                table.element("tfoot") { foot in
                    line(strings.region, trend.regionalRun, trend: trend, scale: scale, into: &foot)
                    for benchmark in trend.benchmarks where benchmark.values.contains(where: { $0 != nil }) {
                        line(benchmark.benchmark.name[context.language], trend.run(benchmark), trend: trend, scale: scale,
                             into: &foot)
                    }
                }
            }
        }
        if trend.series.count > Scale.trendRows {
            html.element("p", text: strings.trendsByProfile)
            html.newline()
            return
        }
        for series in trend.series {
            for (year, note) in series.breaks.sorted(by: { $0.key < $1.key }) {
                html.element("p", ["class": "break-note"], text: strings.seriesBreak(series.municipality.name, year, note))
                html.newline()
            }
        }
    }

    private func line(_ name: String, _ series: MeasureRun, trend: Trend, scale: Double, into html: inout HTML) {
        let format = context.format
        let kind = trend.indicator.kind
        let breaks = series.breaks
        html.element("tr") { row in
            row.element("th", ["scope": "row"], text: name)
            for value in series.values {
                row.element("td", value == nil ? ["class": "no-figure"] : [:], text: format.measure(value, kind, trend.scale))
            }
            row.element("td", ["class": "spark-cell"]) { cell in
                Sparkline(values: series.values, years: trend.years, breaks: breaks, scale: scale,
                          title: "\(name): \(context.strings.direction(series.changeSinceFirst(trend.scale)?.direction))")
                    .render(into: &cell)
            }
            let years = trend.years
            if years.count > 2 {
                change(series.changeSincePrevious(trend.scale), expected: (years[years.count - 2], years[years.count - 1]),
                       trend: trend, into: &row)
            }
            change(series.changeSinceFirst(trend.scale), expected: (years[0], years[years.count - 1]), trend: trend, into: &row)
        }
        html.newline()
    }

    /// A change cell; when the change runs between other years than its
    /// column's (a gap, a break), the years are written with it.
    private func change(_ change: Change?, expected: (Int, Int), trend: Trend, into html: inout HTML) {
        let text = context.format.change(change, trend.indicator.kind, trend.scale)
        guard let change else {
            html.element("td", ["class": "na"], text: text)
            return
        }
        let years = (change.fromYear, change.toYear) == expected ? "" : " (\(change.fromYear)–\(change.toYear))"
        html.element("td", ["class": "change"], text: text + years)
    }
}
