import Foundation
import RegioDashTestSupport
import Testing

@Suite("regiodash diff: what a reader would see change, for review")
struct DiffTests {
    /// The demo content twice, `old` and `new`, in a temporary folder.
    private func copies() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("diff")
        let content = Command.repository.appendingPathComponent("content").path
        for name in ["old", "new"] {
            try FileManager.default.copyItem(atPath: content, toPath: folder.path + "/" + name)
        }
        return folder
    }

    private func edit(_ folder: TemporaryFolder, _ relative: String, _ change: (String) -> String) throws {
        let path = "new/" + relative
        try folder.write([path: change(try #require(folder.read(path)))])
    }

    @Test("figures, narratives, certificates and new warnings, each where a reviewer looks for it")
    func everyKind() throws {
        let folder = try copies()
        defer { folder.remove() }
        try edit(folder, "themes/undermining/data.csv") {
            $0.replacing("GM0177,2023,integral-controls,5,", with: "GM0177,2023,integral-controls,9,")
                .replacing("GM0177,2023,bibob-procedures,7,Voorbeeldgegevens regiodash,\n", with: "")
        }
        try edit(folder, "themes/cyber/raalte/2022.md") { $0 + "\nEen nieuwe alinea.\n" }
        try FileManager.default.removeItem(atPath: folder.path + "/new/themes/cyber/raalte/2021.md")
        try edit(folder, "themes/kvo/certificates.csv") {
            $0.replacing("GM0148,Centrum Dalfsen,KVO-W,in-progress,,,,", with: "GM0148,Centrum Dalfsen,KVO-W,certified,2023-11-01,2026-11-01,1,")
        }
        try edit(folder, "themes/care-safety/data.csv") { $0 + "GM0177;2024;e33-reports;12;;\r\n" }

        let result = try Command.run(["diff", "old", "new"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let text = result.output
        #expect(text.hasPrefix("## Wat verandert er op de site\n"))
        // Raalte has 38,053 inhabitants in 2023 (region.yaml): 5 → 9 is 0,13 → 0,24 per 1,000.
        #expect(text.contains("| Raalte | 2023 | Integrale controles | 5 | 9 | 0,13 → 0,24 |"), "\(text)")
        #expect(text.contains("| Raalte | 2023 | Bibob-procedures | 7 | — | 0,18 → — |"), "\(text)")
        #expect(text.contains("**Verhalen**: Raalte 2022 (gewijzigd), Raalte 2021 (weg)"), "\(text)")
        #expect(text.contains("- − GM0148 · Dalfsen · Centrum Dalfsen · KVO-W (winkelgebied) · In voorbereiding"), "\(text)")
        #expect(text.contains("- + GM0148 · Dalfsen · Centrum Dalfsen"), "\(text)")
        #expect(text.contains("### Nieuwe waarschuwingen"), "\(text)")
        #expect(text.contains("no population for 2024"), "\(text)")
    }

    @Test("a name from the content cannot make a link, emphasis or a mention in the pull-request comment")
    func markdownInNames() throws {
        let folder = try copies()
        defer { folder.remove() }
        let evil = "Molenlo **[✅ Goedgekeurd](https://evil.example/login)** @org/maintainers `x` <b>|"
        try edit(folder, "region.yaml") { $0.replacing("name: Raalte", with: "name: \"\(evil.replacing("\"", with: "\\\""))\"") }
        try edit(folder, "themes/undermining/data.csv") {
            $0.replacing("GM0177,2023,integral-controls,5,", with: "GM0177,2023,integral-controls,9,")
        }
        let result = try Command.run(["diff", "old", "new"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let text = result.output
        #expect(text.contains("| Molenlo \\*\\*\\[✅ Goedgekeurd\\](https:\u{2060}//evil.example/login)\\*\\* "
            + "@\u{2060}org/maintainers \\`x\\` &lt;b\\>\\| | 2023 |"), "\(text)")
        #expect(!text.contains("**[✅"), "\(text)")
        #expect(!text.contains("](https://evil"), "\(text)")
        #expect(!text.contains("@org/maintainers"), "\(text)")
        #expect(!text.contains("<b>"), "\(text)")
    }

    @Test("no change says so; broken new content leads the summary with its errors")
    func nothingAndErrors() throws {
        let folder = try copies()
        defer { folder.remove() }
        let same = try Command.run(["diff", "old", "new"], in: folder.path)
        #expect(same.output.contains("Niets wat lezers van de site zien, verandert."))
        try edit(folder, "site.yaml") { $0 + "titel: typefout\n" }
        let broken = try Command.run(["diff", "old", "new"], in: folder.path)
        #expect(broken.output.contains("**Deze wijziging heeft fouten: zo wordt de site niet gebouwd.**"))
        #expect(broken.output.contains("`new/site.yaml:"), "\(broken.output)")
    }

    @Test("--base compares with the content at a git commit, as in a pull request")
    func gitBase() throws {
        let folder = try copies()
        defer { folder.remove() }
        let repository = folder.path + "/new"
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "start"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + arguments
            git.currentDirectoryURL = URL(fileURLWithPath: repository)
            try git.run()
            git.waitUntilExit()
            #expect(git.terminationStatus == 0)
        }
        try edit(folder, "themes/undermining/data.csv") {
            $0.replacing("GM0177,2023,integral-controls,5,", with: "GM0177,2023,integral-controls,6,")
        }
        let result = try Command.run(["diff", "--base", "HEAD", "--content", "."], in: repository)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("| Raalte | 2023 | Integrale controles | 5 | 6 |"), "\(result.output)")
        let unknown = try Command.run(["diff", "--base", "bestaat-niet", "--content", "."], in: repository)
        #expect(unknown.status == 1 && unknown.errors.contains("there is no commit \"bestaat-niet\""))
    }
}
