import RegioDashCore
import RegioDashTestSupport
@testable import RegioDashSite
import Testing

@Suite("Charts: bars, tile map, trends, profile summaries")
struct ChartTests {
    private let data = """
        municipality,year,indicator,value,note
        GM0177,2021,incidents,30,
        GM0177,2022,incidents,38,
        GM0193,2021,incidents,200,
        GM0193,2022,incidents,261,breuk: vanaf 2022 anders geteld
        GM1773,2021,incidents,10,
        GM0177,2022,success,69,
        GM0193,2022,success,80,
        """

    private func build(_ files: [String: String] = [:]) async throws -> Workspace {
        let workspace = try Workspace(["themes/sample/data.csv": data].merging(files) { _, new in new })
        _ = await workspace.build()
        return workspace
    }

    @Test("bars: sorted high to low, per 1,000 for counts, no figure as a labelled gap, the region as a reference line")
    func bars() async throws {
        let workspace = try await build()
        defer { workspace.remove() }
        let page = workspace.page("voorbeeld/index.html")
        let bars = try #require(HTMLProbe.bars(in: page, title: "Incidenten per 1.000 inwoners, 2022"))
        #expect(bars.map(\.name) == ["Zwolle", "Raalte", "Olst-Wijhe"])
        #expect(bars.map(\.value) == ["2,00", "1,00", "geen cijfer"])
        let svg = try #require(page.firstMatch(of: /<svg class="bars"[^>]*>(.*?)<\/svg>/.dotMatchesNewlines()).map { String($0.1) })
        #expect(svg.matches(of: /<rect class="bar"/).count == 2)
        #expect(svg.contains(">Regio 1,77</text>"))
        #expect(svg.contains("<line class=\"reference\""))
        let percent = try #require(HTMLProbe.bars(in: page, title: "Succes, 2022"))
        #expect(percent.map(\.value) == ["80%", "69%", "geen cijfer"])
        #expect(page.contains("Het hoogste cijfer heeft Zwolle (2,00), het laagste Raalte (1,00). Het cijfer van de regio is 1,77. 1 van de 2 gemeenten ligt erboven. Geen cijfer van: Olst-Wijhe."))
    }

    @Test("every chart is an image with a name, and every id it points to exists")
    func accessibleCharts() async throws {
        let workspace = try await build()
        defer { workspace.remove() }
        for path in ["voorbeeld/index.html", "gemeenten/raalte/index.html", "gemeenten/zwolle/index.html"] {
            let page = workspace.page(path)
            let svgs = page.matches(of: /<svg([^>]*)>(.*?)<\/svg>/.dotMatchesNewlines())
            #expect(!svgs.isEmpty)
            // Boxes stretched inside a chart (preserveAspectRatio none) are parts of it, not charts.
            for svg in svgs where !svg.1.contains("preserveAspectRatio=\"none\"") {
                #expect(svg.1.contains("role=\"img\""), "\(path)")
                #expect(svg.2.hasPrefix("<title>"), "\(path)")
            }
            let ids = Set(page.matches(of: /\sid="([^"]+)"/).map { String($0.1) })
            for reference in page.matches(of: /aria-(?:labelledby|describedby)="([^"]+)"/) {
                for id in reference.1.split(separator: " ") {
                    #expect(ids.contains(String(id)), "\(path): aria reference to missing id \(id)")
                }
            }
            #expect(ids.count == page.matches(of: /\sid="([^"]+)"/).count, "\(path): duplicate ids")
        }
    }

    @Test("tile map: placed by tile:, else in a grid; shaded low to high; values written; a legend")
    func tileMap() async throws {
        let workspace = try await build(["region.yaml": Fixtures.region.replacing("    name: Raalte\n", with: "    name: Raalte\n    tile: [2, 1]\n")])
        defer { workspace.remove() }
        let page = workspace.page("voorbeeld/index.html")
        let map = try #require(page.firstMatch(of: /<ol class="tilemap"[^>]*>(.*?)<\/ol>/.dotMatchesNewlines()).map { String($0.1) })
        #expect(map.contains("<li class=\"shade-1\" style=\"grid-area: 2 / 1\"><span>Raalte</span><b>1,00</b></li>"))
        #expect(map.contains("<li class=\"shade-5\" style=\"grid-area: 1 / 1\"><span>Zwolle</span><b>2,00</b></li>"))
        #expect(map.contains("<li class=\"no-figure-tile\" style=\"grid-area: 1 / 2\"><span class=\"long\">Olst-Wijhe</span><span class=\"short\" aria-hidden=\"true\">Olst-W.</span><b>geen cijfer</b></li>"))
        // Two distinct figures: two classes, the lightest and the darkest shade, none empty.
        #expect(page.contains("<li><span class=\"swatch shade-1\" aria-hidden=\"true\"></span>1,00</li><li><span class=\"swatch shade-5\" aria-hidden=\"true\"></span>2,00</li>"))
        #expect(page.contains("<li><span class=\"swatch no-figure-tile\" aria-hidden=\"true\"></span>geen cijfer</li>"))
    }

    @Test("automatic tile places fill a square-ish grid around the given ones")
    func tilePlaces() {
        let municipalities = (1...5).map { Municipality(code: "GM000\($0)", name: "M\($0)", slug: "m\($0)") }
        var placed = municipalities
        placed[0].tile = .init(row: 1, column: 1)
        #expect(TileMap.places(for: municipalities).map { "\($0.row),\($0.column)" } == ["1,1", "1,2", "1,3", "2,1", "2,2"])
        #expect(TileMap.places(for: placed).map { "\($0.row),\($0.column)" } == ["1,1", "1,2", "1,3", "2,1", "2,2"])
    }

    @Test("trends: one row per municipality with its figures and a sparkline; a break is drawn and explained")
    func trends() async throws {
        let workspace = try await build()
        defer { workspace.remove() }
        let page = workspace.page("voorbeeld/index.html")
        let table = try #require(HTMLProbe.table(in: page, caption: "Incidenten per 1.000 inwoners"))
        #expect(table.first == ["Gemeente", "2021", "2022", "Verloop", "Sinds 2021"])
        #expect(HTMLProbe.row("Raalte", in: table) == ["0,79", "1,00", "Raalte: stijgend", "+0,21 (+27%)"])
        // A change never crosses a break.
        #expect(HTMLProbe.row("Zwolle", in: table) == ["1,55", "2,00", "Zwolle: te weinig cijfers", "–"])
        let zwolle = try #require(page.firstMatch(of: /<th scope="row">Zwolle<\/th>.*?<\/tr>/.dotMatchesNewlines()).map { String($0.0) })
        #expect(zwolle.matches(of: /<polyline/).isEmpty, "a break leaves the two years unconnected")
        #expect(zwolle.contains("<line class=\"break\""))
        #expect(page.contains("Breuk in de reeks van Zwolle in 2022: vanaf 2022 anders geteld"))
        #expect(page.contains("Van 2021 tot 2022 steeg het cijfer in 1 gemeente. 2 gemeenten hebben geen cijfer voor beide jaren of een breuk in de reeks en tellen niet mee."))
        let profile = workspace.page("gemeenten/zwolle/index.html")
        #expect(profile.contains("Breuk in de reeks van Zwolle in 2022"))
        #expect(profile.contains(">breuk</text>"))
    }

    @Test("profile: how it compares, in words and with an arrow and a strip")
    func compares() async throws {
        let workspace = try await build()
        defer { workspace.remove() }
        let page = workspace.page("gemeenten/raalte/index.html")
        #expect(page.contains("<h3 id=\"sample-0-compares\">Hoe staat Raalte ervoor?</h3>"))
        #expect(page.contains("<strong>Incidenten: </strong>1,00 per 1.000 inwoners in 2022; de laagste van de 2 gemeenten; lager dan de regio (1,77); hoger dan in 2021 (0,79).<span class=\"arrow\" aria-hidden=\"true\"> ↑</span>"))
        #expect(page.contains("<strong>Succes: </strong>69% in 2022; de laagste van de 2 gemeenten; lager dan het gemiddelde van de gemeenten (74,5%)."))
        #expect(page.matches(of: /<svg class="strip"/).count == 2)
        let history = try #require(HTMLProbe.table(in: page, caption: "Raalte per jaar"))
        #expect(HTMLProbe.row("Incidenten, per 1.000 inw.", in: history) == ["0,79", "1,00", "+0,21 (+27%)"])
        #expect(HTMLProbe.row("Incidenten, Regio per 1.000 inw.", in: history) == ["1,30", "1,77", "n.v.t."])
    }

    @Test("strip ticks: one tick per position, three or more side by side as one filled box")
    func stripTicks() {
        #expect(ChartCache.ticks(at: []) == "")
        #expect(ChartCache.ticks(at: [40]) == "M40 6v12")
        #expect(ChartCache.ticks(at: [40, 41]) == "M40 6v12M41 6v12")
        #expect(ChartCache.ticks(at: [40, 41, 42]) == "M40 7H42v10H40z")
        #expect(ChartCache.ticks(at: [40, 42, 43, 44, 45, 50, 51]) == "M40 6v12M42 7H45v10H42zM50 6v12M51 6v12")
        // Every municipality at its own position: the box spans them all.
        #expect(ChartCache.ticks(at: Array(40...960)) == "M40 7H960v10H40z")
    }
}
