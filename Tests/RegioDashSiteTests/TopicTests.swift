import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing

@Suite("Topics: a page per tag with every passage that carries it, in Dutch and English")
struct TopicTests {
    private static let narratives = [
        "themes/sample/raalte/2021.md": "---\ntitle: Raalte 2021\nsummary: Een vuurwerkvrije zone.\ntags: [vuurwerk]\n---\nTekst.\n",
        "themes/sample/raalte/2022.md": "---\ntitle: Raalte 2022\nsummary: Controles.\ntags: [vuurwerk, drugs]\n---\nTekst.\n",
        "themes/sample/zwolle/2022.md": "---\nsummary: Een campagne.\ntags: [vuurwerk]\n---\nTekst.\n",
        "themes/sample/olst-wijhe/2022.md": "Zonder onderwerpen.\n",
    ]

    private func site(_ extra: [String: String] = [:]) async throws -> Workspace {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData].merging(Self.narratives) { a, _ in a }.merging(extra) { _, b in b })
        let report = await workspace.build()
        #expect(report.written, "\(report.diagnostics.sorted)")
        return workspace
    }

    private func main(_ page: String) -> String {
        page.firstMatch(of: /<main[^>]*>(.*?)<\/main>/.dotMatchesNewlines()).map { String($0.1) } ?? ""
    }

    /// The texts of every `element` in `html`.
    private func texts(_ html: String, _ element: String) throws -> [String] {
        try html.matches(of: Regex("<\(element)[^>]*>(.*?)</\(element)>").dotMatchesNewlines())
            .compactMap { $0.output[1].substring.map { HTMLProbe.text(String($0)) } }
    }

    @Test("Dutch: the index counts topics and narratives, a topic's page lists its passages theme by theme, newest first, in the region's order")
    func dutch() async throws {
        let workspace = try await site()
        defer { workspace.remove() }
        let index = main(workspace.page("onderwerpen/index.html"))
        #expect(index.contains("Bij 3 verhalen staan 2 onderwerpen."))
        let list = try #require(index.firstMatch(of: /<ul class="topics">(.*?)<\/ul>/.dotMatchesNewlines()).map { String($0.1) })
        #expect(try texts(list, "li") == ["drugs (1 verhaal)", "vuurwerk (3 verhalen)"])
        #expect(index.contains("href=\"vuurwerk/index.html\""))

        let fireworks = main(workspace.page("onderwerpen/vuurwerk/index.html"))
        #expect(try texts(fireworks, "h1") == ["Onderwerp: vuurwerk"])
        #expect(fireworks.contains("Bij 3 verhalen van 2 gemeenten staat het onderwerp ‘vuurwerk’."))
        #expect(try texts(fireworks, "h2") == ["Voorbeeld"])
        #expect(try texts(fireworks, "h3") == ["Raalte · 2022", "Zwolle · 2022", "Raalte · 2021"])
        #expect(fireworks.contains("href=\"../../gemeenten/raalte/index.html#sample-2022\""))
        #expect(fireworks.contains("Een campagne.") && fireworks.contains("Een vuurwerkvrije zone."))
        #expect(!fireworks.contains("Zonder onderwerpen"))

        let drugs = main(workspace.page("onderwerpen/drugs/index.html"))
        #expect(drugs.contains("Bij 1 verhaal van 1 gemeente staat het onderwerp ‘drugs’."))
        #expect(try texts(drugs, "h3") == ["Raalte · 2022"])
    }

    @Test("tags show on the narratives, singular or plural, each linking to its topic; every page's footer links the topics")
    func onNarratives() async throws {
        let workspace = try await site()
        defer { workspace.remove() }
        let theme = workspace.page("voorbeeld/index.html")
        let tags = theme.matches(of: /<p class="tags">(.*?)<\/p>/).map { String($0.1) }
        #expect(tags.map(HTMLProbe.text) == ["Onderwerpen: vuurwerk, drugs", "Onderwerp: vuurwerk"])
        #expect(tags.first?.contains("<a href=\"../onderwerpen/drugs/index.html\">drugs</a>") == true)
        let profile = workspace.page("gemeenten/raalte/index.html")
        #expect(profile.contains("<p class=\"tags\">Onderwerp: <a href=\"../../onderwerpen/vuurwerk/index.html\">vuurwerk</a></p>"))
        #expect(workspace.page("index.html").contains("<a href=\"onderwerpen/index.html\">Onderwerpen</a>"))
        #expect(workspace.page("onderwerpen/vuurwerk/index.html").contains("<a href=\"../index.html\">Onderwerpen</a>"))
    }

    @Test("English: topics/, the same counts in English words")
    func english() async throws {
        let workspace = try await site(["site.yaml": Fixtures.site.replacing("language: nl", with: "language: en")])
        defer { workspace.remove() }
        #expect(main(workspace.page("topics/index.html")).contains("3 narratives carry 2 topics."))
        let drugs = main(workspace.page("topics/drugs/index.html"))
        #expect(try texts(drugs, "h1") == ["Topic: drugs"])
        #expect(drugs.contains("1 narrative from 1 municipality carries the topic ‘drugs’."))
        #expect(main(workspace.page("topics/fireworks/index.html")).isEmpty)
        #expect(main(workspace.page("topics/vuurwerk/index.html")).contains("3 narratives from 2 municipalities carry the topic ‘vuurwerk’."))
        #expect(workspace.page("sample/index.html").contains("Topics: <a href=\"../topics/vuurwerk/index.html\">vuurwerk</a>"))
    }

    @Test("without tags the index says there are none yet; one narrative with one tag says 1 and 1")
    func few() async throws {
        let none = try Workspace(["themes/sample/data.csv": sampleData, "themes/sample/raalte/2022.md": "Tekst.\n"])
        defer { none.remove() }
        #expect(await none.build().written)
        let index = main(none.page("onderwerpen/index.html"))
        #expect(index.contains("Bij de verhalen staan nog geen onderwerpen."))
        #expect(!index.contains("<ul"))

        let one = try Workspace(["themes/sample/data.csv": sampleData, "themes/sample/raalte/2022.md": "---\ntags: [drugs]\n---\nTekst.\n"])
        defer { one.remove() }
        #expect(await one.build().written)
        #expect(main(one.page("onderwerpen/index.html")).contains("Bij 1 verhaal staat 1 onderwerp."))
    }

    @Test("a free page called onderwerpen would take the topics' place: an error")
    func reserved() async throws {
        let workspace = try Workspace(["themes/sample/data.csv": sampleData, "pages/onderwerpen.md": "# Onderwerpen\n\nTekst.\n"])
        defer { workspace.remove() }
        let report = await workspace.build()
        #expect(!report.written)
        #expect(report.diagnostics.all.contains {
            $0.severity == .error && $0.location.path.hasSuffix("pages/onderwerpen.md") && $0.text.contains("is used by the site itself")
        })
    }
}
