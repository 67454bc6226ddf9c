import Foundation
@testable import RegioDashSite
import RegioDashTestSupport
import Testing

@Suite("The demo with language: en")
struct EnglishSiteTests {
    @Test("no Dutch interface text on any page: every Dutch text of the catalogue is absent")
    func noDutch() throws {
        let folder = try TemporaryFolder("english")
        defer { folder.remove() }
        try Command.copyDemo(into: folder, language: "en")
        let result = try Command.run(["build", "--quiet"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")

        let dutch = CatalogueTests.texts(Strings.dutch)
        let english = CatalogueTests.texts(Strings.english)
        // Whole texts (a heading, a label, an attribute) and the sentences made with values.
        var whole: Set<String> = [], sentences: Set<String> = []
        for (key, texts) in dutch where !CatalogueTests.same.contains(key) {
            let isValueKey = CatalogueTests.samples[key] != nil
            for text in texts where !(english[key] ?? []).contains(text) {
                if isValueKey { if text.count >= 12 { sentences.insert(text) } } else { whole.insert(text) }
            }
        }
        // The demo's own pages (pages/*.md) are content, written in Dutch; so are their titles in the footer.
        let freePages = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/content/pages")
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        for slug in freePages {
            let text = folder.read("content/pages/\(slug).md") ?? ""
            let lines = text.split(separator: "\n")
            if let title = lines.first(where: { $0.hasPrefix("# ") })?.dropFirst(2) ?? lines.first(where: { $0.hasPrefix("title: ") })?.dropFirst(7) {
                whole.remove(String(title))
            }
        }
        // Separators are formats, checked with the numbers; a text of a character or two is no sign of Dutch.
        whole = whole.filter { $0.count > 2 }
        #expect(whole.count > 50 && sentences.count > 30)
        let pages = folder.snapshot("site").filter { page in
            page.key.hasSuffix(".html") && !freePages.contains { page.key.hasPrefix($0 + "/") }
        }
        #expect(pages.count > 30)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<html lang=\"en\">"), "\(path)")
            for text in whole {
                #expect(!html.contains(">\(Escaping.escaped(text))<") && !html.contains("=\"\(Escaping.escaped(text, inAttribute: true))\""),
                        "\(path) has the Dutch interface text \"\(text)\"")
            }
            for sentence in sentences {
                #expect(!html.contains(Escaping.escaped(sentence)), "\(path) has the Dutch interface text \"\(sentence)\"")
            }
        }
        let overview = try #require(folder.read("site/index.html"))
        #expect(overview.contains("inhabitants") && overview.contains("Example data"), "English numbers and banner")
        let raalte = try #require(folder.read("site/municipalities/raalte/index.html"))
        #expect(raalte.contains("How does Raalte compare?"))
        let theme = try #require(folder.read("site/youth-nuisance/index.html"))
        #expect(theme.contains("<h1>Youth nuisance</h1>") && theme.contains("Lower is better."))
    }
}
