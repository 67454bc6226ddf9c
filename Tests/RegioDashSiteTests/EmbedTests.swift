import RegioDashCore
import RegioDashTestSupport
import Testing

/// `embed/<theme>/<indicator>/`: a bare page per indicator of the theme's
/// current year, to sit in another site's `<iframe>`, and the code to copy
/// on the theme page, in Dutch and English.
@Suite("Embeds: a bare chart page per theme indicator, and its iframe code")
struct EmbedTests {
    private static let files = [
        "region.yaml": BenchmarkTargetTests.region,
        "themes/sample/data.csv": BenchmarkTargetTests.data,
        "site.yaml": Fixtures.site + "\nlicense: CC-BY-4.0\nreference_date: 2023-01-15\nbase_url: https://example.org/veilig/\n",
    ]

    @Test("Dutch: the bare page has the chart, its message, source, date and licence, and a link to the whole table")
    func dutch() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.failed, "\(report.diagnostics.all)")
        let embed = workspace.page("embed/voorbeeld/incidents/index.html")
        #expect(embed.contains("<body class=\"embed\">"))
        // Nothing of the site's frame: no menu, no footer, no skip link.
        #expect(!embed.contains("<nav") && !embed.contains("<footer") && !embed.contains("skip-link"))
        #expect(embed.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(embed.contains("<h1>Voorbeeld: Incidenten</h1>"))
        #expect(embed.contains("<p class=\"chart-summary\" id=\"chart-summary\">Het hoogste cijfer heeft Zwolle (2,00), "
            + "het laagste Raalte (1,00). Het cijfer van de regio is 1,77. 1 van de 2 gemeenten ligt erboven."))
        #expect(embed.contains("aria-describedby=\"chart-summary\""))
        #expect(embed.matches(of: /<rect class="bar"/).count == 2)
        #expect(embed.contains("<p class=\"source\">Bronnen: Jaarverslag; Politie · Peildatum: 15 januari 2023 · "
            + "Licentie: CC BY 4.0</p>"))
        #expect(embed.contains("<a href=\"../../../voorbeeld/index.html#s0-table\" target=\"_blank\" rel=\"noopener\">"
            + "Alle cijfers in de tabel op Testregio veilig (opent in een nieuw tabblad)</a>"))
        // The link's anchor is the theme page's table.
        #expect(workspace.page("voorbeeld/index.html").contains("id=\"s0-table\""))
        #expect(embed.contains("href=\"../../../assets/regiodash.css\""))
        // The current year only, and only indicators with a figure in it.
        #expect(workspace.page("embed/voorbeeld/hours/index.html").isEmpty)
        #expect(!workspace.page("embed/voorbeeld/success/index.html").isEmpty)
        // Not a page of this site to find.
        #expect(!workspace.page("sitemap.xml").contains("embed/"))
        #expect(workspace.page("sitemap.xml").contains("https://example.org/veilig/voorbeeld/"))
    }

    @Test("the theme page of the current year offers the iframe code with the embed's address; earlier years do not")
    func snippet() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await workspace.build()
        let page = workspace.page("voorbeeld/index.html")
        #expect(page.contains("<details class=\"embed-code\"><summary>Grafiek insluiten op uw eigen site</summary>"))
        #expect(page.contains("<a href=\"../embed/voorbeeld/incidents/index.html\">de grafiek om in te sluiten</a>"))
        #expect(page.contains("<label for=\"s0-i0-embed\">Kopieer deze code in de HTML van uw pagina:</label>"
            + "<textarea id=\"s0-i0-embed\" class=\"embed-snippet\" readonly=\"\" rows=\"3\" spellcheck=\"false\">"
            + "&lt;iframe src=\"https://example.org/veilig/embed/voorbeeld/incidents/\" title=\"Incidenten · Testregio veilig\" "
            + "width=\"100%\" height=\""))
        #expect(page.contains("style=\"border:0\" loading=\"lazy\"&gt;&lt;/iframe&gt;</textarea>"))
        #expect(!workspace.page("voorbeeld/2021/index.html").contains("embed-code"))
        #expect(!workspace.page("gemeenten/raalte/index.html").contains("embed-code"))
    }

    @Test("without base_url: a link to the bare page, no code with an address it cannot know, and a note saying why")
    func withoutAddress() async throws {
        var files = Self.files
        files["site.yaml"] = Fixtures.site
        let workspace = try Workspace(files)
        defer { workspace.remove() }
        let report = await workspace.build()
        let page = workspace.page("voorbeeld/index.html")
        #expect(page.contains("<a href=\"../embed/voorbeeld/incidents/index.html\">de grafiek om in te sluiten</a>"))
        #expect(!page.contains("<textarea"))
        #expect(page.contains("Neem het adres van die pagina over in een iframe op uw eigen site."))
        #expect(report.diagnostics.all.contains { $0.severity == .note && $0.message.contains("no base_url")
            && $0.location.path.hasSuffix("site.yaml") })
    }

    @Test("English: the same under embed/, in English words and numbers")
    func english() async throws {
        var files = Self.files
        files["site.yaml"] = files["site.yaml"]?.replacing("language: nl", with: "language: en")
        let workspace = try Workspace(files)
        defer { workspace.remove() }
        _ = await workspace.build()
        let embed = workspace.page("embed/sample/incidents/index.html")
        #expect(embed.contains("<html lang=\"en\">"))
        #expect(embed.contains("<h1>Sample: Incidents</h1>"))
        #expect(embed.contains("Zwolle has the highest figure (2.00); Raalte has the lowest (1.00)."))
        #expect(embed.contains("Sources: Jaarverslag; Politie · Reference date: 15 January 2023 · Licence: CC BY 4.0"))
        #expect(embed.contains("All figures in the table on Testregio veilig (opens in a new tab)</a>"))
        let page = workspace.page("sample/index.html")
        #expect(page.contains("<summary>Embed this chart on your own site</summary>"))
        #expect(page.contains("src=\"https://example.org/veilig/embed/sample/incidents/\" title=\"Incidents · Testregio veilig\""))
    }
}
