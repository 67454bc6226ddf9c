/// Little-endian bytes for the content index: writing appends to one buffer,
/// reading walks it, and any short or odd input reads as nil.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            integer(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// nil is written as a length of all ones.
    mutating func optionalString(_ text: String?) {
        guard let text else { return integer(UInt32.max) }
        string(text)
    }
}

struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { position == bytes.count }

    mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { return nil }
        defer { position += size }
        return bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: T.self)) }
    }

    mutating func string() -> String? {
        guard let length = integer(UInt32.self).map(Int.init), length != Int(UInt32.max),
              position + length <= bytes.count else { return nil }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    /// Absent (`nil` as written) is `.some(nil)`; bad input is `nil`.
    mutating func optionalString() -> String?? {
        guard let length = integer(UInt32.self) else { return nil }
        if length == UInt32.max { return .some(nil) }
        position -= 4
        return string().map { $0 }
    }
}
