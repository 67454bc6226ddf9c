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
        text.withUTF8 { utf8 in
            integer(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Bytes as they are, without a length.
    package mutating func raw(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// A string's UTF-8 bytes, without a length.
    package mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Everything another writer wrote.
    package mutating func append(_ other: ByteWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// nil is written as a length of all ones.
    package mutating func optionalString(_ text: String?) {
        guard let text else { return integer(UInt32.max) }
        string(text)
    }
}

package struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    package var atEnd: Bool { position == bytes.count }

    /// Passes over `count` bytes; false when there are not that many left.
    package mutating func skip(_ count: Int) -> Bool {
        guard count >= 0, position + count <= bytes.count else { return false }
        position += count
        return true
    }

    /// How many bytes have been read.
    package var offset: Int { position }

    package mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { return nil }
        defer { position += size }
        return bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: T.self)) }
    }

    package mutating func string() -> String? {
        guard let length = integer(UInt32.self).map(Int.init), length != Int(UInt32.max),
              position + length <= bytes.count else { return nil }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    /// Absent (`nil` as written) is `.some(nil)`; bad input is `nil`.
    package mutating func optionalString() -> String?? {
        guard let length = integer(UInt32.self) else { return nil }
        if length == UInt32.max { return .some(nil) }
        position -= 4
        return string().map { $0 }
    }
}

/// The strings that repeat in a binary file (themes, municipalities, pack
/// names), each written once and referred to by number.
package struct StringTable {
    private var numbers: [String: UInt32] = [:]
    package private(set) var strings: [String] = []

    package init() {}

    /// The number of `text`, added if it is new.
    package mutating func number(of text: String) -> UInt32 {
        if let number = numbers[text] { return number }
        let number = UInt32(strings.count)
        numbers[text] = number
        strings.append(text)
        return number
    }

    /// The table, as a count and the strings.
    package func write(to writer: inout ByteWriter) {
        writer.integer(UInt32(strings.count))
        for string in strings { writer.string(string) }
    }

    /// The strings of a table `write(to:)` wrote; nil when the bytes are short.
    package static func read(_ reader: inout ByteReader) -> [String]? {
        guard let count = reader.integer(UInt32.self) else { return nil }
        var strings: [String] = []
        for _ in 0..<count {
            guard let string = reader.string() else { return nil }
            strings.append(string)
        }
        return strings
    }
}
