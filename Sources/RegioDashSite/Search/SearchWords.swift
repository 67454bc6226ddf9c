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
            // ASCII words are read straight from the bytes; a run with anything
            // else in it goes through `Slug.make`, which folds accents.
            var word: [UInt8] = []
            word.reserveCapacity(Self.maximumLength)
            var index = 0
            while index < bytes.count {
                guard !Self.separates(bytes[index]) else {
                    index += 1
                    continue
                }
                var end = index
                var ascii = true
                while end < bytes.count, !Self.separates(bytes[end]) {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                if ascii {
                    for byte in bytes[index..<end] {
                        if byte == UInt8(ascii: "'") { continue }
                        if Self.isWordByte(byte) {
                            word.append(byte | (byte >= 65 && byte <= 90 ? 0x20 : 0))
                        } else if !word.isEmpty {
                            emit(String(decoding: word, as: UTF8.self), body)
                            word.removeAll(keepingCapacity: true)
                        }
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

    /// ASCII white space and punctuation, which end a word; an apostrophe does not.
    private static func separates(_ byte: UInt8) -> Bool {
        byte < 0x80 && !isWordByte(byte) && byte != UInt8(ascii: "'")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
