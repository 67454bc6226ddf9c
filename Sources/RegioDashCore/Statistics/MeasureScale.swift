/// How an indicator's measure is written, the same in every year and on
/// every page: for counts, per how many inhabitants (1,000 or 10,000) and
/// with how many decimals, so that the smallest figure keeps two
/// significant digits; for other kinds, the value with one decimal at most.
public struct MeasureScale: Sendable, Hashable {
    /// The rate is per this many inhabitants (of the denominator); 1 for
    /// kinds without a rate.
    public var per: Int
    /// Decimals of the measure.
    public var decimals: Int

    public init(per: Int, decimals: Int) {
        self.per = per
        self.decimals = decimals
    }

    /// The scale of a kind without a rate: values with up to one decimal.
    public static let plain = MeasureScale(per: 1, decimals: 1)

    /// `value` as the reader sees it: rounded to `decimals`. Two measures
    /// that print alike compare equal on this.
    public func rounded(_ value: Double) -> Double {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        return (value * factor).rounded(.toNearestOrAwayFromZero) / factor
    }

    /// The scale for a count whose rates per inhabitant are `rates`: per
    /// 1,000 unless the smallest non-zero rate would then be below 0,1, and
    /// enough decimals (one to three) for two significant digits. `declared`
    /// (theme.yaml's `per:`) fixes the base.
    public static func choose(rates: [Double], declared: Int?) -> MeasureScale {
        let smallest = rates.filter { $0 > 0 && $0.isFinite }.min()
        guard let smallest else { return MeasureScale(per: declared ?? 1000, decimals: 1) }
        let per = declared ?? (smallest * 1000 >= 0.1 ? 1000 : 10000)
        let shown = smallest * Double(per)
        var decimals = 1
        var threshold = 1.0
        while shown < threshold, decimals < 3 {
            decimals += 1
            threshold /= 10
        }
        return MeasureScale(per: per, decimals: decimals)
    }
}
