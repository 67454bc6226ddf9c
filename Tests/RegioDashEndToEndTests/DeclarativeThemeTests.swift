import Foundation
import RegioDashTestSupport
import Testing

@Suite("A sixth theme declared in theme.yaml, next to the five built-in ones")
struct DeclarativeThemeTests {
    static let declaration = """
        id: nightlife
        slug: {nl: veilig-uitgaan, en: nightlife}
        title: {nl: Veilig uitgaan, en: Nightlife safety}
        intro:
          nl: Veiligheid in het uitgaansgebied.
          en: Safety in the nightlife district.
        indicators:
          - id: incidents
            label: {nl: Incidenten, en: Incidents}
            kind: count
            better: lower
            description: {nl: Incidenten in het uitgaansgebied., en: Incidents in the nightlife district.}
            source: Politie
          - id: hosts-trained
            label: {nl: Getrainde portiers, en: Trained door staff}
            kind: percent
            better: higher

        """

    static let data = """
        municipality,year,indicator,value,source,note
        GM0177,2021,incidents,12,,
        GM0177,2022,incidents,9,,
        GM0193,2021,incidents,140,Gemeente Zwolle,
        GM0193,2022,incidents,151,,
        GM1773,2021,incidents,4,,
        GM1773,2022,incidents,,,
        GM0177,2022,hosts-trained,80,,
        GM0193,2022,hosts-trained,65,,
        GM1773,2022,hosts-trained,100,,

        """

    private func workspace(_ extra: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("declared")
        let files = Fixtures.content([
            "themes/nightlife/theme.yaml": Self.declaration,
            "themes/nightlife/data.csv": Self.data,
            "themes/nightlife/raalte/2022.md": "---\ntitle: Uitgaan in Raalte\n---\nRustig jaar.\n",
        ]).merging(extra) { _, new in new }
        try folder.write(Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0, $1) }))
        return folder
    }

    @Test("its pages, figures, per 1,000, downloads, profile sections and overview card are a built-in theme's")
    func pages() throws {
        let folder = try workspace()
        defer { folder.remove() }
        let result = try Command.run(["build"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let page = try #require(folder.read("site/veilig-uitgaan/index.html"))
        #expect(page.contains("<h1>Veilig uitgaan</h1>"))
        #expect(page.contains("Veiligheid in het uitgaansgebied."))
        #expect(page.contains("Incidenten in het uitgaansgebied. Lager is beter."))
        let table = try #require(HTMLProbe.table(in: page, caption: "alle gemeenten in 2022"))
        let zwolle = try #require(HTMLProbe.row("Zwolle", in: table))
        // 151 incidents among 130,500 inhabitants: 1,16 per 1,000 (two decimals, for Olst-Wijhe's 0,22); 65% trained.
        #expect(zwolle.contains("151") && zwolle.contains("1,16") && zwolle.contains("65%"), "\(zwolle)")
        let olst = try #require(HTMLProbe.row("Olst-Wijhe", in: table))
        #expect(olst.contains("geen cijfer"), "\(olst)")
        // The indicator's source stands in for rows that name none.
        #expect(page.contains("<span class=\"label\">Bron: </span>Politie</p>"))
        let earlier = try #require(folder.read("site/veilig-uitgaan/2021/index.html"))
        #expect(earlier.contains("<span class=\"label\">Bronnen: </span>Gemeente Zwolle; Politie</p>"))
        #expect(page.contains("Uitgaan in Raalte"))

        let csv = try #require(folder.read("site/data/nightlife.csv"))
        #expect(csv.contains("GM0193,Zwolle,2022,incidents,Incidenten,count,151,1.157,Politie,"), "\(csv)")
        let json = try #require(folder.read("site/data/nightlife.json"))
        #expect(json.contains("\"theme\": \"nightlife\"") && json.contains("\"title\": \"Veilig uitgaan\""))

        let profile = try #require(folder.read("site/gemeenten/raalte/index.html"))
        #expect(profile.contains("Veilig uitgaan") && profile.contains("Incidenten"))
        let overview = try #require(folder.read("site/index.html"))
        #expect(overview.contains("veilig-uitgaan/index.html"))
        // After the built-in themes in the menu.
        let menu = try #require(overview.firstRange(of: "<nav class=\"menu\""))
        let afterMenu = overview[menu.lowerBound...]
        #expect(afterMenu.range(of: "Opvang").map { $0.lowerBound < (afterMenu.range(of: "Veilig uitgaan")?.lowerBound ?? $0.lowerBound) } ?? true)
    }

    @Test("in English: its English title, slug and labels")
    func english() throws {
        let folder = try workspace(["site.yaml": Fixtures.site.replacing("language: nl", with: "language: en")])
        defer { folder.remove() }
        #expect(try Command.run(["build"], in: folder.path).status == 0)
        let page = try #require(folder.read("site/nightlife/index.html"))
        #expect(page.contains("<h1>Nightlife safety</h1>") && page.contains("Trained door staff"))
        #expect(page.contains("Incidents in the nightlife district. Lower is better."))
    }

    @Test("its mistakes are reported like a built-in theme's, at their line", arguments: [
        ("themes/nightlife/theme.yaml", declaration.replacing("kind: percent", with: "kind: procent"),
         "content/themes/nightlife/theme.yaml:16:11: error: kind \"procent\" is not a kind of figure: use count, percent or number; did you mean percent?"),
        ("themes/nightlife/theme.yaml", declaration.replacing("id: hosts-trained", with: "id: incidents"),
         "content/themes/nightlife/theme.yaml:14:9: error: indicator \"incidents\" appears twice; the first is on line 8"),
        ("themes/nightlife/data.csv", data.replacing("GM0177,2022,incidents,9,", with: "GM0177,2022,incidents,negen,"),
         "content/themes/nightlife/data.csv:3:23: error: \"negen\" is not a number: write digits with at most one decimal mark, or leave the cell empty for \"no figure\""),
        ("themes/nightlife/data.csv", data.replacing("GM1773,2022,hosts-trained,100,", with: "GM1773,2022,hosts-trained,104,"),
         "content/themes/nightlife/data.csv:10:27: error: a percentage cannot be above 100: \"104\" for hosts-trained"),
        ("themes/nightlife/data.csv", data.replacing("GM0177,2021,incidents", with: "GM0177,2021,incident"),
         "content/themes/nightlife/data.csv:2:13: error: unknown indicator \"incident\": this theme has incidents, hosts-trained; did you mean incidents?"),
        ("themes/nightlife/theme.yaml", declaration.replacing("title: {nl: Veilig uitgaan, en: Nightlife safety}\n", with: ""),
         "content/themes/nightlife/theme.yaml:1:1: error: theme.yaml of a theme of your own needs \"title:\" (with nl: and en:)"),
        ("themes/nightlife/theme.yaml", declaration.replacing("id: nightlife", with: "id: nachtleven"),
         "content/themes/nightlife/theme.yaml:1:5: error: id \"nachtleven\" is not the folder's name \"nightlife\": a theme's id is the name of its folder (rename one of them)"),
        ("themes/nightlife/theme.yaml", declaration.replacing("en: nightlife}", with: "en: data}"),
         "content/themes/nightlife/theme.yaml:1:1: error: the slug \"data\" is used by the site itself (assets, data, municipalities, topics, search, charts, embed, whats-new): give the theme another slug in its theme.yaml"),
    ])
    func mistakes(file: String, text: String, expected: String) throws {
        let folder = try workspace([file: text])
        defer { folder.remove() }
        // The English site for the slug case: the slug is checked in the site's language.
        if expected.contains("\"data\"") {
            try folder.write(["content/site.yaml": Fixtures.site.replacing("language: nl", with: "language: en")])
        }
        let result = try Command.run(["check"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.errors.split(separator: "\n").contains { $0 == expected }, "got:\n\(result.errors)")
    }

    @Test("in a built-in theme's folder: other titles and intro, one more indicator; its slug stays")
    func extendingBuiltIn() throws {
        let folder = try TemporaryFolder("extend")
        defer { folder.remove() }
        let files = Fixtures.content([
            "themes/cyber/theme.yaml": """
                title: {nl: Online veiligheid, en: Online safety}
                indicators:
                  - id: phishing-reports
                    label: {nl: Phishingmeldingen, en: Phishing reports}
                    kind: count

                """,
            "themes/cyber/data.csv": "municipality,year,indicator,value\nGM0177,2022,phishing-reports,17\nGM0177,2022,cybercrime-reports,3\n"
                + "GM0193,2022,phishing-reports,60\nGM1773,2022,phishing-reports,5\n",
        ])
        try folder.write(Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0, $1) }))
        let result = try Command.run(["build"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let page = try #require(folder.read("site/digitale-veiligheid/index.html"))
        #expect(page.contains("<h1>Online veiligheid</h1>") && page.contains("Phishingmeldingen"))

        try folder.write(["content/themes/cyber/theme.yaml": "slug: {nl: online, en: online}\n"])
        let refused = try Command.run(["check"], in: folder.path)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("content/themes/cyber/theme.yaml:1:7: error: a built-in theme keeps its slug (digitale-veiligheid, digital-safety)"))
    }
}
