import Foundation
import RegioDashCore
import RegioDashTestSupport
import RegioDashThemes
import Testing

@Suite("The demo's charts show the content's numbers", .serialized)
struct DemoChartTests {
    private static func build() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("charts")
        let content = Command.repository.appendingPathComponent("content").path
        _ = try Command.run(["build", "--content", content, "--output", folder.path + "/site"])
        return folder
    }

    @Test("bar charts, tile maps, trend tables, comparison tables and profiles agree, for every indicator and year")
    func agreement() throws {
        let folder = try Self.build()
        defer { folder.remove() }
        let years = [2021, 2022, 2023]
        let municipalities = ["Dalfsen", "Deventer", "Hardenberg", "Kampen", "Olst-Wijhe", "Ommen", "Raalte",
                              "Staphorst", "Steenwijkerland", "Zwartewaterland", "Zwolle"]
        var checked = 0
        for plugin in ThemeRegistry.builtIn.plugins where !plugin.descriptor.indicators.isEmpty {
            let slug = plugin.descriptor.slug.nl
            let latest = try #require(folder.read("site/\(slug)/index.html"))
            for year in years {
                let page = try #require(folder.read(year == 2023 ? "site/\(slug)/index.html" : "site/\(slug)/\(year)/index.html"))
                let table = try #require(HTMLProbe.table(in: page, caption: "alle gemeenten in \(year)"))
                var column = 1  // after Inwoners
                for (index, indicator) in plugin.descriptor.indicators.enumerated() {
                    let label = indicator.label.nl
                    let unit = indicator.kind != .count ? ""
                        : page.contains("\(label) per 10.000 inwoners, \(year)") ? " per 10.000 inwoners" : " per 1.000 inwoners"
                    let bars = try #require(HTMLProbe.bars(in: page, title: "\(label)\(unit), \(year)"), "\(slug) \(year) \(label)")
                    #expect(Set(bars.map(\.name)) == Set(municipalities))
                    let measureColumn = indicator.kind == .count ? column + 1 : column
                    let trend = try #require(HTMLProbe.table(in: latest, caption: "\(label)\(unit)"))
                    for (name, value) in bars {
                        let row = try #require(HTMLProbe.row(name, in: table))
                        #expect(row[measureColumn] == value, "\(slug) \(year) \(label) \(name): table \(row[measureColumn]), chart \(value)")
                        #expect(HTMLProbe.row(name, in: trend)?[years.firstIndex(of: year) ?? 0] == value, "\(slug) \(year) \(label) \(name): trend")
                        checked += 1
                    }
                    if index == 0 {
                        let map = try #require(page.firstMatch(of: /<ol class="tilemap"[^>]*>(.*?)<\/ol>/.dotMatchesNewlines()))
                        for tile in String(map.1).matches(of: /<li[^>]*><span[^>]*>([^<]*)<\/span>(?:<span[^>]*>[^<]*<\/span>)?<b>([^<]*)<\/b><\/li>/) {
                            #expect(bars.first { $0.name == String(tile.1) }?.value == String(tile.2), "\(slug) \(year) tile \(tile.1)")
                        }
                    }
                    column += indicator.kind == .count ? 2 : 1
                }
            }
        }
        #expect(checked == 16 * 3 * 11)
    }

    @Test("the figures match the content: Raalte's E33 reports per 1,000 inhabitants, computed here")
    func againstContent() throws {
        let folder = try Self.build()
        defer { folder.remove() }
        let csv = try String(contentsOf: Command.repository.appendingPathComponent("content/themes/care-safety/data.csv"), encoding: .utf8)
        let population = [2021: 37800.0, 2022: 38000, 2023: 38200]
        for year in [2021, 2022, 2023] {
            let line = try #require(csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("GM0177;\(year);e33-reports;") })
            let count = try #require(Double(line.split(separator: ";")[3]))
            let expected = String(format: "%.1f", count / (population[year] ?? 1) * 1000).replacing(".", with: ",")
            let page = try #require(folder.read(year == 2023 ? "site/zorg-en-veiligheid/index.html" : "site/zorg-en-veiligheid/\(year)/index.html"))
            let bars = try #require(HTMLProbe.bars(in: page, title: "Meldingen verward gedrag (E33) per 1.000 inwoners, \(year)"))
            #expect(bars.first { $0.name == "Raalte" }?.value == expected)
            let profile = try #require(folder.read("site/gemeenten/raalte/index.html"))
            let care = try #require(profile.firstMatch(of: /aria-labelledby="care-safety">(.*?)<\/section>/.dotMatchesNewlines()))
            let history = try #require(HTMLProbe.table(in: String(care.1), caption: "Raalte per jaar"))
            #expect(HTMLProbe.row("Meldingen verward gedrag (E33), per 1.000 inw.", in: history)?[year - 2021] == expected)
        }
    }

    @Test("plugin views: refugee shelter's progress bars, kvo's stars and flags, a break in a series")
    func pluginViews() throws {
        let folder = try Self.build()
        defer { folder.remove() }
        let shelter = try #require(folder.read("site/opvang/2022/index.html"))
        #expect(shelter.contains("<span class=\"progress-name\">Zwolle</span>"))
        #expect(shelter.contains("610 bezet, plekken: 663 (92%)"))
        #expect(shelter.contains("Taakstelling statushouders in 2022"))
        let kvo = try #require(folder.read("site/kvo/index.html"))
        #expect(kvo.contains("<span class=\"stars\" aria-hidden=\"true\">★★★</span><span class=\"visually-hidden\">3 sterren</span>"))
        let cyber = try #require(folder.read("site/digitale-veiligheid/index.html"))
        #expect(cyber.contains("Breuk in de reeks van Zwolle in 2022"))
        let raalte = try #require(folder.read("site/gemeenten/raalte/index.html"))
        #expect(raalte.contains("Hoe staat Raalte ervoor?"))
        // 16 of the built-in themes, one of the indicator cyber's theme.yaml adds, three of youth nuisance.
        #expect(raalte.matches(of: /<figure class="chart line-chart">/).count == 20)
    }
}
