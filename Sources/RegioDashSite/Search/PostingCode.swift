/// How a term's documents are written in an index file, in whichever of
/// two forms is shorter, both of `alphabet`'s characters (none of which
/// needs escaping in a JavaScript string):
///
/// - a list of gaps: each number less the one before less one (the first
///   as it is), in groups of five bits, the most significant first; a
///   character below 32 ends a number, one from 32 up continues it;
/// - `!` and a bitmap, six documents to a character, the lowest bit first
///   (for a term in many documents).
enum PostingCode {
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// `documents` in ascending order.
    static func encode(_ documents: [Int32]) -> [UInt8] {
        var gaps: [UInt8] = []
        var last: Int32 = -1
        var groups: [UInt8] = []
        for document in documents {
            var value = UInt32(document - last - 1)
            last = document
            groups.removeAll(keepingCapacity: true)
            repeat {
                groups.append(UInt8(value & 31))
                value >>= 5
            } while value > 0
            for (index, group) in groups.enumerated().reversed() {
                gaps.append(alphabet[Int(group) + (index > 0 ? 32 : 0)])
            }
        }
        guard let highest = documents.last else { return gaps }
        let bitmapLength = 1 + Int(highest) / 6 + 1
        guard bitmapLength < gaps.count else { return gaps }
        var bits = [UInt8](repeating: 0, count: Int(highest) / 6 + 1)
        for document in documents { bits[Int(document) / 6] |= 1 << UInt8(document % 6) }
        return [UInt8(ascii: "!")] + bits.map { alphabet[Int($0)] }
    }

    /// The documents of a code, for tests: the inverse of `encode`.
    static func decode(_ code: [UInt8]) -> [Int32] {
        let value = Dictionary(alphabet.enumerated().map { ($1, Int32($0)) }) { first, _ in first }
        var documents: [Int32] = []
        if code.first == UInt8(ascii: "!") {
            for (index, character) in code.dropFirst().enumerated() {
                let bits = value[character] ?? 0
                for bit in 0..<6 where bits >> bit & 1 == 1 { documents.append(Int32(index * 6 + bit)) }
            }
            return documents
        }
        var last: Int32 = -1
        var number: Int32 = 0
        for character in code {
            let digit = value[character] ?? 0
            if digit >= 32 {
                number = number * 32 + digit - 32
            } else {
                last += number * 32 + digit + 1
                documents.append(last)
                number = 0
            }
        }
        return documents
    }
}
