import RegioDashCore
import RegioDashTestSupport
import RegioDashThemes
import Testing

/// Loads `files` with the built-in themes.
func loadBuiltIn(_ files: [String: String]) async throws -> ContentLoader.Result {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(Fixtures.content(files))
    return await ContentLoader(content: ContentFolder(root: folder.path), registry: .builtIn).load()
}

@Suite("The five built-in themes")
struct BuiltInThemesTests {
    @Test("registered once, in the site's order")
    func order() {
        #expect(ThemeRegistry.builtIn.ids == ["undermining", "cyber", "care-safety", "kvo", "refugee-shelter"])
    }

    @Test("the built-in indicators say which way is better where that is unambiguous, and only there")
    func better() {
        let indicators = ThemeRegistry.builtIn.plugins.flatMap(\.descriptor.indicators)
        let judged = Dictionary(uniqueKeysWithValues: indicators.compactMap { indicator in indicator.better.map { (indicator.id, $0) } })
        #expect(judged == ["mediation-success": .higher, "status-holders-housed": .higher, "residents-reached": .higher])
    }

    /// The indicator table of docs/CONTENT-FORMAT.md, row by row.
    static let contract: [(theme: String, id: String, kind: IndicatorKind, label: String)] = [
        ("undermining", "integral-controls", .count, "Integrale controles"),
        ("undermining", "bibob-procedures", .count, "Bibob-procedures"),
        ("undermining", "drug-closures", .count, "Sluitingen Opiumwet (art. 13b)"),
        ("undermining", "anonymous-reports", .count, "Meldingen Meld Misdaad Anoniem"),
        ("cyber", "cybercrime-reports", .count, "Aangiften cybercrime en online fraude"),
        ("cyber", "awareness-activities", .count, "Voorlichtingsactiviteiten"),
        ("cyber", "residents-reached", .count, "Bereikte inwoners"),
        ("care-safety", "e33-reports", .count, "Meldingen verward gedrag (E33)"),
        ("care-safety", "casework-cases", .count, "Casussen zorg- en veiligheidsoverleg"),
        ("care-safety", "mediation-cases", .count, "Zaken buurtbemiddeling"),
        ("care-safety", "mediation-success", .percent, "Buurtbemiddeling afgerond met positief resultaat"),
        ("refugee-shelter", "ukraine-places", .count, "Opvangplekken Oekraïners"),
        ("refugee-shelter", "ukraine-occupied", .count, "Bezette plekken Oekraïners"),
        ("refugee-shelter", "crisis-places", .count, "Plekken crisisnoodopvang"),
        ("refugee-shelter", "status-holders-target", .count, "Taakstelling statushouders"),
        ("refugee-shelter", "status-holders-housed", .count, "Gehuisveste statushouders"),
    ]

    @Test("each declares exactly the contract's indicators, kinds and Dutch labels")
    func indicators() {
        for themeID in ThemeRegistry.builtIn.ids {
            let declared = ThemeRegistry.builtIn.plugin(id: themeID)?.descriptor.indicators ?? []
            let expected = Self.contract.filter { $0.theme == themeID }
            #expect(declared.map(\.id) == expected.map(\.id), "\(themeID)")
            #expect(declared.map(\.kind) == expected.map(\.kind), "\(themeID)")
            #expect(declared.map(\.label.nl) == expected.map(\.label), "\(themeID)")
            #expect(declared.allSatisfy { !$0.label.en.isEmpty })
        }
    }

    @Test("the contract's theme slugs")
    func slugs() {
        #expect(ThemeRegistry.builtIn.plugins.map(\.descriptor.slug.nl)
            == ["ondermijning", "digitale-veiligheid", "zorg-en-veiligheid", "kvo", "opvang"])
    }

    @Test("cyber warns when more residents are reached than live in the municipality")
    func residentsReached() async throws {
        let result = try await loadBuiltIn(["themes/cyber/data.csv": "municipality,year,indicator,value\nraalte,2022,residents-reached,40000\n"])
        #expect(result.diagnostics.contains(.warning, at: "cyber/data.csv", line: 2, "reached more residents (40000) than it had inhabitants"))
    }

    @Test("refugee shelter warns when more places are occupied than there are")
    func occupied() async throws {
        let result = try await loadBuiltIn(["themes/refugee-shelter/data.csv": """
            municipality,year,indicator,value
            raalte,2022,ukraine-places,100
            raalte,2022,ukraine-occupied,120
            """])
        #expect(result.diagnostics.contains(.warning, at: "refugee-shelter/data.csv", line: 3, "120 places occupied but only 100 available"))
    }

    @Test("a theme folder without data.csv is a warning, not an error")
    func noData() async throws {
        let result = try await loadBuiltIn(["themes/cyber/raalte/2022.md": "Tekst.\n"])
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.contains(.warning, at: "themes/cyber/data.csv", line: 1, "no data.csv"))
    }
}

extension Diagnostics {
    func contains(_ severity: Diagnostic.Severity, at path: String, line: Int, _ fragment: String) -> Bool {
        all.contains {
            $0.severity == severity && $0.location.path.hasSuffix(path) && $0.location.line == line && $0.text.contains(fragment)
        }
    }

    var errorTexts: [String] {
        sorted.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column) \($0.text)" }
    }
}
