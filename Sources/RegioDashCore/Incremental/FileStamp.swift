#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time: if both are as they were, the file
/// is taken to be unchanged and is not read again.
package struct FileStamp: Sendable, Hashable {
    package var size: Int
    /// Nanoseconds since 1970.
    package var modified: Int

    package init(size: Int, modified: Int) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path`, nil when there is none.
    package static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStamp(size: Int(status.st_size),
                         modified: Platform.modified(status))
    }

    /// One number for a whole scan of a folder: the same for the same files
    /// with the same stamps, whatever the order, and different (bar a chance
    /// of one in 2^64) when any file is added, removed or touched.
    package static func digest(of stamps: [String: FileStamp]) -> UInt64 {
        stamps.reduce(0) { $0 &+ digest(path: $1.key, stamp: $1.value) }
    }

    /// One file's part of `digest(of:)`.
    static func digest(path: String, stamp: FileStamp) -> UInt64 {
        ContentHash.combine(ContentHash.of(path), ContentHash.combine(UInt64(bitPattern: Int64(stamp.size)),
                                                                      UInt64(bitPattern: Int64(stamp.modified))))
    }
}
