@testable import RegioDashSite
import RegioDashCore
import Testing

@Suite("Numbers, dates and links as the site writes them")
struct FormattingTests {
    private let dutch = Formatter(language: .nl)
    private let english = Formatter(language: .en)

    @Test("Dutch: 1.234,5; English: 1,234.5")
    func grouping() {
        #expect(dutch.number(1234.5, decimals: 1) == "1.234,5")
        #expect(english.number(1234.5, decimals: 1) == "1,234.5")
        #expect(dutch.number(1_234_567, decimals: 0) == "1.234.567")
        #expect(dutch.number(999, decimals: 0) == "999")
        #expect(dutch.number(0.125, decimals: 2) == "0,13")
        #expect(dutch.number(2.5, decimals: 0) == "3")
    }

    @Test("figures by kind; no figure is said in words")
    func values() {
        #expect(dutch.value(69, .percent) == "69%")
        #expect(dutch.value(72.5, .percent) == "72,5%")
        #expect(dutch.value(1167, .count) == "1.167")
        #expect(dutch.value(12.25, .number) == "12,3")
        #expect(dutch.value(nil, .count) == "geen cijfer")
        #expect(english.value(nil, .count) == "no figure")
    }

    @Test("rates: the indicator's decimals; zero as 0; no figure in words")
    func rates() {
        let one = MeasureScale(per: 1000, decimals: 1)
        let two = MeasureScale(per: 10000, decimals: 2)
        #expect(dutch.rate(8.44, one) == "8,4")
        #expect(dutch.rate(0.263, two) == "0,26")
        #expect(dutch.rate(3, two) == "3,00")
        #expect(dutch.rate(0, two) == "0")
        #expect(dutch.rate(nil, one) == "geen cijfer")
        #expect(dutch.unit(.count, two, nil) == "per 10.000 inwoners")
        #expect(english.unit(.count, one, nil) == "per 1,000 inhabitants")
        let youth = IndicatorDefinition.Denominator(id: "youth-12-17",
                                                    label: LocalizedText(nl: "inwoners van 12–17 jaar", en: "inhabitants aged 12–17"))
        #expect(dutch.unit(.count, two, youth) == "per 10.000 inwoners van 12–17 jaar")
        #expect(english.unit(.count, two, youth) == "per 10,000 inhabitants aged 12–17")
        #expect(dutch.unit(.percent, .plain, nil) == nil)
    }

    @Test("a scale keeps two significant digits of the smallest rate: per 1,000, else per 10,000")
    func scales() {
        // Rates per inhabitant: 1 in 38,000 is 0,026 per 1,000 — shown per 10,000 as 0,26.
        #expect(MeasureScale.choose(rates: [1.0 / 38_000, 5.0 / 38_000], declared: nil) == MeasureScale(per: 10000, decimals: 2))
        #expect(MeasureScale.choose(rates: [0.0084, 0.002], declared: nil) == MeasureScale(per: 1000, decimals: 1))
        #expect(MeasureScale.choose(rates: [0.0004], declared: nil) == MeasureScale(per: 1000, decimals: 2))
        #expect(MeasureScale.choose(rates: [0, 0.0004], declared: 10000) == MeasureScale(per: 10000, decimals: 1))
        #expect(MeasureScale.choose(rates: [], declared: nil) == MeasureScale(per: 1000, decimals: 1))
        #expect(MeasureScale(per: 10000, decimals: 2).rounded(0.2649) == 0.26)
    }

    @Test("changes: signed, relative, percentage points, and unchanged when they print alike")
    func changes() throws {
        let scale = MeasureScale(per: 1000, decimals: 1)
        let up = Change(fromYear: 2021, toYear: 2023, from: 1.0, to: 1.3, direction: .up)
        #expect(dutch.change(up, .count, scale) == "+0,3 (+30%)")
        #expect(english.change(up, .count, scale) == "+0.3 (+30%)")
        let down = Change(fromYear: 2022, toYear: 2023, from: 70, to: 65, direction: .down)
        #expect(dutch.change(down, .percent, .plain) == "−5 procentpunt")
        let same = Change(fromYear: 2022, toYear: 2023, from: 1.04, to: 1.01, direction: .same)
        #expect(dutch.change(same, .count, scale) == "gelijk")
        #expect(english.change(same, .count, scale) == "unchanged")
        #expect(dutch.change(nil, .count, scale) == "–")
    }

    @Test("dates in words")
    func dates() throws {
        let date = try #require(CalendarDate(iso: "2026-05-01"))
        #expect(dutch.date(date) == "1 mei 2026")
        #expect(english.date(date) == "1 May 2026")
    }

    @Test("relative links between pages, to explicit files", arguments: [
        ("index.html", "kvo/index.html", "kvo/index.html"),
        ("kvo/index.html", "index.html", "../index.html"),
        ("kvo/index.html", "kvo/2022/index.html", "2022/index.html"),
        ("kvo/2022/index.html", "kvo/index.html", "../index.html"),
        ("kvo/2022/index.html", "gemeenten/raalte/index.html", "../../gemeenten/raalte/index.html"),
        ("gemeenten/raalte/index.html", "gemeenten/zwolle/index.html", "../zwolle/index.html"),
        ("gemeenten/raalte/index.html", "assets/regiodash.css", "../../assets/regiodash.css"),
    ])
    func relative(from: String, to: String, expected: String) {
        #expect(Routes.relative(from: from, to: to) == expected)
    }

    @Test("escaping: text and attributes")
    func escaping() {
        #expect(Escaping.escaped("<b>&\"'</b>") == "&lt;b&gt;&amp;\"'&lt;/b&gt;")
        #expect(Escaping.escaped("a\"b'c<", inAttribute: true) == "a&quot;b&#39;c&lt;")
        var html = HTML()
        html.element("a", ["href": "x\" onclick=\"alert(1)", "title": nil], text: "<script>")
        #expect(html.output == "<a href=\"x&quot; onclick=&quot;alert(1)\">&lt;script&gt;</a>")
    }

    @Test("downloads: formulas are defused, fields quoted where needed")
    func csvFields() {
        #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.field("+31 6") == "'+31 6")
        #expect(CSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.field("-1+1") == "'-1+1")
        #expect(CSVWriter.field("a, b") == "\"a, b\"")
        #expect(CSVWriter.field("twee\nregels") == "\"twee\nregels\"")
        #expect(CSVWriter.field("gewoon") == "gewoon")
        #expect(PlainNumber.format(12) == "12" && PlainNumber.format(0.02628) == "0.026" && PlainNumber.format(69.5) == "69.5")
    }

    @Test("JSON strings cannot close a script element or break a line")
    func jsonStrings() {
        #expect(JSONWriter.string("</script>\"\\\n\u{01}\u{2028}") == "\"\\u003c/script>\\\"\\\\\\n\\u0001\\u2028\"")
    }
}
