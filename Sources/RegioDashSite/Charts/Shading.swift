/// The tile map's colour scale: five classes of equal width between the
/// lowest and highest figure, a colour-blind-safe sequential blue (from
/// ColorBrewer's Blues), each with a text colour of at least 4.5:1 contrast
/// on it. The classes are in the stylesheet (`.shade-1` … `.shade-5`).
struct Shading {
    static let classes = 5
    let low: Double
    let high: Double

    init(_ values: [Double?]) {
        let known = values.compactMap { $0 }
        low = known.min() ?? 0
        high = known.max() ?? 0
    }

    /// 1…5 for a value, nil for no figure.
    func shade(_ value: Double?) -> Int? {
        guard let value else { return nil }
        guard high > low else { return 3 }
        let position = (value - low) / (high - low)
        return min(Self.classes, Int(position * Double(Self.classes)) + 1)
    }

    /// The range a class covers: lower and upper bound.
    func range(of shade: Int) -> (Double, Double) {
        guard high > low else { return (low, high) }
        let step = (high - low) / Double(Self.classes)
        return (low + step * Double(shade - 1), shade == Self.classes ? high : low + step * Double(shade))
    }
}
