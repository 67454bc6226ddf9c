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
        let words = SearchWords(language)
        var postings: [String: [Int32]] = [:]
        for (number, document) in corpus.documents.enumerated() {
            let id = Int32(number)
            words.forEachStem(in: document.title(language) + "\n" + document.text(language)) { stem in
                if postings[stem]?.last != id { postings[stem, default: []].append(id) }
            }
        }
        var shards = [[(String, [Int32])]](repeating: [], count: shardCount)
        for (stem, documents) in postings {
            shards[Self.shard(of: stem, count: shardCount)].append((stem, documents))
        }
        self.shards = shards.enumerated().map { number, terms in
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
}
