import RegioDashCore

/// Every indicator over the years: per indicator a table of municipalities
/// by year with a sparkline in each row, so the small multiples and the
/// figures behind them are one and the same table.
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
        let kind = trend.indicator.kind
        let label = trend.indicator.label[context.language]
        html.heading(level + 1, ["id": "\(id)-heading"], text: label + (format.unit(kind).map { " " + $0 } ?? ""))
        let directions = trend.series.map { Self.direction(of: $0.values, years: trend.years, breaks: Set($0.breaks.keys)) }
        let rose = directions.filter { $0 == .up }.count
        let fell = directions.filter { $0 == .down }.count
        if let first = trend.years.first, let last = trend.years.last {
            html.element("p", ["class": "chart-summary"], text: strings.trendSummary(rose, fell, first, last))
            html.newline()
        }
        let scale = SVG.maximum(trend.series.flatMap(\.values) + trend.regional)
        let caption = "\(id)-caption"
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "trend figures"]) { table in
                table.element("caption", ["id": caption], text: label + (format.unit(kind).map { " " + $0 } ?? ""))
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", ["scope": "col"], text: strings.municipality)
                        for year in trend.years {
                            row.element("th", ["scope": "col"], text: String(year))
                        }
                        row.element("th", ["scope": "col"], text: strings.trendColumn)
                    }
                }
                table.newline()
                table.element("tbody") { body in
                    for series in trend.series where trend.series.count <= Scale.trendRows {
                        line(series.municipality.name, series.values, breaks: Set(series.breaks.keys), years: trend.years,
                             kind: kind, scale: scale, into: &body)
                    }
                }
                table.element("tfoot") { foot in
                    line(strings.region, trend.regional, breaks: [], years: trend.years, kind: kind, scale: scale, into: &foot)
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

    /// Whether the last figure is above, below or equal to the first, counted
    /// from the last break in the series (figures across a break do not compare).
    static func direction(of values: [Double?], years: [Int], breaks: Set<Int>) -> IndicatorProfile.Direction? {
        let start = years.lastIndex { breaks.contains($0) } ?? 0
        let known = values[start...].compactMap { $0 }
        guard let first = known.first, let last = known.last, known.count > 1 else { return nil }
        if abs(last - first) <= max(abs(first), abs(last)) * 0.005 { return .same }
        return last > first ? .up : .down
    }

    private func line(_ name: String, _ values: [Double?], breaks: Set<Int>, years: [Int], kind: IndicatorKind,
                      scale: Double, into html: inout HTML) {
        let format = context.format
        html.element("tr") { row in
            row.element("th", ["scope": "row"], text: name)
            for value in values {
                row.element("td", value == nil ? ["class": "no-figure"] : [:], text: format.measure(value, kind))
            }
            row.element("td", ["class": "spark-cell"]) { cell in
                Sparkline(values: values, years: years, breaks: breaks, scale: scale,
                          title: "\(name): \(context.strings.direction(Self.direction(of: values, years: years, breaks: breaks)))")
                    .render(into: &cell)
            }
        }
        html.newline()
    }
}
