import Foundation
import RegioDashCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells when anything in the content folder may have changed. On Linux
/// with inotify: every folder is watched (new ones as they appear), and a
/// change is known within milliseconds at no cost while nothing happens.
/// Elsewhere, or when inotify is out of watches, the folder is scanned
/// every half second (stamps only, as an incremental build does).
struct ContentWatcher: Sendable {
    let root: String

    /// One element per burst of changes; a burst while the consumer is busy
    /// is kept as one.
    func changes() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if descriptor >= 0, inotify_add_watch(descriptor, root, Self.mask) >= 0 {
            let root = self.root
            Thread.detachNewThread {
                Self.watch(descriptor, root: root, stop: stop, continuation: continuation)
                close(descriptor)
            }
            return stream
        }
        if descriptor >= 0 { close(descriptor) }
        #endif
        let root = self.root
        Task.detached {
            let content = ContentFolder(root: root)
            var digest = FileStamp.digest(of: await ContentScan.stamps(of: content))
            while !stop.isSet {
                try? await Task.sleep(for: .milliseconds(500))
                let now = FileStamp.digest(of: await ContentScan.stamps(of: content))
                if now != digest {
                    digest = now
                    continuation.yield()
                }
            }
        }
        return stream
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM
                                      | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Reads inotify events until stopped; runs on a thread of its own.
    private static func watch(_ descriptor: Int32, root: String, stop: StopFlag,
                              continuation: AsyncStream<Void>.Continuation) {
        addWatches(descriptor, below: root)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stop.isSet {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 250) > 0 else { continue }
            var changed = false
            var newFolders = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                var offset = 0
                while offset + 16 <= count {
                    let (eventMask, nameLength) = buffer.withUnsafeBytes { raw in
                        (raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                         Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                    }
                    let name = buffer[(offset + 16)..<min(count, offset + 16 + nameLength)].prefix { $0 != 0 }
                    // Editors' swap and backup files are not content.
                    let ignored = name.first == UInt8(ascii: ".") || name.last == UInt8(ascii: "~")
                    if !ignored { changed = true }
                    if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        newFolders = true
                    }
                    offset += 16 + nameLength
                }
            }
            if newFolders { addWatches(descriptor, below: root) }
            if changed { continuation.yield() }
        }
        continuation.finish()
    }

    /// Watches `folder` and every visible folder below it (again: a folder
    /// already watched keeps its watch).
    private static func addWatches(_ descriptor: Int32, below folder: String) {
        guard inotify_add_watch(descriptor, folder, mask) >= 0, let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            guard entry.pointee.d_type == UInt8(DT_DIR) else { continue }
            let name = entry.pointee.name
            guard !name.hasPrefix(".") else { continue }
            addWatches(descriptor, below: folder + "/" + name)
        }
    }
    #endif
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
