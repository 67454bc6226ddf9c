/// What a plugin loads from its folder. Yearly figures are common to most
/// themes and are shown by the standard views; a plugin adds whatever else
/// it reads (kvo: certificates) to its own conforming type.
public protocol ThemeContent: Sendable {
    /// The theme's yearly figures; empty for a theme without them.
    var observations: [Observation] { get }
}

/// The content of a theme that has only yearly figures from `data.csv`.
public struct IndicatorContent: ThemeContent {
    /// The rows of `data.csv`.
    public var observations: [Observation]

    /// Content of these rows.
    public init(observations: [Observation]) {
        self.observations = observations
    }
}

extension IndicatorContent {
    /// Reads the folder's `data.csv` against the theme's indicators (with
    /// those its `theme.yaml` adds); a folder without one gets a warning
    /// (the theme then shows narratives only).
    public static func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> IndicatorContent {
        guard folder.contains("data.csv") else {
            diagnostics.warning("this theme has no data.csv, so its pages show no figures",
                                at: folder.location("data.csv"))
            return IndicatorContent(observations: [])
        }
        guard let file = folder.read("data.csv", diagnostics: &diagnostics) else {
            return IndicatorContent(observations: [])
        }
        return IndicatorContent(observations: IndicatorTable.load(
            file, indicators: context.descriptor.indicators, region: context.region,
            referenceDate: context.site.referenceDate, diagnostics: &diagnostics))
    }
}
