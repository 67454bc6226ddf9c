/// The site's topics: every narrative's tags, one topic per slug
/// (`Tag.slug`), each with the passages that carry it.
package struct Topics: Sendable {
    /// One topic and its passages.
    package struct Topic: Sendable {
        /// Its address, `onderwerpen/<slug>/`.
        package var slug: String
        /// The spelling most narratives use (the first in the alphabet between equals).
        package var name: String
        /// Theme by theme in the site's order, newest year first, each year in the region's order.
        package var passages: [NarrativeList.Entry]
    }

    /// In the order of their slugs.
    package let all: [Topic]

    package init(_ dataset: Dataset) {
        var passages: [String: [NarrativeList.Entry]] = [:]
        var spellings: [String: [String: Int]] = [:]
        for theme in dataset.themes where theme.narratives.contains(where: { !$0.tags.isEmpty }) {
            for year in theme.years.reversed() {
                for entry in NarrativeList(theme: theme, year: year, region: dataset.region).entries {
                    for tag in entry.narrative.tags {
                        passages[tag.slug, default: []].append(entry)
                        spellings[tag.slug, default: [:]][tag.name, default: 0] += 1
                    }
                }
            }
        }
        all = passages.keys.sorted().map { slug in
            let name = (spellings[slug] ?? [:]).min { ($1.value, $0.key) < ($0.value, $1.key) }?.key ?? slug
            return Topic(slug: slug, name: name, passages: passages[slug] ?? [])
        }
    }
}
