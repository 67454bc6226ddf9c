import Foundation
import RegioDashCore

/// The search's term files: every stem of every text in the corpus with
/// the numbers of the texts it stands in (`PostingCode`), spread over
/// `shardCount` files by a hash of the stem, so a query loads only the
/// files of its own words. `zoeken/t-<n>.js` holds
/// `regiodashSearch.terms(n, {"stem": "code", …});`, the stems in order.
struct SearchIndex: Sendable {
    /// Each shard's file.
    let shards: [[UInt8]]

    /// About one shard per 256 KB of text, so a shard stays some tens of kilobytes.
    static func shardCount(_ corpus: SearchCorpus) -> Int {
        var bytes = 0
        for document in corpus.documents {
            if case let .narrative(narrative) = document.source { bytes += narrative.body.utf8.count }
        }
        return min(max(1, bytes / 262_144), 1024)
    }

    /// Which shard holds a stem: FNV-1a of its UTF-8 bytes (the script computes the same).
    static func shard(of stem: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in stem.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }

    init(_ corpus: SearchCorpus, language: Language, shardCount: Int) {
        let postings = Self.postings(corpus, language: language)
        var terms = [[(String, [Int32])]](repeating: [], count: shardCount)
        for (stem, documents) in postings {
            terms[Self.shard(of: stem, count: shardCount)].append((stem, documents))
        }
        shards = terms.enumerated().map { number, terms in
            var bytes = Array("regiodashSearch.terms(\(number),{".utf8)
            for (index, (stem, documents)) in terms.sorted(by: { $0.0 < $1.0 }).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONText.append(stem, to: &bytes)
                bytes.append(contentsOf: ":\"".utf8)
                bytes.append(contentsOf: PostingCode.encode(documents))
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(contentsOf: "});\n".utf8)
            return bytes
        }
    }

    /// Every stem with the numbers of the texts it stands in, in order. The
    /// texts are read in slices side by side (cmark's HTML to text, words,
    /// stems: the most of a build's work when a narrative changes), each
    /// slice with a `SearchWords` of its own; a slice's numbers are all below
    /// the next slice's, so the slices' lists joined in order stay in order.
    private static func postings(_ corpus: SearchCorpus, language: Language) -> [String: [Int32]] {
        let documents = corpus.documents
        let sliceCount = max(1, min(8, documents.count / 256))
        let slices = Slices(count: sliceCount)
        DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
            let words = SearchWords(language)
            var lists: [[Int32]] = []
            let range = (documents.count * slice / sliceCount)..<(documents.count * (slice + 1) / sliceCount)
            for number in range {
                let id = Int32(number)
                let document = documents[number]
                words.forEachTerm(in: document.title(language) + "\n" + document.text(language)) { term in
                    if term == lists.count {
                        lists.append([id])
                    } else if lists[term].last != id {
                        lists[term].append(id)
                    }
                }
            }
            slices.set(slice, Array(zip(words.terms, lists)))
        }
        var postings: [String: [Int32]] = [:]
        for slice in slices.all {
            for (stem, documents) in slice { postings[stem, default: []].append(contentsOf: documents) }
        }
        return postings
    }

    /// What each slice found, set from the slices' threads.
    private final class Slices: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [[(String, [Int32])]]

        init(count: Int) {
            found = Array(repeating: [], count: count)
        }

        func set(_ slice: Int, _ terms: [(String, [Int32])]) {
            lock.withLock { found[slice] = terms }
        }

        var all: [[(String, [Int32])]] { lock.withLock { found } }
    }
}
