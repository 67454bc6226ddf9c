#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension dirent {
    /// The entry's name, as `readdir` gives it (NUL-terminated bytes).
    package var name: String {
        withUnsafeBytes(of: d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
