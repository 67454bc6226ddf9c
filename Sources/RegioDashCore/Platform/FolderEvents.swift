#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Changes below a folder as the system reports them, at no cost while
/// nothing happens: Linux's inotify, with every visible folder watched (new
/// ones as they appear). Where there is no such report — macOS, which has no
/// inotify, or Linux out of watches — there are no `FolderEvents` (`init`
/// gives nil) and the caller scans for changes instead. Used from one thread
/// at a time.
package final class FolderEvents: @unchecked Sendable {
    #if os(Linux)
    private let descriptor: Int32
    private let root: String
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM
                                      | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
    #endif

    /// Watches `root` and every visible folder below it; nil where the system cannot.
    package init?(root: String) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard inotify_add_watch(descriptor, root, Self.mask) >= 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.root = root
        addWatches(below: root)
        #else
        return nil
        #endif
    }

    deinit {
        #if os(Linux)
        close(descriptor)
        #endif
    }

    /// Waits up to `milliseconds` for events; true when any of them is
    /// about a visible file or folder (editors' swap and backup files,
    /// hidden or ending in `~`, are not content).
    package func wait(milliseconds: Int32) -> Bool {
        #if os(Linux)
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, milliseconds) > 0 else { return false }
        var changed = false
        var newFolders = false
        while true {
            let count = buffer.withUnsafeMutableBytes { Platform.read(descriptor, $0.baseAddress!, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (eventMask, nameLength) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let name = buffer[(offset + 16)..<min(count, offset + 16 + nameLength)].prefix { $0 != 0 }
                let ignored = name.first == UInt8(ascii: ".") || name.last == UInt8(ascii: "~")
                if !ignored { changed = true }
                if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    newFolders = true
                }
                offset += 16 + nameLength
            }
        }
        if newFolders { addWatches(below: root) }
        return changed
        #else
        return false
        #endif
    }

    #if os(Linux)
    /// Watches `folder` and every visible folder below it (again: a folder
    /// already watched keeps its watch).
    private func addWatches(below folder: String) {
        guard inotify_add_watch(descriptor, folder, Self.mask) >= 0, let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            guard entry.pointee.d_type == UInt8(DT_DIR) else { continue }
            let name = entry.pointee.name
            guard !name.hasPrefix(".") else { continue }
            addWatches(below: folder + "/" + name)
        }
    }
    #endif
}
