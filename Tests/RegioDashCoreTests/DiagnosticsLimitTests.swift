import RegioDashCore
import Testing

@Suite("Diagnostics: bounded however many there are, counted truly")
struct DiagnosticsLimitTests {
    @Test("past 100 errors in a file and 1,000 in all, errors are counted, not kept")
    func limits() {
        var diagnostics = Diagnostics()
        for file in 0..<15 {
            for line in 1...150 {
                diagnostics.error("bad", at: SourceLocation(path: "f\(file).csv", line: line))
            }
        }
        #expect(diagnostics.errorCount == 2250)
        #expect(diagnostics.all.count == 1000)
        #expect(diagnostics.all.filter { $0.location.path == "f0.csv" }.count == 100)
        #expect(diagnostics.omittedCount == 1250)
        let summaries = diagnostics.sorted.filter { $0.message.hasPrefix("… and ") }
        #expect(summaries.count == 15)
        #expect(summaries.first { $0.location.path == "f0.csv" }?.message.hasPrefix("… and 50 more errors in this file") == true)
        #expect(summaries.first { $0.location.path == "f14.csv" }?.message.hasPrefix("… and 150 more errors in this file") == true)
    }

    @Test("merging keeps the limits and the counts")
    func merging() {
        var first = Diagnostics()
        var second = Diagnostics()
        for line in 1...80 {
            first.error("a", at: SourceLocation(path: "x.csv", line: line))
            second.error("b", at: SourceLocation(path: "x.csv", line: line))
            second.warning("w", at: SourceLocation(path: "x.csv", line: line), kind: "things")
        }
        first.append(contentsOf: second)
        #expect(first.errorCount == 160 && first.warningCount == 80)
        #expect(first.all.filter { $0.severity == .error }.count == 100)
        #expect(first.all.filter { $0.severity == .warning }.count == 80)
    }
}
