import Foundation
import RegioDashCore

/// What the server knows of the last build, shared between the loop that
/// rebuilds and the requests: whether it failed (and with what), and a
/// generation that changes with every build, for the ETags of pages.
final class BuildState: @unchecked Sendable {
    private let lock = NSLock()
    private var failureValue: [Diagnostic]?
    private var generationValue = 0

    /// The problems of the last build when it failed; nil when it succeeded.
    var failure: [Diagnostic]? {
        lock.withLock { failureValue }
    }

    var generation: Int {
        lock.withLock { generationValue }
    }

    /// Records a build; true when served pages look different now (the
    /// site changed, or the build failed or recovered).
    func record(written: Bool, failure: [Diagnostic]?) -> Bool {
        lock.withLock {
            let changed = written || failure != failureValue
            failureValue = failure
            if changed { generationValue += 1 }
            return changed
        }
    }
}
