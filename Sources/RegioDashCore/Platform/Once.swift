import Foundation

/// A value made at most once, by whichever thread asks for it first; pages
/// render in parallel, so it is made under a lock. A theme's statistics are
/// kept for good (a rebuild that renders none of a theme's figures never
/// computes them), as is the last build's list of content files (decoded
/// only when a rebuild finds something changed); a theme's download table
/// is let go once the `uses` files that need it (its CSV and its JSON)
/// have had it.
package final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private var uses: Int?
    private let make: @Sendable () -> Value

    /// A value kept once made, or let go after `uses` requests.
    package init(uses: Int? = nil, _ make: @escaping @Sendable () -> Value) {
        self.uses = uses
        self.make = make
    }

    /// The value, made now if no one has asked for it before.
    package func get() -> Value {
        lock.withLock {
            let made = value ?? make()
            uses = uses.map { $0 - 1 }
            let wanted = uses.map { $0 > 0 } ?? true
            value = wanted ? made : nil
            return made
        }
    }
}
