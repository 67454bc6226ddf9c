import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing

/// The ten problems of "Comparisons that mean what they say", each on a
/// fixture folder: what the pages say must match the numbers, in Dutch and
/// in English.
@Suite("Comparisons that mean what they say")
struct HonestWordsTests {
    /// Eleven municipalities of about the same size, so ranks, ties and
    /// per-10,000 figures are easy to reason about.
    static let eleven: String = {
        var text = "name: Regio Elf\nmunicipalities:\n"
        for index in 1...11 {
            let code = "GM" + String(repeating: "0", count: 4 - String(index).count) + String(index)
            text += "  - {code: \(code), name: Gemeente \(index), slug: g\(index), population: {2021: 38000, 2022: 38200, 2023: 38500}}\n"
        }
        return text
    }()

    static func code(_ index: Int) -> String {
        "GM" + String(repeating: "0", count: 4 - String(index).count) + String(index)
    }

    /// `data.csv` of the sample theme: `value(municipality, year)` incidents per row.
    static func data(years: [Int], municipalities: ClosedRange<Int> = 1...11, indicator: String = "incidents",
                     _ value: (Int, Int) -> String) -> String {
        var text = "municipality,year,indicator,value\n"
        for year in years {
            for index in municipalities {
                text += "\(code(index)),\(year),\(indicator),\(value(index, year))\n"
            }
        }
        return text
    }

    /// The texts of every element with this class.
    static func texts(_ page: String, _ className: String) -> [String] {
        guard let pattern = try? Regex("<(p|span|li)[^>]*class=\"[^\"]*\\b\(className)\\b[^\"]*\"[^>]*>(.*?)</\\1>") else { return [] }
        return page.matches(of: pattern.dotMatchesNewlines()).compactMap { ($0.output[2].substring).map { HTMLProbe.text(String($0)) } }
    }

    static func workspace(_ files: [String: String], english: Bool = false) throws -> Workspace {
        var files = files
        if english { files["site.yaml"] = Fixtures.site.replacing("language: nl", with: "language: en") }
        return try Workspace(files)
    }

    // MARK: 1. The year a page shows

    @Test("1. one stray narrative does not re-date the site or move the theme page")
    func strayNarrative() async throws {
        let workspace = try Self.workspace([
            "region.yaml": Self.eleven,
            "themes/sample/data.csv": Self.data(years: [2022, 2023]) { index, _ in String(index) },
            "themes/sample/g3/2027.md": "---\ntitle: Vooruit\n---\nTekst.\n",
        ])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.failed)
        let page = workspace.page("voorbeeld/index.html")
        #expect(page.contains("Peildatum: 31 december 2023"))
        #expect(!page.contains("31 december 2027"))
        #expect(page.contains("<h2 id=\"s0-heading\">Cijfers 2023</h2>"))
        #expect(page.contains(">2027 — 0 van 11 gemeenten</a>"))
        let later = workspace.page("voorbeeld/2027/index.html")
        #expect(later.contains("2027 is nog niet compleet: geen van de 11 gemeenten heeft er al cijfers over."))
    }

    @Test("1. one municipality's early figures: the page opens on the last complete year; check warns once, at that year's first row")
    func earlyFigures() async throws {
        let data = Self.data(years: [2022, 2023]) { index, _ in String(index) } + "GM0004,2024,incidents,7\n"
        let workspace = try Self.workspace(["region.yaml": Self.eleven, "themes/sample/data.csv": data])
        defer { workspace.remove() }
        let report = await workspace.build()
        let page = workspace.page("voorbeeld/index.html")
        #expect(page.contains("<h2 id=\"s0-heading\">Cijfers 2023</h2>"))
        #expect(page.contains(">2024 — 1 van 11 gemeenten</a>"))
        #expect(page.contains("Peildatum: 31 december 2023"))
        #expect(workspace.page("gemeenten/g4/index.html").contains("in 2023"))
        let warnings = report.diagnostics.all.filter { $0.message.contains("2024") && !$0.message.contains("population") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.line == 24)
        #expect(warnings.first?.message == "2024 has figures from only 1 of the 11 municipalities, so the theme page opens on 2023; "
            + "2024 is shown as incomplete until at least half have figures")
        #expect(!report.diagnostics.all.contains { $0.message.contains("has no rows for 2024") })

        let english = try Self.workspace(["region.yaml": Self.eleven, "themes/sample/data.csv": data], english: true)
        defer { english.remove() }
        _ = await english.build()
        #expect(english.page("sample/index.html").contains(">2024 — 1 of 11 municipalities</a>"))
        #expect(english.page("sample/2024/index.html").contains("2024 is not complete yet: 1 of the 11 municipalities has reported figures for it."))
    }

    @Test("1. with reference_date set, a later row, narrative or target is an error at its own line and column")
    func afterReferenceDate() async throws {
        let workspace = try Self.workspace([
            "site.yaml": Fixtures.site + "\nreference_date: 2022-12-31\n",
            "themes/sample/data.csv": "municipality,year,indicator,value\nGM0177,2022,incidents,3\nGM0193,2032,incidents,4\n",
            "themes/sample/raalte/2023.md": "Tekst.\n",
        ])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(report.failed)
        #expect(!report.written)
        let errors = report.diagnostics.all.filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains { $0.hasSuffix("themes/sample/data.csv:3:8: error: 2032 is after the reference date 31-12-2022 in "
            + "site.yaml: move reference_date on, or leave this year out until it is reported") })
        #expect(errors.contains { $0.contains("themes/sample/raalte/2023.md:1:1: error: 2023 is after the reference date 31-12-2022") })
    }

    @Test("1. missing rows: one warning per theme and year, naming the municipalities")
    func missingRows() async throws {
        let data = Self.data(years: [2023], municipalities: 1...8) { index, _ in String(index) }
        let workspace = try Self.workspace(["region.yaml": Self.eleven, "themes/sample/data.csv": data])
        defer { workspace.remove() }
        let report = await workspace.build()
        let warnings = report.diagnostics.all.filter { $0.message.contains("no rows for") }
        #expect(warnings.map(\.message) == ["no rows for 2023 from Gemeente 9, Gemeente 10 and Gemeente 11, while the other 8 "
            + "municipalities have them: add their rows (an empty value means \"no figure\")"])
        #expect(warnings.first?.location.line == 2)
    }

    // MARK: 2. Unchanged is not "daalde"

    @Test("2. a count that stayed the same is unchanged, on the theme page and the profile alike")
    func unchanged() async throws {
        // Gemeente 1–6 stay at 1 while the population grows; 7–10 rise; 11 falls.
        let data = Self.data(years: [2021, 2023]) { index, year in
            index <= 6 ? "1" : index <= 10 ? (year == 2021 ? "2" : "5") : (year == 2021 ? "9" : "3")
        }
        for english in [false, true] {
            let workspace = try Self.workspace(["region.yaml": Self.eleven, "themes/sample/data.csv": data], english: english)
            defer { workspace.remove() }
            _ = await workspace.build()
            let theme = workspace.page(english ? "sample/index.html" : "voorbeeld/index.html")
            let summary = Self.texts(theme, "chart-summary").first { $0.hasPrefix(english ? "From 2021" : "Van 2021") }
            #expect(summary == (english
                ? "From 2021 to 2023 the figure rose in 4 municipalities, fell in 1 municipality and stayed the same in 6 municipalities."
                : "Van 2021 tot 2023 steeg het cijfer in 4 gemeenten, daalde het in 1 gemeente en bleef het gelijk in 6 gemeenten."))
            let profile = workspace.page(english ? "municipalities/g1/index.html" : "gemeenten/g1/index.html")
            let says = try #require(Self.texts(profile, "compares-text").first)
            #expect(says.contains(english ? "as high as in 2021 (0.26)" : "even hoog als in 2021 (0,26)"), "\(says)")
            #expect(!says.contains(english ? "lower than in" : "lager dan in"))
            let table = try #require(HTMLProbe.table(in: theme, caption: english ? "Incidents" : "Incidenten"))
            #expect(HTMLProbe.row("Gemeente 1", in: table)?.last == (english ? "unchanged" : "gelijk"))
            #expect(HTMLProbe.row("Gemeente 7", in: table)?.last == "+0,77 (+145%)".replacing(",", with: english ? "." : ","))
        }
    }

    // MARK: 3. Ties share a rank

    @Test("3. ties share a rank and say so")
    func ties() async throws {
        // Gemeente 1–9 have 0 places, 10 and 11 have some.
        let data = Self.data(years: [2023]) { index, _ in index <= 9 ? "0" : index == 10 ? "4" : "8" }
        for english in [false, true] {
            let workspace = try Self.workspace(["region.yaml": Self.eleven, "themes/sample/data.csv": data], english: english)
            defer { workspace.remove() }
            _ = await workspace.build()
            let profile = workspace.page(english ? "municipalities/g3/index.html" : "gemeenten/g3/index.html")
            let says = try #require(Self.texts(profile, "compares-text").first)
            #expect(says.contains(english ? "the lowest of 11 municipalities, shared with 8 others"
                                          : "samen met 8 andere gemeenten de laagste van de 11 gemeenten"), "\(says)")
            #expect(!says.contains("3e van") && !says.contains("3rd of"))
            let top = try #require(Self.texts(workspace.page(english ? "municipalities/g11/index.html" : "gemeenten/g11/index.html"),
                                              "compares-text").first)
            #expect(top.contains(english ? "the highest of 11 municipalities" : "de hoogste van de 11 gemeenten"))
            let theme = workspace.page(english ? "sample/index.html" : "voorbeeld/index.html")
            let bars = try #require(Self.texts(theme, "chart-summary").first)
            #expect(bars.hasPrefix(english
                ? "Gemeente 11 has the highest figure (0.21); Gemeente 1, Gemeente 2, Gemeente 3 and 6 other municipalities have the lowest (0)."
                : "Het hoogste cijfer heeft Gemeente 11 (0,21), het laagste Gemeente 1, Gemeente 2, Gemeente 3 en 6 andere gemeenten (0)."),
                "\(bars)")
        }
    }

    // MARK: 4. Per 10,000 where per 1,000 hides differences

    @Test("4. small counts are shown per 10,000, with two significant digits, and every label says so")
    func perTenThousand() async throws {
        let data = Self.data(years: [2023]) { index, _ in String(index % 4 + 1) }
        let workspace = try Self.workspace(["region.yaml": Self.eleven, "themes/sample/data.csv": data])
        defer { workspace.remove() }
        _ = await workspace.build()
        let page = workspace.page("voorbeeld/index.html")
        let bars = try #require(HTMLProbe.bars(in: page, title: "Incidenten per 10.000 inwoners, 2023"))
        #expect(bars.first?.value == "1,04")
        #expect(bars.last?.value == "0,26")
        #expect(Set(bars.map(\.value)) == ["0,26", "0,52", "0,78", "1,04"])
        let table = try #require(HTMLProbe.table(in: page, caption: "alle gemeenten in 2023"))
        #expect(table[1].contains("per 10.000 inw."))
        let profile = workspace.page("gemeenten/g1/index.html")
        #expect(Self.texts(profile, "compares-text").first?.contains("0,52 per 10.000 inwoners in 2023") == true)
    }

    // MARK: 5. Tile-map classes

    @Test("5. tile-map classes do not overlap at the precision shown, and none is empty")
    func tileClasses() async throws {
        let data = Self.data(years: [2023]) { index, _ in String([40, 41, 42, 44, 46, 47, 48, 50, 51, 53, 54][index - 1]) }
        let workspace = try Self.workspace(["region.yaml": Self.eleven, "themes/sample/data.csv": data])
        defer { workspace.remove() }
        _ = await workspace.build()
        let page = workspace.page("voorbeeld/index.html")
        let legend = try #require(page.firstMatch(of: /<ul class="legend">(.*?)<\/ul>/.dotMatchesNewlines()).map { String($0.1) })
        let classes = legend.matches(of: /<li>(.*?)<\/li>/).map { HTMLProbe.text(String($0.1)) }
        let tiles = page.matches(of: /<li class="shade-(\d)"[^>]*>.*?<b>([^<]*)<\/b>/).map { (Int($0.1) ?? 0, String($0.2)) }
        #expect(tiles.count == 11)
        #expect(classes.count == 5)
        let number = { (text: Substring) in Double(text.replacing(",", with: ".")) ?? -1 }
        var previousHigh = -1.0
        for item in classes {
            let bounds = item.split(separator: " – ").map(number)
            #expect(bounds.first ?? 0 > previousHigh, "\(classes)")
            previousHigh = bounds.last ?? 0
            let holders = tiles.filter { let value = number(Substring($0.1)); return value >= (bounds.first ?? 0) && value <= (bounds.last ?? 0) }
            #expect(!holders.isEmpty, "class \(item) is empty")
        }
    }

    // MARK: 6. Grammar

    @Test("6. singular and plural: one municipality, 'van de', the progress lines")
    func grammar() async throws {
        let workspace = try Self.workspace(["themes/sample/data.csv": "municipality,year,indicator,value\nGM0177,2022,incidents,40\n"])
        defer { workspace.remove() }
        _ = await workspace.build()
        let page = workspace.page("voorbeeld/index.html")
        #expect(!page.contains("van de 1 gemeenten"))
        #expect(page.contains("Het cijfer van de regio is 1,1."))
        #expect(!page.contains("zit erboven") && !page.contains("zitten erboven"))
        let profile = Self.texts(workspace.page("gemeenten/raalte/index.html"), "compares-text").first ?? ""
        #expect(profile.contains("de enige gemeente met een cijfer"), "\(profile)")
    }

    // MARK: 7. Better is favourable

    @Test("7. with better: the words say favourable or not; without, only higher or lower")
    func better() async throws {
        let data = """
            municipality,year,indicator,value
            GM0177,2021,success,60
            GM0193,2021,success,80
            GM1773,2021,success,70
            GM0177,2022,success,69
            GM0193,2022,success,80
            GM1773,2022,success,70
            """
        let plain = try Self.workspace(["themes/sample/data.csv": data])
        defer { plain.remove() }
        _ = await plain.build()
        let neutral = Self.texts(plain.page("gemeenten/raalte/index.html"), "compares-text").first { $0.hasPrefix("Succes") } ?? ""
        #expect(neutral.contains("lager dan het gemiddelde van de gemeenten (73%);"), "\(neutral)")
        #expect(!neutral.contains("gunstig") && !neutral.contains("verbetering"))

        for english in [false, true] {
            let judged = try Self.workspace([
                "themes/sample/data.csv": data,
                "themes/sample/theme.yaml": "indicators:\n  - id: success\n    better: higher\n",
            ], english: english)
            defer { judged.remove() }
            let report = await judged.build()
            #expect(!report.failed, "\(report.diagnostics.all)")
            let says = Self.texts(judged.page(english ? "municipalities/raalte/index.html" : "gemeenten/raalte/index.html"),
                                  "compares-text").first { $0.hasPrefix(english ? "Success" : "Succes") } ?? ""
            #expect(says.contains(english ? "lower than the municipalities' average (73%), which is worse"
                                          : "lager dan het gemiddelde van de gemeenten (73%), dus ongunstiger"),
                    "\(says)")
            #expect(says.contains(english ? "higher than in 2021 (60%): an improvement" : "hoger dan in 2021 (60%): een verbetering"))
            #expect(judged.page(english ? "sample/index.html" : "voorbeeld/index.html")
                .contains(english ? "Higher is better." : "Hoger is beter."))
        }
    }
}
