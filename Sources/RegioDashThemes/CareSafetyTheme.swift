import RegioDashCore

/// Care and safety (zorg en veiligheid): confused behaviour, casework
/// between care and safety partners, and neighbourhood mediation.
public struct CareSafetyTheme: ThemePlugin {
    /// Yearly figures only: the default load reads data.csv.
    public typealias Content = IndicatorContent

    public init() {}

    public let descriptor = ThemeDescriptor(
        id: "care-safety",
        slug: LocalizedText(nl: "zorg-en-veiligheid", en: "care-and-safety"),
        title: LocalizedText(nl: "Zorg en veiligheid", en: "Care and safety"),
        intro: LocalizedText(
            nl: "Waar zorg en veiligheid elkaar raken: meldingen van verward gedrag, casussen in het zorg- en "
                + "veiligheidsoverleg en buurtbemiddeling.",
            en: "Where care and safety meet: reports of confused behaviour, cases discussed by care and safety "
                + "partners, and neighbourhood mediation."),
        indicators: [
            IndicatorDefinition(id: "e33-reports", kind: .count,
                                label: LocalizedText(nl: "Meldingen verward gedrag (E33)",
                                                     en: "Reports of confused behaviour (E33)")),
            IndicatorDefinition(id: "casework-cases", kind: .count,
                                label: LocalizedText(nl: "Casussen zorg- en veiligheidsoverleg",
                                                     en: "Cases in the care and safety meeting")),
            IndicatorDefinition(id: "mediation-cases", kind: .count,
                                label: LocalizedText(nl: "Zaken buurtbemiddeling", en: "Neighbourhood mediation cases")),
            IndicatorDefinition(id: "mediation-success", kind: .percent,
                                label: LocalizedText(nl: "Buurtbemiddeling afgerond met positief resultaat",
                                                     en: "Neighbourhood mediation closed with a positive result"),
                                better: .higher),
        ])
}
