import RegioDashCore

/// Counts per municipality in categories (kvo's certificates by where they
/// stand): the message in words, stacked bars that tell the categories
/// apart by their fill's shape — solid, hatched, dashed outline, outline —
/// and the table with every count and the region's totals.
struct TallyView {
    let context: PageContext
    let tally: Tally
    let level: Int
    let id: String

    private static let rowHeight = 24.0
    private static let labelEnd = 38.0
    private static let barSpace = 52.0

    func render(into html: inout HTML) {
        let language = context.language
        html.heading(level, ["id": "\(id)-heading"], text: tally.caption[language])
        html.element("p", ["class": "chart-summary", "id": "\(id)-summary"], text: summary())
        html.newline()
        chart(&html)
        table(&html)
    }

    /// Per category with any count its total and where; then who has the most.
    func summary() -> String {
        let strings = context.strings
        var sentences: [String] = []
        for (index, category) in tally.categories.enumerated() {
            let places = tally.rows.filter { $0.counts[index] > 0 }
            guard !places.isEmpty else { continue }
            sentences.append(strings.tallyCategory(category.label[context.language], places.reduce(0) { $0 + $1.counts[index] },
                                                   places.map(\.municipality.name)))
        }
        if let most = tally.rows.map(\.total).max(), most > 0 {
            sentences.append(strings.tallyMost(tally.rows.filter { $0.total == most }.map(\.municipality.name), most))
        }
        return sentences.joined(separator: " ")
    }

    /// The categories categoriesWithCounts: those with a count somewhere.
    private var categoriesWithCounts: [Int] {
        tally.categories.indices.filter { index in tally.rows.contains { $0.counts[index] > 0 } }
    }

    private func chart(_ html: inout HTML) {
        let rows = shownRows
        let hidden = tally.rows.count - rows.count
        let scale = Double(max(1, rows.map(\.total).max() ?? 0))
        let height = Double(rows.count + (hidden > 0 ? 1 : 0)) * Self.rowHeight + 4
        let title = tally.caption[context.language]
        html.element("figure", ["class": "chart tally"]) { figure in
            figure.element("figcaption", ["id": "\(id)-title"], text: title)
            figure.newline()
            figure.element("svg", ["class": "bars", "width": "100%", "height": SVG.number(height), "role": "img",
                                   "aria-labelledby": "\(id)-title", "aria-describedby": "\(id)-summary"]) { svg in
                svg.element("title", text: title)
                svg.hatch(id: "\(id)-hatch")
                for (index, row) in rows.enumerated() {
                    let y = Double(index) * Self.rowHeight
                    let middle = SVG.number(y + Self.rowHeight / 2 + 4)
                    svg.element("text", ["x": SVG.percent(Self.labelEnd), "dx": "-6", "y": middle, "text-anchor": "end"],
                                text: row.municipality.name)
                    var start = Self.labelEnd
                    for category in categoriesWithCounts where row.counts[category] > 0 {
                        let width = Double(row.counts[category]) / scale * Self.barSpace
                        segment(category, x: start, y: y + 4, width: width, into: &svg)
                        start += width
                    }
                    svg.label(context.format.value(Double(row.total), .count), x: SVG.percent(start), y: middle, dx: "4")
                }
                if hidden > 0 {
                    svg.element("text", ["class": "gap", "x": SVG.percent(Self.labelEnd), "dx": "4",
                                         "y": SVG.number(Double(rows.count) * Self.rowHeight + Self.rowHeight / 2 + 4)],
                                text: context.strings.moreInTable(hidden))
                }
            }
            figure.legend(categoriesWithCounts.map { ("tally-\($0 % 4)", fill($0), tally.categories[$0].label[context.language]) })
        }
        html.newline()
    }

    /// Every municipality, or in a large region the `Scale.allBars` with the most.
    private var shownRows: [Tally.Row] {
        guard tally.rows.count > Scale.allBars else { return tally.rows }
        return Array(tally.rows.filter { $0.total > 0 }.enumerated()
            .sorted { ($1.element.total, $0.offset) < ($0.element.total, $1.offset) }
            .prefix(Scale.allBars).map(\.element))
    }

    /// A category's part of a bar; its fill's shape tells it apart.
    private func segment(_ category: Int, x: Double, y: Double, width: Double, into svg: inout HTML) {
        svg.shape("rect", ["class": "tally-\(category % 4)", "x": SVG.percent(x), "y": SVG.number(y),
                           "width": SVG.percent(width), "height": SVG.number(Self.rowHeight - 8), "fill": fill(category)])
    }

    /// The second category is hatched.
    private func fill(_ category: Int) -> String? {
        category % 4 == 1 ? "url(#\(id)-hatch)" : nil
    }

    private func table(_ html: inout HTML) {
        let strings = context.strings
        let caption = "\(id)-caption"
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "tally-table figures"]) { table in
                table.element("caption", ["id": caption], text: tally.caption[context.language])
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", ["scope": "col"], text: strings.municipality)
                        for category in tally.categories {
                            row.element("th", ["scope": "col"], text: category.label[context.language])
                        }
                        row.element("th", ["scope": "col"], text: strings.total)
                    }
                }
                table.newline()
                table.element("tbody") { body in
                    for row in tally.rows {
                        line(row.municipality.name, row.counts + [row.total], into: &body)
                    }
                }
                table.element("tfoot") { foot in
                    let totals = tally.categories.indices.map { index in tally.rows.reduce(0) { $0 + $1.counts[index] } }
                    line(strings.region, totals + [totals.reduce(0, +)], into: &foot)
                }
            }
        }
    }

    private func line(_ header: String, _ counts: [Int], into html: inout HTML) {
        html.element("tr") { row in
            row.element("th", ["scope": "row"], text: header)
            for count in counts {
                row.element("td", text: context.format.value(Double(count), .count))
            }
        }
        html.newline()
    }
}
