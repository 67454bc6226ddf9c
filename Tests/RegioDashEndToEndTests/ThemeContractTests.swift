import Foundation
import RegioDashSite
import RegioDashTestSupport
import RegioDashThemes
import Testing

/// What the pipeline shows of every theme, whatever its plugin's `sections`
/// returns: the narratives, and the figures of indicators `theme.yaml` adds.
@Suite("The plugin contract: narratives and theme.yaml's indicators whatever a plugin's sections are")
struct ThemeContractTests {
    @Test("an indicator a theme.yaml adds to the kvo folder shows on the kvo page and the profiles, beside the narratives")
    func kvoIndicator() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.path + "/content"
        try FileManager.default.copyItem(atPath: Command.repository.path + "/content", toPath: content)
        try folder.write([
            "content/themes/kvo/theme.yaml": """
                indicators:
                  - id: kvo-meetings
                    label: {nl: Overleggen met ondernemers, en: Meetings with businesses}
                    kind: count
                    better: higher

                """,
            "content/themes/kvo/data.csv": "municipality,year,indicator,value\nGM0177,2023,kvo-meetings,6\nGM0193,2023,kvo-meetings,14\n",
        ])
        let report = await SiteBuilder(registry: .builtIn).build(.init(content: content, output: folder.path + "/site"))
        #expect(report.written, "\(report.diagnostics.sorted.filter { $0.severity == .error })")
        let page = try #require(folder.read("site/kvo/index.html"))
        #expect(page.contains("Overleggen met ondernemers"))
        #expect(page.contains("Bedrijventerrein en winkelgebied Raalte"), "the plugin's own tables stay")
        #expect(page.contains("Keurmerk Veilig Ondernemen in Raalte, 2023"), "the narratives stay")
        let profile = try #require(folder.read("site/gemeenten/raalte/index.html"))
        #expect(profile.contains("Overleggen met ondernemers"))
    }
}
