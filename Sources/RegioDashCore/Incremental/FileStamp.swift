#if canImport(Glibc)
import Glibc
#endif

/// A file's size and modification time: if both are as they were, the file
/// is taken to be unchanged and is not read again.
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    /// Nanoseconds since 1970.
    public var modified: Int

    public init(size: Int, modified: Int) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path`, nil when there is none.
    public static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStamp(size: Int(status.st_size),
                         modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec))
    }
}
