import RegioDashCore

/// The top of a municipality's profile, "at a glance": per theme its one
/// figure, its rank, above or below the region (and the benchmarks), the
/// change since the year before, and a link down to the theme's part.
struct GlanceView {
    let context: PageContext
    let municipality: Municipality
    /// The key of each theme's entry (see `PageKeys.glance`).
    let key: (Theme) -> UInt64

    func render(into html: inout HTML) {
        let strings = context.strings
        html.element("section", ["class": "glance", "aria-labelledby": "glance"]) { section in
            section.newline()
            section.heading(2, ["id": "glance"], text: strings.atAGlance)
            section.element("ul", ["class": "glance-list"]) { list in
                list.newline()
                for theme in context.dataset.themes {
                    list.fragment(key(theme), published: context.published) { entry in
                        self.entry(theme, into: &entry)
                    }
                    list.newline()
                }
            }
        }
        html.newline()
    }

    private func entry(_ theme: Theme, into html: inout HTML) {
        html.element("li", ["class": "glance-item"]) { item in
            item.heading(3) { heading in
                heading.element("a", ["href": "#\(theme.id)"], text: theme.title(context.language))
            }
            switch theme.glance(of: municipality, in: context.dataset) {
            case let .indicator(profile, index)?:
                indicator(profile, profile.rows[index], into: &item)
            case let .figure(headline)?:
                figure(headline, into: &item)
            case nil:
                item.element("p", ["class": "glance-value"], text: context.strings.noGlance)
            }
        }
    }

    /// "Integrale controles: 1,31 per 10.000 inwoners in 2023", then its
    /// rank, place against the region and the benchmarks, and the change.
    private func indicator(_ profile: IndicatorProfile, _ row: IndicatorProfile.Row, into html: inout HTML) {
        let words = ProfileWords(context: context, profile: profile)
        html.element("p", ["class": "glance-value"]) { line in
            line.element("strong", text: row.indicator.label[context.language] + ": ")
            line.text(words.value(row))
        }
        guard row.measure != nil else { return }
        html.element("ul", ["class": "glance-facts"]) { facts in
            if let rank = words.rank(row) { facts.element("li", text: rank) }
            if let position = words.position(row) { facts.element("li", text: position) }
            if let benchmarks = words.benchmarks(row) { facts.element("li", text: benchmarks) }
            if let change = words.change(row), let direction = row.direction {
                facts.element("li") { fact in
                    fact.element("span", ["class": "arrow", "aria-hidden": "true"], text: ProfileWords.arrow(direction) + " ")
                    fact.text(change)
                }
            }
        }
    }

    /// "Gebieden met een geldig certificaat: 1", and its line of context.
    private func figure(_ headline: Headline, into html: inout HTML) {
        html.element("p", ["class": "glance-value"]) { line in
            line.element("strong", text: headline.label[context.language] + ": ")
            line.text(context.format.value(headline.value, headline.kind))
        }
        if let detail = headline.detail {
            html.element("ul", ["class": "glance-facts"]) { $0.element("li", text: detail[context.language]) }
        }
    }
}
