/// Loads a content folder into a `Dataset`, collecting every problem on the
/// way: site.yaml, region.yaml, each theme through its plugin, the free pages,
/// then the checks that need everything at once.
public struct ContentLoader: Sendable {
    /// How to load.
    public struct Options: Sendable {
        /// Include narratives with `status: draft`.
        public var includeDrafts: Bool
        /// Replaces site.yaml's `base_url`.
        public var baseURL: String?

        public init(includeDrafts: Bool = false, baseURL: String? = nil) {
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
        }
    }

    /// What loading gave: the dataset (nil when site.yaml or region.yaml is
    /// unusable) and every diagnostic. Publish only when there is no error.
    public struct Result: Sendable {
        public var dataset: Dataset?
        public var diagnostics: Diagnostics
    }

    public let content: ContentFolder
    public let registry: ThemeRegistry
    public let options: Options

    public init(content: ContentFolder, registry: ThemeRegistry, options: Options = Options()) {
        self.content = content
        self.registry = registry
        self.options = options
    }

    public func load() async -> Result {
        var diagnostics = Diagnostics()
        guard content.exists else {
            diagnostics.error(
                "there is no content folder here: run regiodash in the folder that holds content/, or pass --content PATH",
                at: content.location(""))
            return Result(dataset: nil, diagnostics: diagnostics)
        }
        let site = required("site.yaml", diagnostics: &diagnostics) { SiteLoader.load($0, diagnostics: &$1) }
        let region = required("region.yaml", diagnostics: &diagnostics) { RegionLoader.load($0, diagnostics: &$1) }
        let pages = PageLoader.load(content, diagnostics: &diagnostics)

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
        let context = LoadContext(site: settings, region: region)
        let themes = await loadThemes(context: context, diagnostics: &diagnostics)
        let dataset = Dataset(site: settings, region: region, themes: themes, pages: pages)
        for theme in dataset.themes {
            theme.check(in: dataset, diagnostics: &diagnostics)
            FigureChecks.check(theme, in: dataset, content: content, diagnostics: &diagnostics)
        }
        checkPopulations(dataset, diagnostics: &diagnostics)
        return Result(dataset: site == nil ? nil : dataset, diagnostics: diagnostics)
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

    /// Every theme folder, each through its plugin, the themes side by side on all cores.
    private func loadThemes(context: LoadContext, diagnostics: inout Diagnostics) async -> [Theme] {
        guard let entries = content.entries(in: "themes", diagnostics: &diagnostics) else {
            diagnostics.warning("there is no themes folder: the site will show no themes",
                                at: content.location("themes"))
            return []
        }
        var folders: [(path: String, plugin: any ThemePlugin)] = []
        for entry in entries {
            let path = "themes/" + entry.name
            guard entry.isDirectory else {
                diagnostics.warning("this file is not read: the themes folder holds one folder per theme",
                                    at: content.location(path))
                continue
            }
            guard let plugin = registry.plugin(id: entry.name) else {
                diagnostics.error(
                    "no theme is called \"\(entry.name)\": the themes are \(registry.ids.joined(separator: ", "))",
                    at: content.location(path),
                    suggestion: Suggestion.closest(to: entry.name, among: registry.plugins.map {
                        .init(keys: [$0.descriptor.id, $0.descriptor.slug.nl, $0.descriptor.slug.en,
                                     $0.descriptor.title.nl, $0.descriptor.title.en],
                              display: $0.descriptor.id)
                    }))
                continue
            }
            folders.append((path, plugin))
        }
        let content = self.content
        let includeDrafts = options.includeDrafts
        let loaded = await withTaskGroup(of: (Int, Theme, Diagnostics).self) { group in
            for (index, folder) in folders.enumerated() {
                group.addTask {
                    var found = Diagnostics()
                    let theme = ThemeLoader.load(folder.plugin, folder: folder.path, content: content, context: context,
                                                 includeDrafts: includeDrafts, diagnostics: &found)
                    return (index, theme, found)
                }
            }
            var results: [(Int, Theme, Diagnostics)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var byID: [String: Theme] = [:]
        for (_, theme, found) in loaded {
            diagnostics.append(contentsOf: found)
            byID[theme.id] = theme
        }
        return registry.ids.compactMap { byID[$0] }
    }

    /// Counts need the population of their year for the per-1,000 figure.
    private func checkPopulations(_ dataset: Dataset, diagnostics: inout Diagnostics) {
        var reported = Set<String>()
        for theme in dataset.themes {
            let counts = Set(theme.descriptor.indicators.filter { $0.kind.hasPerThousand }.map(\.id))
            for observation in theme.figures.observations where observation.value != nil && counts.contains(observation.indicator) {
                guard let municipality = dataset.region.municipality(code: observation.municipality),
                      municipality.population[observation.year] == nil,
                      reported.insert("\(municipality.code)|\(observation.year)").inserted else { continue }
                diagnostics.warning(
                    "\(municipality.name) has no population for \(observation.year) in region.yaml, so its figures "
                        + "per 1,000 inhabitants show as \"no figure\": add \(observation.year) to its population",
                    at: observation.location)
            }
        }
    }
}
