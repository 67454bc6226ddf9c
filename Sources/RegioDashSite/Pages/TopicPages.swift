import RegioDashCore

/// `onderwerpen/`: every topic of the narratives, with how many carry it.
/// Written even when no narrative has tags, as the footer always links it.
struct TopicsPage {
    let context: PageContext
    let topics: [Topics.Topic]

    func render() -> MadeFile {
        let strings = context.strings
        let narratives = Set(topics.flatMap { $0.passages.map { NarrativeKey($0.narrative) } }).count
        let lead = topics.isEmpty ? strings.topicsNone : strings.topicsLead(topics.count, narratives)
        return PageLayout(context: context).render(
            title: strings.topicsTitle, menuItem: nil,
            crumbs: [.init(label: strings.overview, path: Routes.overview)],
            description: lead
        ) { main in
            main.element("h1", text: strings.topicsTitle)
            main.newline()
            main.element("p", ["class": "lead"], text: lead)
            main.newline()
            Self.list(topics, context: context, into: &main)
        }
    }

    /// The topics in the alphabet's order, each with its count (also the search page's fallback).
    static func list(_ topics: [Topics.Topic], context: PageContext, into html: inout HTML) {
        guard !topics.isEmpty else { return }
        html.element("ul", ["class": "topics"]) { list in
            list.newline()
            for topic in topics.sorted(by: { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }) {
                list.element("li") { item in
                    item.element("a", ["href": context.link(context.routes.topic(topic.slug))], text: topic.name)
                    item.element("span", ["class": "topic-count"], text: " (\(context.strings.topicCount(topic.passages.count)))")
                }
                list.newline()
            }
        }
        html.newline()
    }
}

/// `onderwerpen/<tag>/`: every municipality-year passage with the tag,
/// theme by theme, each with its title and summary and a link to the whole
/// text on the municipality's profile.
struct TopicPage {
    let context: PageContext
    let topic: Topics.Topic

    func render() -> MadeFile {
        let strings = context.strings
        let municipalities = Set(topic.passages.map(\.municipality.code)).count
        let lead = strings.topicLead(topic.name, topic.passages.count, municipalities)
        let title = strings.topicTitle(topic.name)
        return PageLayout(context: context).render(
            title: title, menuItem: nil,
            crumbs: [.init(label: strings.overview, path: Routes.overview),
                     .init(label: strings.topicsTitle, path: context.routes.topics)],
            description: lead
        ) { main in
            main.element("h1", text: title)
            main.newline()
            main.element("p", ["class": "lead"], text: lead)
            main.newline()
            for theme in context.dataset.themes {
                let passages = topic.passages.filter { $0.narrative.theme == theme.id }
                guard !passages.isEmpty else { continue }
                main.element("section", ["aria-labelledby": "theme-\(theme.id)"]) { section in
                    section.newline()
                    section.element("h2", ["id": "theme-\(theme.id)"], text: theme.title(context.language))
                    section.newline()
                    for passage in passages { self.passage(passage, into: &section) }
                }
                main.newline()
            }
        }
    }

    private func passage(_ passage: NarrativeList.Entry, into html: inout HTML) {
        let narrative = passage.narrative
        let profile = context.link(context.routes.profile(passage.municipality)) + "#" + NarrativesView.anchor(narrative)
        html.element("article", ["class": "passage"]) { article in
            article.element("h3") { heading in
                heading.element("a", ["href": profile]) { link in
                    link.text(passage.municipality.name)
                    link.element("span", ["class": "narrative-year"], text: " · \(narrative.year)")
                }
            }
            if let title = narrative.title {
                article.element("p", ["class": "narrative-title"], text: title)
            }
            if let line = narrative.summary ?? (narrative.excerpt.isEmpty ? nil : narrative.excerpt) {
                article.element("p", ["class": "narrative-summary"], text: line)
            }
        }
        html.newline()
    }
}
