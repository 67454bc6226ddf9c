import Foundation

/// A value made at most once, by whichever file of the site needs it first,
/// and let go once every file that needs it has had it: a theme's download
/// table, for its CSV and its JSON file. Files are made in parallel, so the
/// value is made under a lock.
final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private var uses: Int
    private let make: @Sendable () -> Value

    /// A value `uses` files need.
    init(uses: Int, _ make: @escaping @Sendable () -> Value) {
        self.uses = uses
        self.make = make
    }

    /// The value, made now if no one has asked for it before.
    func get() -> Value {
        lock.withLock {
            let made = value ?? make()
            uses -= 1
            value = uses > 0 ? made : nil
            return made
        }
    }
}
