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
    private var stems: [Substring: String] = [:]

    init(_ language: Language) {
        stemmer = Stemmer(language)
    }

    /// Each word's stem, in the order of the text.
    func forEachStem(in text: String, _ body: (String) -> Void) {
        // ASCII words are read straight from the bytes; a run with anything
        // else in it goes through `Slug.make`, which folds accents.
        var utf8 = text.utf8[...]
        while let start = utf8.firstIndex(where: { !Self.separates($0) }) {
            let end = utf8[start...].firstIndex(where: Self.separates) ?? utf8.endIndex
            let run = Substring(text.utf8[start..<end])
            utf8 = utf8[end...]
            if run.utf8.allSatisfy({ $0 < 0x80 }) {
                var word = ""
                for byte in run.utf8 {
                    if byte == UInt8(ascii: "'") { continue }
                    if Self.isWordByte(byte) {
                        word.unicodeScalars.append(Unicode.Scalar(byte | (byte >= 65 && byte <= 90 ? 0x20 : 0)))
                    } else if !word.isEmpty {
                        emit(Substring(word), body)
                        word = ""
                    }
                }
                if !word.isEmpty { emit(Substring(word), body) }
            } else {
                for word in Slug.make(from: String(run)).split(separator: "-") { emit(word, body) }
            }
        }
    }

    private func emit(_ word: Substring, _ body: (String) -> Void) {
        guard word.utf8.count <= Self.maximumLength else { return }
        if let stem = stems[word] {
            body(stem)
        } else {
            let stem = stemmer.stem(String(word))
            stems[word] = stem
            body(stem)
        }
    }

    /// ASCII white space and punctuation, which end a word; an apostrophe does not.
    private static func separates(_ byte: UInt8) -> Bool {
        byte < 0x80 && !isWordByte(byte) && byte != UInt8(ascii: "'")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
