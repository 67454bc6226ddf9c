import RegioDashCore

/// A theme plugin made for tests: a count, a percentage and a number, read
/// from `data.csv` like the built-in themes.
public struct SampleTheme: ThemePlugin {
    public typealias Content = IndicatorContent

    public init() {}

    public var descriptor = ThemeDescriptor(
        id: "sample",
        slug: LocalizedText(nl: "voorbeeld", en: "sample"),
        title: LocalizedText(nl: "Voorbeeld", en: "Sample"),
        intro: LocalizedText(nl: "Een thema om te testen.", en: "A theme to test with."),
        indicators: [
            IndicatorDefinition(id: "incidents", kind: .count, label: LocalizedText(nl: "Incidenten", en: "Incidents")),
            IndicatorDefinition(id: "success", kind: .percent, label: LocalizedText(nl: "Succes", en: "Success")),
            IndicatorDefinition(id: "hours", kind: .number, label: LocalizedText(nl: "Uren", en: "Hours")),
        ])
}
