import RegioDashCore
import RegioDashTestSupport
import Testing

@Suite("Narrative tags: a list of short words, each checked, near-duplicates suggested")
struct TagTests {
    private let figures = ["GM0177", "GM0193", "GM1773"].reduce("municipality,year,indicator,value\n") { text, code in
        text + "\(code),2021,incidents,1\n\(code),2022,incidents,2\n"
    }

    /// The content folder with these narratives and figures for the theme.
    private func load(_ files: [String: String]) async throws -> ContentLoader.Result {
        try await RegioDashCoreTests.load(files.merging(["themes/sample/data.csv": figures]) { a, _ in a })
    }

    private func narrative(_ tags: String, title: String = "X") -> String {
        "---\ntitle: \(title)\n\(tags)\n---\nTekst.\n"
    }

    @Test("tags load as written, in order, each with its place in the file and its address")
    func loads() async throws {
        let result = try await load(["themes/sample/raalte/2022.md": narrative("tags: [vuurwerk, Buurt bemiddeling, coördinatie]")])
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.sorted)")
        let tags = try #require(result.dataset?.theme(id: "sample")?.narratives.first?.tags)
        #expect(tags.map(\.name) == ["vuurwerk", "Buurt bemiddeling", "coördinatie"])
        #expect(tags.map(\.slug) == ["vuurwerk", "buurt-bemiddeling", "coordinatie"])
        #expect(tags.map(\.location.line) == [3, 3, 3])
        #expect(tags.map(\.location.column) == [8, 18, 37])
    }

    @Test("tags as text, a tag without a letter, a sentence for a tag, and a tag twice: each at its line and column")
    func mistakes() async throws {
        let result = try await load([
            "themes/sample/raalte/2021.md": narrative("tags: vuurwerk, drugs"),
            "themes/sample/raalte/2022.md": narrative("tags: [vuurwerk, \"--\"]"),
            "themes/sample/zwolle/2021.md": narrative("tags: [de gemeente hield drie bijeenkomsten over vuurwerk]"),
            "themes/sample/zwolle/2022.md": narrative("tags:\n  - drugs\n  - Drugs"),
        ])
        let diagnostics = result.diagnostics
        #expect(diagnostics.contains(.error, at: "raalte/2021.md", line: 3, "tags must be a list of short words, like tags: [vuurwerk, drugs]"))
        let empty = try #require(diagnostics.all.first { $0.text.contains("a tag needs a letter or a digit, not \"--\"") })
        #expect(empty.location.path.hasSuffix("raalte/2022.md") && empty.location.line == 3 && empty.location.column == 18)
        #expect(diagnostics.contains(.error, at: "zwolle/2021.md", line: 3, "a tag is a word or two (at most 40 characters)"))
        #expect(diagnostics.contains(.warning, at: "zwolle/2022.md", line: 5, "\"Drugs\" is in tags twice (as \"drugs\" at line 4): remove one"))
        #expect(diagnostics.errorCount == 3)
    }

    @Test("drug beside drugs (Snowball's Dutch stemmer): warned where the less used form is, the other suggested")
    func nearDuplicate() async throws {
        let result = try await load([
            "themes/sample/raalte/2021.md": narrative("tags: [drugs]"),
            "themes/sample/raalte/2022.md": narrative("tags: [drugs, vuurwerk]"),
            "themes/sample/zwolle/2022.md": narrative("tags: [vuurwerk, drug]"),
        ])
        let warnings = result.diagnostics.all.filter { $0.severity == .warning }
        #expect(warnings.count == 1, "\(warnings)")
        let warning = try #require(warnings.first)
        #expect(warning.location.path.hasSuffix("zwolle/2022.md") && warning.location.line == 3 && warning.location.column == 18)
        #expect(warning.text == "the tag \"drug\" is nearly \"drugs\", which 2 narratives use: write it one way everywhere, "
                    + "so the passages share one topic page; did you mean drugs?")
        #expect(warning.suggestion == "drugs")
    }

    @Test("Vuurwerk beside vuurwerk: one topic page, and the rarer spelling is warned")
    func spelling() async throws {
        let result = try await load([
            "themes/sample/raalte/2022.md": narrative("tags: [vuurwerk]"),
            "themes/sample/zwolle/2022.md": narrative("tags: [vuurwerk]"),
            "themes/sample/olst-wijhe/2022.md": narrative("tags: [Vuurwerk]"),
        ])
        let warnings = result.diagnostics.all.filter { $0.severity == .warning }
        #expect(warnings.map(\.suggestion) == ["vuurwerk"])
        #expect(warnings.first?.location.path.hasSuffix("olst-wijhe/2022.md") == true)
        #expect(warnings.first?.text.contains("which 2 narratives use") == true)
        let topics = Topics(try #require(result.dataset)).all
        #expect(topics.map(\.slug) == ["vuurwerk"])
        #expect(topics.first?.name == "vuurwerk")
        #expect(topics.first?.passages.map(\.municipality.name) == ["Raalte", "Zwolle", "Olst-Wijhe"])
    }

    @Test("in English the English stemmer decides: firework beside fireworks; distinct words are left alone")
    func english() async throws {
        let result = try await load([
            "site.yaml": "title: Test\nlanguage: en\n",
            "themes/sample/raalte/2022.md": narrative("tags: [fireworks, youth]"),
            "themes/sample/zwolle/2022.md": narrative("tags: [fireworks, drugs]"),
            "themes/sample/olst-wijhe/2022.md": narrative("tags: [firework, drug labs]"),
        ])
        let warnings = result.diagnostics.all.filter { $0.severity == .warning }
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.text.contains("\"firework\" is nearly \"fireworks\", which 2 narratives use") == true)
    }

    @Test("one against one: the first in the alphabet is preferred, and the warning says 1 narrative")
    func tie() async throws {
        let result = try await load([
            "themes/sample/raalte/2022.md": narrative("tags: [drugs]"),
            "themes/sample/zwolle/2022.md": narrative("tags: [drug]"),
        ])
        let warning = try #require(result.diagnostics.all.first { $0.severity == .warning })
        #expect(warning.text.hasPrefix("the tag \"drugs\" is nearly \"drug\", which 1 narrative uses:"))
        #expect(warning.location.path.hasSuffix("raalte/2022.md"))
        #expect(result.diagnostics.warningCount == 1)
    }
}
