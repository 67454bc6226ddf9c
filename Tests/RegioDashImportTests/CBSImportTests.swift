import Foundation
import RegioDashCore
import RegioDashImport
import RegioDashTestSupport
import RegioDashThemes
import Testing

/// `regiodash import` on saved, real-shaped CBS answers (Fixtures/cbs): each
/// source format, CBS's symbols and statuses, dimension choice, a
/// redivision, idempotence, a semicolon data.csv kept as it was, and every
/// kind of bad input.
@Suite("Import from CBS open data")
struct CBSImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/cbs").path

    /// The demo's eleven municipalities with Nederland as a benchmark; population as region.yaml had it.
    static let region = """
        # The region. Comments and order must survive an import.
        name: Veiligheidsregio IJsselland
        municipalities:
          - code: GM0148
            name: Dalfsen
            population: {2021: 28850, 2022: 29000, 2023: 29150}
            tile: [3, 3]
          - {code: GM0150, name: Deventer, population: {2021: 100600, 2022: 101000, 2023: 101500}}
          - code: GM0160
            name: Hardenberg
            population:
              2020: 61000
              2021: 61200
          - {code: GM0166, name: Kampen}
          - {code: GM1773, name: Olst-Wijhe}
          - {code: GM0175, name: Ommen}
          - {code: GM0177, name: Raalte, population: {2020: 37700, 2021: 37800}}  # Raalte
          - {code: GM0180, name: Staphorst}
          - {code: GM1708, name: Steenwijkerland}
          - {code: GM1896, name: Zwartewaterland}
          - {code: GM0193, name: Zwolle}
        benchmarks:
          - {code: NL01, name: Nederland}
        """

    private func content(_ extra: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("import")
        try folder.write(["content/site.yaml": Fixtures.site, "content/region.yaml": Self.region].merging(
            extra.map { ("content/" + $0.key, $0.value) }) { _, new in new })
        return folder
    }

    private func run(_ folder: TemporaryFolder, _ target: CBSImport.Target, table: String = "03759ned", measure: String? = nil,
                     from: String, fixed: [String: String] = [:], years: ClosedRange<Int>? = nil,
                     retrieved: String = "2026-12-02") async throws -> CBSImport.Summary {
        try await CBSImport(target: target, table: table, measure: measure, fixed: fixed, years: years,
                            from: Self.fixtures + "/" + from, content: folder.path + "/content", retrieved: retrieved,
                            base: "http://127.0.0.1:9/").run(registry: .builtIn)
    }

    private func failure(_ body: () async throws -> Void) async -> String {
        do {
            try await body()
            return "no error"
        } catch let error as ImportError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test("population from OData v3: totals chosen, Amsterdam skipped, provisional said, years taken out of region.yaml and nothing else")
    func populationV3() async throws {
        let folder = try content()
        defer { folder.remove() }
        let summary = try await run(folder, .population, from: "03759ned-v3")
        #expect(summary.lines.contains("chose Geslacht=T001038, Leeftijd=10000, BurgerlijkeStaat=T001019"))
        #expect(summary.lines.contains("1 other regions of the table skipped (not in region.yaml)"))
        let csv = try #require(folder.read("content/population.csv"))
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "municipality,year,population,source")
        #expect(lines.count == 37, "the header and 12 places × 3 years")
        #expect(lines.contains("GM0177,2021,37800,\"CBS 03759ned, opgehaald 2026-12-02\""))
        #expect(lines.contains("GM0177,2023,38200,\"CBS 03759ned, opgehaald 2026-12-02, voorlopig\""))
        #expect(lines.contains("NL01,2022,17590672,\"CBS 03759ned, opgehaald 2026-12-02\""))
        #expect(!csv.contains("GM0363"))
        // region.yaml: the imported years are gone, the rest is as it was, comments and layout included.
        let yaml = try #require(folder.read("content/region.yaml"))
        var expected = Self.region
        expected = expected.replacing("    population: {2021: 28850, 2022: 29000, 2023: 29150}\n", with: "")
        expected = expected.replacing("name: Deventer, population: {2021: 100600, 2022: 101000, 2023: 101500}}",
                                      with: "name: Deventer, population: {}}")
        expected = expected.replacing("      2021: 61200\n", with: "")
        expected = expected.replacing("population: {2020: 37700, 2021: 37800}}  # Raalte", with: "population: {2020: 37700}}  # Raalte")
        #expect(yaml == expected)
        // The content still loads, with every population where it was.
        let loaded = await ContentLoader(content: ContentFolder(root: folder.path + "/content"), registry: .builtIn).load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.all)")
        let raalte = try #require(loaded.dataset?.region.municipality(code: "GM0177"))
        #expect(raalte.population == [2020: 37700, 2021: 37800, 2022: 38000, 2023: 38200])
        #expect(loaded.dataset?.region.benchmark(code: "NL01")?.population[2023] == 17811291)

        // The same import again, on another day: not a byte changes.
        let before = folder.snapshot("content")
        let again = try await run(folder, .population, from: "03759ned-v3", retrieved: "2027-01-15")
        #expect(again.written.isEmpty)
        #expect(again.lines == ["nothing changed: the content already holds these figures"])
        #expect(folder.snapshot("content") == before)
    }

    static let semicolonData = "\u{FEFF}municipality;year;indicator;value;source;note\r\n"
        + "GM0177;2022;integral-controls;1;Jaarverslag Raalte 2022;\"thema; bedrijfsverzamelgebouwen\"\r\n"
        + "GM0177;2022;anonymous-reports;24;;\r\n"
        + "GM0177;2022;registered-crimes;799;oud;\r\n"
        + "GM0177;2020;registered-crimes;810;CBS 83648NED, opgehaald 2025-01-01;\r\n"
        + "GM0193;2022;integral-controls;31;;\r\n"

    static let registered = "indicators:\n  - id: registered-crimes\n    label: {nl: Geregistreerde misdrijven, en: Registered crimes}\n    kind: count\n"

    @Test("figures from the v4 zip into a semicolon data.csv: only that indicator's years replaced; BOM, CRLF, order kept; symbols and status in note")
    func figuresV4Zip() async throws {
        let folder = try content(["themes/undermining/data.csv": Self.semicolonData, "themes/undermining/theme.yaml": Self.registered])
        defer { folder.remove() }
        let summary = try await run(folder, .figures(theme: "undermining", indicator: "registered-crimes"), table: "83648NED",
                                    measure: "M004201", from: "83648NED-v4.zip")
        #expect(summary.lines.contains("chose SoortMisdrijf=0.0.0"))
        #expect(summary.lines.contains("1 without a figure (empty, the reason in note)"))
        let text = try #require(folder.read("content/themes/undermining/data.csv"))
        #expect(text.hasPrefix("\u{FEFF}municipality;year;indicator;value;source;note\r\n"))
        #expect(!text.replacing("\r\n", with: "").contains("\n"), "every line ends in CRLF")
        let lines = text.dropFirst().split(separator: "\r\n").map(String.init)
        // The other indicators' rows and the 2020 row are untouched and in their places; 2022's is replaced where it stood.
        #expect(lines[1] == "GM0177;2022;integral-controls;1;Jaarverslag Raalte 2022;\"thema; bedrijfsverzamelgebouwen\"")
        #expect(lines[2] == "GM0177;2022;anonymous-reports;24;;")
        #expect(lines[3] == "GM0148;2021;registered-crimes;98;CBS 83648NED, opgehaald 2026-12-02;")
        #expect(lines.contains("GM0177;2020;registered-crimes;810;CBS 83648NED, opgehaald 2025-01-01;"))
        #expect(lines.last == "GM0193;2022;integral-controls;31;;")
        #expect(lines.contains("GM0177;2022;registered-crimes;845;CBS 83648NED, opgehaald 2026-12-02;"))
        #expect(!lines.contains { $0.hasPrefix("GM0177;2022;registered-crimes;799") })
        #expect(lines.contains("GM1773;2023;registered-crimes;;CBS 83648NED, opgehaald 2026-12-02;\"geheim (CBS); voorlopig\""))
        #expect(lines.contains("GM0193;2023;registered-crimes;8210;CBS 83648NED, opgehaald 2026-12-02;voorlopig"))
        #expect(lines.contains("NL01;2021;registered-crimes;843000;CBS 83648NED, opgehaald 2026-12-02;"))
        #expect(!text.contains("GM0363"))
        #expect(lines.count == 41, "the header and five rows, one replaced, and 36 imported")

        let loaded = await ContentLoader(content: ContentFolder(root: folder.path + "/content"), registry: .builtIn).load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.all)")
        let theme = try #require(loaded.dataset?.theme(id: "undermining"))
        #expect(theme.figures.observation(municipality: "GM0177", year: 2023, indicator: "registered-crimes")?.value == 861)
        #expect(theme.figures.observation(municipality: "GM1773", year: 2023, indicator: "registered-crimes")?.value == nil)

        let before = folder.snapshot("content")
        let again = try await run(folder, .figures(theme: "undermining", indicator: "registered-crimes"), table: "83648NED",
                                  measure: "M004201", from: "83648NED-v4.zip", retrieved: "2027-03-01")
        #expect(again.written.isEmpty)
        #expect(folder.snapshot("content") == before)
    }

    @Test("the v4 JSON and the bare Observations.csv give the same figures; --where and --years choose")
    func figuresV4JSONAndCSV() async throws {
        var results: [String] = []
        for source in ["83648NED-v4.json", "83648NED-Observations.csv"] {
            let folder = try content(["themes/undermining/theme.yaml": Self.registered])
            defer { folder.remove() }
            _ = try await run(folder, .figures(theme: "undermining", indicator: "registered-crimes"), table: "83648NED",
                              measure: "M004201", from: source, fixed: ["SoortMisdrijf": "1.1.1"], years: 2022...2023)
            let text = try #require(folder.read("content/themes/undermining/data.csv"))
            #expect(text.hasPrefix("municipality,year,indicator,value,source,note\n"))
            #expect(text.contains("GM0177,2022,registered-crimes,254,\"CBS 83648NED, opgehaald 2026-12-02\",\n"))
            #expect(!text.contains(",2021,"))
            results.append(text)
        }
        #expect(results[0] == results[1])
    }

    @Test("a redivision: the years before it are the predecessors' sum, noted, and the first year after it is a break")
    func redivision() async throws {
        let region = Self.region.replacing("  - {code: GM0175, name: Ommen}\n", with: "")
            .replacing("  - {code: GM0148, name: Dalfsen", with: "  - {code: GM0148, name: Dalfsen")
            .replacing("""
                  - code: GM0148
                    name: Dalfsen
                """, with: """
                  - code: GM9001
                    name: Vechtdal
                    formed_from: [{code: GM0148, until: 2021}, {code: GM0175, until: 2021}]
                """)
        let folder = try content(["region.yaml": region, "themes/undermining/theme.yaml": Self.registered])
        defer { folder.remove() }
        _ = try await run(folder, .figures(theme: "undermining", indicator: "registered-crimes"), table: "83648NED",
                          measure: "M004201", from: "83648NED-v4.zip")
        let text = try #require(folder.read("content/themes/undermining/data.csv"))
        // 2021: Dalfsen 98 + Ommen 401; 2022 is Vechtdal's own, but CBS's table has no GM9001: nothing to import then.
        #expect(text.contains("GM9001,2021,registered-crimes,499,\"CBS 83648NED, opgehaald 2026-12-02\",som van GM0148 + GM0175 (herindeling 2022)\n"),
                "\(text)")
        #expect(!text.contains("GM0148,") && !text.contains("GM0175,"))
    }

    @Test("a dimension left open with several values and no total is an error that lists its keys")
    func openDimension() async throws {
        let folder = try content(["themes/undermining/theme.yaml": Self.registered])
        defer { folder.remove() }
        let message = await failure {
            _ = try await run(folder, .figures(theme: "undermining", indicator: "registered-crimes"), table: "83648NED",
                              measure: "M004201", from: "83648NED-v4.json")
        }
        #expect(message.hasSuffix("83648NED-v4.json: SoortMisdrijf has 2 values and none is clearly the total: choose one with "
            + "--where SoortMisdrijf=KEY (0.0.0, 1.1.1)"))
        #expect(!folder.exists("content/themes/undermining/data.csv"))
    }

    @Test("bad input: each is a clear error, and no content file is touched", arguments: [
        ("83648NED-v4.zip", "M004202", "is in \"per 1 000 inwoners\" with 1 decimal, not a count"),
        ("83648NED-v4.zip", "M00420", "the table has no measure M00420: it has M004201 (Totaal geregistreerde misdrijven), "
            + "M004202 (Geregistreerde misdrijven per 1000 inwoners); did you mean M004201?"),
        ("quarterly-v4.json", "M1", "period 2023KW01 is a quarter: regiodash imports yearly figures"),
        ("error-page.json", "M1", "error-page.json is not JSON (it may be cut off, or an error page: save the answer again)"),
        ("truncated-v4.json", "M1", "truncated-v4.json is not JSON"),
        ("nothing-here.json", "M1", "there is no such file or folder"),
    ])
    func badInput(file: String, measure: String, expected: String) async throws {
        let folder = try content(["themes/undermining/data.csv": Self.semicolonData, "themes/undermining/theme.yaml": Self.registered])
        defer { folder.remove() }
        let before = folder.snapshot("content")
        let message = await failure {
            _ = try await run(folder, .figures(theme: "undermining", indicator: "registered-crimes"), table: "83648NED",
                              measure: measure, from: file)
        }
        #expect(message.contains(expected), "\(message)")
        #expect(folder.snapshot("content") == before)
    }

    @Test("an answer with two figures for one municipality and year is refused")
    func duplicatePeriods() async throws {
        let folder = try content(["themes/undermining/theme.yaml": Self.registered])
        defer { folder.remove() }
        let row = "{\"Id\": 0, \"Measure\": \"M1\", \"ValueAttribute\": \"None\", \"Value\": 5, \"RegioS\": \"GM0177\", \"Perioden\": \"2023JJ00\"}"
        try folder.write(["twice.json": "{\"value\": [\(row), \(row)]}"])
        let message = await failure {
            _ = try await CBSImport(target: .figures(theme: "undermining", indicator: "registered-crimes"), table: "X", measure: "M1",
                                    fixed: [:], years: nil, from: folder.path + "/twice.json", content: folder.path + "/content",
                                    retrieved: "2026-12-02", base: "http://127.0.0.1:9/").run(registry: .builtIn)
        }
        #expect(message.hasSuffix("twice.json: GM0177 has two figures for 2023 (2023JJ00) with the same keys: the table needs another --where to pick one"))
    }

    @Test("offline: a clear error naming the URL, and nothing written")
    func offline() async throws {
        let folder = try content()
        defer { folder.remove() }
        let before = folder.snapshot("content")
        let message = await failure {
            _ = try await CBSImport(target: .population, table: "03759ned", measure: nil, fixed: [:], years: nil, from: nil,
                                    content: folder.path + "/content", retrieved: "2026-12-02",
                                    base: "http://127.0.0.1:9/").run(registry: .builtIn)
        }
        #expect(message.hasPrefix("http://127.0.0.1:9/03759ned/DataProperties?$format=json: CBS could not be reached"))
        #expect(message.hasSuffix("check the connection, or save the answer in a browser and use --from FILE"))
        #expect(folder.snapshot("content") == before)
    }

    @Test("population.csv and region.yaml giving the same year is an error naming both lines")
    func populationTwice() async throws {
        let folder = try content(["population.csv": "municipality,year,population,source\nGM0177,2021,37801,CBS\n"])
        defer { folder.remove() }
        let loaded = await ContentLoader(content: ContentFolder(root: folder.path + "/content"), registry: .builtIn).load()
        let errors = loaded.diagnostics.all.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("population.csv:2:1: error: the population of GM0177 in 2021 is also given at ") == true)
        #expect(errors.first?.contains("region.yaml:17:") == true, "\(errors)")
    }
}
