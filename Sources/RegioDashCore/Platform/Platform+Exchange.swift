#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Platform {
    /// Swaps two paths (files or folders) in one atomic step, so that at no
    /// moment is either missing: `renameat2(RENAME_EXCHANGE)` on Linux (3.15
    /// and later, looked up at run time because older C libraries lack it),
    /// `renamex_np(RENAME_SWAP)` on macOS (APFS). False where the system or
    /// file system cannot: the caller then falls back to two renames.
    package static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #elseif canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
