/// The plugin of a theme declared in a `theme.yaml`: its indicators read
/// from `data.csv` and shown with the standard views, like a built-in
/// theme's.
struct DeclarativeTheme: ThemePlugin {
    let descriptor: ThemeDescriptor

    func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> IndicatorContent {
        guard !context.descriptor.indicators.isEmpty else { return IndicatorContent(observations: []) }
        return IndicatorContent.load(folder, context: context, diagnostics: &diagnostics)
    }
}
