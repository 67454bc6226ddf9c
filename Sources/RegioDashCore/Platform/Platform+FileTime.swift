#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Platform {
    /// A file's modification time in nanoseconds since 1970, from its `stat`:
    /// `st_mtim` on Linux, `st_mtimespec` on macOS.
    package static func modified(_ status: stat) -> Int {
        #if os(Linux)
        Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
        #else
        Int(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int(status.st_mtimespec.tv_nsec)
        #endif
    }

    /// When a file's inode last changed (its bytes, its name, its links or
    /// its times: what no program can set back), in nanoseconds since 1970.
    package static func changed(_ status: stat) -> Int {
        #if os(Linux)
        Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
        #else
        Int(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int(status.st_ctimespec.tv_nsec)
        #endif
    }
}
