import Foundation
import RegioDashCore
@testable import RegioDashSite
import RegioDashTestSupport
import Testing
import ZIPFoundation

@Suite("The search index: words as the script reads them, stems, numbers, and files that load from disk")
struct SearchIndexTests {
    @Test("a term's documents as gaps, or as a bitmap when that is shorter; both decode to what went in")
    func postings() {
        let few: [Int32] = [0, 3, 40, 1_000, 1_001, 70_000]
        let gaps = PostingCode.encode(few)
        #expect(gaps.first != UInt8(ascii: "!"))
        #expect(PostingCode.decode(gaps) == few)
        let many = Array(Int32(0)..<600).filter { $0 % 3 != 1 }
        let bitmap = PostingCode.encode(many)
        #expect(bitmap.first == UInt8(ascii: "!"))
        #expect(bitmap.count == 1 + 100)
        #expect(PostingCode.decode(bitmap) == many)
        #expect(PostingCode.encode([]).isEmpty)
    }

    @Test("words are lower-cased, accents and apostrophes dropped, split at punctuation, and stemmed with Snowball's Dutch")
    func words() {
        let words = SearchWords(.nl)
        var stems: [String] = []
        words.forEachStem(in: "Coördinatoren van 's-Hertogenbosch: drugslabs, DRUGSLAB en auto's; 2023") { stems.append($0) }
        #expect(stems == ["coordinator", "van", "s", "hertogenbosch", "drugslab", "drugslab", "en", "autos", "2023"])
        // What cmark's smart punctuation makes: the typographic apostrophe is left out like ', and quotes,
        // dashes, the ellipsis and a no-break space end a word, as Slug.make has them (and the script).
        var typographic: [String] = []
        words.forEachStem(in: "“Auto’s”\u{A0}—\u{2026}de ‘wijk’ – coördinator’s") { typographic.append($0) }
        var slugged: [String] = []
        for part in Slug.make(from: "“Auto’s”\u{A0}—\u{2026}de ‘wijk’ – coördinator’s").split(separator: "-") {
            words.forEachStem(in: String(part)) { slugged.append($0) }
        }
        #expect(typographic == ["autos", "de", "wijk", "coordinator"])
        #expect(typographic == slugged)
        // Every Latin-1 letter read from the bytes as Slug.make folds it (and the others through Slug.make).
        for scalar in (0xC0...0xFF).compactMap(Unicode.Scalar.init) {
            let text = "Pa\(scalar)te"
            var read: [String] = [], folded: [String] = []
            words.forEachStem(in: text) { read.append($0) }
            for part in Slug.make(from: text).split(separator: "-") { words.forEachStem(in: String(part)) { folded.append($0) } }
            #expect(read == folded, "\(scalar)")
        }
        var long: [String] = []
        words.forEachStem(in: String(repeating: "a", count: 65) + " kort") { long.append($0) }
        #expect(long == ["kort"])
    }

    @Test("the text of cmark's HTML: tags gone, entities decoded, a line per block")
    func plainText() {
        let body = Markdown.render("Eerst *dit* &amp; [dat](https://example.org).\n\n- een\n- twee &lt;3\n")
        #expect(PlainText.of(body) == "Eerst dit & dat.\neen\ntwee <3")
    }

    @Test("a built site: the search page with its form hidden until the script runs, the terms and the texts of every narrative")
    func site() async throws {
        let workspace = try Workspace([
            "themes/sample/data.csv": sampleData,
            "themes/sample/raalte/2022.md": "---\ntitle: Vuurwerk in Raalte\ntags: [vuurwerk]\n---\nWe hielden drie bijeenkomsten over vuurwerk.\n",
            "themes/sample/zwolle/2021.md": "Zwolle deed iets anders.\n",
        ])
        defer { workspace.remove() }
        #expect(await workspace.build().written)
        let page = workspace.page("zoeken/index.html")
        #expect(page.contains("<form id=\"search-form\" class=\"search\" role=\"search\" method=\"get\" hidden=\"\""))
        #expect(page.contains("<div id=\"search-fallback\">") && page.contains("href=\"../onderwerpen/vuurwerk/index.html\""))
        #expect(page.contains("<script src=\"../assets/stem-nl.js\"></script><script src=\"../assets/search.js\"></script><script src=\"meta.js\"></script>"))
        #expect(page.contains("<option value=\"0\">Raalte</option>"))
        #expect(workspace.page("index.html").contains("<a href=\"zoeken/index.html\">Zoeken</a>"))

        // Numbers: Zwolle's 2021 first (the oldest year), then Raalte's 2022, then the theme's introduction and the free pages.
        let meta = workspace.page("zoeken/meta.js")
        #expect(meta.contains("\"groups\":[[0,2021,0,\"2\"],[0,2022,1,\"1\"]]"))
        #expect(meta.contains("[\"Raalte\",\"../gemeenten/raalte/index.html\"]"))
        let terms = workspace.page("zoeken/t-0.js")
        #expect(terms.hasPrefix("regiodashSearch.terms(0,{"))
        let codes = Dictionary(uniqueKeysWithValues: terms.matches(of: /"([a-z0-9]+)":"([^"]*)"/).map { (String($0.1), Array(String($0.2).utf8)) })
        #expect(codes["bijeenkomst"].map(PostingCode.decode) == [1], "'bijeenkomsten' under its stem, in Raalte's narrative")
        #expect(codes["vuurwerk"].map(PostingCode.decode) == [1])
        #expect(codes["zwoll"].map(PostingCode.decode) == [0])

        let chunk = workspace.page("zoeken/d-0.js")
        let base64 = try #require(chunk.firstMatch(of: /regiodashSearch\.docs\(0,"([^"]*)"\);/).map { String($0.1) })
        let texts = try JSONSerialization.jsonObject(with: try inflate(try #require(Data(base64Encoded: base64)))) as? [[String]]
        #expect(texts?.count == 4, "two narratives, the theme's introduction and the accessibility statement")
        #expect(texts?[1] == ["Vuurwerk in Raalte", "We hielden drie bijeenkomsten over vuurwerk."])
        #expect(texts?[0] == ["", "Zwolle deed iets anders."])
    }

    private func inflate(_ data: Data) throws -> Data {
        var out = Data()
        _ = try Data.decompress(size: Int64(data.count), bufferSize: 65_536, skipCRC32: true, provider: { position, size in
            data.subdata(in: min(data.count, Int(position))..<min(data.count, Int(position) + size))
        }, consumer: { out.append($0) })
        return out
    }
}
