import Foundation
import RegioDashCore
import ZIPFoundation

/// The files of the search besides its page, each an `OutputJob` keyed
/// like what it reads (`PageKeys`):
///
/// - `zoeken/meta.js`: the themes, municipalities and free pages, and which
///   narrative each number is (`SearchCorpus.groups`, as bitmaps);
/// - `zoeken/t-<n>.js`: the terms (`SearchIndex`), made together once per
///   build that changes any text;
/// - `zoeken/d-<n>.js`: `chunkSize` texts each, their titles and texts for
///   the results' snippets, as raw deflate in base64 (the script inflates
///   them with `DecompressionStream`), each keyed by its own texts;
/// - `assets/search.js` and the stemmer of the site's language.
///
/// Every file is a script that calls `regiodashSearch`, so the page loads
/// them with `<script>` elements, which work from disk (`file://`), where
/// `fetch` does not.
enum SearchFiles {
    static let chunkSize = 16

    static func jobs(dataset: Dataset, keys: PageKeys, routes: Routes, strings: Strings) -> [OutputJob] {
        let language = dataset.site.language
        let corpus = SearchCorpus(dataset: dataset, strings: strings)
        let shardCount = SearchIndex.shardCount(corpus)
        let page = routes.search
        var jobs: [OutputJob] = []
        jobs.append(OutputJob(path: routes.searchFile("meta.js"), key: keys.searchMeta(corpus, shards: shardCount)) {
            meta(corpus, dataset: dataset, routes: routes, page: page, shards: shardCount)
        })
        let index = Once { SearchIndex(corpus, language: language, shardCount: shardCount) }
        for shard in 0..<shardCount {
            jobs.append(OutputJob(path: routes.searchFile("t-\(shard).js"), key: keys.searchTerms(shards: shardCount)) {
                index.get().shards[shard]
            })
        }
        for chunk in 0..<((corpus.documents.count + chunkSize - 1) / chunkSize) {
            let range = (chunk * chunkSize)..<min(corpus.documents.count, (chunk + 1) * chunkSize)
            jobs.append(OutputJob(path: routes.searchFile("d-\(chunk).js"), key: keys.searchChunk(corpus.documents[range], chunk: chunk)) {
                texts(chunk, corpus.documents[range], language: language)
            })
        }
        jobs.append(OutputJob(path: Routes.searchScript, key: keys.program) { Array(SearchScript.source.utf8) })
        jobs.append(OutputJob(path: routes.stemmerScript, key: keys.program) {
            Array((language == .nl ? SnowballScript.dutch : SnowballScript.english).utf8)
        })
        return jobs
    }

    private static func meta(_ corpus: SearchCorpus, dataset: Dataset, routes: Routes, page: String, shards: Int) -> [UInt8] {
        let language = dataset.site.language
        var bytes = Array("regiodashSearch.meta({\"shards\":\(shards),\"chunk\":\(chunkSize),\"documents\":\(corpus.documents.count),\"themes\":[".utf8)
        for (index, theme) in dataset.themes.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            list(&bytes, [theme.id, theme.title(language)])
        }
        bytes.append(contentsOf: "],\"municipalities\":[".utf8)
        for (index, municipality) in dataset.region.municipalities.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            list(&bytes, [municipality.name, Routes.relative(from: page, to: routes.profile(municipality))])
        }
        bytes.append(contentsOf: "],\"groups\":[".utf8)
        for (index, group) in corpus.groups.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var bits = [UInt8](repeating: 0, count: (group.municipalities.max() ?? 0) / 6 + 1)
            for municipality in group.municipalities { bits[municipality / 6] |= 1 << UInt8(municipality % 6) }
            bytes.append(contentsOf: "[\(group.theme),\(group.year),\(group.start),\"".utf8)
            bytes.append(contentsOf: bits.map { PostingCode.alphabet[Int($0)] })
            bytes.append(contentsOf: "\"]".utf8)
        }
        bytes.append(contentsOf: "],\"pages\":[".utf8)
        for (index, number) in corpus.pages.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            let document = corpus.documents[number]
            bytes.append(contentsOf: "[\(document.theme ?? -1),".utf8)
            JSONText.append(Routes.relative(from: page, to: document.path), to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append(contentsOf: "]});\n".utf8)
        return bytes
    }

    /// `regiodashSearch.docs(n, "…")`: the chunk's `[[title, text], …]` as JSON, deflated, in base64.
    private static func texts(_ chunk: Int, _ documents: ArraySlice<SearchCorpus.Document>, language: Language) -> [UInt8] {
        var json = Array("[".utf8)
        for (index, document) in documents.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            list(&json, [document.title(language), document.text(language)])
        }
        json.append(UInt8(ascii: "]"))
        var deflated = Data()
        let source = Data(json)
        // ZIPFoundation's raw deflate (zlib); it throws only on a broken zlib, when the chunk goes uncompressed-empty.
        _ = try? Data.compress(size: Int64(source.count), bufferSize: 65_536, provider: { position, size in
            source.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { deflated.append($0) })
        return Array("regiodashSearch.docs(\(chunk),\"\(deflated.base64EncodedString())\");\n".utf8)
    }

    private static func list(_ bytes: inout [UInt8], _ texts: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONText.append(text, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
