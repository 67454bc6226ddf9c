import Foundation
import RegioDashTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Floods of errors and warnings, and folders too large to read: the output
/// stays readable and bounded, the counts stay true.
@Suite("Floods: error and warning limits, the size limit, printable diagnostics", .serialized)
struct FloodTests {
    static let data = "themes/undermining/data.csv"

    private func workspace(_ files: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("flood")
        let all = BadInputTests.good.merging(files) { $1 }
        try folder.write(Dictionary(uniqueKeysWithValues: all.map { ("content/" + $0, $1) }))
        return folder
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test("a file with 300 bad rows lists its first 100 errors and counts the rest; the total is the real one")
    func errorsPerFile() throws {
        let rows = (1...300).map { "GM9\(String(format: "%03d", $0)),2022,integral-controls,1,,\n" }.joined()
        let folder = try workspace([Self.data: BadInputTests.header + rows])
        defer { folder.remove() }
        let result = try Command.run(["check"], in: folder.path)
        #expect(result.status == 1)
        let errors = lines(result.errors).filter { $0.hasPrefix("content/\(Self.data):") && $0.contains(": error: unknown municipality") }
        #expect(errors.count == 100)
        #expect(lines(result.errors).contains(
            "content/\(Self.data):101:1: error: … and 200 more errors in this file, not listed: regiodash lists the first "
                + "100 of a file and 1,000 in all; fix these and check again"), "got:\n\(result.errors.suffix(2000))")
        #expect(lines(result.errors).last?.hasPrefix("regiodash: 300 errors") == true)
    }

    @Test("twelve jumps in one file: three shown and one line for the rest; --verbose and JSON have all twelve")
    func groupedWarnings() throws {
        var rows = ""
        for municipality in ["GM0177", "GM0193", "GM1773"] {
            for indicator in ["integral-controls", "bibob-procedures", "drug-closures", "anonymous-reports"] {
                rows += "\(municipality),2021,\(indicator),1,,\n\(municipality),2022,\(indicator),40,,\n"
            }
        }
        let folder = try workspace([Self.data: BadInputTests.header + rows])
        defer { folder.remove() }
        let text = try Command.run(["check"], in: folder.path)
        #expect(text.status == 0, "\(text.errors)")
        let jumps = lines(text.errors).filter { $0.contains("more than 10×: check the figure") }
        #expect(jumps.count == 3)
        #expect(lines(text.errors).contains {
            $0.hasPrefix("content/\(Self.data):") && $0.hasSuffix(": warning: … and 9 more jumps of more than 10× in this file; --verbose lists them all")
        }, "got:\n\(text.errors)")
        #expect(text.output.hasSuffix("(12 warnings)\n"), "\(text.output)")

        let verbose = try Command.run(["check", "--verbose"], in: folder.path)
        #expect(lines(verbose.errors).filter { $0.contains("more than 10×: check the figure") }.count == 12)
        let json = try Command.run(["check", "--format", "json"], in: folder.path)
        #expect(json.output.components(separatedBy: "more than 10×: check the figure").count - 1 == 12)
        #expect(json.output.contains("\"warnings\": 12,"))
    }

    @Test("a content folder over 200 MB is refused before any file is read")
    func tooLarge() throws {
        let folder = try workspace()
        defer { folder.remove() }
        // Sparse files: their size counts, they take no disk.
        for index in 1...11 {
            let path = folder.path + "/content/pages/groot-\(index).md"
            let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
            #expect(descriptor >= 0 && ftruncate(descriptor, 19 * 1_048_576) == 0)
            close(descriptor)
        }
        let result = try Command.run(["check"], in: folder.path)
        #expect(result.status == 1)
        #expect(lines(result.errors).contains {
            $0.hasPrefix("content:1:1: error: the content folder's files come to 209 MB, more than the 200 MB regiodash reads in one run")
        }, "got:\n\(result.errors)")
        #expect(!result.errors.contains("groot-"), "a file was read")
    }

    @Test("a file over the limit names its real size")
    func realSize() throws {
        let folder = try workspace()
        defer { folder.remove() }
        try folder.write("content/themes/undermining/raalte/2022.md",
                         bytes: [UInt8](repeating: UInt8(ascii: "a"), count: 21 * 1_048_576 + 400_000))
        let result = try Command.run(["check"], in: folder.path)
        #expect(result.status == 1)
        #expect(lines(result.errors).contains(
            "content/themes/undermining/raalte/2022.md:1:1: error: file is 21.3 MB (22,420,096 bytes), larger than the "
                + "20 MB (20,971,520 bytes) regiodash reads: split it or remove what does not belong in it"), "got:\n\(result.errors)")
    }

    @Test("a file name with a newline and a workflow command cannot forge a log line", arguments: ["text", "github"])
    func forgedLines(format: String) throws {
        let folder = try workspace(["pages/x\n::error file=site.yaml,line=1::forged\n.md": "Tekst.\n"])
        defer { folder.remove() }
        let result = try Command.run(["check", "--format", format], in: folder.path)
        #expect(result.status == 1)
        let printed = lines(result.errors) + lines(result.output)
        #expect(!printed.contains { $0.hasPrefix("::error file=site.yaml") }, "got:\n\(printed)")
        #expect(!printed.contains { $0.hasPrefix("\u{1B}") })
        if format == "text" {
            #expect(printed.contains { $0.hasPrefix("content/pages/x\\n::error file=site.yaml,line=1::forged\\n.md:1:1: error: ") },
                    "got:\n\(printed)")
        }
    }

    @Test("escape sequences in a message are shown, not sent to the terminal")
    func escapeSequences() throws {
        let folder = try workspace([Self.data: BadInputTests.header + "GM\u{1B}[31m0177,2022,integral-controls,1,,\n"])
        defer { folder.remove() }
        let result = try Command.run(["check"], in: folder.path)
        #expect(result.status == 1)
        #expect(!result.errors.contains("\u{1B}"))
        #expect(result.errors.contains("unknown municipality \"GM\\u{1B}[31m0177\""), "got:\n\(result.errors)")
    }
}
