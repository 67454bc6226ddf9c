import RegioDashCore

/// Turns a dataset into the files of the site: a pure function, the same
/// dataset always giving the same bytes.
struct SiteRenderer: Sendable {
    let dataset: Dataset

    private var strings: Strings { Strings.of(dataset.site.language) }
    private var routes: Routes { Routes(language: dataset.site.language, strings: strings) }

    /// Problems with the URL plan: a free page whose slug another part of
    /// the site uses. Checked before anything is rendered.
    func check(content: ContentFolder, diagnostics: inout Diagnostics) {
        let themeSlugs = Dictionary(dataset.themes.map { ($0.slug(dataset.site.language), $0.title(dataset.site.language)) }) { a, _ in a }
        for page in dataset.pages {
            if let theme = themeSlugs[page.slug] {
                diagnostics.error(
                    "the page \"\(page.slug)\" would replace the page of the theme \(theme): rename the file", at: page.location)
            } else if routes.reservedFolders.contains(page.slug) {
                diagnostics.error(
                    "the page name \"\(page.slug)\" is used by the site itself (\(routes.reservedFolders.joined(separator: ", "))): rename the file",
                    at: page.location)
            }
        }
        var themeAt: [String: String] = [:]
        for theme in dataset.themes {
            let slug = theme.slug(dataset.site.language)
            let here = content.location("themes/\(theme.id)/theme.yaml")
            if let other = themeAt[slug] {
                diagnostics.error("the themes \(other) and \(theme.id) would both be at \(slug)/: give one of them another "
                                    + "slug in its theme.yaml", at: here)
            } else if routes.reservedFolders.contains(slug) {
                diagnostics.error("the slug \"\(slug)\" is used by the site itself (\(routes.reservedFolders.joined(separator: ", "))): "
                                    + "give the theme another slug in its theme.yaml", at: here)
            }
            themeAt[slug] = theme.id
        }
        if dataset.site.baseURL == nil {
            diagnostics.note(
                "site.yaml has no base_url, so the theme pages link each chart's page to embed but cannot give the "
                    + "<iframe> code to copy (it needs the site's address): set base_url, or give --base-url",
                at: content.location("site.yaml"))
        }
        if FreePages.usesStandardStatement(dataset, strings: strings) {
            diagnostics.note(
                "there is no pages/\(strings.accessibilitySlug).md, so the site carries regiodash's standard accessibility "
                    + "statement: publish your own, with the results of your audit",
                at: content.location("pages/\(strings.accessibilitySlug).md"))
        }
    }

    /// Every file of the site, to be made, each with its key; `feed` is
    /// what the feed and the "what's new" page tell.
    func jobs(keys: PageKeys, feed: FeedHistory = FeedHistory()) -> [OutputJob] {
        let dataset = self.dataset
        let charts = ChartCache()
        let sizes = PageSizes()
        var jobs: [OutputJob] = []
        func page(_ path: String, key: UInt64, handout: Bool = false, _ render: @escaping @Sendable (PageContext) -> MadeFile) {
            jobs.append(OutputJob(path: path, key: key) {
                render(PageContext(dataset: dataset, path: path, charts: charts, sizes: sizes, published: $0, isHandout: handout))
            })
        }

        // The downloads first: they are the largest files, and one made last
        // keeps a core busy while the others have nothing left to do.
        // Each theme's table is made once, for its files and the data package; the CSVs come
        // first and the JSONs after them, so the two files of a theme are
        // rarely made at the same time.
        let language = dataset.site.language
        let license = dataset.site.license
        let downloads = dataset.themes.map { theme in (theme, Once(uses: 3) { theme.download(in: dataset) }) }
        for (theme, table) in downloads {
            jobs.append(OutputJob(path: routes.download(theme, format: "csv"), key: keys.theme(theme.id), bytes: {
                CSVWriter.write(table.get())
            }))
        }
        for (theme, table) in downloads {
            jobs.append(OutputJob(path: routes.download(theme, format: "json"), key: keys.theme(theme.id), bytes: {
                JSONWriter.write(table.get(), theme: theme, language: language, license: license)
            }))
        }
        // The data package describes every CSV: a frame around one resource per theme, each keyed like its downloads.
        let site = dataset.site
        let resources = downloads.map { theme, table in
            DataPackageWriter.Download(theme: theme, key: keys.theme(theme.id), table: { table.get() })
        }
        jobs.append(OutputJob(path: Routes.dataPackage, key: keys.layout) { published in
            DataPackageWriter.write(resources, site: site, published: published)
        })
        page(Routes.overview, key: keys.layout) { OverviewPage(context: $0, cardKey: { keys.theme($0.id) }).render() }
        for theme in dataset.themes {
            let years: [Int?] = theme.years.isEmpty ? [nil] : theme.years.reversed()
            for year in years {
                page(routes.theme(theme, year: year), key: keys.themeYear(theme.id, year)) {
                    ThemePage(context: $0, theme: theme, year: year).render()
                }
            }
        }
        // Each municipality's handouts come after the next one's profile: by
        // then its own profile is made, and the handouts take its figures
        // from `ChartCache.shared` instead of drawing them again.
        func handouts(_ municipality: Municipality) {
            for theme in dataset.themes {
                page(routes.handout(municipality, theme), key: keys.handout(municipality.code, theme: theme.id), handout: true) {
                    HandoutPage(context: $0, municipality: municipality, theme: theme).render()
                }
            }
        }
        let municipalities = dataset.region.municipalities
        for (index, municipality) in municipalities.enumerated() {
            page(routes.profile(municipality), key: keys.profile(municipality.code)) {
                ProfilePage(context: $0, municipality: municipality,
                            partKey: { keys.profilePart(municipality.code, theme: $0.id) },
                            glanceKey: { keys.glance(municipality.code, theme: $0.id) }).render()
            }
            if index > 0 { handouts(municipalities[index - 1]) }
        }
        if let last = municipalities.last { handouts(last) }
        for freePage in FreePages.all(in: dataset, strings: strings) {
            page(routes.page(freePage.slug), key: keys.layout) { FreePageView(context: $0, page: freePage).render() }
        }
        let topics = Topics(dataset).all
        page(routes.topics, key: keys.topics) { TopicsPage(context: $0, topics: topics).render() }
        for topic in topics {
            page(routes.topic(topic.slug), key: keys.topic(topic.slug)) { TopicPage(context: $0, topic: topic).render() }
        }
        page(routes.search, key: keys.search) { SearchPage(context: $0, topics: topics).render() }
        // The feed and its page read the publications' history, and the site's settings and reference date.
        let entries = feed.entries
        let feedKey = ContentHash.combine(keys.layout, feed.key)
        page(routes.whatsNew, key: feedKey) { WhatsNewPage(context: $0, entries: entries).render() }
        jobs.append(OutputJob(path: Routes.feed, key: feedKey, bytes: { [routes] in
            FeedWriter.write(entries, dataset: dataset, routes: routes)
        }))
        jobs += ChartFiles.jobs(dataset: dataset, keys: keys, routes: routes)
        for theme in dataset.themes {
            // What the theme page shows, worked out by the first of its embeds that is made.
            let shown = Once { EmbedPage.Shown(theme, in: dataset) }
            for indicator in EmbedPage.indicators(of: theme) {
                page(routes.embed(theme, indicator: indicator), key: keys.theme(theme.id)) {
                    EmbedPage(context: $0, theme: theme, indicator: indicator, shown: shown.get()).render()
                }
            }
        }
        jobs += SearchFiles.jobs(dataset: dataset, keys: keys, routes: routes, strings: strings)
        jobs.append(OutputJob(path: Routes.stylesheet, key: keys.program, bytes: { Array(Stylesheet.css.utf8) }))
        // Embeds are parts of other sites' pages, not pages of this one to find.
        let pages = jobs.filter { $0.isPage && !$0.path.hasPrefix(Routes.embedFolder + "/") }.map(\.path)
        let baseURL = dataset.site.baseURL
        // The sitemap lists the pages, which topics come and go with: its key reads their paths.
        let sitemapKey = ContentHash.combine([keys.layout] + pages.map { ContentHash.of($0) })
        jobs.append(OutputJob(path: Routes.sitemap, key: sitemapKey, bytes: { Array(Sitemap.write(pages: pages, baseURL: baseURL).utf8) }))
        return jobs
    }
}
