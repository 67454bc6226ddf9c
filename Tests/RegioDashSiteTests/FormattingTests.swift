@testable import RegioDashSite
import RegioDashCore
import Testing

@Suite("Numbers, dates and links as the site writes them")
struct FormattingTests {
    private let dutch = Formatter(strings: .dutch)
    private let english = Formatter(strings: .english)

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

    @Test("per 1,000: one decimal, two below one")
    func perThousand() {
        #expect(dutch.perThousand(8.44) == "8,4")
        #expect(dutch.perThousand(0.0263) == "0,03")
        #expect(dutch.perThousand(0) == "0,0")
        #expect(dutch.perThousand(nil) == "geen cijfer")
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
