/// Tags that are nearly another: `drug` beside `drugs`, `Vuurwerk` beside
/// `vuurwerk`. Each would split a topic over two pages or show it spelt two
/// ways, so every narrative with the less used form is warned, with the
/// more used form as suggestion. Two tags are near when Snowball's stemmer
/// (in the site's language) makes the same of their slugs' words.
enum TagChecks {
    static func check(_ dataset: Dataset, diagnostics: inout Diagnostics) {
        let topics = Topics(dataset).all
        guard !topics.isEmpty else { return }
        let stemmer = Stemmer(dataset.site.language)
        func stemmed(_ slug: String) -> String {
            slug.split(separator: "-").map { stemmer.stem(String($0)) }.joined(separator: "-")
        }
        var groups: [String: [Topics.Topic]] = [:]
        for topic in topics { groups[stemmed(topic.slug), default: []].append(topic) }
        // How many narratives write each spelling.
        var uses: [String: Int] = [:]
        for topic in topics {
            for passage in topic.passages {
                for tag in passage.narrative.tags where tag.slug == topic.slug { uses[tag.name, default: 0] += 1 }
            }
        }
        for topic in topics {
            // The group's most used spelling; between equals, the first in the alphabet.
            let spellings = (groups[stemmed(topic.slug)] ?? [topic]).flatMap { member in
                member.passages.flatMap { $0.narrative.tags.filter { $0.slug == member.slug }.map(\.name) }
            }
            guard let preferred = Set(spellings).min(by: { (uses[$1] ?? 0, $0) < (uses[$0] ?? 0, $1) }) else { continue }
            let count = uses[preferred] ?? 0
            for passage in topic.passages {
                for tag in passage.narrative.tags where tag.slug == topic.slug && tag.name != preferred {
                    diagnostics.warning(
                        "the tag \"\(tag.name)\" is nearly \"\(preferred)\", which \(count == 1 ? "1 narrative uses" : "\(count) narratives use"): "
                            + "write it one way everywhere, so the passages share one topic page",
                        at: tag.location, suggestion: preferred, kind: "tags written like another")
                }
            }
        }
    }
}
