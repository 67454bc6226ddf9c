import RegioDashCore

/// Undermining crime (ondermijning): the administrative approach of
/// inspections, Bibob screening, drug-related closures and anonymous tips.
public struct UnderminingTheme: ThemePlugin {
    /// Yearly figures only: the default load reads data.csv.
    public typealias Content = IndicatorContent

    public init() {}

    public let descriptor = ThemeDescriptor(
        id: "undermining",
        slug: LocalizedText(nl: "ondermijning", en: "undermining"),
        title: LocalizedText(nl: "Ondermijning", en: "Undermining crime"),
        intro: LocalizedText(
            nl: "De bestuurlijke aanpak van ondermijnende criminaliteit: integrale controles, "
                + "Bibob-procedures, sluitingen op grond van de Opiumwet en meldingen bij Meld Misdaad Anoniem.",
            en: "The administrative approach to undermining crime: integrated inspections, Bibob screenings, "
                + "closures under the Opium Act and anonymous reports to Meld Misdaad Anoniem."),
        indicators: [
            IndicatorDefinition(id: "integral-controls", kind: .count,
                                label: LocalizedText(nl: "Integrale controles", en: "Integrated inspections")),
            IndicatorDefinition(id: "bibob-procedures", kind: .count,
                                label: LocalizedText(nl: "Bibob-procedures", en: "Bibob screenings")),
            IndicatorDefinition(id: "drug-closures", kind: .count,
                                label: LocalizedText(nl: "Sluitingen Opiumwet (art. 13b)",
                                                     en: "Closures under the Opium Act (art. 13b)")),
            IndicatorDefinition(id: "anonymous-reports", kind: .count,
                                label: LocalizedText(nl: "Meldingen Meld Misdaad Anoniem",
                                                     en: "Reports to Meld Misdaad Anoniem")),
        ])
}
