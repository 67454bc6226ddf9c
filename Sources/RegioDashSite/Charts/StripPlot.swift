import RegioDashCore

/// Where a municipality stands among the region's: a tick per municipality,
/// the region's figure as a dotted line, the municipality as a diamond.
struct StripPlot {
    let measures: [Double]
    let own: Double
    let reference: Double?
    let title: String

    func render(into html: inout HTML) {
        let scale = SVG.maximum(measures, own, reference)
        let x = { (value: Double) in SVG.percent(4 + value / scale * 92) }
        html.element("svg", ["class": "strip", "width": "100%", "height": "24", "role": "img"]) { svg in
            svg.element("title", text: title)
            svg.shape("line", ["class": "grid", "x1": "3%", "x2": "97%", "y1": "12", "y2": "12"])
            for measure in measures {
                svg.shape("line", ["class": "tick", "x1": x(measure), "x2": x(measure), "y1": "6", "y2": "18"])
            }
            if let reference {
                svg.shape("line", ["class": "reference", "x1": x(reference), "x2": x(reference), "y1": "1", "y2": "23"])
            }
            svg.element("text", ["class": "own", "x": x(own), "y": "17", "text-anchor": "middle"], text: "◆")
        }
    }
}
