import RegioDashCore
import RegioDashTestSupport
import Testing

@Suite("Loading a content folder: themes, narratives, pages")
struct ContentLoaderTests {
    private let data = "municipality,year,indicator,value\nGM0177,2022,incidents,12\nGM0193,2021,success,70\n"

    @Test("a theme folder loads its figures, narratives, theme.md and years")
    func theme() async throws {
        let result = try await load([
            "themes/sample/data.csv": data,
            "themes/sample/theme.md": "---\ntitle: Eigen titel\n---\nEigen *intro*.\n",
            "themes/sample/raalte/2022.md": "---\ntitle: Raalte 2022\nsummary: Kort.\n---\nWe deden veel.\n",
            "themes/sample/zwolle/2023.md": "Zonder front matter.\n",
        ])
        #expect(!result.diagnostics.hasErrors)
        let theme = try #require(result.dataset?.theme(id: "sample"))
        #expect(theme.figures.observations.count == 2)
        #expect(theme.years == [2021, 2022, 2023])
        #expect(theme.title(.nl) == "Eigen titel")
        #expect(theme.intro?.html == "<p>Eigen <em>intro</em>.</p>\n")
        let raalte = try #require(theme.narratives.first { $0.municipality == "GM0177" })
        #expect(raalte.title == "Raalte 2022" && raalte.summary == "Kort." && raalte.year == 2022)
        #expect(raalte.body.html == "<p>We deden veel.</p>\n")
        #expect(raalte.location.path.hasSuffix("themes/sample/raalte/2022.md"))
    }

    @Test("a theme folder without a plugin is an error with a suggestion")
    func unknownTheme() async throws {
        let result = try await load(["themes/sampel/data.csv": data])
        #expect(result.diagnostics.errorLines == ["1:1 no theme is called \"sampel\" (the themes are sample; a theme of your own needs a theme.yaml in its folder); did you mean sample?"])
    }

    @Test("a theme folder named after the theme's page slug suggests its id")
    func slugAsFolder() async throws {
        let result = try await load(["themes/voorbeeld/data.csv": data])
        #expect(result.diagnostics.all.first?.suggestion == "sample")
    }

    @Test("a narrative folder must be a municipality slug; a code gets the slug suggested")
    func narrativeFolder() async throws {
        let result = try await load(["themes/sample/GM0177/2022.md": "Tekst.\n", "themes/sample/zwole/2022.md": "Tekst.\n"])
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors[0].location.path.hasSuffix("themes/sample/GM0177"))
        #expect(errors[0].suggestion == "raalte")
        #expect(errors[1].text.hasPrefix("folder \"zwole\" is not a municipality"))
        #expect(errors[1].suggestion == "zwolle")
    }

    @Test("a narrative file must be named after a four-digit year")
    func narrativeName() async throws {
        let result = try await load(["themes/sample/raalte/verslag.md": "Tekst.\n", "themes/sample/raalte/22.md": "x"])
        #expect(result.diagnostics.errorCount == 2)
        #expect(result.diagnostics.errorLines.allSatisfy { $0.contains("is not a narrative: name each file after its year") })
    }

    @Test("front matter: unknown keys, a bad status, and a block that is never closed")
    func frontMatter() async throws {
        let result = try await load([
            "themes/sample/raalte/2021.md": "---\ntitel: X\n---\nTekst.\n",
            "themes/sample/raalte/2022.md": "---\nstatus: klaar\n---\nTekst.\n",
            "themes/sample/zwolle/2022.md": "---\ntitle: X\nTekst zonder einde.\n",
        ])
        let diagnostics = result.diagnostics
        #expect(diagnostics.contains(.error, at: "raalte/2021.md", line: 2, "unknown key \"titel\" in the front matter"))
        #expect(diagnostics.contains(.error, at: "raalte/2022.md", line: 2, "status must be published or draft, not \"klaar\""))
        #expect(diagnostics.contains(.error, at: "zwolle/2022.md", line: 1, "is never closed"))
    }

    @Test("draft narratives appear only when drafts are asked for")
    func drafts() async throws {
        let files = ["themes/sample/raalte/2022.md": "---\nstatus: draft\n---\nConcept.\n"]
        #expect(try await load(files).dataset?.theme(id: "sample")?.narratives.isEmpty == true)
        #expect(try await load(files, drafts: true).dataset?.theme(id: "sample")?.narratives.count == 1)
    }

    @Test("files a theme does not read are reported, a stray narrative with where it belongs")
    func strayFiles() async throws {
        let result = try await load(["themes/sample/data.xlsx": "x", "themes/sample/2022.md": "x"])
        #expect(result.diagnostics.contains(.warning, at: "themes/sample/data.xlsx", line: 1, "this file is not read"))
        #expect(result.diagnostics.contains(.warning, at: "themes/sample/2022.md", line: 1, "themes/sample/<slug>/2022.md"))
    }

    @Test("a count without the population of its year is a warning: per 1,000 becomes no figure")
    func missingPopulation() async throws {
        let result = try await load(["themes/sample/data.csv": "municipality,year,indicator,value\nGM0177,2023,incidents,4\n"])
        #expect(result.diagnostics.contains(.warning, at: "data.csv", line: 2, "Raalte has no population for 2023"))
        #expect(!result.diagnostics.hasErrors)
    }

    @Test("invalid UTF-8 is an error at its line and column, not a crash")
    func invalidUTF8() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Fixtures.content())
        try folder.write("themes/sample/data.csv", bytes: Array("municipality,year,indicator,value\nGM0177,2022,incidents,1\nGM0193,2022,succ".utf8) + [0xE9, 0x73])
        let result = await ContentLoader(content: ContentFolder(root: folder.path), registry: ThemeRegistry([SampleTheme()])).load()
        #expect(result.diagnostics.errorLines == ["3:17 this file is not valid UTF-8 here: save it as \"CSV UTF-8\" or \"UTF-8\" in your editor"])
    }

    @Test("errors from every file come out of one run")
    func allAtOnce() async throws {
        let result = try await load([
            "site.yaml": "title: X\ndraft: soms\n",
            "themes/sample/data.csv": "municipality,year,indicator,value\nGM0000,2022,incidents,1\n",
            "themes/sample/raalte/twee.md": "x",
            "themes/onbekend/data.csv": "",
            "pages/Over Ons.md": "x",
        ])
        let paths = result.diagnostics.all.filter { $0.severity == .error }.map(\.location.path)
        for suffix in ["site.yaml", "themes/sample/data.csv", "themes/sample/raalte/twee.md", "themes/onbekend", "pages/Over Ons.md"] {
            #expect(paths.contains { $0.hasSuffix(suffix) }, "no error in \(suffix)")
        }
        #expect(result.diagnostics.errorCount == 5)
    }

    @Test("free pages: title from front matter, else from a leading heading, else from the file name")
    func pages() async throws {
        let result = try await load([
            "pages/over.md": "---\ntitle: Over ons\n---\n# Kop\n\nTekst.\n",
            "pages/methode.md": "# Verantwoording\n\n## Bronnen\n\nTekst.\n",
            "pages/contact-info.md": "Bel ons.\n",
        ])
        let pages = try #require(result.dataset?.pages)
        #expect(pages.map(\.slug) == ["contact-info", "methode", "over"])
        #expect(pages.map(\.title) == ["Contact info", "Verantwoording", "Over ons"])
        #expect(pages[1].body.html == "<h2>Bronnen</h2>\n<p>Tekst.</p>\n")
        #expect(pages[2].body.html.hasPrefix("<h2>Kop</h2>"))
    }
}
