#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a whole file with one open, one fstat and as few reads as it
/// takes: far faster than Foundation's `Data(contentsOf:)` on Linux.
package enum FileBytes {
    /// The file at `path` from `offset` on: `size` bytes, or (nil) all the
    /// rest; nil when it cannot be read, is no regular file, or does not
    /// reach that far (nothing is allocated for bytes that are not there).
    package static func read(_ path: String, offset: Int = 0, size: Int? = nil) -> [UInt8]? {
        // Non-blocking: a named pipe must not make the open wait; fstat then refuses it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard offset >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let available = Int(status.st_size) - offset
        let size = size ?? available
        guard size >= 0, size <= available else { return nil }
        return read(descriptor: descriptor, size: size, offset: offset)
    }

    /// The `size` bytes of an open file from `offset` on; nil when fewer
    /// could be read (it changed meanwhile, or reading failed).
    package static func read(descriptor: Int32, size: Int, offset: Int = 0) -> [UInt8]? {
        // Not zeroed first: the bytes are read straight into the array (a build cache's memo is tens of megabytes).
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var filled = 0
            while filled < size, let base = buffer.baseAddress {
                let read = pread(descriptor, base + filled, size - filled, off_t(offset + filled))
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { break }
                filled += read
            }
            complete = filled == size
            count = filled
        }
        return complete ? bytes : nil
    }

}
