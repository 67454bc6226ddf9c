import RegioDashCore

/// Refugee shelter (opvang): places for Ukrainians, crisis emergency shelter
/// for asylum seekers, and housing status holders.
public struct RefugeeShelterTheme: ThemePlugin {
    public init() {}

    public let descriptor = ThemeDescriptor(
        id: "refugee-shelter",
        slug: LocalizedText(nl: "opvang", en: "refugee-shelter"),
        title: LocalizedText(nl: "Opvang vluchtelingen", en: "Refugee shelter"),
        intro: LocalizedText(
            nl: "Opvang van ontheemden uit Oekraïne, crisisnoodopvang voor asielzoekers en de huisvesting van "
                + "statushouders.",
            en: "Shelter for people displaced from Ukraine, crisis emergency shelter for asylum seekers, and "
                + "housing for refugees with a residence permit."),
        indicators: [
            IndicatorDefinition(id: "ukraine-places", kind: .count,
                                label: LocalizedText(nl: "Opvangplekken Oekraïners", en: "Shelter places for Ukrainians")),
            IndicatorDefinition(id: "ukraine-occupied", kind: .count,
                                label: LocalizedText(nl: "Bezette plekken Oekraïners", en: "Occupied places for Ukrainians")),
            IndicatorDefinition(id: "crisis-places", kind: .count,
                                label: LocalizedText(nl: "Plekken crisisnoodopvang", en: "Crisis emergency shelter places")),
            IndicatorDefinition(id: "status-holders-target", kind: .count,
                                label: LocalizedText(nl: "Taakstelling statushouders",
                                                     en: "Target for housing status holders")),
            IndicatorDefinition(id: "status-holders-housed", kind: .count,
                                label: LocalizedText(nl: "Gehuisveste statushouders", en: "Status holders housed"),
                                better: .higher),
        ])

    public func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> IndicatorContent {
        let content = IndicatorContent.load(folder, context: context,
                                            diagnostics: &diagnostics)
        // More places occupied than there are is a mistake in one of the two rows.
        let figures = Figures(content.observations)
        for occupied in content.observations where occupied.indicator == "ukraine-occupied" {
            guard let taken = occupied.value,
                  let places = figures.observation(municipality: occupied.municipality, year: occupied.year,
                                                   indicator: "ukraine-places")?.value,
                  taken > places else { continue }
            let name = context.region.municipality(code: occupied.municipality)?.name ?? occupied.municipality
            diagnostics.warning(
                "\(name) \(occupied.year): \(Int(taken)) places occupied but only \(Int(places)) available "
                    + "(ukraine-places): check both figures",
                at: occupied.location)
        }
        return content
    }

    /// The standard views, with two progress views added: places occupied
    /// of places available, and status holders housed of the target.
    public func sections(for scope: SectionScope, in context: ThemeContext<IndicatorContent>) -> [Section] {
        var sections = StandardViews.sections(for: scope, theme: context.theme, dataset: context.dataset)
        let year: Int
        let municipalities: [Municipality]?
        switch scope {
        case let .region(pageYear):
            year = pageYear
            municipalities = nil
        case let .municipality(municipality):
            guard let latest = context.theme.currentYear else { return sections }
            year = latest
            municipalities = [municipality]
        }
        let progress = [
            Progress(theme: context.theme, part: "ukraine-occupied", whole: "ukraine-places", year: year, region: context.dataset.region,
                     municipalities: municipalities,
                     caption: LocalizedText(nl: "Bezetting opvang Oekraïners in \(year)", en: "Occupancy of shelter for Ukrainians in \(year)"),
                     partLabel: LocalizedText(nl: "bezet", en: "occupied"),
                     wholeLabel: LocalizedText(nl: "plekken", en: "places")),
            Progress(theme: context.theme, part: "status-holders-housed", whole: "status-holders-target", year: year,
                     region: context.dataset.region, municipalities: municipalities,
                     caption: LocalizedText(nl: "Taakstelling statushouders in \(year)", en: "Housing target for status holders in \(year)"),
                     partLabel: LocalizedText(nl: "gehuisvest", en: "housed"),
                     wholeLabel: LocalizedText(nl: "taakstelling", en: "target")),
        ].filter { !$0.items.isEmpty }.map(Section.progress)
        // After the figures (comparison or profile), before trends and narratives.
        sections.insert(contentsOf: progress, at: min(1, sections.count))
        return sections
    }
}
