/// Small helpers for the charts' SVG: coordinates in compact, stable text.
enum SVG {
    /// A coordinate with at most one decimal, no trailing `.0`: `12`, `37.5`.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// A percentage of the chart's width: `38%`, `52.4%`.
    static func percent(_ value: Double) -> String {
        number(value) + "%"
    }

    /// The largest of `values` (and `extra`), at least a tiny positive number,
    /// so scales never divide by zero.
    static func maximum(_ values: [Double?], _ extra: Double?...) -> Double {
        max(1e-9, (values.compactMap { $0 } + extra.compactMap { $0 }).max() ?? 0)
    }

    /// The same for figures that are all there (a strip plot's, drawn on every
    /// profile): read where they are, not first converted to optionals.
    static func maximum(_ values: [Double], _ extra: Double?...) -> Double {
        max(1e-9, values.max() ?? 0, extra.compactMap { $0 }.max() ?? 0)
    }
}

extension HTML {
    /// A chart's label that lines may run under: a copy of it is drawn
    /// first with a wide stroke in the background's colour, so a reference
    /// line passes behind the label, not through it.
    mutating func label(_ text: String, x: String, y: String, dx: String? = nil, anchor: String? = nil, class name: String? = nil) {
        element("text", ["class": "halo" + (name.map { " " + $0 } ?? ""), "x": x, "dx": dx, "y": y, "text-anchor": anchor], text: text)
        element("text", ["class": name, "x": x, "dx": dx, "y": y, "text-anchor": anchor], text: text)
    }
}

extension HTML {
    /// A chart's legend: per entry a swatch drawn as its marks are (their
    /// class, and `fill` for a pattern) and its label.
    mutating func legend(_ entries: [(style: String, fill: String?, label: String)]) {
        element("ul", ["class": "legend"]) { list in
            for entry in entries {
                list.element("li") { item in
                    item.element("svg", ["class": "legend-swatch", "width": "18", "height": "14", "aria-hidden": "true"]) { svg in
                        svg.shape("rect", ["class": entry.style, "x": "1", "y": "1", "width": "16", "height": "12", "fill": entry.fill])
                    }
                    item.text(" " + entry.label)
                }
            }
        }
    }
}

extension HTML {
    /// Diagonal lines over the background, as a pattern `id` names: the
    /// fill of what ends soon (a timeline) or of a tally's second category.
    mutating func hatch(id: String) {
        element("defs") { defs in
            defs.element("pattern", ["id": id, "width": "6", "height": "6", "patternUnits": "userSpaceOnUse",
                                     "patternTransform": "rotate(45)"]) { pattern in
                pattern.shape("rect", ["class": "hatch-ground", "width": "6", "height": "6"])
                pattern.shape("path", ["class": "hatch-line", "d": "M0 0V6"])
            }
        }
    }
}
