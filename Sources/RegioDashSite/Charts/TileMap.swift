import RegioDashCore

/// The region as a grid of squares, one per municipality, placed by `tile:`
/// in region.yaml (or in a square-ish grid in the file's order when a
/// municipality has none), shaded by its figure with the value written in
/// the tile, and a legend. Plain HTML, so names and values reflow and read
/// as a list.
struct TileMap {
    let context: PageContext
    let comparison: Comparison
    let column: Int
    let id: String

    /// Names longer than this are shortened on narrow screens.
    private static let shortName = 8

    func render(into html: inout HTML) {
        let indicator = comparison.indicators[column]
        let kind = indicator.kind
        let scale = comparison.scales[column]
        let measures = comparison.rows.map { $0.cells[column].measure(kind) }
        let shading = Shading(measures, scale: scale)
        let places = Self.places(for: comparison.rows.map(\.municipality))
        let columns = places.map(\.column).max() ?? 1
        let caption = "\(id)-map"
        html.element("figure", ["class": "tilemap-figure"]) { figure in
            figure.element("figcaption", ["id": caption], text: context.strings.tileMapCaption(
                indicator.label[context.language], context.format.unit(indicator, scale), comparison.year))
            figure.newline()
            figure.element("ol", ["class": "tilemap", "aria-labelledby": caption,
                                  "style": "grid-template-columns: repeat(\(columns), minmax(0, 1fr))"]) { list in
                for (index, row) in comparison.rows.enumerated() {
                    let measure = measures[index]
                    let shade = shading.shade(measure).map { "shade-\($0)" } ?? "no-figure-tile"
                    list.element("li", ["class": shade, "style": "grid-area: \(places[index].row) / \(places[index].column)"]) { tile in
                        let name = row.municipality.name
                        if name.count > Self.shortName {
                            tile.element("span", ["class": name.count > 12 ? "long tight" : "long"], text: name)
                            tile.element("span", ["class": "short", "aria-hidden": "true"],
                                         text: String(name.prefix(Self.shortName - 2)) + ".")
                        } else {
                            tile.element("span", text: name)
                        }
                        tile.element("b", text: context.format.measure(measure, kind, scale))
                    }
                }
            }
            figure.newline()
            legend(shading, kind: kind, scale: scale, hasGaps: measures.contains { $0 == nil }, into: &figure)
        }
        html.newline()
    }

    private func legend(_ shading: Shading, kind: IndicatorKind, scale: MeasureScale, hasGaps: Bool, into html: inout HTML) {
        html.element("ul", ["class": "legend"]) { list in
            for (index, range) in shading.classes.enumerated() {
                list.element("li") { item in
                    item.element("span", ["class": "swatch shade-\(shading.shade(ofClass: index))", "aria-hidden": "true"], text: "")
                    let low = context.format.measure(range.low, kind, scale)
                    let high = context.format.measure(range.high, kind, scale)
                    item.text(low == high ? low : "\(low) – \(high)")
                }
            }
            if hasGaps {
                list.element("li") { item in
                    item.element("span", ["class": "swatch no-figure-tile", "aria-hidden": "true"], text: "")
                    item.text(context.strings.noFigure)
                }
            }
        }
        html.newline()
    }

    /// Each municipality's row and column: its own tile, else the next free
    /// place in a grid about as wide as it is high.
    static func places(for municipalities: [Municipality]) -> [(row: Int, column: Int)] {
        let width = max(1, Int(Double(municipalities.count).squareRoot().rounded(.up)))
        var taken = Set(municipalities.compactMap { $0.tile.map { "\($0.row),\($0.column)" } })
        var next = 0
        return municipalities.map { municipality in
            if let tile = municipality.tile { return (tile.row, tile.column) }
            while taken.contains("\(next / width + 1),\(next % width + 1)") { next += 1 }
            let place = (next / width + 1, next % width + 1)
            taken.insert("\(place.0),\(place.1)")
            return place
        }
    }
}
