import RegioDashCore

/// One municipality's series beside the region's, year by year: a solid
/// line with round markers for the municipality, a dashed line with square
/// markers for the region, a line of its own dash for each benchmark (shape
/// and dash, not colour, tell them apart), the municipality's targets as
/// short bars, breaks in the series marked and left unconnected.
struct LineChart {
    let context: PageContext
    let row: IndicatorProfile.Row
    let years: [Int]
    let municipality: String
    let id: String

    private static let height = 150.0
    private static let top = 14.0
    private static let bottom = 122.0
    private static let left = 14.0
    private static let right = 94.0

    func render(describedBy summaryID: String, into html: inout HTML) {
        let kind = row.indicator.kind
        let own = row.series?.values ?? []
        let scale = SVG.maximum(own + row.regionalSeries + row.targetSeries + row.benchmarkSeries.flatMap(\.values)) * 1.1
        let breaks = Set(row.series?.breaks.keys.map { $0 } ?? [])
        let title = context.strings.lineChartTitle(municipality, row.indicator.label[context.language],
                                                   context.format.unit(row.indicator, row.scale))
        let x = { (index: Int) in
            years.count > 1 ? Self.left + Double(index) / Double(years.count - 1) * (Self.right - Self.left) : (Self.left + Self.right) / 2
        }
        let y = { (value: Double) in Self.bottom - value / scale * (Self.bottom - Self.top) }

        html.element("figure", ["class": "chart line-chart"]) { figure in
            figure.element("figcaption", ["id": "\(id)-title"], text: title)
            figure.element("svg", ["width": "100%", "height": SVG.number(Self.height), "role": "img",
                                   "aria-labelledby": "\(id)-title", "aria-describedby": summaryID]) { svg in
                svg.element("title", text: title)
                for value in [0, scale / 1.1] {
                    let level = SVG.number(y(value))
                    svg.shape("line", ["class": "grid", "x1": SVG.percent(Self.left), "x2": "100%", "y1": level, "y2": level])
                    svg.element("text", ["class": "axis", "x": "0", "y": SVG.number(y(value) + 4)],
                                text: context.format.measure(value, kind, row.scale))
                }
                for (index, year) in years.enumerated() {
                    svg.element("text", ["class": "axis", "x": SVG.percent(x(index)), "y": SVG.number(Self.height - 8),
                                         "text-anchor": "middle"], text: String(year))
                    if breaks.contains(year) {
                        let position = SVG.percent(x(index) - 3)
                        svg.shape("line", ["class": "break", "x1": position, "x2": position, "y1": "0", "y2": SVG.number(Self.bottom)])
                        svg.element("text", ["class": "axis", "x": position, "y": "10", "text-anchor": "middle"],
                                    text: context.strings.seriesBreakMark)
                    }
                }
                for (index, benchmark) in row.benchmarkSeries.enumerated() {
                    series(benchmark.values, breaks: [], style: "benchmark-\(index % 3 + 1)", x: x, y: y, into: &svg)
                }
                series(row.regionalSeries, breaks: [], style: "region", x: x, y: y, into: &svg)
                series(own, breaks: breaks, style: "own", x: x, y: y, into: &svg)
                for (index, target) in row.targetSeries.enumerated() {
                    guard let target else { continue }
                    svg.shape("rect", ["class": "target-mark", "x": SVG.percent(x(index)), "y": SVG.number(y(target) - 1.5),
                                       "width": "16", "height": "3", "transform": "translate(-8 0)"])
                }
            }
            figure.element("p", ["class": "line-legend"]) { legend in
                legend.element("span", ["class": "key key-own", "aria-hidden": "true"], text: "")
                legend.text(municipality + " ")
                legend.element("span", ["class": "key key-region", "aria-hidden": "true"], text: "")
                legend.text(context.strings.region)
                for (index, benchmark) in row.benchmarkSeries.enumerated() where benchmark.values.contains(where: { $0 != nil }) {
                    legend.text(" ")
                    legend.element("span", ["class": "key key-benchmark-\(index % 3 + 1)", "aria-hidden": "true"], text: "")
                    legend.text(benchmark.benchmark.name[context.language])
                }
                if row.targetSeries.contains(where: { $0 != nil }) {
                    legend.text(" ")
                    legend.element("span", ["class": "key key-target", "aria-hidden": "true"], text: "")
                    legend.text(context.strings.target)
                }
            }
        }
        html.newline()
    }

    /// A series: its lines as polylines in a box stretched to the chart's
    /// width (x in tenths of a percent; strokes keep their width), its
    /// markers in percentages so they stay round and square.
    private func series(_ values: [Double?], breaks: Set<Int>, style: String, x: (Int) -> Double, y: (Double) -> Double,
                        into svg: inout HTML) {
        let points = values.enumerated().map { index, value in value.map { (x: x(index), y: y($0)) } }
        let lines = Sparkline.segments(points, years: years, breaks: breaks).filter { $0.count > 1 }
        if !lines.isEmpty {
            svg.element("svg", ["viewBox": "0 0 1000 \(SVG.number(Self.height))", "preserveAspectRatio": "none",
                                "width": "100%", "height": SVG.number(Self.height)]) { box in
                for line in lines {
                    box.shape("polyline", ["class": "series-\(style)", "vector-effect": "non-scaling-stroke",
                                           "points": line.map { "\(SVG.number($0.x * 10)),\(SVG.number($0.y))" }.joined(separator: " ")])
                }
            }
        }
        for point in points.compactMap({ $0 }) where !style.hasPrefix("benchmark") {
            if style == "own" {
                svg.shape("circle", ["class": "marker-own", "cx": SVG.percent(point.x), "cy": SVG.number(point.y), "r": "4"])
            } else {
                svg.shape("rect", ["class": "marker-region", "x": SVG.percent(point.x), "y": SVG.number(point.y - 3.5),
                                   "width": "7", "height": "7", "transform": "translate(-3.5 0)"])
            }
        }
    }
}
