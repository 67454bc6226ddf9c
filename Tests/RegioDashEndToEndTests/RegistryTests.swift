import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import RegioDashThemes
import Testing

@Suite("A theme from another module")
struct RegistryTests {
    @Test("registers next to the built-ins and gets its own pages, downloads and profile parts")
    func ownTheme() async throws {
        let folder = try TemporaryFolder("registry")
        defer { folder.remove() }
        try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.content([
            "themes/sample/data.csv": "municipality,year,indicator,value\nraalte,2022,incidents,7\n",
            "themes/cyber/data.csv": "municipality,year,indicator,value\nraalte,2022,cybercrime-reports,40\n",
        ]).map { ("content/" + $0, $1) }))
        var registry = ThemeRegistry.builtIn
        registry.register(SampleTheme())
        let report = await SiteBuilder(registry: registry)
            .build(.init(content: folder.path + "/content", output: folder.path + "/site"))
        #expect(report.written, "\(report.diagnostics.sorted)")
        let page = try #require(folder.read("site/voorbeeld/index.html"))
        let table = try #require(HTMLProbe.table(in: page, caption: "alle gemeenten in 2022"))
        #expect(HTMLProbe.row("Raalte", in: table)?.dropFirst().first == "7")
        #expect(folder.exists("site/data/sample.csv"))
        let overview = try #require(folder.read("site/index.html"))
        let cyber = try #require(overview.range(of: "Digitale veiligheid"))
        let sample = try #require(overview.range(of: ">Voorbeeld<"))
        #expect(cyber.lowerBound < sample.lowerBound)
        #expect(folder.read("site/gemeenten/raalte/index.html")?.contains("aria-labelledby=\"sample\"") == true)
    }
}
