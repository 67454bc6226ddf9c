import Foundation
import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing

@Suite("Bad input never hurts the site")
struct SafetyTests {
    @Test("a failed build leaves the previous site byte for byte")
    func failedBuildKeepsOldSite() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData])
        defer { workspace.remove() }
        #expect(await workspace.build().written)
        let before = workspace.folder.snapshot("site")
        try workspace.write(["themes/sample/data.csv": sampleData + "\nGM0177,2022,success,140,,\n"])
        let report = await workspace.build()
        #expect(report.failed && !report.written)
        #expect(report.diagnostics.errorCount == 1)
        #expect(workspace.folder.snapshot("site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).filter { $0.hasPrefix(".site.staging") }
        #expect(leftovers.isEmpty)
    }

    @Test("--strict: a warning fails the build and nothing is written")
    func strict() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": "municipality,year,indicator,value\nGM0177,2030,incidents,3\n"])
        defer { workspace.remove() }
        let report = await workspace.build(strict: true)
        #expect(report.failed && !report.written && report.diagnostics.warningCount == 2)
        #expect(!workspace.folder.exists("site"))
        #expect(await workspace.build().written)
    }

    @Test("a folder regiodash did not write is never replaced")
    func foreignFolder() async throws {
        let workspace = try Workspace([:])
        defer { workspace.remove() }
        try workspace.folder.write(["site/mijn-foto.jpg": "x"])
        let report = await workspace.build()
        #expect(report.failed && !report.written)
        #expect(report.diagnostics.all.first { $0.severity == .error }?.text.contains("holds files regiodash did not write") == true)
        #expect(workspace.folder.read("site/mijn-foto.jpg") == "x")
    }

    @Test("the output may not overlap the content folder")
    func overlap() async throws {
        let workspace = try Workspace([:])
        defer { workspace.remove() }
        for output in [workspace.content, workspace.folder.path, workspace.content + "/site"] {
            let report = await SiteBuilder(registry: ThemeRegistry([SampleTheme()]))
                .build(.init(content: workspace.content, output: output))
            #expect(report.failed && !report.written, "\(output)")
        }
        #expect(workspace.folder.exists("content/site.yaml"))
    }

    @Test("control characters in names, sources and titles never reach a page, a chart file or the feed: U+FFFD stands in their place")
    func controlCharacters() async throws {
        let region = Fixtures.region.replacing("name: Raalte", with: "name: \"Raal\\u0007te\"")
        let data = sampleData.replacing("GM0177,2022,incidents,38,Jaarverslag,", with: "GM0177,2022,incidents,38,Jaar\u{1}verslag\u{9B}x,")
        let workspace = try Workspace(["region.yaml": region, "themes/sample/data.csv": data,
                                       "themes/sample/zwolle/2022.md": "---\ntitle: Verslag\n---\nTekst\u{1B}[31m rood.\n",
                                       "site.yaml": "title: \"T\\u001Bitel\"\n"])
        defer { workspace.remove() }
        let first = await workspace.build()
        #expect(first.written, "\(first.diagnostics.all)")
        try workspace.write(["themes/sample/data.csv": data.replacing("GM0177,2022,incidents,38,", with: "GM0177,2022,incidents,40,")])
        #expect(await workspace.build().written)
        let site = workspace.folder.snapshot("site")
        let controls = /[\u{0}-\u{8}\u{B}\u{C}\u{E}-\u{1F}\u{7F}-\u{9F}]/
        for (path, bytes) in site where [".html", ".svg", ".xml"].contains(where: path.hasSuffix) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.firstMatch(of: controls) == nil, "\(path)")
        }
        let feed = workspace.page("feed.xml")
        #expect(feed.contains("Raal\u{FFFD}te, 2022, Incidenten: van 38 naar 40"), "\(feed)")
        #expect(feed.contains("<title>T\u{FFFD}itel: wat is er nieuw</title>"))
        #expect(workspace.page("grafieken/voorbeeld/2022/incidents.svg").contains("Jaar\u{FFFD}verslag\u{FFFD}x"))
        // The narrative, through cmark, on its municipality's profile.
        #expect(site.contains { $0.key.hasPrefix("gemeenten/") && $0.key.hasSuffix("/index.html")
            && String(decoding: $0.value, as: UTF8.self).contains("Tekst\u{FFFD}[31m rood.") })
    }

    @Test("script in Markdown, front matter, CSV notes and names never reaches a page unescaped")
    func hostileContent() async throws {
        let workspace = try Workspace([
            "region.yaml": """
                name: "Regio <script>alert('r')</script>"
                municipalities:
                  - code: GM0177
                    name: "Raalte <img src=x onerror=alert(1)>"
                    slug: raalte
                    population: {2022: 38000}
                """,
            "site.yaml": "title: \"T\\\" onmouseover=\\\"alert(1)\"\npublisher: \"<b>P</b>\"\n",
            "themes/sample/data.csv": """
                municipality,year,indicator,value,source,note
                raalte,2022,incidents,3,"<script>alert('s')</script>","=HYPERLINK(""http://evil"",""klik"")"
                """,
            "themes/sample/raalte/2022.md": """
                ---
                title: "<script>alert('t')</script>"
                ---
                Hallo <script>alert('m')</script> [klik](javascript:alert('l')) <img src=x onerror=alert(2)>
                """,
        ])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(report.written)
        for (path, data) in workspace.folder.snapshot("site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!HTMLProbe.withoutSearchScripts(html).contains("<script"), "\(path)")
            #expect(!html.contains("<img"), "\(path)")
            #expect(!html.lowercased().contains("javascript:"), "\(path)")
            // Attribute values are escaped text (a title in a meta description may say "onmouseover="): drop them, then look for the attribute.
            let tags = html.replacing(/"[^"]*"/, with: "\"\"")
            #expect(tags.firstMatch(of: /<[^>]*\son[a-z]+\s*=/) == nil, "\(path): a tag with an event handler")
            #expect(!html.contains("<b>P</b>"), "\(path)")
        }
        #expect(workspace.page("voorbeeld/index.html").contains("&lt;script&gt;alert('t')&lt;/script&gt;"))
        #expect(workspace.page("data/sample.csv").contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\""))
        #expect(workspace.page("data/sample.json").contains("\\u003cscript>"))
    }
}
