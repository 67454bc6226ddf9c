import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rendered narrative bodies kept between builds, beside the output, so a
/// page showing an unchanged narrative gets its HTML without reading and
/// rendering the Markdown again.
///
/// Bodies are packed: each build appends the bodies it rendered, per theme,
/// to a pack file of its own (one sequential write, and no two builds ever
/// write the same file); the content index records where each body is. A
/// theme whose bodies are spread over too many packs, or whose packs are
/// mostly stale, is packed anew. Packs no index refers to any more are
/// removed after a build succeeds. A missing or unreadable pack only means
/// rendering the Markdown again.
package struct NarrativeBodyCache: Sendable {
    package let directory: String
    /// The packs this build has created.
    private let created = CreatedPacks()

    /// Where a body is: a pack file, an offset and a length in bytes.
    package struct Location: Sendable, Hashable {
        package var pack: String
        package var offset: Int
        package var length: Int
    }

    package init(directory: String) {
        self.directory = directory
    }

    func prepare() {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// A body, or nil when its pack is gone or short.
    func body(at location: Location) -> Markup? {
        let descriptor = open(directory + "/" + location.pack, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: location.length)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, location.length, off_t(location.offset)) }
        guard read == location.length else { return nil }
        return Markup(html: String(decoding: bytes, as: UTF8.self))
    }

    /// The size of a pack file, 0 when it is gone.
    func size(of pack: String) -> Int {
        FileStamp.of(directory + "/" + pack)?.size ?? 0
    }

    /// Removes the packs this build created: for a build that publishes
    /// nothing, no index will ever refer to them.
    package func discardNew() {
        for pack in created.names { unlink(directory + "/" + pack) }
    }

    /// Removes the packs no location in `kept` refers to.
    package func prune(keeping kept: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasSuffix(".pack") && !kept.contains(name) {
            unlink(directory + "/" + name)
        }
    }

    /// Appends bodies to one new pack file; used by one task at a time.
    final class Writer {
        let pack: String
        private let path: String
        private var descriptor: Int32 = -1
        private var offset = 0

        init(cache: NarrativeBodyCache, theme: String) {
            var time = timespec()
            clock_gettime(CLOCK_REALTIME, &time)
            pack = "\(theme)-\(getpid())-\(time.tv_sec)\(time.tv_nsec).pack"
            path = cache.directory + "/" + pack
            cache.created.insert(pack)
        }

        /// Where `body` now is; nil when it could not be written (it will be rendered again next time).
        func append(_ body: Markup) -> Location? {
            if descriptor < 0 {
                descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { return nil }
            }
            var html = body.html
            let length = html.withUTF8 { bytes -> Int in
                guard let base = bytes.baseAddress else { return 0 }
                var written = 0
                while written < bytes.count {
                    let count = write(descriptor, base + written, bytes.count - written)
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { return -1 }
                    written += count
                }
                return written
            }
            guard length >= 0 else { return nil }
            defer { offset += length }
            return Location(pack: pack, offset: offset, length: length)
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }
    }
}

/// The names of the packs one build created, from any of its tasks.
private final class CreatedPacks: @unchecked Sendable {
    private let lock = NSLock()
    private var set = Set<String>()

    var names: Set<String> { lock.withLock { set } }

    func insert(_ name: String) {
        lock.withLock { _ = set.insert(name) }
    }
}
