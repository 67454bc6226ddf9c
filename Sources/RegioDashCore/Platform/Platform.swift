#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place for calls that differ between Linux (Glibc) and macOS
/// (Darwin). Everything else uses POSIX calls that both have under the same
/// names. Each Darwin branch is written against Apple's headers but has not
/// been compiled here (this machine cannot build for macOS); the README says
/// what was verified where.
package enum Platform {
    /// `write(2)`, under a name no method called `write` hides.
    package static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// `read(2)`, under a name no method called `read` hides.
    package static func read(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, bytes, count)
        #else
        Darwin.read(descriptor, bytes, count)
        #endif
    }

    /// Ends the process with `code`, under a name no method called `exit` hides.
    package static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }
}
