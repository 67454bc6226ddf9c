import Foundation
import RegioDashTestSupport
import Testing

@Suite("The command line: exit codes, diagnostics, nothing half-written", .serialized)
struct CommandLineTests {
    private func workspace(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("cli")
        try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.content(files).map { ("content/" + $0, $1) }))
        return folder
    }

    @Test("wrong usage exits with 2", arguments: [["build", "--bogus"], ["frobnicate"], ["build", "--base-url", "example.org"]])
    func usage(arguments: [String]) throws {
        let result = try Command.run(arguments)
        #expect(result.status == 2)
        #expect(!result.errors.isEmpty)
    }

    @Test("--help and --version exit with 0")
    func help() throws {
        #expect(try Command.run(["--help"]).status == 0)
        #expect(try Command.run(["build", "--help"]).output.contains("--output"))
        #expect(try Command.run(["--version"]).status == 0)
    }

    @Test("content errors: all of them as path:line:column, exit 1, and the previous site untouched")
    func contentErrors() throws {
        let folder = try workspace(["themes/care-safety/data.csv": "municipality,year,indicator,value\nGM0177,2022,mediation-success,69\n"])
        defer { folder.remove() }
        let good = try Command.run(["build"], in: folder.path)
        #expect(good.status == 0, "\(good.errors)")
        let before = folder.snapshot("site")
        #expect(!before.isEmpty)

        try folder.write(["content/themes/care-safety/data.csv": "municipality,year,indicator,value\nGM0178,2022,mediation-success,69\nGM0177,2022,mediation-success,104\n",
                          "content/themes/cyberr/data.csv": ""])
        let bad = try Command.run(["build"], in: folder.path)
        #expect(bad.status == 1)
        let lines = bad.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/themes/care-safety/data.csv:2:1: error: unknown municipality \"GM0178\": use a CBS code or slug from region.yaml; did you mean GM0177 (Raalte)?"))
        #expect(lines.contains("content/themes/care-safety/data.csv:3:31: error: a percentage cannot be above 100: \"104\" for mediation-success"))
        #expect(lines.contains("content/themes/cyberr:1:1: error: no theme is called \"cyberr\" (the themes are undermining, cyber, care-safety, kvo, refugee-shelter; a theme of your own needs a theme.yaml in its folder); did you mean cyber?"))
        #expect(lines.last == "regiodash: 3 errors; nothing was written")
        #expect(folder.snapshot("site") == before)
    }

    @Test("check reports without writing; --strict makes warnings fail")
    func check() throws {
        let folder = try workspace(["themes/cyber/data.csv": "municipality,year,indicator,value\nGM0177,2023,cybercrime-reports,12\n"])
        defer { folder.remove() }
        let plain = try Command.run(["check"], in: folder.path)
        #expect(plain.status == 0)
        #expect(plain.errors.contains("content/themes/cyber/data.csv:2:1: warning: Raalte has no population for 2023"))
        #expect(plain.output.contains("content/ has no errors (2 warnings)"))
        let strict = try Command.run(["check", "--strict"], in: folder.path)
        #expect(strict.status == 1)
        #expect(strict.errors.contains("2 warnings (--strict)"))
        #expect(!folder.exists("site"))
    }

    @Test("check: a late partial year is one warning per theme and year, at its first row; reference_date makes it an error there")
    func partialYear() throws {
        let data = "municipality,year,indicator,value\nGM0177,2022,integral-controls,3\nGM0193,2022,integral-controls,9\n"
            + "GM1773,2022,integral-controls,1\nGM0177,2023,integral-controls,4\nGM0177,2023,bibob-procedures,1\n"
        let folder = try workspace(["themes/undermining/data.csv": data])
        defer { folder.remove() }
        let plain = try Command.run(["check"], in: folder.path)
        #expect(plain.status == 0)
        let lines = plain.errors.split(separator: "\n").filter { $0.contains("2023") && !$0.contains("population") }
        #expect(lines == ["content/themes/undermining/data.csv:5:1: warning: 2023 has figures from only 1 of the 3 municipalities, "
            + "so the theme page opens on 2022; 2023 is shown as incomplete until at least half have figures"])

        try folder.write(["content/site.yaml": Fixtures.site + "\nreference_date: 2022-12-31\n"])
        let dated = try Command.run(["check"], in: folder.path)
        #expect(dated.status == 1)
        #expect(dated.errors.contains("content/themes/undermining/data.csv:5:8: error: 2023 is after the reference date 31-12-2022 in site.yaml"))
        #expect(dated.errors.contains("content/themes/undermining/data.csv:6:8: error: 2023 is after the reference date 31-12-2022 in site.yaml"))
    }
}
