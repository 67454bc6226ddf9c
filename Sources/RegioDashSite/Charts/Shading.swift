import RegioDashCore

/// The tile map's colour scale: up to five classes over the figures as they
/// are printed, each holding a run of consecutive distinct figures (as equal
/// in number as they divide), so no two classes overlap at the precision
/// shown and none is empty. Colours are a colour-blind-safe sequential blue
/// (ColorBrewer's Blues), each with a text colour of at least 4.5:1 contrast
/// on it; the shades are in the stylesheet (`.shade-1` … `.shade-5`).
struct Shading {
    static let shades = 5
    /// The classes, ascending: the lowest and highest printed figure in each.
    let classes: [(low: Double, high: Double)]
    private let scale: MeasureScale

    init(_ values: [Double?], scale: MeasureScale) {
        self.scale = scale
        let distinct = Array(Set(values.compactMap { $0.map(scale.rounded) })).sorted()
        let count = min(Self.shades, distinct.count)
        classes = (0..<count).map { index in
            (distinct[index * distinct.count / count], distinct[(index + 1) * distinct.count / count - 1])
        }
    }

    /// The shade (1…5) of a class: spread over the whole scale when there are fewer than five.
    func shade(ofClass index: Int) -> Int {
        guard classes.count > 1 else { return 3 }
        return 1 + Int((Double(index) * Double(Self.shades - 1) / Double(classes.count - 1)).rounded())
    }

    /// The shade of a figure; nil for no figure.
    func shade(_ value: Double?) -> Int? {
        guard let value else { return nil }
        let shown = scale.rounded(value)
        guard let index = classes.firstIndex(where: { shown <= $0.high }) ?? classes.indices.last else { return nil }
        return shade(ofClass: index)
    }
}
