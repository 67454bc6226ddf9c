import Foundation
import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing

/// `feed.xml` and the "what's new" page: one entry per publication that
/// changed what readers see, compared with the last publication (the build
/// cache) or with content given for it; every sentence against its numbers,
/// in Dutch and English.
@Suite("Feed: an entry per publication that changed what readers see")
struct FeedTests {
    /// 2025-12-07T09:33:20Z.
    private static let time: Int64 = 1_765_100_000

    private static let files = [
        "themes/sample/data.csv": sampleData,
        "themes/sample/raalte/2022.md": "---\ntitle: Raalte 2022\n---\nWat Raalte deed in 2022.\n",
        "site.yaml": Fixtures.site + "\nlicense: CC-BY-4.0\nbase_url: https://example.org/veilig/\n",
    ]

    private func build(_ workspace: Workspace, at time: Int64, previous: String? = nil, full: Bool = false,
                       preview: Bool = false) async -> SiteBuilder.Report {
        let report = await SiteBuilder(registry: ThemeRegistry([SampleTheme()])).build(
            .init(content: workspace.content, output: workspace.output, incremental: !full, previousContent: previous,
                  publishedAt: time, isPreview: preview))
        #expect(!report.failed, "\(report.diagnostics.all)")
        return report
    }

    private func entries(_ feed: String) -> [String] {
        feed.components(separatedBy: "<entry>").dropFirst().map { $0.components(separatedBy: "</entry>")[0] }
    }


    @Test("the first publication has nothing to compare with: no entry, and the page says so")
    func first() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time)
        let feed = workspace.page("feed.xml")
        #expect(wellFormed(feed))
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">"))
        #expect(feed.contains("<title>Testregio veilig: wat is er nieuw</title>"))
        #expect(feed.contains("<id>https://example.org/veilig/feed.xml</id>"))
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/veilig/feed.xml\"/>"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/veilig/wat-is-er-nieuw/\"/>"))
        #expect(feed.contains("<author><name>De coördinator</name></author>"))
        #expect(feed.contains("<rights>CC BY 4.0</rights>"))
        // No entry yet: the content's one date, the reference date (the end of the latest year).
        #expect(feed.contains("<updated>2022-12-31T00:00:00Z</updated>"))
        #expect(entries(feed).isEmpty)
        let page = workspace.page("wat-is-er-nieuw/index.html")
        #expect(page.contains("<h1>Wat is er nieuw</h1>"))
        #expect(page.contains("Er is nog niets veranderd sinds deze site voor het eerst zo werd gepubliceerd."))
        #expect(page.contains("<a href=\"../feed.xml\" type=\"application/atom+xml\">Volg de veranderingen in een feedlezer (Atom)</a>"))
        // Every page links the feed for feed readers, and the page in its footer.
        let overview = workspace.page("index.html")
        #expect(overview.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Testregio veilig: wat is er nieuw\" "
            + "href=\"feed.xml\">"))
        #expect(overview.contains("<a href=\"wat-is-er-nieuw/index.html\">Wat is er nieuw</a>"))
        #expect(workspace.page("sitemap.xml").contains("https://example.org/veilig/wat-is-er-nieuw/"))
    }

    @Test("an edited figure: one entry saying what it was and what it became, per 1,000 too; dated by the publication")
    func oneFigure() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time - 3600)
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")])
        _ = await build(workspace, at: Self.time)
        let feed = workspace.page("feed.xml")
        #expect(wellFormed(feed))
        let found = entries(feed)
        try #require(found.count == 1)
        let entry = found[0]
        #expect(entry.contains("<title>1 cijfer bijgewerkt</title>"))
        #expect(entry.contains("<updated>2025-12-07T09:33:20Z</updated>"))
        #expect(feed.contains("<updated>2025-12-07T09:33:20Z</updated>\n<author>"))
        #expect(entry.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/veilig/wat-is-er-nieuw/#p20251207093320\"/>"))
        // 38 / 38,053 × 1,000 = 0.9986; 40 / 38,053 × 1,000 = 1.0512.
        #expect(entry.contains("<content type=\"html\">&lt;h3&gt;Voorbeeld&lt;/h3&gt;\n&lt;ul class=\"changes\"&gt;&lt;li&gt;"
            + "Raalte, 2022, Incidenten: van 38 naar 40 (per 1.000 inwoners van 1,00 naar 1,05)&lt;/li&gt;&lt;/ul&gt;"))
        #expect(entry.contains("<id>urn:uuid:"))
        let page = workspace.page("wat-is-er-nieuw/index.html")
        #expect(page.contains("<h2 id=\"p20251207093320\"><time datetime=\"2025-12-07T09:33:20Z\">7 december 2025</time>: "
            + "1 cijfer bijgewerkt</h2>"))
        #expect(page.contains("<li>Raalte, 2022, Incidenten: van 38 naar 40 (per 1.000 inwoners van 1,00 naar 1,05)</li>"))
        #expect(!page.contains("Er is nog niets veranderd"))
    }

    @Test("what readers do not see adds no entry: an unchanged rebuild, a file saved with the same figures, a --full build")
    func nothingSeen() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time - 7200)
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")])
        _ = await build(workspace, at: Self.time - 3600)
        let before = workspace.page("feed.xml")
        #expect(entries(before).count == 1)
        // The same figures with other bytes: loaded again, but nothing a reader sees changed.
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")
            + "\n"])
        let resaved = await build(workspace, at: Self.time)
        #expect(!resaved.unchanged)
        #expect(workspace.page("feed.xml") == before)
        _ = await build(workspace, at: Self.time + 60)
        #expect(workspace.page("feed.xml") == before)
        // A full build reads everything again, and keeps the history.
        _ = await build(workspace, at: Self.time + 120, full: true)
        #expect(workspace.page("feed.xml") == before)
    }

    @Test("several kinds at once, newest entry first: new and removed figures, narratives, the totals in words")
    func severalKinds() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time - 7200)
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")])
        _ = await build(workspace, at: Self.time - 3600)
        // Zwolle's incidents go, Olst-Wijhe's come, Raalte's narrative changes and Zwolle gets one.
        let data = sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")
            .replacing("GM0193,2022,incidents,261,Politie,\n", with: "GM1773,2022,incidents,12,Politie,\n")
        try workspace.write(["themes/sample/data.csv": data,
                             "themes/sample/raalte/2022.md": "---\ntitle: Raalte 2022\n---\nWat Raalte deed, anders verteld.\n",
                             "themes/sample/zwolle/2022.md": "---\ntitle: Zwolle 2022\n---\nWat Zwolle deed.\n"])
        _ = await build(workspace, at: Self.time)
        let found = entries(workspace.page("feed.xml"))
        try #require(found.count == 2)
        #expect(found[0].contains("<title>2 cijfers en 2 verhalen bijgewerkt</title>"))
        #expect(found[0].contains("&lt;li&gt;Zwolle, 2022, Incidenten: 261, nu zonder cijfer&lt;/li&gt;"))
        #expect(found[0].contains("&lt;li&gt;Olst-Wijhe, 2022, Incidenten: nieuw: 12&lt;/li&gt;"))
        #expect(found[0].contains("&lt;p&gt;Verhalen: Zwolle 2022 (nieuw), Raalte 2022 (gewijzigd).&lt;/p&gt;"))
        #expect(found[1].contains("<title>1 cijfer bijgewerkt</title>"))
        let page = workspace.page("wat-is-er-nieuw/index.html")
        let newest = try #require(page.range(of: "2 cijfers en 2 verhalen bijgewerkt"))
        let older = try #require(page.range(of: "1 cijfer bijgewerkt"))
        #expect(newest.lowerBound < older.lowerBound)
    }

    @Test("a theme with more changes than an entry lists says how many more, in Dutch numbers")
    func many() async throws {
        var region = "name: Veel\nmunicipalities:\n"
        var old = "municipality,year,indicator,value\n", new = old
        for index in 1...30 {
            let code = "GM" + String(1000 + index)
            region += "  - {code: \(code), name: Gemeente \(index), population: {2022: 20000}}\n"
            old += "\(code),2022,incidents,\(index)\n"
            new += "\(code),2022,incidents,\(index + 1)\n"
        }
        let workspace = try Workspace(["region.yaml": region, "themes/sample/data.csv": old])
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time - 60)
        try workspace.write(["themes/sample/data.csv": new])
        _ = await build(workspace, at: Self.time)
        let entry = try #require(entries(workspace.page("feed.xml")).first)
        #expect(entry.contains("<title>30 cijfers bijgewerkt</title>"))
        #expect(entry.matches(of: /&lt;li&gt;Gemeente \d+, 2022, Incidenten: van/).count == 25)
        #expect(entry.contains("&lt;li&gt;en nog 5 andere cijfers (zie de pagina van het thema)&lt;/li&gt;"))
    }

    @Test("compared with other content (--changes-base's checkout) instead of the last build; two in one second stay apart")
    func previousContent() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        let base = try Workspace(Self.files)
        defer { base.remove() }
        try base.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2021,incidents,30,", with: "GM0177,2021,incidents,31,")])
        // No build before: the base content is what it compares with.
        _ = await build(workspace, at: Self.time, previous: base.content)
        var found = entries(workspace.page("feed.xml"))
        try #require(found.count == 1)
        #expect(found[0].contains("Raalte, 2021, Incidenten: van 31 naar 30"))
        // A second change within the same second is dated a second later, so its anchor is its own.
        try workspace.write(["themes/sample/raalte/2022.md": "---\ntitle: Raalte 2022\n---\nAnders.\n"])
        _ = await build(workspace, at: Self.time)
        found = entries(workspace.page("feed.xml"))
        try #require(found.count == 2)
        #expect(found[0].contains("<updated>2025-12-07T09:33:21Z</updated>"))
        #expect(found[0].contains("<title>1 verhaal bijgewerkt</title>"))
        let page = workspace.page("wat-is-er-nieuw/index.html")
        #expect(page.contains("id=\"p20251207093321\"") && page.contains("id=\"p20251207093320\""))
    }

    @Test("English: whats-new/, the same sentences in English words and numbers")
    func english() async throws {
        var files = Self.files
        files["site.yaml"] = files["site.yaml"]?.replacing("language: nl", with: "language: en")
        let workspace = try Workspace(files)
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time - 60)
        let data = sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,1040,")
            .replacing("GM0193,2022,incidents,261,Politie,\n", with: "")
        try workspace.write(["themes/sample/data.csv": data,
                             "themes/sample/raalte/2022.md": "---\ntitle: Raalte 2022\n---\nOther words.\n"])
        _ = await build(workspace, at: Self.time)
        let feed = workspace.page("feed.xml")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"))
        #expect(feed.contains("<title>Testregio veilig: what's new</title>"))
        let entry = try #require(entries(feed).first)
        #expect(entry.contains("<title>2 figures and 1 narrative updated</title>"))
        // 1,040 / 38,053 × 1,000 = 27.33.
        #expect(entry.contains("Raalte, 2022, Incidents: from 38 to 1,040 (per 1,000 inhabitants from 1.00 to 27.33)"))
        #expect(entry.contains("Zwolle, 2022, Incidents: 261, now without a figure"))
        #expect(entry.contains("Narratives: Raalte 2022 (changed)."))
        let page = workspace.page("whats-new/index.html")
        #expect(page.contains("<h1>What's new</h1>"))
        #expect(page.contains("<time datetime=\"2025-12-07T09:33:20Z\">7 December 2025</time>: 2 figures and 1 narrative updated</h2>"))
        #expect(workspace.page("index.html").contains("<a href=\"whats-new/index.html\">What's new</a>"))
    }

    @Test("a preview (serve) shows what the next publication would add, and keeps none of it: saves while editing are no entries")
    func preview() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time - 7200)
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")])
        _ = await build(workspace, at: Self.time - 3600, preview: true)
        var found = entries(workspace.page("feed.xml"))
        try #require(found.count == 1)
        #expect(found[0].contains("van 38 naar 40"))
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,41,")])
        _ = await build(workspace, at: Self.time - 1800, preview: true)
        found = entries(workspace.page("feed.xml"))
        try #require(found.count == 1)
        #expect(found[0].contains("van 38 naar 41"))
        // The publication of the same content: made all the same, one entry from what was published before.
        let published = await build(workspace, at: Self.time)
        #expect(!published.unchanged)
        found = entries(workspace.page("feed.xml"))
        try #require(found.count == 1)
        #expect(found[0].contains("van 38 naar 41") && found[0].contains("<updated>2025-12-07T09:33:20Z</updated>"))
        // Now recorded: the next build of the same content changes nothing.
        let again = await build(workspace, at: Self.time + 60)
        #expect(again.unchanged)
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,42,")])
        _ = await build(workspace, at: Self.time + 120)
        found = entries(workspace.page("feed.xml"))
        try #require(found.count == 2)
        #expect(found[0].contains("van 41 naar 42"))
    }

    @Test("the history survives a failed build, and a cache that was deleted starts it anew")
    func history() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await build(workspace, at: Self.time - 60)
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")])
        _ = await build(workspace, at: Self.time)
        #expect(entries(workspace.page("feed.xml")).count == 1)
        // Broken content publishes nothing, and the history is as it was.
        try workspace.write(["themes/sample/data.csv": sampleData + "GM0177,2022,incidents,veel,x,\n"])
        let failed = await SiteBuilder(registry: ThemeRegistry([SampleTheme()])).build(
            .init(content: workspace.content, output: workspace.output, publishedAt: Self.time + 60))
        #expect(failed.failed)
        try workspace.write(["themes/sample/data.csv": sampleData.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,41,")])
        _ = await build(workspace, at: Self.time + 120)
        let found = entries(workspace.page("feed.xml"))
        try #require(found.count == 2)
        #expect(found[0].contains("van 40 naar 41"))
        // Without the cache there is no last publication to compare with: the feed starts anew.
        try FileManager.default.removeItem(atPath: workspace.folder.path + "/.regiodash-cache")
        try workspace.write(["themes/sample/data.csv": sampleData])
        _ = await build(workspace, at: Self.time + 180)
        #expect(entries(workspace.page("feed.xml")).isEmpty)
    }
}
