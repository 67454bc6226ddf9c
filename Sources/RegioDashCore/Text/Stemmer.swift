import CStemmer

/// Snowball's stemmer for a language (libstemmer): "drugs" and "drug" both
/// become "drug", "buurtbemiddelingen" becomes "buurtbemiddel". Words go in
/// lower-cased and folded (see `Slug.make`); one stemmer is used by one task
/// at a time, as libstemmer's are not safe to share.
package final class Stemmer {
    private let stemmer: OpaquePointer?

    package init(_ language: Language) {
        stemmer = sb_stemmer_new(language == .nl ? "dutch" : "english", "UTF_8")
    }

    deinit {
        if let stemmer { sb_stemmer_delete(stemmer) }
    }

    /// The stem of one word; the word itself when libstemmer has no stemmer to give.
    package func stem(_ word: String) -> String {
        guard let stemmer else { return word }
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress,
                  let stemmed = sb_stemmer_stem(stemmer, base, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let count = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: count), as: UTF8.self)
        }
    }
}
