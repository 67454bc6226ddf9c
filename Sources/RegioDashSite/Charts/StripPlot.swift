import RegioDashCore

/// Where a municipality stands among the region's: a tick per municipality,
/// the region's figure as a dotted line, the municipality as a diamond.
/// The ticks are one path in a stretched 1000-wide box (strokes keep their
/// width), so the plot stays small with hundreds of municipalities. Under
/// the strip its scale: 0 at the left end, the largest figure at the right.
struct StripPlot {
    let measures: [Double]
    let own: Double
    let reference: Double?
    let title: String
    /// How a figure of the strip is written, for its scale.
    let label: (Double) -> String
    let cache: ChartCache

    func render(into html: inout HTML) {
        let scale = SVG.maximum(measures, own, reference)
        let position = { (value: Double) in 40 + value / scale * 920 }
        html.element("svg", ["class": "strip", "width": "100%", "height": "36", "role": "img"]) { svg in
            svg.element("title", text: title)
            svg.element("svg", ["viewBox": "0 0 1000 24", "preserveAspectRatio": "none", "width": "100%", "height": "24"]) { box in
                box.shape("path", ["class": "grid", "vector-effect": "non-scaling-stroke", "d": "M30 12H970"])
                box.append(cache.stripTicks(measures, position: position))
                if let reference {
                    box.shape("path", ["class": "reference", "vector-effect": "non-scaling-stroke",
                                       "d": "M\(Int(position(reference).rounded())) 1v22"])
                }
            }
            svg.element("text", ["class": "own", "x": SVG.percent(position(own) / 10), "y": "17", "text-anchor": "middle"], text: "◆")
            svg.element("text", ["class": "axis", "x": "4%", "y": "34", "text-anchor": "middle"], text: label(0))
            svg.element("text", ["class": "axis", "x": "96%", "y": "34", "text-anchor": "middle"], text: label(scale))
        }
    }
}
