import Foundation
import RegioDashTestSupport
import Testing

/// `regiodash build --changes-base GIT_REF` and `SOURCE_DATE_EPOCH`: how CI,
/// which has no last build to compare with, gives the feed its entry.
@Suite("The feed from the command line: --changes-base and SOURCE_DATE_EPOCH")
struct FeedCommandTests {
    private func git(_ arguments: [String], in repository: String) throws {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@t"] + arguments
        git.currentDirectoryURL = URL(fileURLWithPath: repository)
        git.standardOutput = FileHandle.nullDevice
        try git.run()
        git.waitUntilExit()
        #expect(git.terminationStatus == 0, "git \(arguments)")
    }

    /// The demo in a git repository of its own, committed once.
    private func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try Command.copyDemo(into: folder)
        try git(["init", "-q"], in: folder.path)
        try git(["add", "."], in: folder.path)
        try git(["commit", "-qm", "published"], in: folder.path)
        return folder
    }

    @Test("a fresh checkout compares with the commit given, and the entry is dated by SOURCE_DATE_EPOCH")
    func changesBase() throws {
        let folder = try repository()
        defer { folder.remove() }
        let data = folder.path + "/content/themes/undermining/data.csv"
        let text = try String(contentsOfFile: data, encoding: .utf8)
        try text.replacing("GM0177,2023,integral-controls,5,", with: "GM0177,2023,integral-controls,6,")
            .write(toFile: data, atomically: false, encoding: .utf8)
        try git(["commit", "-qam", "one figure"], in: folder.path)
        // No build before this one: without --changes-base there would be nothing to compare with.
        let result = try Command.run(["build", "--changes-base", "HEAD~1", "--quiet"], in: folder.path,
                                     environment: ["SOURCE_DATE_EPOCH": "1765100000"])
        #expect(result.status == 0, "\(result.errors)")
        let feed = folder.read("site/feed.xml") ?? ""
        #expect(feed.components(separatedBy: "<entry>").count == 2, "\(feed)")
        #expect(feed.contains("<title>1 cijfer bijgewerkt</title>"))
        #expect(feed.contains("<updated>2025-12-07T09:33:20Z</updated>"))
        #expect(feed.contains("Raalte, 2023, Integrale controles: van 5 naar 6 (per 1.000 inwoners van 0,13 naar 0,16)"))
        #expect(folder.read("site/wat-is-er-nieuw/index.html")?.contains("7 december 2025</time>: 1 cijfer bijgewerkt") == true)
    }

    @Test("a commit that is not there, or a SOURCE_DATE_EPOCH that is no number, stops the build before anything is written")
    func mistakes() throws {
        let folder = try repository()
        defer { folder.remove() }
        let unknown = try Command.run(["build", "--changes-base", "bestaat-niet"], in: folder.path)
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("--changes-base: there is no commit \"bestaat-niet\""), "\(unknown.errors)")
        let epoch = try Command.run(["build"], in: folder.path, environment: ["SOURCE_DATE_EPOCH": "gisteren"])
        #expect(epoch.status == 1)
        #expect(epoch.errors.contains("SOURCE_DATE_EPOCH is \"gisteren\": it must be a whole number of seconds since 1970"),
                "\(epoch.errors)")
        #expect(folder.read("site/index.html") == nil)
    }
}
