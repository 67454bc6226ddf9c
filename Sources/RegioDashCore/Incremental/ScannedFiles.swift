/// What a scan of the content folder found: every visible file with its
/// stamp, and, taken on the way, one digest of them all and the latest
/// time any of them changed. With these a rebuild tells that nothing
/// changed (`KnownFiles.provesAll`) without looking a single file up.
package struct ScannedFiles: Sendable {
    /// The files of each folder scanned, as found.
    private let parts: [[(String, FileStamp)]]
    package let count: Int
    /// The same for the same paths with the same stamps, whatever the
    /// order, and different (bar a chance of one in 2^64) when a file is
    /// added, removed or touched.
    package let digest: UInt64
    /// The latest modification or change time of any file, in nanoseconds since 1970.
    package let latest: Int

    init(parts: [[(String, FileStamp)]]) {
        self.parts = parts
        var count = 0
        var digest: UInt64 = 0
        var latest = Int.min
        for part in parts {
            count += part.count
            for (path, stamp) in part {
                digest &+= Self.digest(path, stamp)
                latest = max(latest, stamp.modified, stamp.changed)
            }
        }
        (self.count, self.digest, self.latest) = (count, digest, latest)
    }

    /// The files `stamps` describes, as if scanned.
    package init(_ stamps: [String: FileStamp]) {
        self.init(parts: [stamps.map { ($0.key, $0.value) }])
    }

    /// Every file with its stamp.
    package var files: FlattenSequence<[[(String, FileStamp)]]> { parts.joined() }

    /// Every file's stamp by path, made anew on each call: a rebuild that
    /// finds nothing changed never needs it.
    package func stamps() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(count)
        for (path, stamp) in files { stamps[path] = stamp }
        return stamps
    }

    /// One file's share of a digest.
    static func digest(_ path: String, _ stamp: FileStamp) -> UInt64 {
        var hash = ContentHash.combine(ContentHash.of(path), UInt64(bitPattern: Int64(stamp.size)))
        hash = ContentHash.combine(hash, UInt64(bitPattern: Int64(stamp.modified)))
        hash = ContentHash.combine(hash, UInt64(bitPattern: Int64(stamp.changed)))
        return ContentHash.combine(hash, stamp.inode)
    }
}
