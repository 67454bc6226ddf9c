import RegioDashCore

/// One indicator for every municipality, sorted, as horizontal bars: per
/// 1,000 for counts, the value for other kinds; the region's figure as a
/// dashed reference line; the value written at each bar; "no figure" as a
/// labelled gap. Widths are percentages and heights pixels, so the labels
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
    func render(describedBy summaryID: String, into html: inout HTML) {
        let indicator = comparison.indicators[column]
        let kind = indicator.kind
        let ranking = Self.shown(comparison.ranking(column: column))
        let reference = comparison.summaries[column].reference(kind)
        let scale = kind == .percent ? 100 : SVG.maximum(ranking.map { $0?.measure }, reference)
        let height = Self.top + Double(ranking.count) * Self.rowHeight + 6
        let title = context.strings.chartTitle(indicator.label[context.language], context.format.unit(kind), comparison.year)
        let x = { (value: Double) in Self.labelEnd + value / scale * Self.barSpace }

        html.element("figure", ["class": "chart"]) { figure in
            figure.element("figcaption", ["id": "\(id)-title"], text: title)
            figure.newline()
            figure.element("svg", ["class": "bars", "width": "100%", "height": SVG.number(height), "role": "img",
                                   "aria-labelledby": "\(id)-title", "aria-describedby": summaryID]) { svg in
                svg.element("title", text: title)
                if let reference {
                    let position = SVG.percent(x(reference))
                    svg.shape("line", ["class": "reference", "x1": position, "x2": position, "y1": SVG.number(Self.top - 6),
                                       "y2": SVG.number(height - 2)])
                    svg.element("text", ["class": "reference-label", "x": position, "y": "14", "text-anchor": "middle"],
                                text: "\(context.strings.region) \(context.format.measure(reference, kind))")
                }
                for (index, entry) in ranking.enumerated() {
                    let y = Self.top + Double(index) * Self.rowHeight
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
                        svg.element("text", ["x": SVG.percent(x(measure)), "dx": "4", "y": middle],
                                    text: context.format.measure(measure, kind))
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

    /// The chart's message in words: highest, lowest, the region, how many above it.
    func summary() -> String {
        let kind = comparison.indicators[column].kind
        let ranking = comparison.ranking(column: column)
        let reference = comparison.summaries[column].reference(kind)
        let strings = context.strings
        let measured = ranking.filter { $0.measure != nil }
        var sentences: [String] = []
        if let highest = measured.first, let lowest = measured.last, measured.count > 1 {
            sentences.append(strings.highestLowest(
                highest.row.municipality.name, context.format.measure(highest.measure, kind),
                lowest.row.municipality.name, context.format.measure(lowest.measure, kind)))
        }
        if let reference {
            sentences.append(strings.regionFigure(context.format.measure(reference, kind)))
            sentences.append(strings.aboveRegion(measured.filter { ($0.measure ?? 0) > reference }.count, measured.count))
        }
        let missing = ranking.filter { $0.measure == nil }.map(\.row.municipality.name)
        if !missing.isEmpty {
            sentences.append(strings.noFigureFrom(missing.joined(separator: ", ")))
        }
        return sentences.joined(separator: " ")
    }
}
