import RegioDashCore

/// Digital safety: cybercrime and online fraud, and what municipalities do
/// to make residents resilient against it.
public struct CyberTheme: ThemePlugin {
    public init() {}

    public let descriptor = ThemeDescriptor(
        id: "cyber",
        slug: LocalizedText(nl: "digitale-veiligheid", en: "digital-safety"),
        title: LocalizedText(nl: "Digitale veiligheid", en: "Digital safety"),
        intro: LocalizedText(
            nl: "Cybercrime en online fraude, en wat gemeenten doen om inwoners en ondernemers weerbaar te maken.",
            en: "Cybercrime and online fraud, and what municipalities do to make residents and businesses resilient."),
        indicators: [
            IndicatorDefinition(id: "cybercrime-reports", kind: .count,
                                label: LocalizedText(nl: "Aangiften cybercrime en online fraude",
                                                     en: "Reports of cybercrime and online fraud")),
            IndicatorDefinition(id: "awareness-activities", kind: .count,
                                label: LocalizedText(nl: "Voorlichtingsactiviteiten", en: "Awareness activities")),
            IndicatorDefinition(id: "residents-reached", kind: .count,
                                label: LocalizedText(nl: "Bereikte inwoners", en: "Residents reached"), better: .higher),
        ])

    public func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> IndicatorContent {
        let content = IndicatorContent.load(folder, context: context,
                                            diagnostics: &diagnostics)
        // More residents reached than live in the municipality is a typo, not a success.
        for observation in content.observations where observation.indicator == "residents-reached" {
            guard let value = observation.value,
                  let municipality = context.region.municipality(code: observation.municipality),
                  let population = municipality.population[observation.year], value > Double(population) else { continue }
            diagnostics.warning(
                "\(municipality.name) reached more residents (\(Int(value))) than it had inhabitants in "
                    + "\(observation.year) (\(population)): check the figure",
                at: observation.location)
        }
        return content
    }
}
