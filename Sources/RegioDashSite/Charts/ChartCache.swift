import Foundation
import RegioDashCore

/// Chart parts that many pages of a build share: the ticks of a strip plot
/// are every municipality's figure for an indicator and year, the same on
/// each of the municipalities' profiles (342 of them in a national
/// edition), so they are drawn once. Pages render in parallel; the cache is
/// locked.
final class ChartCache: @unchecked Sendable {
    private let lock = NSLock()
    private var ticks: [UInt64: String] = [:]

    /// The strip plot path for `positions` (in the plot's 1000-wide box), made once.
    func stripTicks(_ measures: [Double], position: (Double) -> Double) -> String {
        var key = ContentHash.combine(UInt64(measures.count), 0)
        for measure in measures { key = ContentHash.combine(key, measure.bitPattern) }
        key = ContentHash.combine(key, position(1).bitPattern)
        if let known = lock.withLock({ ticks[key] }) { return known }
        let path = Set(measures.map { Int(position($0).rounded()) }).sorted().map { "M\($0) 6v12" }.joined()
        lock.withLock { ticks[key] = path }
        return path
    }
}
