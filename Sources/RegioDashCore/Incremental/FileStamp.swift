#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says of a file without reading it: its size, its
/// modification and change times and its inode. A rebuild takes a file to
/// be unchanged only when all four are as they were and the file was not
/// touched in the tick its hash was taken in (see `KnownFiles`).
package struct FileStamp: Sendable, Hashable {
    package var size: Int
    /// Nanoseconds since 1970.
    package var modified: Int
    /// When the inode last changed, in nanoseconds since 1970 (`st_ctime`):
    /// a program can set a file's modification time back, not this.
    package var changed: Int
    package var inode: UInt64

    package init(size: Int, modified: Int, changed: Int = 0, inode: UInt64 = 0) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    package init(_ status: stat) {
        self.init(size: Int(status.st_size), modified: Platform.modified(status), changed: Platform.changed(status),
                  inode: UInt64(status.st_ino))
    }

    /// The stamp of the file at `path`, nil when there is none.
    package static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStamp(status)
    }

    package func write(to writer: inout ByteWriter) {
        writer.integer(Int64(size))
        writer.integer(Int64(modified))
        writer.integer(Int64(changed))
        writer.integer(inode)
    }

    package init?(reading reader: inout ByteReader) {
        guard let size = reader.integer(Int64.self), let modified = reader.integer(Int64.self),
              let changed = reader.integer(Int64.self), let inode = reader.integer(UInt64.self) else { return nil }
        self.init(size: Int(size), modified: Int(modified), changed: Int(changed), inode: inode)
    }
}
