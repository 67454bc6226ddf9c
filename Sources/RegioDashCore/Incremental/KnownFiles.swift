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

    package let files: [String: File]
    /// The file system's time when the scan began, in nanoseconds since
    /// 1970 (the modification time it gave a file the build touched then).
    package let scanned: Int
    /// The files' paths and stamps in one number, as `ScannedFiles` takes it.
    private let digest: UInt64

    package init(files: [String: File] = [:], scanned: Int = 0) {
        self.init(files: files, scanned: scanned,
                  digest: files.reduce(0) { $0 &+ ScannedFiles.digest($1.key, $1.value.stamp) })
    }

    private init(files: [String: File], scanned: Int, digest: UInt64) {
        self.files = files
        self.scanned = scanned
        self.digest = digest
    }

    /// Whether a scan that found `found` finds every file known, unchanged,
    /// and proven so by its stamp: told from the scan's digest and latest
    /// time alone, without looking a file up.
    package func provesAll(_ found: ScannedFiles) -> Bool {
        found.count == files.count && found.digest == digest && found.latest < scanned
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
        writer.integer(UInt32(files.count))
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            file.stamp.write(to: &writer)
            writer.integer(file.hash)
        }
    }

    package init?(reading reader: inout ByteReader) {
        guard let scanned = reader.integer(Int64.self), let digest = reader.integer(UInt64.self),
              let count = reader.integer(UInt32.self) else { return nil }
        var files: [String: File] = [:]
        files.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let path = reader.string(), let stamp = FileStamp(reading: &reader),
                  let hash = reader.integer(UInt64.self) else { return nil }
            files[path] = File(stamp: stamp, hash: hash)
        }
        self.init(files: files, scanned: Int(scanned), digest: digest)
    }
}
