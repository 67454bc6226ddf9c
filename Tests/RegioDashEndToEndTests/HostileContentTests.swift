import Foundation
import RegioDashTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile content, part two: each case broke the guarantees of "Bad input
/// never hurts" (a crash, a blow-up, a hang or a silent misread) before it
/// was fixed, and is run through the command line as CI runs it.
@Suite("Hostile content: crashes, blow-ups, hangs and misreads, through the command line", .serialized)
struct HostileContentTests {
    static let narrative = "themes/undermining/raalte/2022.md"
    static let anchorMessage = "error: YAML anchors (&name) and aliases (*name) are not allowed in content files: write each value out"

    /// The good fixture of the bad-input tests, with `files` written over it.
    private func workspace(_ files: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("hostile")
        let all = BadInputTests.good.merging(files) { $1 }
        try folder.write(Dictionary(uniqueKeysWithValues: all.map { ("content/" + $0, $1) }))
        return folder
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    private func pages(_ folder: TemporaryFolder) -> String {
        folder.snapshot("site").filter { $0.key.hasSuffix(".html") }.sorted { $0.key < $1.key }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined(separator: "\n")
    }

    @Test("unsafe links inside unsafe links and images are removed, the text around them kept, no crash", arguments: [
        "![<javascript:a>](javascript:b)", "[<javascript:alert(1)>](<javascript:alert(1)>)",
        "![a ![b](javascript:c)](javascript:d)", "[a <javascript:b> c](javascript:d)",
    ])
    func nestedUnsafeLinks(markdown: String) throws {
        let folder = try workspace([Self.narrative: "---\ntitle: T\n---\nVooraf \(markdown) achteraf.\n"])
        defer { folder.remove() }
        let check = try Command.run(["check"], in: folder.path)
        #expect(check.status == 0, "\(check.errors)")
        let build = try Command.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.errors)")
        let html = pages(folder)
        #expect(html.contains("Vooraf") && html.contains("achteraf."))
        #expect(!html.lowercased().contains("javascript:"))
    }

    @Test("an anchor after a tag, or on a local tag, is refused at its line and column", arguments: [
        ("---\ntitle: !!str &a T\nsummary: *a\n---\nTekst.\n", 2, 8),
        ("---\ntitle: !local &anchor value\n---\nTekst.\n", 2, 8),
        ("---\ntitle: T\nsummary: !!seq [!!str &x y]\n---\nTekst.\n", 3, 17),
    ])
    func taggedAnchors(text: String, line: Int, column: Int) throws {
        let folder = try workspace([Self.narrative: text])
        defer { folder.remove() }
        let result = try Command.run(["check"], in: folder.path)
        #expect(result.status == 1)
        #expect(lines(result.errors).contains("content/\(Self.narrative):\(line):\(column): \(Self.anchorMessage)"),
                "got:\n\(result.errors)")
    }

    @Test("a chain of tagged, anchored lists of aliases is refused at its first anchor, at once")
    func anchorChain() throws {
        let folder = try workspace([Self.narrative: Self.anchorChain(levels: 12)])
        defer { folder.remove() }
        let result = try Command.run(["check"], in: folder.path, limit: 120)
        #expect(result.status == 1, "\(result.errors)")
        #expect(lines(result.errors).contains("content/\(Self.narrative):3:10: \(Self.anchorMessage)"), "got:\n\(result.errors)")
    }

    /// `!!seq &aN [*aN-1, …]` nested `levels` deep: each level multiplies the expansion by nine.
    static func anchorChain(levels: Int) -> String {
        var text = "---\ntitle: T\nsummary: !!seq &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "k\(level): !!seq &a\(level) [\(aliases)]\n"
        }
        return text + "---\nTekst.\n"
    }

    @Test("two links to \".\" in a municipality's folder are an error at the link, and the run ends")
    func linkLoop() throws {
        let folder = try workspace()
        defer { folder.remove() }
        let raalte = folder.path + "/content/themes/undermining/raalte"
        try FileManager.default.createSymbolicLink(atPath: raalte + "/a", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: raalte + "/b", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: raalte + "/c", withDestinationPath: "../..")
        for command in ["check", "build"] {
            let result = try Command.run([command], in: folder.path, limit: 120)
            #expect(result.status == 1, "\(result.errors)")
            for link in ["a", "b", "c"] {
                #expect(lines(result.errors).contains {
                    $0.hasPrefix("content/themes/undermining/raalte/\(link):1:1: error: this is a link to ")
                        && $0.hasSuffix(", a folder that holds the link itself, so it goes round in a loop: "
                            + "remove the link (regiodash reads each folder where it is)")
                }, "got:\n\(result.errors)")
            }
        }
    }

    @Test("a named pipe where a content file should be is an error at its path, not a wait for ever", arguments: [
        narrative, "themes/undermining/data.csv", "pages/over.md", "site.yaml",
    ])
    func namedPipe(path: String) throws {
        let folder = try workspace()
        defer { folder.remove() }
        let full = folder.path + "/content/" + path
        try FileManager.default.removeItem(atPath: full)
        #expect(mkfifo(full, 0o644) == 0)
        for command in ["check", "build"] {
            let result = try Command.run([command], in: folder.path, limit: 120)
            #expect(result.status == 1, "\(result.errors)")
            #expect(lines(result.errors).contains(
                "content/\(path):1:1: error: this is a named pipe (FIFO), not a file: content files must be ordinary files; "
                    + "remove it and put the file itself here"), "got:\n\(result.errors)")
        }
    }

    @Test("an indented --- or ... in a block scalar is text: the front matter goes on to the --- at column 1")
    func indentedMarker() throws {
        let folder = try workspace([Self.narrative: """
            ---
            summary: |
              Eerst dit.
              ---
              ...
              Dan dat.
            title: De echte titel
            ---
            Tekst van het verhaal.

            """])
        defer { folder.remove() }
        let result = try Command.run(["build", "--strict"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let html = pages(folder)
        #expect(html.contains("De echte titel"))
        #expect(!html.contains("title: De echte titel"), "the rest of the front matter became the body")
        #expect(html.contains("Tekst van het verhaal."))
    }

    @Test("a hard link to a file outside the content folder is not published")
    func hardLink() throws {
        let folder = try workspace()
        defer { folder.remove() }
        try folder.write(["geheim.txt": "wachtwoord\n"])
        #expect(link(folder.path + "/geheim.txt", folder.path + "/content/pages/geheim.md") == 0)
        let result = try Command.run(["build"], in: folder.path)
        #expect(result.status == 1)
        #expect(lines(result.errors).contains(
            "content/pages/geheim.md:1:1: error: this file has 2 hard links, so it may be a file from outside the content "
                + "folder: regiodash only reads files with one name; put a copy here instead (cp --remove-destination)"),
                "got:\n\(result.errors)")
        #expect(!folder.exists("site"))
    }
}
