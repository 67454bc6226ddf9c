import Foundation
import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Incremental builds: only what changed, and the same bytes as a full build")
struct IncrementalTests {
    private let data = """
        municipality,year,indicator,value,source,note
        GM0177,2021,incidents,30,Jaarverslag,
        GM0177,2022,incidents,38,Jaarverslag,
        GM0193,2021,incidents,200,Politie,
        GM0193,2022,incidents,261,Politie,
        GM1773,2021,incidents,12,,
        GM1773,2022,incidents,14,,
        """

    private func workspace() throws -> Workspace {
        var files = ["themes/sample/data.csv": data, "pages/over.md": "# Over\n\nTekst.\n"]
        for slug in ["raalte", "zwolle", "olst-wijhe"] {
            for year in [2021, 2022] {
                files["themes/sample/\(slug)/\(year).md"] = "---\ntitle: \(slug) \(year)\n---\nWat \(slug) deed in \(year).\n"
            }
        }
        return try Workspace(files)
    }

    private func build(_ workspace: Workspace, output: String? = nil, version: String = "1", incremental: Bool = true) async -> SiteBuilder.Report {
        await SiteBuilder(registry: ThemeRegistry([SampleTheme(version: version)]))
            .build(.init(content: workspace.content, output: output ?? workspace.output, incremental: incremental))
    }

    private func inode(_ path: String) -> UInt64 {
        var status = stat()
        return stat(path, &status) == 0 ? UInt64(status.st_ino) : 0
    }

    /// After `edit`, an incremental build over the previous site equals a full build into a fresh folder.
    private func check(_ name: String, version: String = "1", _ edit: (Workspace) throws -> Void) async throws -> SiteBuilder.Report {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        try edit(workspace)
        let incremental = await build(workspace, version: version)
        #expect(incremental.written, "\(name): \(incremental.diagnostics.sorted)")
        let reference = workspace.folder.path + "/reference"
        #expect(await build(workspace, output: reference, version: version, incremental: false).written)
        let built = workspace.folder.published("site")
        let full = workspace.folder.published("reference")
        #expect(Set(built.keys) == Set(full.keys), "\(name): different files")
        for (path, bytes) in full where built[path] != bytes {
            Issue.record("\(name): \(path) differs from a full build")
        }
        return incremental
    }

    @Test("a narrative edit renders only its year page and its profile, identical to a full build")
    func narrative() async throws {
        let report = try await check("narrative") {
            try $0.write(["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\n---\nIets heel anders.\n"])
        }
        // The theme's 2022 page (its index) and Raalte's profile.
        #expect(report.renderedCount == 2)
        #expect(report.writtenCount == 2)
    }

    @Test("a new narrative, and a removed one, are like a full build")
    func addedAndRemoved() async throws {
        _ = try await check("added") { try $0.write(["themes/sample/zwolle/2020.md": "Nieuw jaar.\n"]) }
        _ = try await check("removed") { try FileManager.default.removeItem(atPath: $0.content + "/themes/sample/zwolle/2021.md") }
    }

    @Test("a changed CSV row is like a full build")
    func csvRow() async throws {
        _ = try await check("csv") { try $0.write(["themes/sample/data.csv": data.replacing("GM0193,2022,incidents,261", with: "GM0193,2022,incidents,262")]) }
    }

    @Test("a changed population is like a full build")
    func population() async throws {
        _ = try await check("population") { try $0.write(["region.yaml": Fixtures.region.replacing("2022: 38053", with: "2022: 38100")]) }
    }

    @Test("a changed site title is like a full build")
    func siteTitle() async throws {
        _ = try await check("title") { try $0.write(["site.yaml": Fixtures.site.replacing("Testregio veilig", with: "Andere titel")]) }
    }

    @Test("a new plugin version renders everything again, like a full build")
    func pluginVersion() async throws {
        let report = try await check("plugin version", version: "2") { _ in }
        #expect(report.renderedCount == report.fileCount)
    }

    @Test("nothing changed: the site is left alone, and the warnings are shown again")
    func unchanged() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write(["themes/sample/data.csv": data + "\nGM0177,2023,incidents,1,,\n"])
        let first = await build(workspace)
        #expect(first.written && first.diagnostics.warningCount > 0)
        let before = inode(workspace.output)
        let second = await build(workspace)
        #expect(second.unchanged && !second.written)
        #expect(second.diagnostics.warningCount == first.diagnostics.warningCount)
        #expect(inode(workspace.output) == before)
    }

    @Test("unchanged files keep their inode and modification time; changed ones are new")
    func mtimes() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        _ = await build(workspace)
        let untouched = workspace.output + "/gemeenten/zwolle/index.html"
        let touched = workspace.output + "/gemeenten/raalte/index.html"
        let (untouchedBefore, touchedBefore) = (inode(untouched), inode(touched))
        let stamp = FileStamp.of(untouched)
        try workspace.write(["themes/sample/raalte/2022.md": "Anders.\n"])
        _ = await build(workspace)
        #expect(inode(untouched) == untouchedBefore)
        #expect(FileStamp.of(untouched) == stamp)
        #expect(inode(touched) != touchedBefore)
    }

    @Test("a touched file with the same bytes changes nothing on the site")
    func touchedOnly() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        _ = await build(workspace)
        let page = workspace.output + "/gemeenten/raalte/index.html"
        let before = inode(page)
        let path = workspace.content + "/themes/sample/raalte/2022.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        usleep(10_000)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let report = await build(workspace)
        #expect(report.writtenCount == 0)
        #expect(inode(page) == before)
    }
}
