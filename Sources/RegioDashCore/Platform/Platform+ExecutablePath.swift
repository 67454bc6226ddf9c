#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import MachO
#endif

extension Platform {
    /// The path of the running executable, links resolved: `/proc/self/exe`
    /// on Linux, `_NSGetExecutablePath` on macOS; nil if it cannot be told.
    package static var executablePath: String? {
        #if os(Linux)
        return RealPath.of("/proc/self/exe")
        #elseif canImport(Darwin)
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return RealPath.of(String(cString: buffer))
        #else
        return nil
        #endif
    }
}
