/// The content files as the last build found them: each file's stamp and
/// the hash of its bytes, and when that build's scan began. A rebuild
/// takes a file's hash from here, without reading it, only when its stamp
/// proves it unchanged; else it reads and hashes the file.
///
/// A stamp proves nothing about a file changed in the very tick the scan
/// began in: saved again within that tick, with the same size, it keeps
/// its stamp but not its bytes (git's "racy clean" case). Such a file is
/// hashed again on every build until a scan begins after it last changed.
package struct KnownFiles: Sendable {
    package struct File: Sendable, Equatable {
        package var stamp: FileStamp
        package var hash: UInt64

        package init(stamp: FileStamp, hash: UInt64) {
            self.stamp = stamp
            self.hash = hash
        }
    }

    /// Every file, by path: read from the state only when asked for, since
    /// a rebuild that finds nothing changed needs only `provesAll`.
    package var files: [String: File] { decoded.get() }
    /// The file system's time when the scan began, in nanoseconds since
    /// 1970 (the modification time it gave a file the build touched then).
    package let scanned: Int
    private let count: Int
    /// The files' paths and stamps in one number, as `ScannedFiles` takes it.
    private let digest: UInt64
    private let decoded: Once<[String: File]>

    package init(files: [String: File] = [:], scanned: Int = 0) {
        self.scanned = scanned
        count = files.count
        digest = files.reduce(0) { $0 &+ ScannedFiles.digest($1.key, $1.value.stamp) }
        decoded = Once { files }
    }

    /// Whether a scan that found `found` finds every file known, unchanged,
    /// and proven so by its stamp: told from the scan's digest and latest
    /// time alone, without looking a file up.
    package func provesAll(_ found: ScannedFiles) -> Bool {
        found.count == count && found.digest == digest && found.latest < scanned
    }

    /// The hash of the file at `path`, when `stamp` proves it unchanged.
    package func hash(of path: String, stamp: FileStamp) -> UInt64? {
        guard let file = files[path], proves(file, stamp: stamp) else { return nil }
        return file.hash
    }

    /// Whether a file found with `stamp` is known `file`, unchanged.
    package func proves(_ file: File, stamp: FileStamp) -> Bool {
        file.stamp == stamp && stamp.modified < scanned && stamp.changed < scanned
    }

    package func write(to writer: inout ByteWriter) {
        writer.integer(Int64(scanned))
        writer.integer(digest)
        writer.integer(UInt32(count))
        var records = ByteWriter(capacity: count * 96)
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            records.string(path)
            file.stamp.write(to: &records)
            records.integer(file.hash)
        }
        writer.raw(records.bytes)
    }

    /// The files as `write` wrote them; nil for a short or odd header. Odd
    /// records, read only when the files are asked for, read as no files.
    package init?(reading reader: inout ByteReader) {
        guard let scanned = reader.integer(Int64.self), let digest = reader.integer(UInt64.self),
              let count = reader.integer(UInt32.self).map(Int.init), let records = reader.raw() else { return nil }
        self.scanned = Int(scanned)
        self.count = count
        self.digest = digest
        decoded = Once {
            var reader = ByteReader(records)
            var files: [String: File] = [:]
            files.reserveCapacity(count)
            for _ in 0..<count {
                guard let path = reader.string(), let stamp = FileStamp(reading: &reader),
                      let hash = reader.integer(UInt64.self) else { return [:] }
                files[path] = File(stamp: stamp, hash: hash)
            }
            return files
        }
    }
}
