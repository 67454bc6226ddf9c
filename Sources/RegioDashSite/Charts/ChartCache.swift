import Foundation
import RegioDashCore

/// Chart parts that many pages of a build share: the ticks of a strip plot
/// are every municipality's figure for an indicator and year, the same on
/// each of the municipalities' profiles (342 of them in a national
/// edition), so they are drawn once; a municipality's figures on a theme
/// (`ProfileView`) are the same on its profile and its handout. Pages render in
/// parallel; the cache is locked.
final class ChartCache: @unchecked Sendable {
    private let lock = NSLock()
    private var ticks: [TicksKey: (measures: [Double], path: HTML)] = [:]
    private var shared: [String: HTML] = [:]

    /// Where the measures are stored, and the plot's scale.
    private struct TicksKey: Hashable {
        var storage: UInt
        var scale: UInt64
    }

    /// The strip plot's ticks for `measures`, as its path element (in the
    /// plot's 1000-wide box), made once. The profiles share each
    /// indicator's array of measures, so where it is stored tells it in
    /// constant time, with no pass over a thousand measures on each of a
    /// thousand profiles; the comparison on a hit makes any other array
    /// correct too (it takes constant time for the same storage, and the
    /// cache keeps each array, so its storage is never another's).
    func stripTicks(_ measures: [Double], position: (Double) -> Double) -> HTML {
        let key = TicksKey(storage: measures.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
                           scale: position(1).bitPattern)
        if let known = lock.withLock({ ticks[key] }), known.measures == measures { return known.path }
        var path = HTML(capacity: 4096)
        path.shape("path", ["class": "tick", "vector-effect": "non-scaling-stroke",
                            "d": Self.ticks(at: Set(measures.map { Int(position($0).rounded()) }).sorted())])
        lock.withLock { ticks[key] = (measures, path) }
        return path
    }

    /// A part that two pages of the build draw alike — a municipality's
    /// figures on a theme, on its profile and on its handout. The profile
    /// makes it and leaves it here (`taker: false`); the handout, made
    /// after it, takes it away (`taker: true`), or makes its own when it
    /// finds none. So a part is kept only between its two pages, and a
    /// handout made without its profile leaves nothing behind.
    func shared(_ key: String, taker: Bool, make: () -> HTML) -> HTML {
        if taker {
            return lock.withLock { shared.removeValue(forKey: key) } ?? make()
        }
        let part = make()
        lock.withLock { shared[key] = part }
        return part
    }

    /// A tick (`M40 6v12`) at each of `positions` (ascending, whole units);
    /// three or more side by side are one filled box (`M40 7H45v10H40z`,
    /// a pixel lower and shorter at each end, which its stroke covers): a
    /// unit is less than a pixel wide, so they look the same, and with a
    /// thousand municipalities most positions have one.
    static func ticks(at positions: [Int]) -> String {
        var path = ""
        var start = 0
        while start < positions.count {
            var end = start
            while end + 1 < positions.count, positions[end + 1] == positions[end] + 1 { end += 1 }
            if end - start >= 2 {
                path += "M\(positions[start]) 7H\(positions[end])v10H\(positions[start])z"
            } else {
                for position in positions[start...end] { path += "M\(position) 6v12" }
            }
            start = end + 1
        }
        return path
    }
}
