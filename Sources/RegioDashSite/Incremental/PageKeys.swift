import RegioDashCore

/// What each file of the site reads, as one hash per file: a file is made
/// again only when its key changes, and its key changes whenever anything
/// it reads does. The program and its options (`Fingerprint`) and every
/// file outside `themes/` (site.yaml, region.yaml, population.csv, pages/)
/// are read by every file. Beyond that:
///
/// - the overview and the free pages read every theme; each theme's card
///   on the overview (a `Fragment`) reads that theme, as its downloads do;
/// - a theme's pages, downloads and parts of profiles read the reference
///   date, which without `reference_date` comes from every theme's years;
/// - a theme's pages read that theme's own files and, for the menu, every
///   theme's title and address; a theme's page for a year shows that
///   year's narratives of the theme, and no others;
/// - a profile reads every theme and the municipality's own narratives;
///   each theme's part of it (a `Fragment`) reads that theme and the
///   municipality's own narratives of it; each theme's entry in its "at a
///   glance" (a `Fragment`) reads that theme, as its card does;
/// - a municipality's handout on a theme reads what that theme's part of
///   its profile reads, and the menu;
/// - a theme's downloads read that theme (with the reference date) alone;
/// - a topic's page reads the narratives that carry its tag, the menu (for
///   the themes' titles) and the reference date (in the footer); the
///   topics' index reads every topic's name and count;
/// - the search's terms read every text (`SearchFiles`), its list of what
///   each number is reads which narratives there are, and each file of
///   texts reads its own texts.
///
/// The byte-for-byte comparison with full builds in IncrementalTests is
/// what keeps this list true.
struct PageKeys: Sendable {
    /// The program and its options alone: what the stylesheet reads.
    let program: UInt64
    /// What every file reads: the fingerprint and the files outside themes/.
    let shared: UInt64
    /// What the overview reads: everything but the narratives.
    let layout: UInt64
    private let themes: [String: UInt64]
    private let menu: UInt64
    /// The narratives' hashes, each with its key, summed per theme and
    /// year, per municipality, and per municipality and theme: a sum is the
    /// same whatever order the narratives come in, so nothing is sorted.
    private let narrativesByThemeYear: [String: UInt64]
    private let narrativesByMunicipality: [String: UInt64]
    private let narrativesByPart: [String: UInt64]
    /// The narratives' hashes summed per tag (by its slug); the topics' names and counts.
    private let narrativesByTopic: [String: UInt64]
    private let topicList: UInt64
    /// Each narrative's term (its key and hash), and all of them summed.
    private let narrativeTerms: [NarrativeKey: UInt64]
    private let allNarratives: UInt64
    private let date: UInt64

    init(dataset: Dataset, files: [String: UInt64], narratives: [NarrativeKey: UInt64], fingerprint: UInt64) {
        program = fingerprint
        var shared: [UInt64] = [fingerprint]
        var byTheme: [String: [UInt64]] = [:]
        for (path, hash) in files.sorted(by: { $0.key < $1.key }) {
            let part = ContentHash.combine(ContentHash.of(path), hash)
            if path.hasPrefix("themes/"), let theme = path.split(separator: "/").dropFirst().first {
                byTheme[String(theme), default: []].append(part)
            } else {
                shared.append(part)
            }
        }
        self.shared = ContentHash.combine(shared)
        // Without reference_date in site.yaml, the date comes from every theme's
        // years (`Dataset.referenceDate`); a theme's views may read it (kvo does).
        let date = dataset.referenceDate.map { ContentHash.of("\($0.year)-\($0.month)-\($0.day)") } ?? 0
        self.date = date
        var themes: [String: UInt64] = [:]
        for theme in dataset.themes {
            themes[theme.id] = ContentHash.combine([self.shared, date, ContentHash.of(theme.id)] + (byTheme[theme.id] ?? [])
                + theme.years.map { UInt64($0) })
        }
        self.themes = themes
        let language = dataset.site.language
        menu = ContentHash.combine(dataset.themes.map {
            ContentHash.of("\($0.title(language))\t\($0.slug(language))\t\($0.currentYear ?? 0)")
        })
        layout = ContentHash.combine([self.shared] + dataset.themes.map { themes[$0.id] ?? 0 })
        var byThemeYear: [String: UInt64] = [:]
        var byMunicipality: [String: UInt64] = [:]
        var byPart: [String: UInt64] = [:]
        var terms: [NarrativeKey: UInt64] = [:]
        for (key, hash) in narratives {
            let which = ContentHash.combine(ContentHash.combine(ContentHash.of(key.theme), ContentHash.of(key.municipality)),
                                            UInt64(key.year))
            let term = ContentHash.combine(which, hash)
            byThemeYear["\(key.theme)/\(key.year)", default: 0] &+= term
            byMunicipality[key.municipality, default: 0] &+= term
            byPart["\(key.municipality)/\(key.theme)", default: 0] &+= term
            terms[key] = term
        }
        // Of the narratives the site shows (no drafts unless asked for): the sum, and per tag.
        var byTopic: [String: UInt64] = [:]
        var shown: UInt64 = 0
        for theme in dataset.themes {
            for narrative in theme.narratives {
                let key = NarrativeKey(narrative)
                let term = terms[key] ?? ContentHash.of("\(key.theme)/\(key.municipality)/\(key.year)")
                shown &+= term
                for tag in narrative.tags { byTopic[tag.slug, default: 0] &+= term }
            }
        }
        topicList = ContentHash.combine(Topics(dataset).all.map {
            ContentHash.combine([ContentHash.of($0.slug), ContentHash.of($0.name), UInt64($0.passages.count)])
        })
        narrativeTerms = terms
        allNarratives = shown
        narrativesByTopic = byTopic
        narrativesByThemeYear = byThemeYear
        narrativesByMunicipality = byMunicipality
        narrativesByPart = byPart
    }

    /// A theme's downloads, and its card on the overview.
    func theme(_ theme: String) -> UInt64 {
        themes[theme] ?? layout
    }

    /// A theme's page for a year: the theme, the menu and that year's narratives.
    func themeYear(_ theme: String, _ year: Int?) -> UInt64 {
        ContentHash.combine([self.theme(theme), menu, UInt64(year ?? 0), narrativesByThemeYear["\(theme)/\(year ?? 0)"] ?? 0])
    }

    /// A theme's part of a municipality's profile (a `Fragment`): the theme
    /// and the municipality's own narratives of it.
    func profilePart(_ municipality: String, theme: String) -> UInt64 {
        ContentHash.combine([self.theme(theme), ContentHash.of(municipality), narrativesByPart["\(municipality)/\(theme)"] ?? 0])
    }

    /// A theme's entry in "at a glance" at the top of a municipality's
    /// profile (a `Fragment`): like the theme's card on the overview, the
    /// theme without its narratives.
    func glance(_ municipality: String, theme: String) -> UInt64 {
        ContentHash.combine([self.theme(theme), ContentHash.of(municipality), ContentHash.of("glance")])
    }

    /// A municipality's handout on a theme: what the theme's part of its
    /// profile reads, and the menu.
    func handout(_ municipality: String, theme: String) -> UInt64 {
        ContentHash.combine([profilePart(municipality, theme: theme), menu, ContentHash.of("handout")])
    }

    /// A municipality's profile: everything but the narratives, and its own narratives.
    func profile(_ municipality: String) -> UInt64 {
        ContentHash.combine([layout, ContentHash.of(municipality), narrativesByMunicipality[municipality] ?? 0])
    }

    /// A topic's page: the narratives with its tag, the menu and the reference date.
    func topic(_ slug: String) -> UInt64 {
        ContentHash.combine([shared, menu, date, ContentHash.of(slug), narrativesByTopic[slug] ?? 0])
    }

    /// The topics' index: every topic's name and count, the menu and the reference date.
    var topics: UInt64 {
        ContentHash.combine([shared, menu, date, ContentHash.of("topics"), topicList])
    }

    /// The search's page: its topics, and the themes, municipalities and years of its filters.
    var search: UInt64 {
        ContentHash.combine([topics, layout, ContentHash.of("search")])
    }

    /// The search's list of what each number is: the menu, the region, and which narratives there are.
    func searchMeta(_ corpus: SearchCorpus, shards: Int) -> UInt64 {
        var parts = [shared, menu, UInt64(shards), UInt64(corpus.documents.count)]
        for group in corpus.groups {
            parts.append(ContentHash.combine([UInt64(group.theme), UInt64(group.year), UInt64(group.start)]
                + group.municipalities.map { UInt64($0) }))
        }
        return ContentHash.combine(parts)
    }

    /// The search's terms: every text there is.
    func searchTerms(shards: Int) -> UInt64 {
        ContentHash.combine([shared, menu, allNarratives, UInt64(shards), ContentHash.of("terms")] + themes.values.sorted())
    }

    /// One file of the search's texts: those texts.
    func searchChunk(_ documents: ArraySlice<SearchCorpus.Document>, chunk: Int) -> UInt64 {
        var parts = [shared, menu, UInt64(chunk), ContentHash.of("texts")]
        for document in documents {
            switch document.source {
            case let .narrative(narrative):
                parts.append(narrativeTerms[NarrativeKey(narrative)] ?? ContentHash.of(document.path))
            case let .intro(theme):
                parts.append(self.theme(theme.id))
            case let .page(page):
                parts.append(ContentHash.of(page.slug))
            }
        }
        return ContentHash.combine(parts)
    }
}
