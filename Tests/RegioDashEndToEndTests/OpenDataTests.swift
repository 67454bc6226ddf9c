import Foundation
import RegioDashTestSupport
import Testing

/// What a reuser of the site finds besides the pages: the licence in
/// site.yaml, carried by the footer and the downloads; each page's address
/// and description for search engines and link previews.
@Suite("Open data: the licence, canonical addresses, descriptions")
struct OpenDataTests {
    private static func demo(_ settings: String) throws -> (TemporaryFolder, Command.Result) {
        let folder = try TemporaryFolder("open-data")
        try Command.copyDemo(into: folder)
        let site = try #require(folder.read("content/site.yaml"))
        try folder.write(["content/site.yaml": site + settings])
        return (folder, try Command.run(["build", "--quiet"], in: folder.path))
    }

    @Test("license: an SPDX id is linked in every page's footer and named in the JSON downloads")
    func license() throws {
        let (folder, result) = try Self.demo("license: CC-BY-4.0\n")
        defer { folder.remove() }
        #expect(result.status == 0, "\(result.errors)")
        let link = "Hergebruik van de cijfers: <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>"
        for page in ["index.html", "kvo/index.html", "gemeenten/raalte/index.html", "gemeenten/raalte/kvo/index.html", "over/index.html"] {
            #expect(folder.read("site/\(page)")?.contains(link) == true, "\(page)")
        }
        let json = try #require(folder.read("site/data/undermining.json"))
        #expect(json.contains("\"license\": {\"name\": \"CC-BY-4.0\", \"path\": \"https://creativecommons.org/licenses/by/4.0/\"}"))
    }

    @Test("license: a licence's address is accepted; a misspelt id is an error that names the id meant")
    func licenseErrors() throws {
        let (own, ownResult) = try Self.demo("license: https://example.org/licentie\n")
        defer { own.remove() }
        #expect(ownResult.status == 0, "\(ownResult.errors)")
        #expect(own.read("site/index.html")?.contains("<a href=\"https://example.org/licentie\" rel=\"license\">https://example.org/licentie</a>") == true)

        let (typo, typoResult) = try Self.demo("license: CC-BY-4\n")
        defer { typo.remove() }
        #expect(typoResult.status == 1)
        #expect(typoResult.errors.contains("site.yaml"))
        #expect(typoResult.errors.contains("license \"CC-BY-4\" is neither an SPDX id regiodash knows"))
        #expect(typoResult.errors.contains("CC-BY-4.0"))
    }

    @Test("with base_url every page names its address (canonical, og:url); every page has a description")
    func addresses() throws {
        let (folder, result) = try Self.demo("")
        defer { folder.remove() }
        #expect(result.status == 0, "\(result.errors)")
        let plain = try #require(folder.read("site/kvo/index.html"))
        #expect(!plain.contains("rel=\"canonical\""), "no address without base_url")
        #expect(plain.contains("<meta name=\"description\" content=\"Bedrijventerreinen (KVO-B) en winkelgebieden (KVO-W)"))
        #expect(plain.contains("<meta property=\"og:title\" content=\"Keurmerk Veilig Ondernemen · Veiligheidsbeeld IJsselland\">"))

        let (published, built) = try Self.demo("base_url: https://example.org/veiligheid\n")
        defer { published.remove() }
        #expect(built.status == 0, "\(built.errors)")
        let kvo = try #require(published.read("site/kvo/index.html"))
        #expect(kvo.contains("<link rel=\"canonical\" href=\"https://example.org/veiligheid/kvo/\">"))
        #expect(kvo.contains("<meta property=\"og:url\" content=\"https://example.org/veiligheid/kvo/\">"))
        let overview = try #require(published.read("site/index.html"))
        #expect(overview.contains("<link rel=\"canonical\" href=\"https://example.org/veiligheid/\">"))
        #expect(overview.contains("<meta name=\"description\" content=\"De 11 gemeenten van Veiligheidsregio IJsselland naast elkaar op openbare veiligheid"))
        let profile = try #require(published.read("site/gemeenten/raalte/index.html"))
        #expect(profile.contains("<meta name=\"description\" content=\"Raalte naast de andere gemeenten van Veiligheidsregio IJsselland:"))
        let pages = published.snapshot("site").keys.filter { $0.hasSuffix(".html") }
        for page in pages {
            #expect(published.read("site/\(page)")?.contains("<meta name=\"description\" content=\"") == true, "\(page)")
        }
    }
}
