import Foundation
import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing

@Suite("Building a site from a fixture")
struct SiteBuildTests {
    @Test("the URL layout: overview, a page per theme year, profiles, a handout per municipality and theme, free pages, the topics, the search and its index, downloads and their data package, chart files, embeds, what's new and its feed, sitemap")
    func layout() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData, "pages/over.md": "# Over\n\nTekst.\n"])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.failed)
        #expect(report.written)
        let files = Set(workspace.folder.snapshot("site").keys)
        #expect(files == [
            "index.html", "voorbeeld/index.html", "voorbeeld/2021/index.html",
            "gemeenten/raalte/index.html", "gemeenten/zwolle/index.html", "gemeenten/olst-wijhe/index.html",
            "gemeenten/raalte/voorbeeld/index.html", "gemeenten/zwolle/voorbeeld/index.html", "gemeenten/olst-wijhe/voorbeeld/index.html",
            "over/index.html", "toegankelijkheid/index.html", "onderwerpen/index.html",
            "zoeken/index.html", "zoeken/meta.js", "zoeken/t-0.js", "zoeken/d-0.js", "assets/search.js", "assets/stem-nl.js", "data/sample.csv", "data/sample.json", "data/datapackage.json",
            "grafieken/voorbeeld/2021/incidents.svg", "grafieken/voorbeeld/2021/incidents.csv",
            "grafieken/voorbeeld/2021/success.svg", "grafieken/voorbeeld/2021/success.csv",
            "grafieken/voorbeeld/2022/incidents.svg", "grafieken/voorbeeld/2022/incidents.csv",
            "grafieken/voorbeeld/2022/success.svg", "grafieken/voorbeeld/2022/success.csv",
            "embed/voorbeeld/incidents/index.html", "embed/voorbeeld/success/index.html",
            "wat-is-er-nieuw/index.html", "feed.xml",
            "assets/regiodash.css", "sitemap.xml",
        ])
        #expect(report.pageCount == 16)
    }

    @Test("the theme page: every figure, per 1,000, totals, averages, no figure, sources and notes")
    func themePage() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData])
        defer { workspace.remove() }
        _ = await workspace.build()
        let page = workspace.page("voorbeeld/index.html")
        #expect(page.contains("<h2 id=\"s0-heading\">Cijfers 2022</h2>"))
        let table = try #require(HTMLProbe.table(in: page, caption: "alle gemeenten in 2022"))
        // Inwoners, incidents (aantal, per 1.000), success (%), hours (aantal)
        #expect(HTMLProbe.row("Raalte", in: table) == ["38.053", "38", "1,00", "69%", "geen cijfer"])
        #expect(HTMLProbe.row("Zwolle", in: table) == ["130.500", "261", "2,00", "geen cijfer", "geen cijfer"])
        #expect(HTMLProbe.row("Regio totaal", in: table) == ["186.953", "299", "1,77", "n.v.t.", "geen cijfer"])
        #expect(HTMLProbe.row("Gemiddelde gemeente", in: table) == ["62.318", "149,5", "1,50", "69%", "geen cijfer"])
        #expect(page.contains("<span class=\"label\">Bronnen: </span>Jaarverslag; Politie"))
        #expect(page.contains("<strong>Raalte, Incidenten: </strong>thema bedrijfsverzamelgebouwen"))
        // Only Raalte has 2021 figures: the year is there, and marked incomplete.
        #expect(page.contains("<a href=\"2021/index.html\">2021 — 1 van 3 gemeenten</a>"))
        let earlier = workspace.page("voorbeeld/2021/index.html")
        #expect(earlier.contains("<h1>Voorbeeld in 2021</h1>"))
        let earlierTable = try #require(HTMLProbe.table(in: earlier, caption: "alle gemeenten in 2021"))
        #expect(HTMLProbe.row("Raalte", in: earlierTable)?.prefix(2) == ["37.765", "30"])
    }

    @Test("the profile: each indicator beside the regional average and the region per 1,000")
    func profile() async throws {
        let workspace = try Workspace([
            "themes/sample/data.csv": sampleData,
            "themes/sample/raalte/2022.md": "---\ntitle: Wat we deden\n---\n# Aanpak\n\nWe controleerden.\n",
        ])
        defer { workspace.remove() }
        _ = await workspace.build()
        let page = workspace.page("gemeenten/raalte/index.html")
        let table = try #require(HTMLProbe.table(in: page, caption: "Raalte in 2022 naast de regio"))
        #expect(HTMLProbe.row("Incidenten", in: table) == ["38", "149,5", "1,00 per 1.000 inw.", "1,77 per 1.000 inw."])
        #expect(HTMLProbe.row("Succes", in: table) == ["69%", "69%", "n.v.t.", "n.v.t."])
        #expect(page.contains("<h3 id=\"sample-2022\">2022</h3>"))
        #expect(page.contains("<h4>Aanpak</h4>"))
    }

    @Test("every link is relative and names a file, so the site works from disk")
    func links() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData])
        defer { workspace.remove() }
        _ = await workspace.build()
        let site = workspace.folder.snapshot("site")
        for (path, data) in site where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) {
                let target = String(match.1)
                #expect(!target.hasPrefix("/"), "\(path): \(target)")
                #expect(target.hasPrefix("#") || target.hasSuffix(".html") || target.hasSuffix(".css")
                        || target.hasSuffix(".csv") || target.hasSuffix(".json") || target.hasSuffix(".js")
                        || target.hasSuffix(".svg") || target.hasSuffix(".xml") || target.contains(".html#"),
                        "\(path): \(target)")
                // And the file it names is there.
                let file = target.split(separator: "#", omittingEmptySubsequences: false)[0]
                guard !file.isEmpty, !file.contains(":") else { continue }
                let resolved = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
                    .appendingPathComponent(String(file)).standardized.path.dropFirst("/site/".count)
                #expect(site[String(resolved)] != nil, "\(path): \(target) names no file of the site")
            }
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        }
    }

    @Test("banners for draft and example data, on every page")
    func banners() async throws {
        let workspace = try Workspace(["site.yaml": "title: T\ndraft: true\nexample_data: true\n", "themes/sample/data.csv": sampleData])
        defer { workspace.remove() }
        _ = await workspace.build()
        for (path, data) in workspace.folder.snapshot("site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("Concept: deze site is nog niet vastgesteld"), "\(path)")
            #expect(html.contains("Voorbeeldgegevens: de cijfers op deze site zijn illustratief"), "\(path)")
        }
        let plain = try Workspace(["site.yaml": "title: T\n"])
        defer { plain.remove() }
        _ = await plain.build()
        #expect(!plain.page("index.html").contains("banner"))
    }

    @Test("downloads: the figures as CSV and JSON, with per 1,000")
    func downloads() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData])
        defer { workspace.remove() }
        _ = await workspace.build()
        let csv = workspace.page("data/sample.csv")
        #expect(csv.hasPrefix("\u{FEFF}municipality_code,municipality,year,indicator,indicator_label,kind,value,per_1000,source,note,area_type,denominator,target\r\n"))
        #expect(csv.contains("GM0177,Raalte,2022,incidents,Incidenten,count,38,0.999,Jaarverslag,thema bedrijfsverzamelgebouwen,municipality,inhabitants,\r\n"))
        #expect(csv.contains("GM0193,Zwolle,2022,success,Succes,percent,,,,,municipality,,\r\n"))
        let json = try JSONSerialization.jsonObject(with: Data(workspace.page("data/sample.json").utf8)) as? [String: Any]
        let rows = try #require(json?["rows"] as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(json?["theme"] as? String == "sample")
        #expect(rows.contains { $0["municipality"] as? String == "Zwolle" && $0["value"] is NSNull })
    }

    @Test("the sitemap lists every page: absolute with a base URL, relative without")
    func sitemap() async throws {
        let workspace = try Workspace(["site.yaml": "title: T\nbase_url: https://example.org/veilig\n"])
        defer { workspace.remove() }
        _ = await workspace.build()
        let sitemap = workspace.page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/veilig/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/veilig/gemeenten/raalte/</loc>"))
        let relative = try Workspace([:])
        defer { relative.remove() }
        _ = await relative.build()
        #expect(relative.page("sitemap.xml").contains("<loc>gemeenten/raalte/index.html</loc>"))
    }

    @Test("the same content gives the same bytes")
    func deterministic() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData, "themes/sample/zwolle/2022.md": "Tekst.\n"])
        defer { workspace.remove() }
        _ = await workspace.build()
        let first = workspace.folder.snapshot("site")
        _ = await workspace.build()
        #expect(workspace.folder.snapshot("site") == first)
    }

    @Test("a free page may not take a theme's or the site's own folder")
    func slugCollisions() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData, "pages/voorbeeld.md": "x", "pages/data.md": "x"])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(report.failed && !report.written)
        let texts = report.diagnostics.all.filter { $0.severity == .error }.map(\.text)
        #expect(texts.contains("the page \"voorbeeld\" would replace the page of the theme Voorbeeld: rename the file"))
        #expect(texts.contains { $0.hasPrefix("the page name \"data\" is used by the site itself") })
    }

    @Test("without its own accessibility statement the site carries the standard one, with a note")
    func standardStatement() async throws {
        let workspace = try Workspace([:])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(workspace.page("toegankelijkheid/index.html").contains("WCAG"))
        #expect(report.diagnostics.all.contains { $0.severity == .note && $0.location.path.hasSuffix("pages/toegankelijkheid.md") })
        #expect(workspace.page("index.html").contains("<a href=\"toegankelijkheid/index.html\">Toegankelijkheid</a>"))
    }
}
