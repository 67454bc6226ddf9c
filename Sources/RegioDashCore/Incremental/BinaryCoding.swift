/// Little-endian bytes for the files a build leaves for the next one:
/// writing appends to one buffer, reading walks it, and any short or odd
/// input reads as nil.
package struct ByteWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    package mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { raw($0) }
    }

    /// Bytes as they are, after their count (read back with `ByteReader.raw()`).
    package mutating func raw(_ run: some Collection<UInt8>) {
        integer(UInt32(run.count))
        bytes.append(contentsOf: run)
    }

    /// nil is written as a length of all ones.
    package mutating func optionalString(_ text: String?) {
        guard let text else { return integer(UInt32.max) }
        string(text)
    }
}

package struct ByteReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    package init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    package init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    package var atEnd: Bool { position == bytes.endIndex }

    package mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.endIndex else { return nil }
        defer { position += size }
        let offset = position - bytes.startIndex
        return bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }

    package mutating func string() -> String? {
        raw().map { String(decoding: $0, as: UTF8.self) }
    }

    /// Bytes written by `ByteWriter.raw(_:)`: a slice of what is read, not a copy.
    package mutating func raw() -> ArraySlice<UInt8>? {
        guard let length = integer(UInt32.self).map(Int.init), length != Int(UInt32.max),
              position + length <= bytes.endIndex else { return nil }
        defer { position += length }
        return bytes[position..<(position + length)]
    }

    /// Absent (`nil` as written) is `.some(nil)`; bad input is `nil`.
    package mutating func optionalString() -> String?? {
        guard let length = integer(UInt32.self) else { return nil }
        if length == UInt32.max { return .some(nil) }
        position -= 4
        return string().map { $0 }
    }
}
