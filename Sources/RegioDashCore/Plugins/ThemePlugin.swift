/// A theme: it declares its indicators, reads and checks its own files, and
/// says what its pages show in the `Section` vocabulary. It never writes
/// HTML: the site module decides how sections look.
///
/// The pipeline calls, in order: `load` once, while reading `content/`;
/// `check` once, when the whole dataset is assembled (for rules that need
/// other themes or the reference date); then `headline`, `glance`,
/// `sections` and `download` while rendering, as often as pages need them; `records` only
/// for a change summary. Narratives, `theme.md`, `targets.csv` and
/// `theme.yaml` are read for every theme by the pipeline itself, and the
/// pipeline shows the narratives (and the figures of indicators `theme.yaml`
/// adds) whatever `sections` returns: see `Theme.sections(for:in:)`.
///
/// Every method but `descriptor` and `load` has a default that shows the
/// theme's yearly figures with the standard views; a plugin whose content
/// is `IndicatorContent` (yearly figures from `data.csv`) needs no `load`
/// either.
public protocol ThemePlugin: Sendable {
    /// What the plugin reads from its folder.
    associatedtype Content: ThemeContent

    /// The theme as the plugin declares it. The pipeline adds what the
    /// folder's `theme.yaml` changes and hands every method the result as
    /// `context.descriptor`: the one to read while loading and rendering.
    var descriptor: ThemeDescriptor { get }

    /// Reads and validates the plugin's files in `folder`, reporting every
    /// problem to `diagnostics` at its file, line and column, and returns
    /// what is usable.
    func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> Content

    /// Checks that need the whole dataset (the reference date, other themes).
    func check(_ context: ThemeContext<Content>, diagnostics: inout Diagnostics)

    /// The sections of the theme's page for a year, or of its part of a
    /// municipality's profile, without the narratives (the pipeline adds them).
    func sections(for scope: SectionScope, in context: ThemeContext<Content>) -> [Section]

    /// The one figure the regional overview shows for the theme.
    func headline(in context: ThemeContext<Content>) -> Headline?

    /// The one figure the top of a municipality's profile shows for the
    /// theme; nil when the theme has none for it.
    func glance(of municipality: Municipality, in context: ThemeContext<Content>) -> Glance?

    /// The figures behind the theme, as offered for download (CSV and JSON).
    func download(in context: ThemeContext<Content>) -> DataTable

    /// The plugin's own records besides the yearly figures (KVO's
    /// certificates, say), one row each, for the change summary a reviewer
    /// reads (`regiodash diff`); nil when the theme has none.
    func records(in context: ThemeContext<Content>) -> DataTable?
}

extension ThemePlugin {
    public func check(_ context: ThemeContext<Content>, diagnostics: inout Diagnostics) {}

    public func sections(for scope: SectionScope, in context: ThemeContext<Content>) -> [Section] {
        StandardViews.sections(for: scope, theme: context.theme, dataset: context.dataset)
    }

    public func headline(in context: ThemeContext<Content>) -> Headline? {
        StandardViews.headline(theme: context.theme, dataset: context.dataset)
    }

    public func glance(of municipality: Municipality, in context: ThemeContext<Content>) -> Glance? {
        StandardViews.glance(of: municipality, theme: context.theme, dataset: context.dataset)
    }

    public func download(in context: ThemeContext<Content>) -> DataTable {
        StandardViews.download(theme: context.theme, dataset: context.dataset)
    }

    public func records(in context: ThemeContext<Content>) -> DataTable? {
        nil
    }

    /// Loads the folder's data through the plugin and returns its figures and
    /// a way to make the `Theme` once the narratives are known, so the rest
    /// of the pipeline can hold it without knowing `Content`.
    func prepare(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> PreparedContent {
        let content = load(folder, context: context, diagnostics: &diagnostics)
        let bind: @Sendable (Theme, Dataset) -> ThemeContext<Content> = { ThemeContext(content: content, theme: $0, dataset: $1) }
        let views = Theme.Views(
            check: { theme, dataset, diagnostics in self.check(bind(theme, dataset), diagnostics: &diagnostics) },
            sections: { scope, theme, dataset in self.sections(for: scope, in: bind(theme, dataset)) },
            headline: { theme, dataset in self.headline(in: bind(theme, dataset)) },
            glance: { municipality, theme, dataset in self.glance(of: municipality, in: bind(theme, dataset)) },
            download: { theme, dataset in self.download(in: bind(theme, dataset)) },
            records: { theme, dataset in self.records(in: bind(theme, dataset)) },
            addsIndicators: context.descriptor.indicators.contains { added in
                !self.descriptor.indicators.contains { $0.id == added.id }
            })
        let descriptor = context.descriptor
        let observations = content.observations
        return PreparedContent(observations: observations) { parts in
            Theme(descriptor: descriptor, parts: parts, observations: observations, region: context.region, views: views)
        }
    }
}

extension ThemePlugin where Content == IndicatorContent {
    /// A theme of yearly figures only reads `data.csv` against its
    /// indicators: its plugin is a descriptor and nothing else.
    public func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> IndicatorContent {
        IndicatorContent.load(folder, context: context, diagnostics: &diagnostics)
    }
}

/// A plugin's loaded content, waiting for its narratives.
struct PreparedContent: Sendable {
    var observations: [Observation]
    var make: @Sendable (Theme.Parts) -> Theme
}
