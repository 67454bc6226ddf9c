import Foundation
import RegioDashCore
import RegioDashTestSupport
import Testing

/// The theme pages' bar charts as files to take away: a standalone SVG with
/// its title, summary, source, reference date and licence in it, and the
/// chart's figures as CSV beside it, in Dutch and English.
@Suite("Chart files: SVG and CSV per theme, year and indicator")
struct ChartFileTests {
    private static let files = [
        "region.yaml": BenchmarkTargetTests.region,
        "themes/sample/data.csv": BenchmarkTargetTests.data,
        "site.yaml": Fixtures.site + "\nlicense: CC-BY-4.0\nreference_date: 2023-01-15\n",
    ]


    @Test("Dutch: the SVG stands alone and says what it shows, where it comes from and under what licence")
    func dutchSVG() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.failed, "\(report.diagnostics.all)")
        let svg = workspace.page("grafieken/voorbeeld/2022/incidents.svg")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(wellFormed(svg))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>Incidenten per 1.000 inwoners, 2022</title><desc>Het hoogste cijfer heeft Zwolle (2,00), "
            + "het laagste Raalte (1,00). Het cijfer van de regio is 1,77. 1 van de 2 gemeenten ligt erboven."))
        #expect(svg.contains(">Bronnen: Jaarverslag; Politie</text>"))
        #expect(svg.contains(">Peildatum: 15 januari 2023</text>"))
        #expect(svg.contains(">Licentie: CC BY 4.0</text>"))
        #expect(svg.contains(">Testregio veilig · De coördinator</text>"))
        // The bars and the region's line are drawn in it, and it brings its own colours.
        #expect(svg.matches(of: /<rect class="bar"/).count == 2)
        #expect(svg.contains(">Regio 1,77</text>"))
        #expect(svg.contains("<style>") && svg.contains(".bar{fill:"))
        // Nothing in it points outside the file.
        #expect(!svg.contains("href"))

        // Every year with figures has its files; an indicator without any figure has none.
        #expect(!workspace.page("grafieken/voorbeeld/2021/incidents.svg").isEmpty)
        #expect(workspace.page("grafieken/voorbeeld/2022/hours.svg").isEmpty)

        let page = workspace.page("voorbeeld/index.html")
        #expect(page.contains("<p class=\"chart-files\"><a href=\"../grafieken/voorbeeld/2022/incidents.svg\" download=\"\">"
            + "Download grafiek (SVG)</a> · <a href=\"../grafieken/voorbeeld/2022/incidents.csv\" download=\"\">"
            + "Cijfers van de grafiek (CSV)</a></p>"))
        #expect(!page.contains("2022/hours.svg"))
        let earlier = workspace.page("voorbeeld/2021/index.html")
        #expect(earlier.contains("href=\"../../grafieken/voorbeeld/2021/incidents.svg\""))
    }

    @Test("the CSV: the chart's order, then the region and the benchmarks that have the figure")
    func csv() async throws {
        let workspace = try Workspace(Self.files)
        defer { workspace.remove() }
        _ = await workspace.build()
        let csv = workspace.page("grafieken/voorbeeld/2022/incidents.csv")
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first?.hasSuffix("area_type,municipality_code,name,value,per_1000,rank") == true)
        #expect(Array(lines.dropFirst()) == [
            "municipality,GM0193,Zwolle,261,2,1",
            "municipality,GM0177,Raalte,38,0.999,2",
            "municipality,GM1773,Olst-Wijhe,,,",
            "region,VR99,Veiligheidsregio Test,299,1.774,",
            "benchmark,NL01,Nederland,30000,1.705,",
            "benchmark,GK20-50,Gemeenten met 20.000–50.000 inwoners,4000,0.926,",
        ])
        // A percentage: the region's figure is the average, and a benchmark without the figure is left out.
        let success = workspace.page("grafieken/voorbeeld/2022/success.csv").split(whereSeparator: \.isNewline).map(String.init)
        #expect(success.first?.hasSuffix("area_type,municipality_code,name,value,rank") == true)
        #expect(success.dropFirst().first == "municipality,GM0177,Raalte,69,1")
        #expect(success.contains { $0.hasPrefix("region,VR99,") })
        #expect(!success.contains { $0.hasPrefix("benchmark,") })
    }

    @Test("English: the chart files under charts/, in English words and numbers")
    func english() async throws {
        var files = Self.files
        files["site.yaml"] = files["site.yaml"]?.replacing("language: nl", with: "language: en")
        let workspace = try Workspace(files)
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.failed, "\(report.diagnostics.all)")
        let svg = workspace.page("charts/sample/2022/incidents.svg")
        #expect(wellFormed(svg))
        #expect(svg.contains("<title>Incidents per 1,000 inhabitants, 2022</title><desc>Zwolle has the highest figure (2.00); "
            + "Raalte has the lowest (1.00). The region's figure is 1.77. 1 of the 2 municipalities is above it. "
            + "For comparison: Nederland 1.71 · Gemeenten met 20.000–50.000 inwoners 0.93. No figure from: Olst-Wijhe.</desc>"))
        #expect(svg.contains(">Sources: Jaarverslag; Politie</text>"))
        #expect(svg.contains(">Reference date: 15 January 2023</text>"))
        #expect(svg.contains(">Licence: CC BY 4.0</text>"))
        let page = workspace.page("sample/index.html")
        #expect(page.contains("<a href=\"../charts/sample/2022/incidents.svg\" download=\"\">Download chart (SVG)</a> · "
            + "<a href=\"../charts/sample/2022/incidents.csv\" download=\"\">The chart's figures (CSV)</a>"))
        #expect(!workspace.page("charts/sample/2022/incidents.csv").isEmpty)
        #expect(workspace.page("grafieken/voorbeeld/2022/incidents.svg").isEmpty)
    }
}
