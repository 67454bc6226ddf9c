import Foundation
import RegioDashTestSupport
import Testing

/// What a council member preparing a meeting reads: a profile at a glance,
/// a handout per theme, the KVO charts, the narratives side by side and
/// the overview's municipality picker — in the demo, Dutch and English,
/// each sentence against the figures it tells. (How the handouts print is
/// checked in Chromium by scripts/check-print.py, in CI.)
@Suite("For the council meeting: at a glance, handouts, KVO charts, narratives, picker")
struct CouncilMeetingTests {
    /// The demo built once per language: its folder and the site's pages.
    private static func demo(_ language: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("council-\(language)")
        try Command.copyDemo(into: folder, language: language)
        let result = try Command.run(["build", "--quiet"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        return folder
    }

    /// The text of `html` between `start` and the next `end`.
    private static func part(_ html: String, from start: String, to end: String) throws -> String {
        let from = try #require(html.range(of: start), "no \(start)")
        let until = html.range(of: end, range: from.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        return String(html[from.lowerBound..<until])
    }

    @Test("at a glance: each theme's figure, rank, region, benchmarks and change, as the profile's sentence says them", arguments: ["nl", "en"])
    func glance(language: String) throws {
        let folder = try Self.demo(language)
        defer { folder.remove() }
        let dutch = language == "nl"
        let profile = try #require(folder.read("site/\(dutch ? "gemeenten" : "municipalities")/raalte/index.html"))
        let glance = try Self.part(profile, from: "<section class=\"glance\"", to: "<section class=\"theme-part\"")
        #expect(glance.contains(dutch ? ">In één oogopslag</h2>" : ">At a glance</h2>"))
        // One entry per theme, each linking down to the theme's part of the profile.
        for id in ["undermining", "cyber", "care-safety", "kvo", "refugee-shelter", "youth-nuisance"] {
            #expect(glance.contains("<a href=\"#\(id)\">"), "\(id)")
            #expect(profile.contains("<h2 id=\"\(id)\">"), "\(id)")
        }
        let undermining = HTMLProbe.text(try Self.part(glance, from: "<a href=\"#undermining\">", to: "</li></ul></li>"))
        let facts = dutch
            ? ["Integrale controles: 1,31 per 10.000 inwoners in 2023", "4e van de 11 gemeenten (van hoog naar laag)",
               "hoger dan de regio (1,21)", "Ter vergelijking: Nederland 1,39 · Gemeenten met 20.000–50.000 inwoners 1,09.",
               "↑ hoger dan in 2022 (0,26)"]
            : ["Integrated inspections: 1.31 per 10,000 inhabitants in 2023", "4th of 11 municipalities (from high to low)",
               "higher than the region (1.21)",
               "For comparison: the Netherlands 1.39 · Municipalities of 20,000–50,000 inhabitants 1.09.",
               "↑ higher than in 2022 (0.26)"]
        for fact in facts {
            #expect(undermining.contains(fact), "\(fact) in \(undermining)")
        }
        // The same words as the sentence under "How does Raalte compare?".
        let sentence = HTMLProbe.text(try Self.part(profile, from: "<li id=\"undermining-0-says0\">", to: "</li>"))
        for fact in facts.dropLast() {
            #expect(sentence.contains(fact.replacing("Integrale controles: ", with: "").replacing("Integrated inspections: ", with: "")),
                    "\(fact) not in \(sentence)")
        }
        // A tie is shared, and "better" is said where the indicator knows which way is better.
        #expect(HTMLProbe.text(glance).contains(dutch ? "lager dan de regio (6,2), dus gunstiger" : "lower than the region (6.2), which is better"))
        // kvo: the municipality's own valid certificates, with what expires (Raalte's runs to 2026; Dalfsen's expires in March).
        #expect(HTMLProbe.text(glance).contains(dutch ? "Gebieden met een geldig certificaat: 1" : "Areas with a valid certificate: 1"))
        let dalfsen = try #require(folder.read("site/\(dutch ? "gemeenten" : "municipalities")/dalfsen/index.html"))
        let dalfsenKVO = try Self.part(dalfsen, from: "<a href=\"#kvo\">", to: "</li></ul></li>")
        #expect(dalfsenKVO.contains(dutch ? "Gebieden met een geldig certificaat: </strong>1</p>"
                                          : "Areas with a valid certificate: </strong>1</p>"), "\(dalfsenKVO)")
        #expect(dalfsenKVO.hasSuffix(dutch ? "<li>1 certificaat verloopt binnen zes maanden"
                                           : "<li>1 certificate expires within six months"), "\(dalfsenKVO)")
        let olst = try #require(folder.read("site/\(dutch ? "gemeenten" : "municipalities")/olst-wijhe/index.html"))
        let olstKVO = try Self.part(olst, from: "<a href=\"#kvo\">", to: "</li>")
        #expect(HTMLProbe.text(olstKVO).contains(dutch ? "Gebieden met een geldig certificaat: 0" : "Areas with a valid certificate: 0"))
        #expect(!olstKVO.contains("glance-facts"), "no line about expiring certificates where there are none")
    }

    @Test("a handout per municipality and theme: the theme's figures and the newest year's narrative, linked from profile and theme page")
    func handouts() throws {
        let folder = try Self.demo("nl")
        defer { folder.remove() }
        let handout = try #require(folder.read("site/gemeenten/raalte/ondermijning/index.html"))
        #expect(handout.contains("<body class=\"handout\">"))
        #expect(handout.contains("<h1>Raalte: Ondermijning</h1>"))
        #expect(handout.contains("Peildatum: 31 december 2023"))
        #expect(handout.contains("Hoe staat Raalte ervoor?"))
        #expect(handout.contains("<caption id=\"undermining-0-caption\">Raalte in 2023 naast de regio</caption>"))
        #expect(handout.contains("<span class=\"label\">Bron: </span>"))
        #expect(handout.contains("role=\"img\""))
        #expect(handout.contains("Ondermijning in Raalte, 2023"))
        #expect(!handout.contains("Ondermijning in Raalte, 2022"), "only the newest year's narrative")
        // Under a heading of its own, the year below it, so the headings step down one at a time.
        #expect(handout.contains("<h2 id=\"undermining-account\">Wat deed Raalte?</h2>\n<article class=\"narrative\" aria-labelledby=\"undermining-2023\">"))
        #expect(handout.contains("<h3 id=\"undermining-2023\">2023</h3>"))
        let profile = try #require(folder.read("site/gemeenten/raalte/index.html"))
        #expect(profile.contains("<body class=\"profile\">"))
        #expect(profile.contains("<a href=\"ondermijning/index.html\">Hand-out om te printen (A4): Ondermijning</a>"))
        let theme = try #require(folder.read("site/ondermijning/index.html"))
        #expect(theme.contains("<a href=\"../gemeenten/raalte/ondermijning/index.html\">Raalte</a>"))
        // kvo's handout: the municipality's certificates, one on the timeline.
        let kvo = try #require(folder.read("site/gemeenten/dalfsen/kvo/index.html"))
        #expect(HTMLProbe.text(kvo).contains("Er is 1 certificaat; de peildatum is 31 december 2023. "
            + "Verloopt binnen 6 maanden: Bedrijventerrein Welsum (Dalfsen). Verlopen: geen."))
    }

    @Test("the KVO page has two charts with titles, their message in words and their tables", arguments: ["nl", "en"])
    func kvoCharts(language: String) throws {
        let folder = try Self.demo(language)
        defer { folder.remove() }
        let dutch = language == "nl"
        let page = try #require(folder.read("site/kvo/index.html"))
        // Every chart: an SVG image with a title, described by a paragraph that says its message.
        let charts = page.components(separatedBy: "<svg").dropFirst().filter { $0.contains("role=\"img\"") && !$0.hasPrefix(" class=\"legend") }
        #expect(charts.count >= 2)
        for chart in charts {
            #expect(chart.contains("<title>"))
            let described = try #require(chart.firstMatch(of: /aria-describedby="([^"]+)"/)?.1)
            let summary = try #require(page.firstMatch(of: try Regex("<p class=\"chart-summary\" id=\"\(described)\">([^<]+)</p>")))
            #expect(!(summary.output[1].substring ?? "").isEmpty)
        }
        #expect(page.contains(dutch
            ? "Geldig, langer dan 6 maanden: 10, in 8 gemeenten. Geldig, verloopt binnen 6 maanden: 3, in Dalfsen, Deventer en Zwolle. "
                + "In voorbereiding: 2, in Dalfsen en Staphorst. Zwolle heeft er de meeste: 3."
            : "Valid for more than 6 months: 10, in 8 municipalities. Valid, expires within 6 months: 3, in Dalfsen, Deventer and Zwolle. "
                + "In progress: 2, in Dalfsen and Staphorst. Zwolle has the most: 3."))
        #expect(page.contains(dutch
            ? "Er zijn 13 certificaten; de peildatum is 31 december 2023. Verloopt binnen 6 maanden: "
                + "Bedrijventerrein Welsum (Dalfsen), Binnenstad Deventer (Deventer) en Bedrijvenpark Hessenpoort (Zwolle). Verlopen: geen."
            : "There are 13 certificates; the reference date is 31 December 2023. Expires within 6 months: "
                + "Bedrijventerrein Welsum (Dalfsen), Binnenstad Deventer (Deventer) and Bedrijvenpark Hessenpoort (Zwolle). Expired: none."))
        // The counts behind the bars: Dalfsen's expiring and in-progress areas, and the region's totals.
        let table = try #require(HTMLProbe.table(in: page, caption: dutch ? "Certificaten en aanvragen per gemeente"
                                                                          : "Certificates and applications per municipality"))
        #expect(HTMLProbe.row("Dalfsen", in: table) == ["0", "1", "0", "1", "2"])
        #expect(HTMLProbe.row(dutch ? "Regio" : "Region", in: table) == ["10", "3", "0", "2", "15"])
        // An expiring certificate is marked in shape and text on the timeline, not by colour alone.
        #expect(page.contains(dutch ? "Dalfsen · Bedrijventerrein Welsum — ⚠ Verloopt binnen 6 maanden"
                                    : "Dalfsen · Bedrijventerrein Welsum — ⚠ Expires within 6 months"))
        #expect(page.contains("class=\"period-ending\""))
        // The certificate table puts what needs attention right after the area.
        #expect(page.contains(dutch ? "<th scope=\"col\">Gemeente</th><th scope=\"col\">Gebied</th><th scope=\"col\">Let op</th>"
                                            : "<th scope=\"col\">Municipality</th><th scope=\"col\">Area</th><th scope=\"col\">Attention</th>"))
    }

    @Test("narratives side by side: a card each with name, year and summary, long texts folded, a filter by municipality")
    func narratives() throws {
        let folder = try Self.demo("nl")
        defer { folder.remove() }
        let page = try #require(folder.read("site/ondermijning/2022/index.html"))
        let filter = try Self.part(page, from: "<nav class=\"narrative-links\"", to: "</nav>")
        let targets = filter.matches(of: /href="#([^"]+)"/).map { String($0.1) }
        let cards = page.components(separatedBy: "<article class=\"narrative\"").count - 1
        #expect(cards > 1 && targets.count == cards + 1, "back to the top, and each card")
        for target in targets {
            #expect(page.contains("id=\"\(target)\""), "the filter links to #\(target), which is not on the page")
        }
        #expect(filter.contains(">Alle gemeenten</a>"))
        // Raalte's real 2022 text is long: folded under its summary line, which stays in view.
        let raalte = try Self.part(page, from: "<article class=\"narrative\" id=\"s2-raalte\"", to: "</article>")
        #expect(raalte.contains("<h3 id=\"s2-raalte-name\">Raalte<span class=\"narrative-year\"> · 2022</span></h3>"))
        #expect(raalte.contains("<p class=\"narrative-summary\">Eén integrale controle bij bedrijfsverzamelgebouwen"))
        #expect(raalte.contains("<details class=\"narrative-text\"><summary>Lees het hele verhaal<span class=\"visually-hidden\"> (Raalte)</span></summary>"))
        // A short text is shown whole.
        let short = try #require(folder.read("site/ondermijning/index.html"))
        let zwolle = try Self.part(short, from: "<article class=\"narrative\" id=\"s2-zwolle\"", to: "</article>")
        #expect(!zwolle.contains("<details"))
        #expect(zwolle.contains("<div class=\"prose\">"))
    }

    @Test("the overview starts with its municipalities; a strip plot has its scale; chart labels stand clear of reference lines")
    func pickerAndScales() throws {
        let folder = try Self.demo("nl")
        defer { folder.remove() }
        let overview = try #require(folder.read("site/index.html"))
        let picker = try #require(overview.range(of: "<nav id=\"municipality-picker\""))
        let themes = try #require(overview.range(of: "<section aria-labelledby=\"themes\">"))
        #expect(picker.lowerBound < themes.lowerBound)
        let links = try Self.part(overview, from: "<nav id=\"municipality-picker\"", to: "</nav>").matches(of: /href="gemeenten\//).count
        #expect(links == 11)
        // The strip of integral checks runs from 0 to the highest rate, as the theme page's bars show it.
        let theme = try #require(folder.read("site/ondermijning/index.html"))
        let bars = try #require(HTMLProbe.bars(in: theme, title: "Integrale controles per 10.000 inwoners"))
        let highest = try #require(bars.first?.value)
        let profile = try #require(folder.read("site/gemeenten/raalte/index.html"))
        let strip = try Self.part(profile, from: "<li id=\"undermining-0-says0\">", to: "</li>")
        #expect(strip.contains(">0</text>"))
        #expect(strip.contains(">\(highest)</text>"), "the strip's scale ends at \(highest)")
        // Each value label over its halo: the same text drawn first in the background's colour.
        #expect(theme.contains("<text class=\"halo\" x=\"84%\" dx=\"4\" y=\"70\">\(highest)</text><text x=\"84%\" dx=\"4\" y=\"70\">\(highest)</text>"))
    }

    @Test("a region of 45: the picker is a list that opens, and kvo's charts say how many more the table has")
    func largeRegion() throws {
        let folder = try TemporaryFolder("council-large")
        defer { folder.remove() }
        let sample = try Command.run(["sample", "--municipalities", "45", "--years", "3", "--output", folder.path + "/content"])
        #expect(sample.status == 0, "\(sample.errors)")
        let result = try Command.run(["build", "--quiet"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let overview = try #require(folder.read("site/index.html"))
        #expect(overview.contains("<details><summary>Kies een van de 45 gemeenten</summary>"))
        let kvo = try #require(folder.read("site/kvo/index.html"))
        // The bars: at most 40, and a line for the rest.
        let tally = try Self.part(kvo, from: "<figure class=\"chart tally\">", to: "</figure>")
        let bars = tally.matches(of: /text-anchor="end">/).count
        #expect(bars <= 40)
        #expect(tally.contains(bars == 44 ? "… 1 andere gemeente: zie de tabel" : "… \(45 - bars) andere gemeenten: zie de tabel"))
        // The timeline: what it draws and what it says is left for the table add up to the count in words.
        let summary = try #require(kvo.firstMatch(of: /Er (?:is|zijn) (\d+) certificat/))
        let count = try #require(Int(summary.1))
        let timeline = try Self.part(kvo, from: "<figure class=\"chart timeline\">", to: "<ul class=\"legend\">")
        let drawn = timeline.matches(of: /<rect class="period-/).count
        let more = timeline.firstMatch(of: /… nog (\d+) certificat/).flatMap { Int($0.1) } ?? 0
        #expect(drawn > 0 && drawn <= 40)
        #expect(drawn + more == count, "\(drawn) drawn and \(more) more, of \(count)")
    }

    @Test("kvo without certificates: no bars of zeros, no empty summary")
    func noCertificates() throws {
        let folder = try TemporaryFolder("council-empty")
        defer { folder.remove() }
        try Command.copyDemo(into: folder)
        try FileManager.default.removeItem(atPath: folder.path + "/content/themes/kvo/certificates.csv")
        let result = try Command.run(["build", "--quiet"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let kvo = try #require(folder.read("site/kvo/index.html"))
        #expect(!kvo.contains("chart tally"))
        #expect(!kvo.contains("<p class=\"chart-summary\" id=\"s0-summary\"></p>"))
        let profile = try #require(folder.read("site/gemeenten/raalte/index.html"))
        #expect(HTMLProbe.text(try Self.part(profile, from: "<a href=\"#kvo\">", to: "</li>")).contains("Geen cijfer om te vergelijken."))
    }
}
