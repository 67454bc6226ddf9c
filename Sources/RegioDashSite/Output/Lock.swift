import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an output folder, held while a build writes it: an
/// advisory `flock` on a hidden file beside the output, which the system
/// releases when the process ends in any way, killed or not. The file keeps
/// the holder's process id, for the message to a second build.
struct Lock {
    private let descriptor: Int32

    init(path: String, output: String) throws(AtomicWriter.Failure) {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicWriter.Failure(message: "cannot create the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").first.map(String.init)
            close(descriptor)
            throw AtomicWriter.Failure(message: "another regiodash build"
                + (holder.map { " (process \($0))" } ?? "")
                + " is writing \(output) right now: wait until it has finished, then build again")
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
    }

    func release() {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
