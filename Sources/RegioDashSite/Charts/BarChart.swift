import RegioDashCore

/// One indicator for every municipality, sorted, as horizontal bars: the
/// rate for counts, the value for other kinds; the region's figure as a
/// dashed reference line and each benchmark's as a line of its own dash,
/// each labelled; a municipality's target as a labelled mark on its bar; the
/// value written at each bar; "no figure" as a labelled gap. Widths are percentages and heights pixels, so the labels
/// stay readable at 320 px while the bars scale.
struct BarChart {
    let context: PageContext
    let comparison: Comparison
    let column: Int
    let id: String

    private static let rowHeight = 24.0
    private static let top = 26.0
    private static let labelEnd = 38.0
    private static let barSpace = 46.0

    /// The region's line and the benchmarks' lines: label, value, style.
    private var references: [(label: String, value: Double, style: String)] {
        let kind = comparison.indicators[column].kind
        var lines: [(String, Double, String)] = []
        if let region = comparison.summaries[column].reference(kind) {
            lines.append((context.strings.region, region, "reference"))
        }
        for (index, benchmark) in comparison.benchmarks.enumerated() {
            if let value = benchmark.cells[column].measure(kind) {
                lines.append((benchmark.benchmark.name[context.language], value, "reference benchmark-\(index % 3 + 1)"))
            }
        }
        return lines
    }

    /// A municipality's target on the chart's measure: as a rate for counts.
    private func target(of row: Comparison.Row) -> Double? {
        row.cells[column].target.flatMap {
            comparison.indicators[column].measure(ofValue: $0, for: row.municipality, in: comparison.year, scale: comparison.scales[column])
        }
    }

    /// What the chart draws, worked out once for the page's chart and its file.
    private struct Layout {
        var ranking: [Comparison.Ranked?]
        var references: [(label: String, value: Double, style: String)]
        var targets: [Double?]
        var scale: Double
        var top: Double
        var height: Double
        var title: String
    }

    private func layout() -> Layout {
        let indicator = comparison.indicators[column]
        let ranking = Self.shown(comparison.ranking(column: column))
        let references = self.references
        let targets = ranking.map { entry in entry.flatMap { target(of: $0.row) } }
        let scale = indicator.kind == .percent ? 100 : SVG.maximum(ranking.map { $0?.measure } + targets + references.map(\.value))
        let top = Self.top + Double(max(0, references.count - 1)) * 14
        let title = context.strings.chartTitle(indicator.label[context.language],
                                               context.format.unit(indicator, comparison.scales[column]), comparison.year)
        return Layout(ranking: ranking, references: references, targets: targets, scale: scale, top: top,
                      height: top + Double(ranking.count) * Self.rowHeight + 6, title: title)
    }

    /// The chart's height in pixels, as `render` draws it.
    var height: Double { layout().height }

    /// Draws the chart; `describedBy` is the id of the paragraph that says
    /// its message in words (see `summary`).
    func render(describedBy summaryID: String, into html: inout HTML) {
        let layout = self.layout()
        html.element("figure", ["class": "chart"]) { figure in
            figure.element("figcaption", ["id": "\(id)-title"], text: layout.title)
            figure.newline()
            figure.element("svg", ["class": "bars", "width": "100%", "height": SVG.number(layout.height), "role": "img",
                                   "aria-labelledby": "\(id)-title", "aria-describedby": summaryID]) { svg in
                svg.element("title", text: layout.title)
                draw(layout, into: &svg)
            }
        }
        html.newline()
    }

    /// The chart as a file of its own (`ChartFiles`): `width` pixels wide,
    /// its title above it, and below it `lines` (source, reference date, licence).
    func standalone(width: Double, lines: [String]) -> [UInt8] {
        let layout = self.layout()
        let head = 34.0
        let height = head + layout.height + 8 + Double(lines.count) * 18
        var svg = HTML(capacity: 16_384)
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        svg.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "width": SVG.number(width), "height": SVG.number(height),
                            "viewBox": "0 0 \(SVG.number(width)) \(SVG.number(height))", "role": "img", "class": "chart",
                            "font-family": "Arial, Helvetica, sans-serif", "font-size": "13"]) { root in
            root.newline()
            root.element("title", text: layout.title)
            root.element("desc", text: summary())
            root.newline()
            root.element("style", text: ChartFiles.style)
            root.newline()
            root.shape("rect", ["width": "100%", "height": "100%", "fill": "#ffffff"])
            root.element("text", ["class": "heading", "x": "12", "y": "22"], text: layout.title)
            root.newline()
            root.element("svg", ["x": "0", "y": SVG.number(head), "width": SVG.number(width), "height": SVG.number(layout.height),
                                 "overflow": "visible"]) { chart in
                draw(layout, into: &chart)
            }
            root.newline()
            for (index, line) in lines.enumerated() {
                root.element("text", ["class": "meta", "x": "12", "y": SVG.number(head + layout.height + 8 + Double(index) * 18 + 12)],
                             text: line)
            }
            root.newline()
        }
        svg.newline()
        return svg.bytes
    }

    private func draw(_ layout: Layout, into svg: inout HTML) {
        let kind = comparison.indicators[column].kind
        let measureScale = comparison.scales[column]
        let scale = layout.scale
        let height = layout.height
        let x = { (value: Double) in Self.labelEnd + value / scale * Self.barSpace }
        for (index, reference) in layout.references.enumerated() {
            let position = SVG.percent(x(reference.value))
            svg.shape("line", ["class": reference.style, "x1": position, "x2": position,
                               "y1": SVG.number(14 + Double(index) * 14 + 4), "y2": SVG.number(height - 2)])
            svg.element("text", ["class": reference.style == "reference" ? "reference-label" : "benchmark-label", "x": position,
                                 "y": SVG.number(14 + Double(index) * 14),
                                 "text-anchor": "middle"],
                        text: "\(reference.label) \(context.format.measure(reference.value, kind, measureScale))")
        }
        for (index, entry) in layout.ranking.enumerated() {
            let y = layout.top + Double(index) * Self.rowHeight
            let middle = SVG.number(y + Self.rowHeight / 2 + 4)
            guard let entry else {
                svg.element("text", ["class": "gap", "x": SVG.percent(Self.labelEnd), "dx": "4", "y": middle],
                            text: context.strings.moreInTable(comparison.rows.count - 2 * Scale.barsAtEachEnd))
                continue
            }
            svg.element("text", ["x": SVG.percent(Self.labelEnd), "dx": "-6", "y": middle, "text-anchor": "end"],
                        text: entry.row.municipality.name)
            if let measure = entry.measure {
                svg.shape("rect", ["class": "bar", "x": SVG.percent(Self.labelEnd), "y": SVG.number(y + 4),
                                   "width": SVG.percent(measure / scale * Self.barSpace),
                                   "height": SVG.number(Self.rowHeight - 8)])
                svg.label(context.format.measure(measure, kind, measureScale), x: SVG.percent(x(measure)), y: middle, dx: "4")
                if let target = layout.targets[index] {
                    // A target is a short thick mark across the bar: shape, not colour.
                    svg.shape("rect", ["class": "target-mark", "x": SVG.percent(x(target)), "y": SVG.number(y + 1),
                                       "width": "3", "height": SVG.number(Self.rowHeight - 2),
                                       "transform": "translate(-1.5 0)"])
                }
            } else {
                svg.element("text", ["class": "gap", "x": SVG.percent(Self.labelEnd), "dx": "4", "y": middle],
                            text: context.strings.noFigure)
            }
        }
    }

    /// The bars to draw: all of them, or for a large region the highest and
    /// the lowest with a gap (nil) between.
    static func shown(_ ranking: [Comparison.Ranked]) -> [Comparison.Ranked?] {
        guard ranking.count > Scale.allBars else { return ranking }
        return Array(ranking.prefix(Scale.barsAtEachEnd)) + [nil] + Array(ranking.suffix(Scale.barsAtEachEnd))
    }

    /// The chart's message in words: highest and lowest (ties named
    /// together), the region and the benchmarks, how many are above the
    /// region, and the targets met.
    func summary() -> String {
        let indicator = comparison.indicators[column]
        let kind = indicator.kind
        let scale = comparison.scales[column]
        let ranking = comparison.ranking(column: column)
        let reference = comparison.summaries[column].reference(kind)
        let strings = context.strings
        let format = context.format
        let measured = ranking.filter { $0.measure != nil }
        var sentences: [String] = []
        if let highest = measured.first, let lowest = measured.last {
            let top = measured.filter { $0.rank == highest.rank }.map(\.row.municipality.name)
            let bottom = measured.filter { $0.rank == lowest.rank }.map(\.row.municipality.name)
            if highest.rank == lowest.rank {
                sentences.append(strings.allEqual(measured.count, format.measure(highest.measure, kind, scale)))
            } else {
                sentences.append(strings.highestLowest(top, format.measure(highest.measure, kind, scale),
                                                       bottom, format.measure(lowest.measure, kind, scale)))
            }
        }
        let allEqual = measured.first?.rank == measured.last?.rank
        if let reference {
            // A rate is the region's own; for other kinds the region's figure is the municipalities' average.
            let figure = format.measure(reference, kind, scale)
            sentences.append(kind.hasRate ? strings.regionFigure(figure) : strings.averageFigure(figure))
            if measured.count > 1, !allEqual {
                let above = measured.filter { ($0.measure.map(scale.rounded) ?? 0) > scale.rounded(reference) }.count
                sentences.append(strings.aboveRegion(above, measured.count))
            }
        }
        let benchmarks = comparison.benchmarks.compactMap { row in
            row.cells[column].measure(kind).map { "\(row.benchmark.name[context.language]) \(format.measure($0, kind, scale))" }
        }
        if !benchmarks.isEmpty {
            sentences.append("\(strings.compareWith): " + benchmarks.joined(separator: " · ") + ".")
        }
        if let better = indicator.better {
            let withTarget = comparison.rows.compactMap { row -> Bool? in
                guard let target = row.cells[column].target, let value = row.cells[column].value else { return nil }
                return better.meets(value, target: target)
            }
            if !withTarget.isEmpty {
                sentences.append(strings.targetsMet(withTarget.filter { $0 }.count, withTarget.count))
            }
        }
        let missing = ranking.filter { $0.measure == nil }.map(\.row.municipality.name)
        if !missing.isEmpty {
            sentences.append(strings.noFigureFrom(missing.joined(separator: ", ")))
        }
        return sentences.joined(separator: " ")
    }
}
