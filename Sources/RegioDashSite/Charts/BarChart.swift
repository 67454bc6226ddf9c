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

    /// Draws the chart; `describedBy` is the id of the paragraph that says
    /// its message in words (see `summary`).
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

    func render(describedBy summaryID: String, into html: inout HTML) {
        let indicator = comparison.indicators[column]
        let kind = indicator.kind
        let measureScale = comparison.scales[column]
        let ranking = Self.shown(comparison.ranking(column: column))
        let references = self.references
        let targets = ranking.map { entry in entry.flatMap { target(of: $0.row) } }
        let scale = kind == .percent ? 100 : SVG.maximum(ranking.map { $0?.measure } + targets + references.map(\.value))
        let top = Self.top + Double(max(0, references.count - 1)) * 14
        let height = top + Double(ranking.count) * Self.rowHeight + 6
        let title = context.strings.chartTitle(indicator.label[context.language], context.format.unit(indicator, measureScale),
                                               comparison.year)
        let x = { (value: Double) in Self.labelEnd + value / scale * Self.barSpace }

        html.element("figure", ["class": "chart"]) { figure in
            figure.element("figcaption", ["id": "\(id)-title"], text: title)
            figure.newline()
            figure.element("svg", ["class": "bars", "width": "100%", "height": SVG.number(height), "role": "img",
                                   "aria-labelledby": "\(id)-title", "aria-describedby": summaryID]) { svg in
                svg.element("title", text: title)
                for (index, reference) in references.enumerated() {
                    let position = SVG.percent(x(reference.value))
                    svg.shape("line", ["class": reference.style, "x1": position, "x2": position,
                                       "y1": SVG.number(14 + Double(index) * 14 + 4), "y2": SVG.number(height - 2)])
                    svg.element("text", ["class": reference.style == "reference" ? "reference-label" : "benchmark-label", "x": position,
                                         "y": SVG.number(14 + Double(index) * 14),
                                         "text-anchor": "middle"],
                                text: "\(reference.label) \(context.format.measure(reference.value, kind, measureScale))")
                }
                for (index, entry) in ranking.enumerated() {
                    let y = top + Double(index) * Self.rowHeight
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
                        if let target = targets[index] {
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
        }
        html.newline()
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
