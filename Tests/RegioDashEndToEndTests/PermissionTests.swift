import Foundation
import RegioDashTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Permissions that get in the way: a folder regiodash cannot list may hold
/// anything, so it is never taken for an empty one (and replaced or written
/// into); a build that fails or cannot remove what it replaced cleans up or
/// says what to remove. The commands run as a user file permissions apply to.
@Suite("Permissions: unlistable folders, read-only sites, failed builds", .serialized)
struct PermissionTests {
    /// The good fixture plus `files`, all owned by the user the command runs as.
    private func workspace(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("unlistable")
        try folder.write(Dictionary(uniqueKeysWithValues: BadInputTests.good.map { ("content/" + $0, $1) }))
        try folder.write(files)
        let user = Command.unprivilegedUser
        _ = chown(folder.path, user.uid, user.gid)
        for case let relative as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? [] {
            _ = chown(folder.path + "/" + relative, user.uid, user.gid)
        }
        return folder
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test("build --output on a folder it cannot list is refused, and the folder keeps its files")
    func output() throws {
        let folder = try workspace(["foreign/precious.txt": "mine\n"])
        defer { folder.remove() }
        #expect(chmod(folder.path + "/foreign", 0o300) == 0)
        let result = try Command.run(["build", "--output", "foreign"], in: folder.path, unprivileged: true)
        _ = chmod(folder.path + "/foreign", 0o755)
        #expect(result.status == 1)
        #expect(lines(result.errors).contains(
            "foreign:1:1: error: cannot list foreign, so regiodash cannot tell whether it wrote it: "
                + "choose another --output, or give yourself permission to read it"), "got:\n\(result.errors)")
        #expect(folder.read("foreign/precious.txt") == "mine\n")
    }

    @Test("init into a folder it cannot list is refused, and nothing in it is overwritten")
    func initialise() throws {
        let folder = try workspace(["target/README.md": "mine\n", "target/content/site.yaml": "title: Mijn\n"])
        defer { folder.remove() }
        #expect(chmod(folder.path + "/target", 0o300) == 0)
        let result = try Command.run(["init", "target"], in: folder.path, unprivileged: true)
        _ = chmod(folder.path + "/target", 0o755)
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot list target, so it may not be empty"), "got:\n\(result.errors)")
        #expect(folder.read("target/README.md") == "mine\n")
        #expect(folder.read("target/content/site.yaml") == "title: Mijn\n")
    }

    @Test("a municipality's folder that cannot be listed is an error at the folder")
    func contentFolder() throws {
        let folder = try workspace([:])
        defer { folder.remove() }
        let raalte = folder.path + "/content/themes/undermining/raalte"
        #expect(chmod(raalte, 0o300) == 0)
        let result = try Command.run(["check"], in: folder.path, unprivileged: true)
        _ = chmod(raalte, 0o755)
        #expect(result.status == 1)
        #expect(lines(result.errors).contains(
            "content/themes/undermining/raalte:1:1: error: cannot list this folder (Permission denied): check that you may read it"),
                "got:\n\(result.errors)")
    }

    private func stagingFolders(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".site.staging-") }
    }

    /// What the build cache keeps for the next build.
    private func cache(_ folder: TemporaryFolder) -> [String: Data] {
        folder.snapshot(".regiodash-cache/site").filter { $0.key != "scan" }
    }

    @Test("a site someone made read-only is replaced and removed, leaving no staging folder")
    func readOnlySite() throws {
        let folder = try workspace([:])
        defer { folder.remove() }
        #expect(try Command.run(["build"], in: folder.path, unprivileged: true).status == 0)
        let site = folder.path + "/site"
        for case let relative as String in FileManager.default.enumerator(atPath: site)?.allObjects ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: site + "/" + relative, isDirectory: &isFolder), isFolder.boolValue {
                _ = chmod(site + "/" + relative, 0o555)
            }
        }
        _ = chmod(site, 0o555)
        try folder.write(["content/site.yaml": "title: Nieuwe titel\n"])
        let result = try Command.run(["build"], in: folder.path, unprivileged: true)
        #expect(result.status == 0, "\(result.errors)")
        #expect(stagingFolders(folder).isEmpty, "the previous, read-only site was left behind")
        #expect(folder.read("site/index.html")?.contains("Nieuwe titel") == true)
    }

    @Test("a build that cannot publish leaves the build cache as it was, and the next build still reuses it")
    func failedPublish() throws {
        let folder = try workspace([:])
        defer {
            _ = chmod(folder.path, 0o755)
            folder.remove()
        }
        #expect(try Command.run(["build"], in: folder.path, unprivileged: true).status == 0)
        let before = cache(folder)
        #expect(before.keys.sorted() == ["narratives", "publication", "state"])
        try folder.write(["content/site.yaml": "title: Anders\n",
                          "content/themes/undermining/raalte/2022.md": "---\ntitle: Ondermijning\n---\nNieuwe tekst.\n"])
        // The staging folder beside the output cannot be made: publishing fails.
        #expect(chmod(folder.path, 0o555) == 0)
        let result = try Command.run(["build"], in: folder.path, unprivileged: true)
        _ = chmod(folder.path, 0o755)
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot write the site into"), "\(result.errors)")
        #expect(cache(folder) == before, "the failed build changed the cache")
        #expect(stagingFolders(folder).isEmpty)
        let next = try Command.run(["build", "--verbose"], in: folder.path, unprivileged: true)
        #expect(next.status == 0 && next.output.contains("made again"), "\(next.output)")
    }
}
