import Foundation
import RegioDashCore

/// Tells when anything in the content folder may have changed: at once
/// where the system reports changes (`FolderEvents`: inotify on Linux), else
/// by scanning the folder every half second (stamps only, as an incremental
/// build does) — on macOS, or when Linux is out of inotify watches.
struct ContentWatcher: Sendable {
    let root: String

    /// One element per burst of changes; a burst while the consumer is busy
    /// is kept as one.
    func changes() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        if let events = FolderEvents(root: root) {
            Thread.detachNewThread {
                while !stop.isSet {
                    if events.wait(milliseconds: 250) { continuation.yield() }
                }
                continuation.finish()
            }
            return stream
        }
        let root = self.root
        Task.detached {
            let content = ContentFolder(root: root)
            var digest = await ContentScan.files(of: content).digest
            while !stop.isSet {
                try? await Task.sleep(for: .milliseconds(500))
                let now = await ContentScan.files(of: content).digest
                if now != digest {
                    digest = now
                    continuation.yield()
                }
            }
        }
        return stream
    }
}

/// A flag set once, from any thread.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() {
        lock.withLock { value = true }
    }
}
