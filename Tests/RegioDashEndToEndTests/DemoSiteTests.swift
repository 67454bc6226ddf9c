import Foundation
import RegioDashTestSupport
import Testing

@Suite("regiodash build on the IJsselland demo content", .serialized)
struct DemoSiteTests {
    private static func buildDemo() throws -> (TemporaryFolder, Command.Result) {
        let folder = try TemporaryFolder("demo")
        let content = Command.repository.appendingPathComponent("content").path
        let result = try Command.run(["build", "--content", content, "--output", folder.path + "/site"])
        return (folder, result)
    }

    @Test("writes the overview, six theme pages (one declared in theme.yaml), eleven profiles, the free pages, twelve data files and the sitemap")
    func files() throws {
        let (folder, result) = try Self.buildDemo()
        defer { folder.remove() }
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Built "))
        let files = Set(folder.snapshot("site").keys)
        let themes = ["ondermijning", "digitale-veiligheid", "zorg-en-veiligheid", "kvo", "opvang", "jeugdoverlast"]
        let municipalities = ["dalfsen", "deventer", "hardenberg", "kampen", "olst-wijhe", "ommen", "raalte",
                              "staphorst", "steenwijkerland", "zwartewaterland", "zwolle"]
        var expected: Set<String> = ["index.html", "sitemap.xml", "over/index.html", "methode/index.html", "toegankelijkheid/index.html"]
        expected.formUnion(themes.map { "\($0)/index.html" })
        expected.formUnion(municipalities.map { "gemeenten/\($0)/index.html" })
        expected.formUnion(["undermining", "cyber", "care-safety", "kvo", "refugee-shelter", "youth-nuisance"].flatMap {
            ["data/\($0).csv", "data/\($0).json"]
        })
        #expect(expected.isSubset(of: files), "missing: \(expected.subtracting(files).sorted())")
        // Two downloads per theme, and the data package that describes the CSVs.
        #expect(files.filter { $0.hasPrefix("data/") }.count == 13)
        #expect(files.contains("data/datapackage.json"))
        // A profile and a handout per theme for each municipality.
        expected.formUnion(municipalities.flatMap { municipality in themes.map { "gemeenten/\(municipality)/\($0)/index.html" } })
        #expect(expected.isSubset(of: files), "missing: \(expected.subtracting(files).sorted())")
        #expect(files.filter { $0.hasPrefix("gemeenten/") }.count == 11 * 7)
    }

    @Test("real numbers: Raalte's 69% on the care-safety page and on its profile")
    func raalte() throws {
        let (folder, _) = try Self.buildDemo()
        defer { folder.remove() }
        let theme = try #require(folder.read("site/zorg-en-veiligheid/2022/index.html"))
        let table = try #require(HTMLProbe.table(in: theme, caption: "alle gemeenten in 2022"))
        // Inwoners, E33 (aantal, per 1.000), casussen (aantal, per 1.000), buurtbemiddeling (aantal, per 1.000), succes
        let raalte = try #require(HTMLProbe.row("Raalte", in: table))
        #expect(raalte.first == "38.000")
        #expect(raalte[1] == "214")
        #expect(raalte[2] == "5,6")
        // Buurtbemiddeling: 69%, beside its target of 65% (content/themes/care-safety/targets.csv).
        #expect(raalte.suffix(2) == ["69%", "65%"])
        #expect(theme.contains("Jaarverslag Raalte 2022"))

        let profile = try #require(folder.read("site/gemeenten/raalte/index.html"))
        let history = try #require(HTMLProbe.table(in: profile, caption: "Raalte per jaar"))
        #expect(history.first == ["Indicator", "2021", "2022", "2023", "Sinds 2022", "Sinds 2021"])
        // The first "per jaar" table is undermining's; take care-safety's.
        let careSafety = try #require(profile.firstMatch(of: /aria-labelledby="care-safety">(.*?)<\/section>/.dotMatchesNewlines()))
        let careHistory = try #require(HTMLProbe.table(in: String(careSafety.1), caption: "Raalte per jaar"))
        #expect(HTMLProbe.row("Buurtbemiddeling afgerond met positief resultaat", in: careHistory)?[1] == "69%")
        #expect(profile.contains("Het aantal afgeronde zaken met een positief resultaat is 69%."))
    }

    @Test("the overview names every theme with a headline figure and every municipality")
    func overview() throws {
        let (folder, _) = try Self.buildDemo()
        defer { folder.remove() }
        let page = try #require(folder.read("site/index.html"))
        #expect(page.matches(of: /<li class="card">/).count == 6)
        #expect(page.matches(of: /<span class="figure">/).count == 6)
        #expect(page.contains("<a href=\"gemeenten/zwartewaterland/index.html\">Zwartewaterland</a>"))
        #expect(page.contains("Voorbeeldgegevens: de cijfers op deze site zijn illustratief"))
    }

    @Test("kvo shows the certificates and flags the ones that expire within six months")
    func kvo() throws {
        let (folder, result) = try Self.buildDemo()
        defer { folder.remove() }
        let page = try #require(folder.read("site/kvo/index.html"))
        #expect(page.contains("Bedrijventerrein en winkelgebied Raalte"))
        #expect(page.matches(of: /Verloopt binnen 6 maanden<\/strong>/).count == 3)
        #expect(result.errors.contains("certificates.csv:2:1: note: this certificate expires on 2024-03-15"))
    }

    @Test("the demo builds the same bytes twice")
    func deterministic() throws {
        let (first, _) = try Self.buildDemo()
        let (second, _) = try Self.buildDemo()
        defer { first.remove(); second.remove() }
        #expect(first.snapshot("site") == second.snapshot("site"))
    }
}
