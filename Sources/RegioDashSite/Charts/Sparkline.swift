import RegioDashCore

/// A small line of one municipality's series, on a scale shared by all
/// municipalities so the lines compare. Gaps where a figure is missing or
/// the series breaks; a tick marks a break.
struct Sparkline {
    static let width = 96.0
    static let height = 26.0

    let values: [Double?]
    let years: [Int]
    let breaks: Set<Int>
    let scale: Double
    /// Its accessible name: the series' direction in words (the figures
    /// stand beside it in the table).
    let title: String

    func render(into html: inout HTML) {
        let points = values.indices.map { index -> (x: Double, y: Double)? in
            guard let value = values[index] else { return nil }
            let x = values.count > 1 ? 3 + Double(index) / Double(values.count - 1) * (Self.width - 6) : Self.width / 2
            return (x, Self.height - 3 - value / scale * (Self.height - 6))
        }
        html.element("svg", ["class": "spark", "viewBox": "0 0 \(SVG.number(Self.width)) \(SVG.number(Self.height))",
                             "role": "img"]) { svg in
            svg.element("title", text: title)
            for segment in Self.segments(points, years: years, breaks: breaks) where segment.count > 1 {
                svg.shape("polyline", ["points": segment.map { "\(SVG.number($0.x)),\(SVG.number($0.y))" }.joined(separator: " ")])
            }
            for (index, year) in years.enumerated() where breaks.contains(year) {
                let x = SVG.number(values.count > 1 ? 3 + Double(index) / Double(values.count - 1) * (Self.width - 6) : Self.width / 2)
                svg.shape("line", ["class": "break", "x1": x, "x2": x, "y1": "0", "y2": SVG.number(Self.height)])
            }
            if let last = points.last(where: { $0 != nil }), let point = last {
                svg.shape("circle", ["cx": SVG.number(point.x), "cy": SVG.number(point.y), "r": "2.5"])
            }
        }
    }

    /// Runs of consecutive points, split at missing values and at breaks (a
    /// break at a year separates it from the year before).
    static func segments<Point>(_ points: [Point?], years: [Int], breaks: Set<Int>) -> [[Point]] {
        var segments: [[Point]] = []
        var current: [Point] = []
        for (index, point) in points.enumerated() {
            if breaks.contains(years[index]), !current.isEmpty {
                segments.append(current)
                current = []
            }
            guard let point else {
                if !current.isEmpty { segments.append(current) }
                current = []
                continue
            }
            current.append(point)
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }
}
