import CameraTheme
import Foundation
import RegioDashCore
import RegioDashSite
import RegioDashThemes
import Testing

/// A plugin is tested the way regiodash tests its own: write a small content
/// folder, build it with a registry that has the plugin, and look at the
/// diagnostics and the pages.
@Suite("Camera surveillance, a theme from another package")
struct CameraSurveillanceThemeTests {
    /// A content folder in a temporary directory, with `cameras` as cameras.txt.
    private func fixture(cameras: String, site: String = "title: Testregio\nreference_date: 2024-12-31\n") throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cameras-\(UUID().uuidString)").path
        let files = [
            "content/site.yaml": site,
            "content/region.yaml": """
                name: Testregio
                municipalities:
                  - {code: GM0177, name: Raalte, population: {2023: 38000}}
                  - {code: GM0193, name: Zwolle, population: {2023: 131000}}

                """,
            "content/themes/camera-surveillance/cameras.txt": cameras,
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    private func build(_ root: String) async -> SiteBuilder.Report {
        var registry = ThemeRegistry.builtIn
        registry.register(CameraSurveillanceTheme())
        return await SiteBuilder(registry: registry).build(.init(content: root + "/content", output: root + "/site"))
    }

    @Test("the areas make a table on the theme's page and on the profile, and the overview's figure")
    func pages() async throws {
        let root = try fixture(cameras: "# municipality | area | cameras | decision until\nGM0177 | Centrum Raalte | 6 | 2026-12-31\nzwolle | Binnenstad | 24 | 2026-06-30\n")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = await build(root)
        #expect(!report.failed, "\(report.diagnostics.sorted)")
        let page = try String(contentsOfFile: root + "/site/cameratoezicht/index.html", encoding: .utf8)
        #expect(page.contains("Gebieden met cameratoezicht") && page.contains("Binnenstad") && page.contains(">24<"))
        let profile = try String(contentsOfFile: root + "/site/gemeenten/raalte/index.html", encoding: .utf8)
        #expect(profile.contains("Centrum Raalte") && !profile.contains("Binnenstad"))
        let overview = try String(contentsOfFile: root + "/site/index.html", encoding: .utf8)
        // After its figure the label reads mid-sentence: "24 camera's in de openbare ruimte".
        #expect(overview.contains("camera&#39;s in de openbare ruimte") || overview.contains("camera's in de openbare ruimte"))
    }

    @Test("every mistake on its line and column, all at once, and nothing is written")
    func mistakes() async throws {
        let root = try fixture(cameras: "GM0178 | Centrum | 6 | 2026-12-31\nGM0177 | Markt | zes | 2026-12-31\nGM0193 | Station | 4 | 31-12-2026\nGM0193 | Haven | 2\n")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = await build(root)
        #expect(report.failed && !report.written)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(errors == [
            "1:1 unknown municipality \"GM0178\": use a CBS code or slug from region.yaml",
            "2:18 cameras must be a whole number above 0, not \"zes\"",
            "3:24 the decision's end must be a date written as YYYY-MM-DD, not \"31-12-2026\"",
            "4:1 a line holds municipality | area | cameras | decision until, not 3 fields",
        ])
    }

    @Test("a decision that ended before the reference date is a warning")
    func ended() async throws {
        let root = try fixture(cameras: "GM0177 | Centrum Raalte | 6 | 2022-12-31\n",
                               site: "title: Testregio\nreference_date: 2023-12-31\n")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = await build(root)
        #expect(report.diagnostics.sorted.contains { $0.severity == .warning && $0.message.hasPrefix("the decision for Centrum Raalte ended on 2022-12-31") })
    }
}
