import Foundation

/// The largest page made so far in a build: a page reserves that much for
/// its bytes at once, instead of growing its buffer by doubling (a 250 KB
/// profile was copied four times over on the way, and touched twice the
/// memory). Pages render in parallel; the size is locked.
final class PageSizes: @unchecked Sendable {
    private let lock = NSLock()
    private var largest = 64 * 1024

    /// How many bytes a page reserves.
    var capacity: Int { lock.withLock { largest } }

    /// Notes the size of a page made.
    func record(_ size: Int) {
        lock.withLock { largest = max(largest, size) }
    }
}
