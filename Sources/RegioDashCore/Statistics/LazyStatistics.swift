import Foundation

/// A theme's statistics, computed the first time a page asks for them:
/// a rebuild that renders none of a theme's figures (a narrative edited in
/// another theme, whose parts of the profiles are kept as published) never
/// computes them at all. Pages render in parallel, so they are computed
/// under a lock, once.
final class LazyStatistics: @unchecked Sendable {
    private let lock = NSLock()
    private var computed: ThemeStatistics?
    private let compute: @Sendable () -> ThemeStatistics

    init(_ compute: @escaping @Sendable () -> ThemeStatistics) {
        self.compute = compute
    }

    var value: ThemeStatistics {
        lock.withLock {
            if let computed { return computed }
            let statistics = compute()
            computed = statistics
            return statistics
        }
    }
}
