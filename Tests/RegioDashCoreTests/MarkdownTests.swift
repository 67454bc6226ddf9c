import RegioDashCore
import Testing

@Suite("Markdown through cmark: safe, smart, fitted into the page's outline")
struct MarkdownTests {
    @Test("raw HTML never passes: script, event handlers, iframes")
    func rawHTML() {
        let html = Markdown.render("""
            Hallo <script>alert(1)</script> daar.

            <img src=x onerror="alert(2)">

            <iframe src="https://evil.example"></iframe>
            """).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<img"))
    }

    @Test("control characters that HTML does not allow become U+FFFD; tabs and line breaks stay")
    func controlCharacters() {
        let html = Markdown.render("Rood\u{1B}[31m, bel\u{7}, CSI\u{9B}.\tTab\r\nnieuwe regel.").html
        #expect(html == "<p>Rood\u{FFFD}[31m, bel\u{FFFD}, CSI\u{FFFD}.\tTab\nnieuwe regel.</p>\n")
    }

    @Test("dangerous link schemes lose their URL", arguments: [
        "[klik](javascript:alert(1))", "[klik](JaVaScRiPt:alert(1))", "[klik](vbscript:msgbox)",
        "<javascript:alert(1)>", "[klik](data:text/html;base64,PHNjcmlwdD4=)",
    ])
    func dangerousLinks(markdown: String) {
        let html = Markdown.render(markdown).html.lowercased()
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("data:text/html"))
    }

    @Test("an unsafe link keeps its text, an unsafe autolink goes, an unsafe image goes")
    func unwrapped() {
        #expect(Markdown.render("Zie [hier](javascript:alert(1)) nu.").html == "<p>Zie hier nu.</p>\n")
        #expect(Markdown.render("Zie <javascript:alert(1)> nu.").html == "<p>Zie  nu.</p>\n")
        #expect(Markdown.render("![x](javascript:alert(1))").html == "<p></p>\n")
        #expect(Markdown.render("![x](data:image/png;base64,AAAA)").html.contains("<img"))
    }

    @Test("unsafe links and images inside unsafe ones go without touching freed nodes", arguments: [
        ("![<javascript:a>](javascript:b)", "<p></p>\n"),
        ("[<javascript:alert(1)>](<javascript:alert(1)>)", "<p></p>\n"),
        ("![a ![b](javascript:c)](javascript:d)", "<p></p>\n"),
        ("[a <javascript:b> c](javascript:d)", "<p>a  c</p>\n"),
        ("[a ![b](javascript:c) d](javascript:e)", "<p>a  d</p>\n"),
    ])
    func nestedUnsafe(markdown: String, html: String) {
        #expect(Markdown.render(markdown).html == html)
    }

    @Test("ordinary links and emphasis survive")
    func ordinary() {
        #expect(Markdown.render("Zie [de site](https://example.org) en *dit*.").html
            == "<p>Zie <a href=\"https://example.org\">de site</a> en <em>dit</em>.</p>\n")
    }

    @Test("smart punctuation: curly quotes and dashes")
    func smart() {
        #expect(Markdown.render("\"Veilig\" -- en 'wel'...").html == "<p>“Veilig” – en ‘wel’…</p>\n")
    }

    @Test("headings move down together to the level the page needs")
    func headings() {
        #expect(Markdown.render("# A\n\n## B\n", topHeadingLevel: 4).html == "<h4>A</h4>\n<h5>B</h5>\n")
        #expect(Markdown.render("### A\n", topHeadingLevel: 4).html == "<h4>A</h4>\n")
        #expect(Markdown.render("###### A\n", topHeadingLevel: 2).html == "<h6>A</h6>\n")
        #expect(Markdown.render("# A\n###### B\n", topHeadingLevel: 4).html == "<h4>A</h4>\n<h6>B</h6>\n")
    }

    @Test("a leading level-1 heading becomes the title")
    func title() {
        let document = Markdown.document("# Over *ons*\n\nTekst.\n", topHeadingLevel: 2, liftingTitle: true)
        #expect(document.title == "Over ons")
        #expect(document.body.html == "<p>Tekst.</p>\n")
    }
}
