import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing

/// Benchmarks (Nederland, a size class), targets and other denominators on
/// fixture folders: their numbers on the theme page, the profile, the trend
/// and the download, their exclusion from the region's figures, and their
/// errors at line and column.
@Suite("Benchmarks, targets, denominators")
struct BenchmarkTargetTests {
    static let region = Fixtures.region + """

        benchmarks:
          - code: NL01
            name: Nederland
            population: {2021: 17475415, 2022: 17590672}
          - code: GK20-50
            name: Gemeenten met 20.000–50.000 inwoners
            population: {2022: 4321000}
            members: [GM0177]
        """

    static let data = sampleData + """

        NL01,2021,incidents,29000,CBS,
        NL01,2022,incidents,30000,CBS,
        GK20-50,2022,incidents,4000,CBS,
        """

    @Test("benchmarks: a row below the region, a labelled line, words, a trend row and a download row; never in the region's figures")
    func benchmarks() async throws {
        let workspace = try Workspace(["region.yaml": Self.region, "themes/sample/data.csv": Self.data])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.failed, "\(report.diagnostics.all)")
        let page = workspace.page("voorbeeld/index.html")
        let table = try #require(HTMLProbe.table(in: page, caption: "alle gemeenten in 2022"))
        #expect(HTMLProbe.row("Regio totaal", in: table)?.prefix(3) == ["186.953", "299", "1,77"])
        #expect(HTMLProbe.row("Nederland", in: table)?.prefix(3) == ["17.590.672", "30.000", "1,71"])
        #expect(HTMLProbe.row("Gemeenten met 20.000–50.000 inwoners", in: table)?.prefix(3) == ["4.321.000", "4.000", "0,93"])
        let bars = try #require(HTMLProbe.bars(in: page, title: "Incidenten per 1.000 inwoners, 2022"))
        #expect(bars.map(\.name) == ["Zwolle", "Raalte", "Olst-Wijhe"])
        #expect(page.contains(">Nederland 1,71</text>"))
        #expect(page.contains("class=\"reference benchmark-1\""))
        #expect(page.contains("Het cijfer van de regio is 1,77. 1 van de 2 gemeenten ligt erboven. "
            + "Ter vergelijking: Nederland 1,71 · Gemeenten met 20.000–50.000 inwoners 0,93."))
        let trend = try #require(HTMLProbe.table(in: page, caption: "Incidenten per 1.000 inwoners"))
        #expect(HTMLProbe.row("Nederland", in: trend)?.prefix(2) == ["1,66", "1,71"])

        let raalte = workspace.page("gemeenten/raalte/index.html")
        #expect(raalte.contains("Ter vergelijking: Nederland 1,71 · Gemeenten met 20.000–50.000 inwoners 0,93."))
        let zwolle = workspace.page("gemeenten/zwolle/index.html")
        #expect(zwolle.contains("Ter vergelijking: Nederland 1,71."))
        #expect(!zwolle.contains("Gemeenten met 20.000–50.000 inwoners"))

        let csv = workspace.page("data/sample.csv")
        #expect(csv.contains("NL01,Nederland,2022,incidents,Incidenten,count,30000,1.705,CBS,,benchmark,inhabitants,"))
        #expect(csv.contains("GM0177,Raalte,2022,incidents,Incidenten,count,38,0.999,Jaarverslag,thema bedrijfsverzamelgebouwen,municipality,inhabitants,"))
    }

    @Test("benchmark mistakes: an unknown code, a municipality's code, a member that is not one, a missing population")
    func benchmarkErrors() async throws {
        let region = Self.region.replacing("members: [GM0177]", with: "members: [GM0177, GM9999]")
            + "\n  - code: GM0193\n    name: Zwolle als maatstaf\n"
        let workspace = try Workspace([
            "region.yaml": region,
            "themes/sample/data.csv": Self.data + "\nNL02,2022,incidents,5,,\nGK20-50,2021,incidents,3900,CBS,\n",
        ])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(report.failed)
        let all = report.diagnostics.all.map(\.description)
        #expect(all.contains { $0.hasSuffix("region.yaml:20:23: error: GM9999 is not a municipality of the region: members are codes from \"municipalities:\"") }, "\(all)")
        #expect(all.contains { $0.contains("region.yaml:21:11: error: benchmark code GM0193 is a municipality of the region") })
        #expect(all.contains { $0.contains("data.csv:10:1: error: unknown municipality \"NL02\"") && $0.contains("NL01 (Nederland)") })
        #expect(all.contains { $0.contains("data.csv:11:1: warning: Gemeenten met 20.000–50.000 inwoners has no population for 2021") })
    }

    static let targets = """
        municipality,year,indicator,target,note
        raalte,2022,success,65,Jaarplan Integrale Veiligheid
        GM0193,2022,success,85,
        region,2022,success,70,
        """

    static let better = "indicators:\n  - id: success\n    better: higher\n"

    @Test("targets: a column, a mark, words, the profile's list, the download")
    func targets() async throws {
        for english in [false, true] {
            var files = ["themes/sample/data.csv": sampleData, "themes/sample/targets.csv": Self.targets,
                         "themes/sample/theme.yaml": Self.better]
            if english { files["site.yaml"] = Fixtures.site.replacing("language: nl", with: "language: en") }
            let workspace = try Workspace(files)
            defer { workspace.remove() }
            let report = await workspace.build()
            #expect(!report.failed, "\(report.diagnostics.all)")
            let theme = workspace.page(english ? "sample/index.html" : "voorbeeld/index.html")
            let table = try #require(HTMLProbe.table(in: theme, caption: english ? "all municipalities in 2022" : "alle gemeenten in 2022"))
            // Inwoners, incidents (aantal, per 1.000), success (%, doel), hours
            #expect(HTMLProbe.row("Raalte", in: table) == [english ? "38,053" : "38.053", "38", english ? "1.00" : "1,00", "69%", "65%", english ? "no figure" : "geen cijfer"])
            // The region's target for a percentage is on its average.
            #expect(HTMLProbe.row(english ? "Average municipality" : "Gemiddelde gemeente", in: table)?[4] == "70%")
            #expect(HTMLProbe.row(english ? "Region total" : "Regio totaal", in: table)?[4] == (english ? "n/a" : "n.v.t."))
            #expect(table[1].contains(english ? "Target" : "Doel"))
            #expect(theme.contains("class=\"target-mark\""))
            #expect(theme.contains(english ? "The only municipality with a target met it." : "De enige gemeente met een doel heeft dat doel gehaald."))
            let profile = workspace.page(english ? "municipalities/raalte/index.html" : "gemeenten/raalte/index.html")
            #expect(profile.contains(english ? "69% in 2022 — target 65% met" : "69% in 2022 — doel 65% gehaald"))
            #expect(profile.contains(english ? "<strong>Targets 2022</strong>" : "<strong>Doelen 2022</strong>"))
            #expect(profile.contains(english ? "Success: 69% — target 65% met" : "Succes: 69% — doel 65% gehaald"))
            let csv = workspace.page("data/sample.csv")
            #expect(csv.contains("GM0177,Raalte,2022,success,"))
            #expect(csv.split(separator: "\r\n").contains { $0.hasPrefix("GM0177,Raalte,2022,success,") && $0.hasSuffix(",65") })
        }
    }

    @Test("a target that is not met says so")
    func targetNotMet() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData, "themes/sample/theme.yaml": Self.better,
                                       "themes/sample/targets.csv": "municipality,year,indicator,target\nGM0177,2022,success,75\n"])
        defer { workspace.remove() }
        _ = await workspace.build()
        #expect(workspace.page("gemeenten/raalte/index.html").contains("69% in 2022 — doel 75% niet gehaald"))
    }

    @Test("target mistakes are errors at their line and column")
    func targetErrors() async throws {
        let workspace = try Workspace([
            "site.yaml": Fixtures.site + "\nreference_date: 2022-12-31\n",
            "themes/sample/data.csv": sampleData, "themes/sample/theme.yaml": Self.better,
            "themes/sample/targets.csv": """
                municipality,year,indicator,target
                GM0177,2022,incidents,30
                GM0177,2022,sucess,70
                GM0177,2023,success,70
                Ramte,2022,success,70
                GM0177,2022,success,abc
                GM0177,2022,success,170
                """,
        ])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(report.failed)
        let errors = report.diagnostics.all.filter { $0.severity == .error }.map(\.description)
        let expected = [
            "targets.csv:2:13: error: incidents has a target but no \"better:\"",
            "targets.csv:3:13: error: unknown indicator \"sucess\"",
            "targets.csv:4:8: error: 2023 is after the reference date 31-12-2022",
            "targets.csv:5:1: error: unknown municipality \"Ramte\"",
            "targets.csv:6:21:",
            "targets.csv:7:21: error: a percentage cannot be above 100",
        ]
        for text in expected {
            #expect(errors.contains { $0.contains(text) }, "missing \(text) in \(errors)")
        }
    }

    static let halt = """
        title: {nl: Halt, en: Halt}
        indicators:
          - id: halt-referrals
            label: {nl: Halt-verwijzingen, en: Halt referrals}
            kind: count
            per: 10000
            denominator: youth-12-17
            denominator_label: {nl: inwoners van 12–17 jaar, en: inhabitants aged 12–17}
        """

    @Test("another denominator: per 10,000 inhabitants aged 12–17, and no figure (with a warning) where it is missing")
    func denominator() async throws {
        let region = Fixtures.region
            .replacing("population: {2021: 37765, 2022: 38053}", with: "population: {2021: 37765, 2022: 38053}\n    populations: {youth-12-17: {2022: 3100}}")
            .replacing("population: {2021: 129000, 2022: 130500}", with: "population: {2021: 129000, 2022: 130500}\n    populations: {youth-12-17: {2022: 10000}}")
        let workspace = try Workspace([
            "region.yaml": region, "themes/halt/theme.yaml": Self.halt,
            "themes/halt/data.csv": "municipality,year,indicator,value\nGM0177,2022,halt-referrals,12\nGM0193,2022,halt-referrals,40\nGM1773,2022,halt-referrals,5\n",
        ])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.failed, "\(report.diagnostics.all)")
        let page = workspace.page("halt/index.html")
        let bars = try #require(HTMLProbe.bars(in: page, title: "Halt-verwijzingen per 10.000 inwoners van 12–17 jaar, 2022"))
        #expect(bars.map(\.value) == ["40,0", "38,7", "geen cijfer"])
        #expect(report.diagnostics.all.contains {
            $0.severity == .warning && $0.location.line == 4 && $0.message.hasPrefix("Olst-Wijhe has no youth-12-17 population for 2022")
        })
        #expect(workspace.page("gemeenten/raalte/index.html").contains("38,7 per 10.000 inwoners van 12–17 jaar in 2022"))
    }

    @Test("a denominator without its label, or per: other than 1000 or 10000, is an error at its line")
    func denominatorErrors() async throws {
        let workspace = try Workspace([
            "themes/halt/theme.yaml": Self.halt.replacing("per: 10000", with: "per: 100")
                .replacing("\n    denominator_label: {nl: inwoners van 12–17 jaar, en: inhabitants aged 12–17}", with: ""),
        ])
        defer { workspace.remove() }
        let report = await workspace.build()
        let errors = report.diagnostics.all.filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains { $0.contains("theme.yaml:6:10: error: per must be 1000 or 10000") }, "\(errors)")
        #expect(errors.contains { $0.contains("theme.yaml:7:18: error: denominator youth-12-17 needs denominator_label:") })
    }
}
