/// A fast 64-bit hash of bytes, the same on every machine and run: what
/// incremental builds compare content and pages by. Not for security.
package enum ContentHash {
    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* prime
            hash ^= hash >> 29
            index += 8
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* prime
            index += 1
        }
        return finish(hash)
    }

    package static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    /// One hash of several, in order.
    package static func combine(_ hashes: [UInt64]) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for value in hashes {
            hash = finish(hash ^ value &+ 0x9E37_79B9_7F4A_7C15 &+ (hash << 6) &+ (hash >> 2))
        }
        return hash
    }

    /// One hash of two, in order, without an array.
    package static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        finish(first &* 0x9E37_79B9_7F4A_7C15 ^ finish(second ^ 0x632B_E59B_D9B4_E019))
    }

    private static func finish(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
