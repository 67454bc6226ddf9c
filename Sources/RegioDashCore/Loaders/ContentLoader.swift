/// Loads a content folder into a `Dataset`, collecting every problem on the
/// way: site.yaml, region.yaml, each theme through its plugin, the free pages,
/// then the checks that need everything at once.
package struct ContentLoader: Sendable {
    /// How to load.
    package struct Options: Sendable {
        /// Include narratives with `status: draft`.
        package var includeDrafts: Bool
        /// Replaces site.yaml's `base_url`.
        package var baseURL: String?
        /// The stamps of the content folder's files, when already scanned.
        package var stamps: [String: FileStamp]?
        /// What the last build knew of the files, and the narratives it rendered:
        /// a narrative whose bytes were rendered before is not rendered again.
        /// The memo is a task, so it can be read while site.yaml and region.yaml are.
        package var known: KnownFiles?
        package var memo: Task<NarrativeMemo, Never>?

        package init(includeDrafts: Bool = false, baseURL: String? = nil, stamps: [String: FileStamp]? = nil,
                     known: KnownFiles? = nil, memo: Task<NarrativeMemo, Never>? = nil) {
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.stamps = stamps
            self.known = known
            self.memo = memo
        }
    }

    /// What loading gave: the dataset (nil when site.yaml or region.yaml is
    /// unusable) and every diagnostic. Publish only when there is no error.
    package struct Result: Sendable {
        package var dataset: Dataset?
        package var diagnostics: Diagnostics
        /// The hash of every file read but the narratives (what any page may
        /// show), of every narrative file, and of each narrative on the site
        /// (each shows on a few pages only).
        package var files: [String: UInt64] = [:]
        package var narrativeFiles: [String: UInt64] = [:]
        package var narratives: [NarrativeKey: UInt64] = [:]
    }

    package let content: ContentFolder
    package let registry: ThemeRegistry
    package let options: Options

    package init(content: ContentFolder, registry: ThemeRegistry, options: Options = Options()) {
        self.content = content
        self.registry = registry
        self.options = options
    }

    package func load() async -> Result {
        var diagnostics = Diagnostics()
        guard content.exists else {
            diagnostics.error(
                "there is no content folder here: run regiodash in the folder that holds content/, or pass --content PATH",
                at: content.location(""))
            return Result(dataset: nil, diagnostics: diagnostics)
        }
        let stamps: [String: FileStamp]
        if let given = options.stamps { stamps = given } else { stamps = await ContentScan.files(of: content).stamps() }
        let total = stamps.values.reduce(0) { $0 + $1.size }
        guard total <= ContentFolder.maximumTotalSize else {
            diagnostics.error(
                "the content folder's files come to \(ContentFolder.megabytes(total)), more than the "
                    + "\(ContentFolder.megabytes(ContentFolder.maximumTotalSize)) regiodash reads in one run: "
                    + "remove what does not belong in it (exports, backups, media)",
                at: content.location(""))
            return Result(dataset: nil, diagnostics: diagnostics)
        }
        var digests: [String: UInt64] = [:]
        func read<T>(_ path: String, _ load: (TextFile, inout Diagnostics) -> T?) -> T? {
            required(path, diagnostics: &diagnostics) { file, found in
                digests[path] = file.hash
                return load(file, &found)
            }
        }
        let site = read("site.yaml") { SiteLoader.load($0, diagnostics: &$1) }
        var region = read("region.yaml") { RegionLoader.load($0, diagnostics: &$1) }
        if let loaded = region, content.contains(PopulationTable.fileName) {
            region = read(PopulationTable.fileName) { PopulationTable.merge($0, into: loaded, diagnostics: &$1) }
        }
        let pages = PageLoader.load(content, diagnostics: &diagnostics)
        for page in pages {
            digests[page.path] = page.hash
        }

        guard let region else {
            if content.contains("themes") {
                diagnostics.note("the themes were not checked, because region.yaml could not be read",
                                 at: content.location("themes"))
            }
            return Result(dataset: nil, diagnostics: diagnostics)
        }
        // With a broken site.yaml the themes are still checked, so every error shows in one run.
        var settings = site ?? SiteSettings(title: "")
        if let baseURL = options.baseURL {
            settings.baseURL = SiteLoader.normalizedBaseURL(baseURL) ?? settings.baseURL
        }
        let reading = ThemeLoader.Reading(stamps: stamps, known: options.known, memo: options.memo,
                                          includeDrafts: options.includeDrafts)
        let loaded = await loadThemes(site: settings, region: region, reading: reading, diagnostics: &diagnostics)
        var narrativeFiles: [String: UInt64] = [:]
        var narratives: [NarrativeKey: UInt64] = [:]
        for theme in loaded {
            digests.merge(theme.files) { first, _ in first }
            narrativeFiles.merge(theme.narrativeFiles) { first, _ in first }
            narratives.merge(theme.narratives) { first, _ in first }
        }
        let themes = loaded.map(\.theme)

        let dataset = Dataset(site: settings, region: region, themes: themes, pages: pages.map(\.page))
        // The checks that need the whole dataset, a task per theme, one for
        // the populations and one for the tags, side by side; their
        // diagnostics in that order.
        let checked = await withTaskGroup(of: (Int, Diagnostics).self) { group in
            for (index, theme) in dataset.themes.enumerated() {
                group.addTask {
                    var found = Diagnostics()
                    theme.check(in: dataset, diagnostics: &found)
                    FigureChecks.check(theme, in: dataset, diagnostics: &found)
                    return (index, found)
                }
            }
            group.addTask {
                var found = Diagnostics()
                checkPopulations(dataset, diagnostics: &found)
                return (dataset.themes.count, found)
            }
            group.addTask {
                var found = Diagnostics()
                TagChecks.check(dataset, diagnostics: &found)
                return (dataset.themes.count + 1, found)
            }
            var checked: [(Int, Diagnostics)] = []
            for await result in group { checked.append(result) }
            return checked.sorted { $0.0 < $1.0 }
        }
        for (_, found) in checked { diagnostics.append(contentsOf: found) }
        return Result(dataset: site == nil ? nil : dataset, diagnostics: diagnostics, files: digests,
                      narrativeFiles: narrativeFiles, narratives: narratives)
    }

    private func required<T>(_ path: String, diagnostics: inout Diagnostics,
                             _ load: (TextFile, inout Diagnostics) -> T?) -> T? {
        guard content.contains(path) else {
            diagnostics.error("\(path) is missing: every content folder needs one (see docs/CONTENT-FORMAT.md)",
                              at: content.location(path))
            return nil
        }
        guard let file = content.read(path, diagnostics: &diagnostics) else { return nil }
        return load(file, &diagnostics)
    }

    /// How many bytes of data files (CSV) the themes read side by side may
    /// come to: a data file takes many times its size while it is checked,
    /// so with many cores and large files memory stays bounded. One theme
    /// is always read, whatever its size.
    static let dataBytesAtOnce = ContentFolder.maximumFileSize

    /// The most figures (rows of data) all themes together may hold: a
    /// national edition has some 60,000; this bounds memory on any input.
    static let maximumFigures = 1_000_000

    /// Every theme folder through its plugin, the themes side by side on all
    /// cores, as far as `dataBytesAtOnce` allows.
    private func loadThemes(site: SiteSettings, region: Region, reading: ThemeLoader.Reading,
                            diagnostics: inout Diagnostics) async -> [ThemeLoader.Loaded] {
        guard let entries = content.entries(in: "themes", diagnostics: &diagnostics) else {
            diagnostics.warning("there is no themes folder: the site will show no themes",
                                at: content.location("themes"))
            return []
        }
        var folders: [(path: String, plugin: (any ThemePlugin)?)] = []
        for entry in entries {
            let path = "themes/" + entry.name
            guard entry.isDirectory else {
                diagnostics.warning("this file is not read: the themes folder holds one folder per theme",
                                    at: content.location(path))
                continue
            }
            let plugin = registry.plugin(id: entry.name)
            guard plugin != nil || content.contains(path + "/" + ThemeDeclaration.fileName) else {
                diagnostics.error(
                    "no theme is called \"\(entry.name)\" (the themes are \(registry.ids.joined(separator: ", ")); "
                        + "a theme of your own needs a theme.yaml in its folder)",
                    at: content.location(path),
                    suggestion: Suggestion.closest(to: entry.name, among: registry.plugins.map {
                        .init(keys: [$0.descriptor.id, $0.descriptor.slug.nl, $0.descriptor.slug.en,
                                     $0.descriptor.title.nl, $0.descriptor.title.en],
                              display: $0.descriptor.id)
                    }))
                continue
            }
            if plugin == nil, !Slug.isValid(entry.name) {
                diagnostics.error("a theme's folder name is its id, which may hold only a-z, 0-9 and -, like \"veilig-uitgaan\"",
                                  at: content.location(path))
                continue
            }
            folders.append((path, plugin))
        }
        let content = self.content
        let sizes = folders.map { dataBytes(in: $0.path, stamps: reading.stamps) }
        let results = await withTaskGroup(of: (Int, ThemeLoader.Loaded?, Diagnostics).self) { group in
            var results: [(Int, ThemeLoader.Loaded?, Diagnostics)] = []
            var figures = 0
            // A theme past the figure limit is dropped as soon as it is read, so memory stays bounded.
            func take(_ result: (Int, ThemeLoader.Loaded?, Diagnostics)) {
                var (index, theme, found) = result
                figures += theme?.theme.figures.observations.count ?? 0
                if figures > Self.maximumFigures, theme != nil {
                    found.error(
                        "the themes hold more than \(Diagnostics.grouped(Self.maximumFigures)) figures (rows of data), "
                            + "the most regiodash reads from one content folder: this theme is not read; "
                            + "publish fewer years or split the region",
                        at: content.location(folders[index].path))
                    theme = nil
                }
                results.append((index, theme, found))
            }
            var inFlight = 0
            for (index, folder) in folders.enumerated() {
                while inFlight > 0, inFlight + sizes[index] > Self.dataBytesAtOnce, let result = await group.next() {
                    inFlight -= sizes[result.0]
                    take(result)
                }
                inFlight += sizes[index]
                group.addTask {
                    var found = Diagnostics()
                    let prepared = await ThemeLoader.load(folder.plugin, folder: folder.path, content: content,
                                                       site: site, region: region, reading: reading, diagnostics: &found)
                    return (index, prepared, found)
                }
            }
            for await result in group { take(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var loaded: [ThemeLoader.Loaded] = []
        for (_, theme, found) in results {
            diagnostics.append(contentsOf: found)
            if let theme { loaded.append(theme) }
        }
        // The registry's themes in its order, then the declared ones by id.
        let order = Dictionary(uniqueKeysWithValues: registry.ids.enumerated().map { ($1, $0) })
        return loaded.sorted {
            (order[$0.theme.id] ?? Int.max, $0.theme.id) < (order[$1.theme.id] ?? Int.max, $1.theme.id)
        }
    }

    /// The size of the files directly in a theme folder (its data files, not its narratives).
    private func dataBytes(in folder: String, stamps: [String: FileStamp]) -> Int {
        stamps.reduce(0) { total, entry in
            let (path, stamp) = entry
            // A Character, not a String: Foundation's substring search would run once per content file.
            guard path.hasPrefix(folder + "/"), !path.dropFirst(folder.count + 1).contains("/" as Character) else { return total }
            return total + stamp.size
        }
    }

    /// Counts need the population (or the part of it they count per) of
    /// their year for their rate.
    private func checkPopulations(_ dataset: Dataset, diagnostics: inout Diagnostics) {
        var reported = Set<String>()
        for theme in dataset.themes {
            let counts = Dictionary(theme.descriptor.indicators.filter { $0.kind.hasRate }.map { ($0.id, $0) }) { a, _ in a }
            let rows = theme.figures.observations
            for index in rows.indices where rows[index].value != nil {
                guard let indicator = counts[rows[index].indicator],
                      let place = dataset.region.place(code: rows[index].municipality),
                      place.inhabitants(indicator.denominator, in: rows[index].year) == nil else { continue }
                let observation = rows[index]
                guard reported.insert("\(observation.municipality)|\(observation.year)|\(indicator.denominator?.id ?? "")").inserted
                else { continue }
                let name = dataset.region.name(of: observation.municipality)
                if let denominator = indicator.denominator {
                    diagnostics.warning(
                        "\(name) has no \(denominator.id) population for \(observation.year) in region.yaml, so "
                            + "\(indicator.id) per inhabitants \(denominator.label.en) shows as \"no figure\": add "
                            + "populations: {\(denominator.id): {\(observation.year): …}}",
                        at: observation.location, kind: "years without a population")
                } else {
                    diagnostics.warning(
                        "\(name) has no population for \(observation.year) in region.yaml, so its figures "
                            + "per 1,000 (or 10,000) inhabitants show as \"no figure\": add \(observation.year) to its population",
                        at: observation.location, kind: "years without a population")
                }
            }
        }
    }
}
