import Foundation
import RegioDashCore
@testable import RegioDashSite
import RegioDashTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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

    private func build(_ workspace: Workspace, output: String? = nil, baseURL: String? = nil,
                       incremental: Bool = true) async -> SiteBuilder.Report {
        await SiteBuilder(registry: ThemeRegistry([SampleTheme()]))
            .build(.init(content: workspace.content, output: output ?? workspace.output, baseURL: baseURL,
                         incremental: incremental))
    }

    private func inode(_ path: String) -> UInt64 {
        var status = stat()
        return stat(path, &status) == 0 ? UInt64(status.st_ino) : 0
    }

    /// After `edit`, an incremental build over the previous site equals a full build into a fresh folder.
    private func check(_ name: String, baseURL: String? = nil, _ edit: (Workspace) throws -> Void) async throws -> SiteBuilder.Report {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        try edit(workspace)
        return try await rebuild(workspace, name, baseURL: baseURL)
    }

    /// An incremental build over the previous site, compared with a full build
    /// into a fresh folder: the whole folders, every file.
    private func rebuild(_ workspace: Workspace, _ name: String, baseURL: String? = nil) async throws -> SiteBuilder.Report {
        let incremental = await build(workspace, baseURL: baseURL)
        #expect(incremental.written, "\(name): \(incremental.diagnostics.sorted)")
        let reference = workspace.folder.path + "/reference"
        FileTree.remove(reference)
        try FeedHistoryCopy.share(from: workspace.output, to: reference)
        #expect(await build(workspace, output: reference, baseURL: baseURL, incremental: false).written)
        let built = workspace.folder.snapshot("site")
        let full = workspace.folder.snapshot("reference")
        #expect(Set(built.keys) == Set(full.keys), "\(name): different files")
        for (path, bytes) in full where built[path] != bytes {
            Issue.record("\(name): \(path) differs from a full build")
        }
        return incremental
    }

    @Test("targets.csv and benchmarks: added, changed, a benchmark's population changed — each equals a full build")
    func targetsAndBenchmarks() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        try workspace.write(["themes/sample/theme.yaml": "indicators:\n  - id: incidents\n    better: lower\n",
                             "themes/sample/targets.csv": "municipality,year,indicator,target\nGM0177,2022,incidents,40\n"])
        let added = try await rebuild(workspace, "targets added")
        #expect(added.renderedCount > 0)
        #expect(workspace.page("gemeenten/raalte/index.html").contains("doel 40 gehaald"))
        try workspace.write(["themes/sample/targets.csv": "municipality,year,indicator,target\nGM0177,2022,incidents,35\n"])
        _ = try await rebuild(workspace, "target changed")
        #expect(workspace.page("gemeenten/raalte/index.html").contains("doel 35 niet gehaald"))
        let benchmark = "\nbenchmarks:\n  - code: NL01\n    name: Nederland\n    population: {2021: 17475415, 2022: 17590672}\n"
        try workspace.write(["region.yaml": Fixtures.region + benchmark,
                             "themes/sample/data.csv": data + "\nNL01,2021,incidents,29000,CBS,\nNL01,2022,incidents,30000,CBS,\n"])
        _ = try await rebuild(workspace, "benchmark added")
        #expect(workspace.page("voorbeeld/index.html").contains(">Nederland 1,71</text>"))
        try workspace.write(["region.yaml": Fixtures.region + benchmark.replacing("17590672", with: "15000000")])
        _ = try await rebuild(workspace, "benchmark population changed")
        #expect(workspace.page("voorbeeld/index.html").contains(">Nederland 2,00</text>"))
    }

    @Test("a narrative edit makes only its year page, its profile, its handout and two search files again, identical to a full build")
    func narrative() async throws {
        let report = try await check("narrative") {
            try $0.write(["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\n---\nIets heel anders.\n"])
        }
        // The theme's 2022 page (its index), Raalte's profile and Raalte's handout (which shows the newest
        // year's), of the search the terms and the texts the narrative is among, and the feed and its page.
        #expect(report.renderedCount == 7)
        #expect(report.writtenCount == 7)
    }

    @Test("a narrative whose title changes makes the same three pages and two search files again, like a full build")
    func narrativeTitle() async throws {
        let report = try await check("title") {
            try $0.write(["themes/sample/raalte/2022.md": "---\ntitle: Een nieuwe titel\n---\nWat raalte deed in 2022.\n"])
        }
        #expect(report.renderedCount == 7)
    }

    @Test("a tagged narrative's edit makes its topic's page and the topics' index again, not another topic's, like a full build")
    func tags() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        try workspace.write(["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\ntags: [vuurwerk]\n---\nWat raalte deed in 2022.\n",
                             "themes/sample/zwolle/2022.md": "---\ntitle: zwolle 2022\ntags: [drugs]\n---\nWat zwolle deed in 2022.\n"])
        let tagged = try await rebuild(workspace, "tags added")
        // Two topic pages are new, so the sitemap changes; so do the topics' index and the search page that lists
        // them, the year page, two profiles, two handouts, two search files, and the feed and its page.
        #expect(tagged.renderedCount == 14)
        try workspace.write(["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\ntags: [vuurwerk]\n---\nIets anders.\n"])
        let edited = try await rebuild(workspace, "a tagged narrative edited")
        // The year page, Raalte's profile and handout, vuurwerk's page, two search files and the feed and its
        // page; drugs's page, the topics' index and the search page (whose topics and counts stay) and the
        // sitemap are kept.
        #expect(edited.renderedCount == 8)
    }

    @Test("edits one after another stay like a full build each time")
    func editsInARow() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        let edits: [(String, [String: String])] = [
            ("first body", ["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\n---\nEen *langere* tekst, met [een link](https://example.org) erin.\n"]),
            ("same page, other body", ["themes/sample/zwolle/2022.md": "---\ntitle: zwolle 2022\n---\nKort.\n"]),
            ("two bodies at once", ["themes/sample/raalte/2021.md": "---\ntitle: raalte 2021\n---\n- een\n- twee\n",
                                    "themes/sample/olst-wijhe/2022.md": "---\ntitle: olst-wijhe 2022\n---\nÉén & <twee>.\n"]),
            ("a CSV row", ["themes/sample/data.csv": data.replacing("GM1773,2022,incidents,14", with: "GM1773,2022,incidents,15")]),
            ("the first body again", ["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\n---\nTerug naar kort.\n"]),
            ("back to what was rendered before", ["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\n---\nWat raalte deed in 2022.\n"]),
        ]
        for (name, files) in edits {
            try workspace.write(files)
            _ = try await rebuild(workspace, name)
        }
    }

    @Test("a page changed in the output since the last build is made again, not kept")
    func changedOutput() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        let page = workspace.output + "/gemeenten/zwolle/index.html"
        try (String(contentsOfFile: page, encoding: .utf8) + "<!-- met de hand -->").write(toFile: page, atomically: false, encoding: .utf8)
        try workspace.write(["themes/sample/raalte/2022.md": "---\ntitle: raalte 2022\n---\nIets anders.\n"])
        let report = try await rebuild(workspace, "changed output")
        // Raalte's profile and handout, the 2022 page, two search files and the feed and its page for the edit,
        // Zwolle's profile for the hand.
        #expect(report.renderedCount == 8)
        #expect(!workspace.page("gemeenten/zwolle/index.html").contains("met de hand"))
    }

    @Test("a draft's new text changes no page, is remembered, and leaks nowhere in the output")
    func draftBody() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write(["themes/sample/zwolle/2021.md": "---\ntitle: Geheim plan\nstatus: draft\n---\nConcept.\n"])
        #expect(await build(workspace).written)
        try workspace.write(["themes/sample/zwolle/2021.md": "---\ntitle: Geheimer plan\nstatus: draft\n---\nNieuw concept.\n"])
        let report = try await rebuild(workspace, "draft")
        #expect(report.renderedCount == 0 && report.writtenCount == 0)
        #expect(await build(workspace).unchanged)
        for (path, bytes) in workspace.folder.snapshot("site") {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("Geheim") && !text.contains("concept"), "\(path)")
        }
    }

    @Test("a narrative edit with a mistake in it is reported, and nothing is written")
    func brokenEdit() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        let before = workspace.folder.snapshot("site")
        try workspace.write(["themes/sample/raalte/2022.md": "---\ntitle: [raalte\n---\nTekst.\n"])
        let report = await build(workspace)
        #expect(report.failed && !report.written)
        #expect(report.diagnostics.sorted.contains { $0.location.path.hasSuffix("raalte/2022.md") && $0.severity == .error })
        #expect(workspace.folder.snapshot("site") == before)
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

    @Test("other options make everything again, like a full build")
    func otherOptions() async throws {
        let report = try await check("base URL", baseURL: "https://example.org/veiligheid/") { _ in }
        #expect(report.renderedCount == report.fileCount)
    }

    @Test("the site holds only what is published; the build cache is beside it, and may be deleted")
    func cacheOutsideTheSite() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(await build(workspace).written)
        let hidden = workspace.folder.snapshot("site").keys.filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(hidden.isEmpty, "\(hidden)")
        #expect(workspace.folder.exists(".regiodash-cache/site/state"))
        #expect(workspace.folder.exists(".regiodash-cache/site/narratives"))
        try FileManager.default.removeItem(atPath: workspace.folder.path + "/.regiodash-cache")
        try workspace.write(["themes/sample/raalte/2022.md": "Zonder cache.\n"])
        let report = try await rebuild(workspace, "without a cache")
        #expect(report.renderedCount == report.fileCount)
    }

    @Test("--cache puts the build cache where it is asked")
    func cacheElsewhere() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let cache = workspace.folder.path + "/elders/cache"
        let options = SiteBuilder.Options(content: workspace.content, output: workspace.output, cache: cache)
        let builder = SiteBuilder(registry: ThemeRegistry([SampleTheme()]))
        #expect(await builder.build(options).written)
        #expect(workspace.folder.exists("elders/cache/state"))
        #expect(!workspace.folder.exists(".regiodash-cache"))
        #expect(await builder.build(options).unchanged)
    }

    @Test("a same-size edit whose modification time is set back is still seen")
    func modificationTimeSetBack() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let path = workspace.content + "/themes/sample/raalte/2022.md"
        var times = [timespec(tv_sec: 1_600_000_000, tv_nsec: 0), timespec(tv_sec: 1_600_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(await build(workspace).written)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacing("Wat raalte deed", with: "Wat Raalte deed")
        #expect(changed != text && changed.utf8.count == text.utf8.count)
        try changed.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        _ = try await rebuild(workspace, "time set back")
        #expect(workspace.page("gemeenten/raalte/index.html").contains("Wat Raalte deed"))
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
        let modified = FileStamp.of(untouched)?.modified
        try workspace.write(["themes/sample/raalte/2022.md": "Anders.\n"])
        _ = await build(workspace)
        #expect(inode(untouched) == untouchedBefore)
        #expect(FileStamp.of(untouched)?.modified == modified)
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

    @Test("a file hashed because it changed in the tick the last scan began counts as restamped, so it is hashed once, not on every rebuild")
    func racyRestamped() throws {
        let workspace = try workspace()
        let path = "themes/sample/data.csv"
        let content = ContentFolder(root: workspace.content)
        let stamp = try #require(FileStamp.of(workspace.content + "/" + path))
        let hash = try #require(content.hash(of: path))
        // The last scan began in the very tick the file was written: its stamp proves nothing.
        let record = BuildRecord(fingerprint: 1,
                                 known: KnownFiles(files: [path: .init(stamp: stamp, hash: hash)], scanned: stamp.modified),
                                 outputs: [:], diagnostics: [])
        let later = stamp.modified + 1_000_000_000
        guard case let .restamped(known) = record.check(ScannedFiles([path: stamp]), in: content, scanned: later) else {
            Issue.record("the same bytes, hashed: restamped with this scan's time")
            return
        }
        #expect(known.scanned == later && known.hash(of: path, stamp: stamp) == hash)
        try workspace.folder.write(["content/" + path: data.replacingOccurrences(of: "261", with: "262")])
        let edited = try #require(FileStamp.of(workspace.content + "/" + path))
        #expect(record.check(ScannedFiles([path: edited]), in: content, scanned: later).isChanged)
        #expect(record.check(ScannedFiles([path: stamp]), in: content, scanned: later).isChanged,
                "under the old stamp too: a racy file is hashed, and its new bytes found")
    }

    @Test("a fragment is taken from its published page only where the page holds it whole")
    func publishedFragments() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.folder.write(["page.html": "<main><section>deel</section></main>"])
        let page = workspace.folder.path + "/page.html"
        let fragments = [Fragment(key: 7, offset: 6, length: 23), Fragment(key: 8, offset: 30, length: 100),
                         Fragment(key: 10, offset: 0, length: Int.max / 4)]
        let published = PublishedFragments(path: page, fragments: fragments)
        #expect(published.bytes(7).map { String(decoding: $0, as: UTF8.self) } == "<section>deel</section>")
        #expect(published.bytes(8) == nil, "past the end of the page: rendered, not taken short")
        #expect(published.bytes(9) == nil, "a key the page does not have")
        #expect(published.bytes(10) == nil, "a length from a damaged state: refused before anything is allocated")
        #expect(PublishedFragments(path: nil, fragments: fragments).bytes(7) == nil, "no page to take from")
        #expect(PublishedFragments(path: page + ".gone", fragments: fragments).bytes(7) == nil)
    }
}
