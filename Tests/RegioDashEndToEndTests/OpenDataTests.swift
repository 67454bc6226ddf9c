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
        // The demo's own licence gives way to the one under test.
        let site = try #require(folder.read("content/site.yaml")).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("license:") }.joined(separator: "\n")
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
        #expect(overview.contains("<meta name=\"description\" content=\"De 11 gemeenten van Veiligheidsregio IJsselland naast elkaar op openbare veiligheid: de cijfers per thema.\">"))
        #expect(profile.contains("per thema de cijfers, de vergelijking en wat de gemeente deed.\">"))
        // A handout says what the municipality did only when it shows a narrative: Dalfsen wrote none on youth nuisance.
        let told = try #require(published.read("site/gemeenten/dalfsen/ondermijning/index.html"))
        #expect(told.contains("<meta name=\"description\" content=\"Dalfsen, Ondermijning: de cijfers, de vergelijking en wat de gemeente deed, om te printen.\">"))
        let untold = try #require(published.read("site/gemeenten/dalfsen/jeugdoverlast/index.html"))
        #expect(untold.contains("<meta name=\"description\" content=\"Dalfsen, Jeugdoverlast: de cijfers en de vergelijking, om te printen.\">"))
        let pages = published.snapshot("site").keys.filter { $0.hasSuffix(".html") }
        for page in pages {
            #expect(published.read("site/\(page)")?.contains("<meta name=\"description\" content=\"") == true, "\(page)")
        }
    }

    @Test("in English too, a description says what the municipality did only on a page that shows it")
    func englishDescriptions() throws {
        let folder = try TemporaryFolder("open-data-en")
        defer { folder.remove() }
        try Command.copyDemo(into: folder, language: "en")
        let result = try Command.run(["build", "--quiet"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(folder.read("site/index.html")?.contains(
            "<meta name=\"description\" content=\"The 11 municipalities of Veiligheidsregio IJsselland side by side on public safety: the figures per theme.\">") == true)
        #expect(folder.read("site/municipalities/dalfsen/undermining/index.html")?.contains(
            "<meta name=\"description\" content=\"Dalfsen, Undermining crime: the figures, the comparison and what the municipality did, to print.\">") == true)
        #expect(folder.read("site/municipalities/dalfsen/youth-nuisance/index.html")?.contains(
            "<meta name=\"description\" content=\"Dalfsen, Youth nuisance: the figures and the comparison, to print.\">") == true)
    }

    @Test("data/datapackage.json describes every CSV download: its columns, their types, the sources and the licence")
    func dataPackage() throws {
        let (folder, result) = try Self.demo("license: CC-BY-4.0\n")
        defer { folder.remove() }
        #expect(result.status == 0, "\(result.errors)")
        let data = try #require(folder.read("site/data/datapackage.json")?.data(using: .utf8))
        let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(package["profile"] as? String == "tabular-data-package")
        #expect(package["name"] as? String == "veiligheidsbeeld-ijsselland")
        let licenses = try #require(package["licenses"] as? [[String: Any]])
        #expect(licenses.first?["name"] as? String == "CC-BY-4.0")
        let resources = try #require(package["resources"] as? [[String: Any]])
        let paths = resources.compactMap { $0["path"] as? String }
        let csvs = folder.snapshot("site").keys.filter { $0.hasPrefix("data/") && $0.hasSuffix(".csv") }.map { String($0.dropFirst(5)) }
        #expect(Set(paths) == Set(csvs))
        // Each resource's fields are its CSV's header, in order.
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let csv = try #require(folder.read("site/data/\(path)"))
            let firstLine = String(csv.split(whereSeparator: \.isNewline).first ?? "").replacing("\u{FEFF}", with: "")
            let header = firstLine.split(separator: ",").map(String.init)
            let fields = try #require((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
            #expect(fields.compactMap { $0["name"] as? String } == header, "\(path)")
        }
        let undermining = try #require(resources.first { $0["name"] as? String == "undermining" })
        let fields = try #require((undermining["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        #expect(fields.first { $0["name"] as? String == "value" }?["type"] as? String == "number")
        #expect(fields.first { $0["name"] as? String == "municipality" }?["type"] as? String == "string")
        let sources = try #require(undermining["sources"] as? [[String: Any]])
        #expect(sources.compactMap { $0["title"] as? String }.contains("Jaarverslag Raalte 2022"))
        let kvo = try #require(resources.first { $0["name"] as? String == "kvo" })
        let kvoFields = try #require((kvo["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        #expect(kvoFields.first { $0["name"] as? String == "valid_until" }?["type"] as? String == "date")
        #expect(kvoFields.first { $0["name"] as? String == "stars" }?["type"] as? String == "integer")
    }
}
