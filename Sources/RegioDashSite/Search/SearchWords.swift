import RegioDashCore

/// The words of a text as the search compares them, the same way the
/// search script does in the browser: lower-cased, accents dropped,
/// apostrophes left out, split at anything but a-z and 0-9 (as `Slug.make`
/// does), each word stemmed with Snowball's stemmer for the site's
/// language. Words longer than `maximumLength` are no words a reader types.
/// One instance is used by one task at a time (it keeps its stems).
final class SearchWords {
    static let maximumLength = 64

    private let stemmer: Stemmer
    /// Each word seen, with the number of its stem in `terms`.
    private var words: [String: Int] = [:]
    private var numbers: [String: Int] = [:]
    /// The stems, each once, numbered in the order they were first met.
    private(set) var terms: [String] = []

    init(_ language: Language) {
        stemmer = Stemmer(language)
    }

    /// Each word's stem, in the order of the text.
    func forEachStem(in text: String, _ body: (String) -> Void) {
        forEachTerm(in: text) { body(terms[$0]) }
    }

    /// Each word's stem as its number in `terms`, in the order of the text:
    /// one look-up per word, and a stem made once per distinct word.
    func forEachTerm(in text: String, _ body: (Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // Words of ASCII letters and accented Latin-1 ones (with the
            // typographic apostrophe cmark makes of ', which Slug.make drops
            // too) are read straight from the bytes, and the typographic quotes, dashes and spaces end a
            // word as ASCII punctuation does; a run with anything else in it
            // goes through `Slug.make`, which folds accents.
            var word: [UInt8] = []
            word.reserveCapacity(Self.maximumLength)
            var index = 0
            while index < bytes.count {
                let separator = Self.separator(at: index, in: bytes)
                guard separator == 0 else {
                    index += separator
                    continue
                }
                var end = index
                var ascii = true
                while end < bytes.count, Self.separator(at: end, in: bytes) == 0 {
                    let apostrophe = Self.apostrophe(at: end, in: bytes)
                    if apostrophe > 0 {
                        end += apostrophe
                    } else if bytes[end] < 0x80 {
                        end += 1
                    } else if Self.latinLetter(at: end, in: bytes) != 0 {
                        end += 2
                    } else {
                        ascii = false
                        end += 1
                    }
                }
                if ascii {
                    var position = index
                    while position < end {
                        let apostrophe = Self.apostrophe(at: position, in: bytes)
                        if apostrophe > 0 {
                            position += apostrophe
                            continue
                        }
                        let byte = bytes[position]
                        if byte >= 0x80 {
                            word.append(Self.latinLetter(at: position, in: bytes))
                            position += 2
                            continue
                        }
                        word.append(byte | (byte >= 65 && byte <= 90 ? 0x20 : 0))
                        position += 1
                    }
                    if !word.isEmpty {
                        emit(String(decoding: word, as: UTF8.self), body)
                        word.removeAll(keepingCapacity: true)
                    }
                } else {
                    let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                    for part in Slug.make(from: run).split(separator: "-") { emit(String(part), body) }
                }
                index = end
            }
        }
    }

    private func emit(_ word: String, _ body: (Int) -> Void) {
        guard word.utf8.count <= Self.maximumLength else { return }
        if let number = words[word] {
            body(number)
            return
        }
        let stem = stemmer.stem(word)
        let number: Int
        if let known = numbers[stem] {
            number = known
        } else {
            number = terms.count
            numbers[stem] = number
            terms.append(stem)
        }
        words[word] = number
        body(number)
    }

    /// How many bytes of what ends a word start at `index`: ASCII white space
    /// and punctuation but the apostrophe; a no-break space; the typographic
    /// opening quote, double quotes, dashes and ellipsis (none of them a
    /// letter for `Slug.make` either). 0 where none does.
    private static func separator(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return isWordByte(byte) || byte == UInt8(ascii: "'") ? 0 : 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
           [0x93, 0x94, 0x98, 0x9C, 0x9D, 0xA6].contains(bytes[index + 2]) { return 3 }
        return 0
    }

    /// The letter a Latin-1 letter with an accent (U+00C0 to U+00FF, two
    /// bytes) is without it, lower-case, as `Slug.make` folds it: é → e,
    /// Ö → o, ç → c. 0 for anything else, which goes through `Slug.make`
    /// itself (æ, ø, ß and ð fold to no letter there).
    private static func latinLetter(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard bytes[index] == 0xC3, index + 1 < bytes.count, (0x80...0xBF).contains(bytes[index + 1]) else { return 0 }
        return latinLetters[Int(bytes[index + 1] - 0x80)]
    }

    /// U+00C0 to U+00FF: the base letter of each, or 0.
    private static let latinLetters: [UInt8] = Array("aaaaaa0ceeeeiiii0nooooo00uuuuy00aaaaaa0ceeeeiiii0nooooo00uuuuy0y".utf8)
        .map { $0 == UInt8(ascii: "0") ? 0 : $0 }

    /// How many bytes of an apostrophe (' or ’, which a word leaves out) start at `index`; 0 where none does.
    private static func apostrophe(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if bytes[index] == UInt8(ascii: "'") { return 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return 3 }
        return 0
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
