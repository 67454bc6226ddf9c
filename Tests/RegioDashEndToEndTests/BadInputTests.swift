import Foundation
import RegioDashTestSupport
import Testing

/// One fixture per error kind in docs/CONTENT-FORMAT.md and per hostile case:
/// a good site is built, one thing is broken, and the next build must exit
/// with 1, name the file, line, column and message, and leave the previous
/// site byte for byte as it was.
@Suite("Bad input: every error kind, through the command line", .serialized)
struct BadInputTests {
    /// A change to the good fixture and the diagnostic line it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String] = [:]
        var bytes: [String: [UInt8]] = [:]
        var remove: [String] = []
        var links: [String: String] = [:]
        var strict = false
        var expected: String

        var testDescription: String { name }
    }

    static let good: [String: String] = Fixtures.content([
        "themes/undermining/data.csv": """
            municipality,year,indicator,value,source,note
            GM0177,2022,integral-controls,1,Jaarverslag Raalte 2022,thema bedrijfsverzamelgebouwen
            GM0193,2022,integral-controls,12,,
            GM1773,2022,integral-controls,2,,
            """,
        "themes/care-safety/data.csv": "municipality;year;indicator;value\nraalte;2022;mediation-success;69\nzwolle;2022;mediation-success;71,5\nolst-wijhe;2022;mediation-success;\n",
        "themes/kvo/certificates.csv": "municipality,area,type,status,certified_on,valid_until,note\nGM0177,Bedrijventerrein Raalte,KVO-B,certified,2022-05-01,2026-05-01,\n",
        "themes/undermining/raalte/2022.md": "---\ntitle: Ondermijning\n---\nEen integrale controle.\n",
        "pages/over.md": "# Over\n\nTekst.\n",
        "pages/toegankelijkheid.md": "# Toegankelijkheid\n\nTekst.\n",
    ])

    static let data = "themes/undermining/data.csv"
    static let header = "municipality,year,indicator,value,source,note\n"
    static let certificates = "themes/kvo/certificates.csv"
    static let certificateHeader = "municipality,area,type,status,certified_on,valid_until,note\n"

    static let cases: [Case] = [
        // site.yaml
        Case(name: "site.yaml without a title", files: ["site.yaml": "language: nl\n"],
             expected: "content/site.yaml:1:1: error: site.yaml needs \"title:\""),
        Case(name: "site.yaml with a misspelt key", files: ["site.yaml": "title: T\npublsher: X\n"],
             expected: "content/site.yaml:2:1: error: unknown key \"publsher\" in site.yaml: the keys are title, language, base_url, publisher, draft, example_data, reference_date, license; did you mean publisher?"),
        Case(name: "site.yaml with an unknown language", files: ["site.yaml": "title: T\nlanguage: de\n"],
             expected: "content/site.yaml:2:11: error: language \"de\" is not supported: use nl or en"),
        Case(name: "site.yaml with a relative base_url", files: ["site.yaml": "title: T\nbase_url: /veilig/\n"],
             expected: "content/site.yaml:2:11: error: base_url must be an absolute http:// or https:// address, like https://example.org/veiligheid/"),
        Case(name: "site.yaml with a non-boolean draft", files: ["site.yaml": "title: T\ndraft: ja\n"],
             expected: "content/site.yaml:2:8: error: \"draft\" must be true or false, not \"ja\""),
        Case(name: "site.yaml with an impossible date", files: ["site.yaml": "title: T\nreference_date: 2023-13-01\n"],
             expected: "content/site.yaml:2:17: error: \"reference_date\" must be a date written as YYYY-MM-DD, not \"2023-13-01\""),
        Case(name: "site.yaml that is not YAML", files: ["site.yaml": "title: T\n  publisher: [x\n"],
             expected: "content/site.yaml:2:12: error: this is not valid YAML (mapping values are not allowed in this context): a value that contains \": \" must be put in quotes"),
        Case(name: "no site.yaml", remove: ["site.yaml"],
             expected: "content/site.yaml:1:1: error: site.yaml is missing: every content folder needs one (see docs/CONTENT-FORMAT.md)"),
        // region.yaml
        Case(name: "no region.yaml", remove: ["region.yaml"],
             expected: "content/region.yaml:1:1: error: region.yaml is missing: every content folder needs one (see docs/CONTENT-FORMAT.md)"),
        Case(name: "a region without municipalities", files: ["region.yaml": "name: R\nmunicipalities: []\n"],
             expected: "content/region.yaml:2:17: error: \"municipalities\" must be a list with at least one municipality (lines starting with \"- code:\")"),
        Case(name: "a code that is not a CBS code", files: ["region.yaml": Fixtures.region.replacing("GM1773", with: "1773")],
             expected: "content/region.yaml:10:11: error: \"1773\" is not a CBS municipality code: write GM and four digits, like GM0177"),
        Case(name: "a code used twice", files: ["region.yaml": Fixtures.region.replacing("GM1773", with: "GM0193")],
             expected: "content/region.yaml:10:11: error: municipality code GM0193 appears twice; the first is on line 7"),
        Case(name: "a name used twice", files: ["region.yaml": Fixtures.region.replacing("name: Olst-Wijhe", with: "name: Zwolle")],
             expected: "content/region.yaml:11:11: error: municipality name \"Zwolle\" appears twice; the first is on line 8"),
        Case(name: "a slug that leaves the output folder", files: ["region.yaml": Fixtures.region.replacing("name: Raalte", with: "name: Raalte\n    slug: ../raalte")],
             expected: "content/region.yaml:6:11: error: slug \"../raalte\" may only hold a-z, 0-9 and \"-\" (no \"..\", \"/\" or leading dot): it becomes a folder name; did you mean raalte?"),
        Case(name: "a population with a thousands separator", files: ["region.yaml": Fixtures.region.replacing("2022: 38053", with: "2022: 38.053")],
             expected: "content/region.yaml:6:37: error: the population of 2022 must be a whole number, not \"38.053\": write it without a thousands separator (38053)"),
        // themes
        Case(name: "a theme folder without a plugin", files: ["themes/ondermijnig/data.csv": header],
             expected: "content/themes/ondermijnig:1:1: error: no theme is called \"ondermijnig\" (the themes are undermining, cyber, care-safety, kvo, refugee-shelter; a theme of your own needs a theme.yaml in its folder); did you mean undermining?"),
        // data.csv
        Case(name: "an unknown municipality", files: [data: header + "GM0178,2022,integral-controls,1,,\n"],
             expected: "content/themes/undermining/data.csv:2:1: error: unknown municipality \"GM0178\": use a CBS code or slug from region.yaml; did you mean GM0177 (Raalte)?"),
        Case(name: "an unknown indicator", files: [data: header + "GM0177,2022,integral-control,1,,\n"],
             expected: "content/themes/undermining/data.csv:2:13: error: unknown indicator \"integral-control\": this theme has integral-controls, bibob-procedures, drug-closures, anonymous-reports; did you mean integral-controls?"),
        Case(name: "a value that is not a number", files: [data: header + "GM0177,2022,integral-controls,n.b.,,\n"],
             expected: "content/themes/undermining/data.csv:2:31: error: \"n.b.\" is not a number: write digits with at most one decimal mark, or leave the cell empty for \"no figure\""),
        Case(name: "a negative count", files: [data: header + "GM0177,2022,integral-controls,-1,,\n"],
             expected: "content/themes/undermining/data.csv:2:31: error: a count cannot be negative: \"-1\" for integral-controls"),
        Case(name: "a percentage above 100", files: ["themes/care-safety/data.csv": "municipality;year;indicator;value\nraalte;2022;mediation-success;690\n"],
             expected: "content/themes/care-safety/data.csv:2:31: error: a percentage cannot be above 100: \"690\" for mediation-success"),
        Case(name: "a figure given twice", files: [data: header + "GM0177,2022,integral-controls,1,,\nraalte,2022,integral-controls,2,,\n"],
             expected: "content/themes/undermining/data.csv:3:1: error: duplicate figure: Raalte 2022 integral-controls is already given on line 2; keep one of the two rows"),
        Case(name: "a row with too many fields", files: [data: header + "GM0177,2022,integral-controls,1,Jaarverslag, Raalte,\n"],
             expected: "content/themes/undermining/data.csv:2:53: error: this row has 7 fields but the header has 6: check for a missing or extra \",\", or quote text that contains one"),
        Case(name: "an unterminated quote", files: [data: header + "GM0177,2022,integral-controls,1,\"Jaarverslag,\n"],
             expected: "content/themes/undermining/data.csv:2:33: error: unterminated quote: this field opens with \" but never closes it; add the closing \" (a quote inside a field is written \"\")"),
        Case(name: "a year that is not four digits", files: [data: header + "GM0177,'22,integral-controls,1,,\n"],
             expected: "content/themes/undermining/data.csv:2:8: error: \"'22\" is not a year: write four digits, like 2022"),
        Case(name: "an unknown column", files: [data: "municipality,year,indicator,value,bron\n"],
             expected: "content/themes/undermining/data.csv:1:35: error: unknown column \"bron\": the columns are municipality, year, indicator, value, source, note"),
        Case(name: "a missing column", files: [data: "municipality,year,value\nGM0177,2022,1\n"],
             expected: "content/themes/undermining/data.csv:1:1: error: the header has no column \"indicator\": the first line must name the columns municipality,year,indicator,value,source,note"),
        // certificates.csv
        Case(name: "an unknown certificate type", files: [certificates: certificateHeader + "GM0177,Centrum,KVO-C,none,,,\n"],
             expected: "content/themes/kvo/certificates.csv:2:16: error: type must be KVO-B (business park) or KVO-W (shopping area), not \"KVO-C\"; did you mean KVO-B?"),
        Case(name: "an unknown certificate status", files: [certificates: certificateHeader + "GM0177,Centrum,KVO-W,gestopt,,,\n"],
             expected: "content/themes/kvo/certificates.csv:2:22: error: status must be certified, in-progress, stopped or none, not \"gestopt\""),
        Case(name: "a certificate date that is not ISO", files: [certificates: certificateHeader + "GM0177,Centrum,KVO-W,certified,01-05-2022,2026-05-01,\n"],
             expected: "content/themes/kvo/certificates.csv:2:32: error: certified_on must be a date written as YYYY-MM-DD, not \"01-05-2022\""),
        Case(name: "a certificate valid until before it was given", files: [certificates: certificateHeader + "GM0177,Centrum,KVO-W,certified,2022-05-01,2021-05-01,\n"],
             expected: "content/themes/kvo/certificates.csv:2:43: error: valid_until (2021-05-01) must be after certified_on (2022-05-01)"),
        Case(name: "a certified area without dates", files: [certificates: certificateHeader + "GM0177,Centrum,KVO-W,certified,,,\n"],
             expected: "content/themes/kvo/certificates.csv:2:22: error: a certified area needs both certified_on and valid_until"),
        // narratives
        Case(name: "a narrative folder that is no municipality", files: ["themes/undermining/raalt/2022.md": "Tekst.\n"],
             expected: "content/themes/undermining/raalt:1:1: error: folder \"raalt\" is not a municipality: narratives go in a folder named after a municipality's slug in region.yaml; did you mean raalte?"),
        Case(name: "a narrative not named after a year", files: ["themes/undermining/raalte/jaarverslag.md": "Tekst.\n"],
             expected: "content/themes/undermining/raalte/jaarverslag.md:1:1: error: \"jaarverslag.md\" is not a narrative: name each file after its year, like 2022.md, directly in the municipality's folder"),
        Case(name: "a misspelt front matter key", files: ["themes/undermining/raalte/2022.md": "---\ntitel: X\n---\nTekst.\n"],
             expected: "content/themes/undermining/raalte/2022.md:2:1: error: unknown key \"titel\" in the front matter: the keys are title, summary, status, tags; did you mean title?"),
        Case(name: "an unknown narrative status", files: ["themes/undermining/raalte/2022.md": "---\nstatus: klaar\n---\nTekst.\n"],
             expected: "content/themes/undermining/raalte/2022.md:2:9: error: status must be published or draft, not \"klaar\""),
        Case(name: "front matter that is never closed", files: ["themes/undermining/raalte/2022.md": "---\ntitle: X\nTekst.\n"],
             expected: "content/themes/undermining/raalte/2022.md:1:1: error: the front matter opened by \"---\" on the first line is never closed: add a line \"---\" after it"),
        // pages
        Case(name: "a page whose name cannot be a folder", files: ["pages/Over Ons.md": "x\n"],
             expected: "content/pages/Over Ons.md:1:1: error: \"Over Ons.md\" cannot be a page: its name becomes the page's folder and may only hold a-z, 0-9 and \"-\"; did you mean over-ons.md?"),
        Case(name: "a page that would replace a theme's", files: ["pages/ondermijning.md": "x\n"],
             expected: "content/pages/ondermijning.md:1:1: error: the page \"ondermijning\" would replace the page of the theme Ondermijning: rename the file"),
        // hostile
        Case(name: "a link to a file outside the content folder", links: ["pages/wachtwoorden.md": "/etc/passwd"],
             expected: "content/pages/wachtwoorden.md:1:1: error: this is a link to /etc/passwd, outside the content folder: regiodash only reads what is inside it; copy the file or folder in instead"),
        Case(name: "YAML anchors and aliases (billion laughs)",
             files: ["site.yaml": "title: T\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n? *b\n: x\n"],
             expected: "content/site.yaml:2:4: error: YAML anchors (&name) and aliases (*name) are not allowed in content files: write each value out"),
        Case(name: "invalid UTF-8 (a Windows-1252 export)", bytes: [data: Array((header + "GM0177,2022,integral-controls,1,Jaarverslag ").utf8) + [0xE9, 0x0A]],
             expected: "content/themes/undermining/data.csv:2:45: error: this file is not valid UTF-8 here: save it as \"CSV UTF-8\" or \"UTF-8\" in your editor"),
        Case(name: "a file over 20 MB", bytes: ["themes/undermining/raalte/2022.md": [UInt8](repeating: UInt8(ascii: "a"), count: 20 * 1024 * 1024 + 1)],
             expected: "content/themes/undermining/raalte/2022.md:1:1: error: file is 20 MB (20,971,521 bytes), larger than the 20 MB (20,971,520 bytes) regiodash reads: split it or remove what does not belong in it"),
        // warnings under --strict
        Case(name: "a jump of more than 10x", files: [data: header + "GM0177,2021,integral-controls,1,,\nGM0177,2022,integral-controls,40,,\nGM0193,2021,integral-controls,1,,\nGM0193,2022,integral-controls,1,,\nGM1773,2021,integral-controls,1,,\nGM1773,2022,integral-controls,1,,\n"], strict: true,
             expected: "content/themes/undermining/data.csv:3:1: warning: Raalte integral-controls went from 1 in 2021 to 40 in 2022, more than 10×: check the figure, or start its note with \"breuk:\" if the way of counting changed"),
        Case(name: "a municipality without figures for a year", files: [data: header + "GM0177,2022,integral-controls,1,,\nGM0193,2022,integral-controls,1,,\n"], strict: true,
             expected: "content/themes/undermining/data.csv:2:1: warning: no rows for 2022 from Olst-Wijhe, while the other 2 municipalities have them: add their rows (an empty value means \"no figure\")"),
        Case(name: "a narrative without figures", files: ["themes/undermining/zwolle/2021.md": "Tekst.\n"], strict: true,
             expected: "content/themes/undermining/zwolle/2021.md:1:1: warning: this narrative has no figures beside it: Zwolle has no values for 2021 in themes/undermining/data.csv"),
        Case(name: "a count without the population of its year", files: [data: header + "GM0177,2023,integral-controls,1,,\nGM0193,2023,integral-controls,1,,\nGM1773,2023,integral-controls,1,,\n"], strict: true,
             expected: "content/themes/undermining/data.csv:2:1: warning: Raalte has no population for 2023 in region.yaml, so its figures per 1,000 (or 10,000) inhabitants show as \"no figure\": add 2023 to its population"),
    ]

    @Test("exit 1, the diagnostic at its file, line and column, the previous site untouched", arguments: cases)
    func badInput(_ badCase: Case) throws {
        let folder = try TemporaryFolder("bad")
        defer { folder.remove() }
        try folder.write(Dictionary(uniqueKeysWithValues: Self.good.map { ("content/" + $0, $1) }))
        let first = try Command.run(["build", "--strict"], in: folder.path)
        #expect(first.status == 0, "the good fixture must build cleanly: \(first.errors)")
        let before = folder.snapshot("site")
        #expect(!before.isEmpty)

        try folder.write(Dictionary(uniqueKeysWithValues: badCase.files.map { ("content/" + $0, $1) }))
        for (path, bytes) in badCase.bytes {
            try folder.write("content/" + path, bytes: bytes)
        }
        for path in badCase.remove {
            try FileManager.default.removeItem(atPath: folder.path + "/content/" + path)
        }
        for (path, target) in badCase.links {
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/content/" + path, withDestinationPath: target)
        }
        let result = try Command.run(["build"] + (badCase.strict ? ["--strict"] : []), in: folder.path)
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains(badCase.expected), "got:\n\(result.errors)")
        #expect(lines.last?.hasSuffix("nothing was written") == true)
        #expect(folder.snapshot("site") == before, "the previous site changed")
    }

    @Test("hostile text builds, escaped everywhere it appears", arguments: [
        ("themes/undermining/raalte/2022.md", "---\ntitle: \"<script>alert(1)</script>\"\nsummary: \"\\\" onmouseover=\\\"alert(2)\"\n---\n<script>alert(3)</script>\n[klik](javascript:alert(4)) <img src=x onerror=alert(5)>\n"),
        (data, header + "GM0177,2022,integral-controls,1,\"<svg onload=alert(6)>\",\"=HYPERLINK(\"\"http://x\"\")\"\nGM0193,2022,integral-controls,1,,\nGM1773,2022,integral-controls,1,,\n"),
        ("region.yaml", Fixtures.region.replacing("name: Raalte", with: "name: \"Raalte</title><script>alert(7)</script>\"\n    slug: raalte")),
    ])
    func hostileText(path: String, text: String) throws {
        let folder = try TemporaryFolder("hostile")
        defer { folder.remove() }
        try folder.write(Dictionary(uniqueKeysWithValues: Self.good.map { ("content/" + $0, $1) }))
        try folder.write(["content/" + path: text])
        let result = try Command.run(["build"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        for (file, data) in folder.snapshot("site") {
            let content = String(decoding: data, as: UTF8.self)
            if file.hasSuffix(".html") {
                #expect(!HTMLProbe.withoutSearchScripts(content).contains("<script"), "\(file)")
                #expect(!content.contains("<img"), "\(file)")
                #expect(!content.lowercased().contains("javascript:"), "\(file)")
                #expect(content.firstMatch(of: /<[^>]*\son[a-z]+\s*=/) == nil, "\(file)")
            }
            if file.hasSuffix(".csv") {
                #expect(!content.contains(",=") && !content.contains(",\"=") && !content.contains(",+"), "\(file)")
            }
            if file.hasSuffix(".json") {
                #expect(!content.contains("<"), "\(file)")
            }
        }
    }
}
