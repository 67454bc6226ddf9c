/// What a plugin's methods are called with once its folder is loaded: what
/// `load` returned, the theme as the pipeline assembled it, and the whole
/// dataset (the region, the reference date, the other themes).
public struct ThemeContext<Content: ThemeContent>: Sendable {
    /// What the plugin's `load` returned.
    public let content: Content
    /// The theme: its figures, narratives and targets.
    public let theme: Theme
    /// Everything `content/` holds.
    public let dataset: Dataset

    /// The theme as the content folder has it: the plugin's descriptor with
    /// the titles, intro and indicators its `theme.yaml` adds.
    public var descriptor: ThemeDescriptor { theme.descriptor }

    /// A context for a plugin's own tests.
    public init(content: Content, theme: Theme, dataset: Dataset) {
        self.content = content
        self.theme = theme
        self.dataset = dataset
    }
}
