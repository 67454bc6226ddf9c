import RegioDashCore
import RegioDashTestSupport
import Testing

@Suite("site.yaml and region.yaml")
struct SiteAndRegionTests {
    @Test("the fixture loads: settings, municipalities, default slugs and populations")
    func good() async throws {
        let result = try await load([:])
        #expect(!result.diagnostics.hasErrors)
        let dataset = try #require(result.dataset)
        #expect(dataset.site.title == "Testregio veilig")
        #expect(dataset.site.exampleData)
        #expect(dataset.region.name == "Veiligheidsregio Test" && dataset.region.code == "VR99")
        #expect(dataset.region.municipalities.map(\.slug) == ["raalte", "zwolle", "olst-wijhe"])
        #expect(dataset.region.municipality(code: "GM0177")?.population[2022] == 38053)
        #expect(dataset.region.population(in: 2022) == 38053 + 130500 + 18400)
    }

    @Test("a missing title, an unknown key with its suggestion, a bad language")
    func siteErrors() async throws {
        let result = try await load(["site.yaml": "titel: X\nlanguage: fr\n"])
        let errors = result.diagnostics.errorLines
        #expect(errors.contains("1:1 unknown key \"titel\" in site.yaml: the keys are title, language, base_url, publisher, draft, example_data, reference_date, license; did you mean title?"))
        #expect(errors.contains("2:11 language \"fr\" is not supported: use nl or en"))
        #expect(errors.contains("1:1 site.yaml needs \"title:\""))
        #expect(result.dataset == nil)
    }

    @Test("booleans, dates and URLs are checked")
    func siteValues() async throws {
        let result = try await load(["site.yaml": "title: X\ndraft: misschien\nreference_date: 2023-02-30\nbase_url: example.org\n"])
        let errors = result.diagnostics.errorLines
        #expect(errors.contains("2:8 \"draft\" must be true or false, not \"misschien\""))
        #expect(errors.contains("3:17 \"reference_date\" must be a date written as YYYY-MM-DD, not \"2023-02-30\""))
        #expect(errors.contains { $0.hasPrefix("4:11 base_url must be an absolute http:// or https:// address") })
    }

    @Test("YAML syntax errors are reported at their line")
    func syntax() async throws {
        let result = try await load(["site.yaml": "title: X\n  publisher: [unclosed\n"])
        #expect(result.diagnostics.errorLines.first?.contains("this is not valid YAML") == true)
        #expect(result.diagnostics.all.first?.location.line == 2)
    }

    @Test("duplicate keys are an error")
    func duplicateKeys() async throws {
        let result = try await load(["site.yaml": "title: X\ntitle: Y\n"])
        #expect(result.diagnostics.errorLines.first?.contains("the key title appears twice") == true)
    }

    @Test("a key written twice in a mapping the YAML parser reads is an error, quoted or not")
    func duplicateFlowKeys() async throws {
        for population in ["{2022: 100, 2022: 200}", "{2022: 100, \"2022\": 200}"] {
            let result = try await load(["region.yaml": """
                name: R
                municipalities:
                  - {code: GM0177, name: Raalte, population: \(population)}
                """])
            #expect(result.diagnostics.errorLines.contains { $0.contains("the key 2022 appears twice") }, "\(population)")
        }
    }

    @Test("municipality codes: GM and four digits, unique; names unique")
    func codes() async throws {
        let result = try await load(["region.yaml": """
            name: R
            municipalities:
              - {code: GM177, name: Raalte}
              - {code: GM0193, name: Zwolle}
              - {code: GM0193, name: Olst}
              - {code: GM1773, name: Zwolle}
            """])
        let errors = result.diagnostics.errorLines
        #expect(errors.contains("3:12 \"GM177\" is not a CBS municipality code: write GM and four digits, like GM0177"))
        #expect(errors.contains("5:12 municipality code GM0193 appears twice; the first is on line 4"))
        #expect(errors.contains("6:26 municipality name \"Zwolle\" appears twice; the first is on line 4"))
        #expect(errors.count == 3)
        #expect(result.dataset == nil || result.dataset?.region.municipalities.map(\.name) == ["Raalte", "Zwolle", "Zwolle"])
    }

    @Test("a slug that could leave the output folder is refused", arguments: ["..", "../etc", ".hidden", "a/b", "Raalte", "-x"])
    func unsafeSlug(slug: String) async throws {
        let result = try await load(["region.yaml": "name: R\nmunicipalities:\n  - code: GM0177\n    name: Raalte\n    slug: \"\(slug)\"\n"])
        #expect(result.diagnostics.errorLines.contains { $0.hasPrefix("5:11 slug \"\(slug)\" may only hold a-z, 0-9 and \"-\"") })
    }

    @Test("populations are whole numbers per year; a thousands separator is explained")
    func populations() async throws {
        let result = try await load(["region.yaml": "name: R\nmunicipalities:\n  - code: GM0177\n    name: Raalte\n    population: {2022: 37.765, 22: 100, 2023: -5}\n"])
        let errors = result.diagnostics.errorLines
        #expect(errors.contains("5:24 the population of 2022 must be a whole number, not \"37.765\": write it without a thousands separator (37765)"))
        #expect(errors.contains("5:32 22 is not a plausible year: write four digits, like 2022"))
        #expect(errors.contains("5:47 the population of 2023 must be a positive number of inhabitants"))
    }

    @Test("a region without municipalities, and tiles that clash")
    func regionShape() async throws {
        let empty = try await load(["region.yaml": "name: R\nmunicipalities: []\n"])
        #expect(empty.diagnostics.errorLines.first?.contains("must be a list with at least one municipality") == true)
        let tiles = try await load(["region.yaml": "name: R\nmunicipalities:\n  - {code: GM0177, name: A, tile: [1, 2]}\n  - {code: GM0178, name: B, tile: [1, 2]}\n  - {code: GM0179, name: C, tile: [1]}\n"])
        #expect(tiles.diagnostics.errorLines.contains("4:35 tile [1, 2] is already taken by the municipality on line 3"))
        #expect(tiles.diagnostics.errorLines.contains("5:35 tile must be [row, column], like [2, 3]"))
    }

    @Test("a missing site.yaml or region.yaml is named")
    func missingFiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = await ContentLoader(content: ContentFolder(root: folder.path), registry: ThemeRegistry([])).load()
        #expect(result.diagnostics.errorLines == [
            "1:1 region.yaml is missing: every content folder needs one (see docs/CONTENT-FORMAT.md)",
            "1:1 site.yaml is missing: every content folder needs one (see docs/CONTENT-FORMAT.md)",
        ])
    }

    @Test("a content folder that does not exist")
    func noFolder() async {
        let result = await ContentLoader(content: ContentFolder(root: "/nonexistent/content"), registry: ThemeRegistry([])).load()
        #expect(result.diagnostics.errorLines.first?.contains("there is no content folder here") == true)
    }
}
