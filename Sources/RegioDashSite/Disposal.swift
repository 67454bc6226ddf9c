import Foundation

/// What a build is done with, let go of on a background thread a moment
/// later instead of on the build's own path: freeing a national dataset
/// (hundreds of thousands of objects) takes longer than a rebuild after a
/// one-narrative edit, and a command-line run has exited by then, so it
/// never pays for it at all (as compilers skip freeing before they exit).
/// A long-running `serve` frees it a second later, off its request path.
/// Only when the values are freed depends on this, never what a build does.
enum Disposal {
    private final class Box: @unchecked Sendable {
        let values: [Any]

        init(_ values: [Any]) {
            self.values = values
        }
    }

    /// Keeps `values` alive for about a second, then lets them go on a background thread.
    static func later(_ values: Any...) {
        let box = Box(values)
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + .seconds(1)) {
            withExtendedLifetime(box) {}
        }
    }
}
