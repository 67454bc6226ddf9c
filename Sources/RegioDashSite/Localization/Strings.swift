import RegioDashCore

/// Every piece of interface text, one catalogue per language. A catalogue
/// is a value of this struct, so a text missing in one language does not
/// compile.
struct Strings: Sendable {
    // Page frame
    let skipToContent: String
    let mainMenu: String
    let breadcrumb: String
    let overview: String
    let themes: String
    let municipalities: String
    let draftBanner: String
    let exampleDataBanner: String
    let publishedBy: String
    let referenceDate: String
    let madeWith: String
    let licensed: String
    /// The overview's meta description. It reads no narrative (the overview's key leaves them out), so it names none.
    let overviewDescription: @Sendable (_ count: Int, _ region: String) -> String
    /// A page's meta description; `told`: the page shows at least one of the municipality's narratives.
    let profileDescription: @Sendable (_ name: String, _ region: String, _ told: Bool) -> String
    let handoutDescription: @Sendable (_ name: String, _ theme: String, _ told: Bool) -> String
    let footerLinks: String

    // Figures
    let indicator: String
    let noFigure: String
    let notApplicable: String
    let perInhabitants: @Sendable (_ per: String, _ who: String?) -> String
    let number: String
    let perShort: @Sendable (_ per: String) -> String
    let municipality: String
    let population: String
    let regionTotal: String
    let averageMunicipality: String
    let regionalAverage: String
    let regionRate: @Sendable (_ per: String) -> String
    let target: String
    let targetResult: @Sendable (_ target: String, _ met: Bool) -> String
    let targetsIn: @Sendable (Int) -> String
    let changeSince: @Sendable (Int) -> String
    let unchanged: String
    let percentagePoint: String
    let percentagePoints: String
    let sameNumber: String
    let averageFigure: @Sendable (_ value: String) -> String
    let theAverage: String
    let trendNotCounted: @Sendable (Int) -> String
    let incompleteYear: @Sendable (_ year: Int, _ count: Int, _ of: Int) -> String
    let incompleteNotice: @Sendable (_ year: Int, _ count: Int, _ of: Int) -> String
    let targetsMet: @Sendable (_ met: Int, _ of: Int) -> String
    let relative: @Sendable (_ name: String) -> String
    let compareWith: String
    let theRegion: String
    let source: String
    let sources: String
    let notes: String
    let figuresIn: @Sendable (Int) -> String
    let noFiguresIn: @Sendable (Int) -> String
    let comparisonCaption: @Sendable (String, Int) -> String
    let tableScrollHint: String

    // Theme pages
    let draftBadge: String
    let years: String
    let narrativesIn: @Sendable (Int) -> String
    let noNarrativeFrom: @Sendable (Int) -> String
    let profileLink: @Sendable (String) -> String
    let narrativesPerMunicipality: String
    let allMunicipalities: String
    let wholeNarrative: String
    let downloads: String
    let downloadFigures: @Sendable (String) -> String
    let downloadCSV: String
    let downloadJSON: String
    let earlierYear: @Sendable (String, Int) -> String

    // Overview and profiles
    let regionSummary: @Sendable (Int) -> String
    let inhabitants: @Sendable (String, Int) -> String
    let headlineIn: @Sendable (Int) -> String
    let municipalityIn: @Sendable (String) -> String
    let cbsCode: String
    let profileIn: @Sendable (String, Int) -> String
    let perYear: @Sendable (String) -> String
    let nothingYet: String
    let atAGlance: String
    let pickMunicipality: @Sendable (Int) -> String
    let noGlance: String
    let handoutTitle: @Sendable (_ municipality: String, _ theme: String) -> String
    let handoutLink: @Sendable (_ theme: String) -> String
    let handoutThemeLink: @Sendable (_ theme: String) -> String
    let handoutNarratives: @Sendable (_ municipality: String) -> String
    let handouts: String
    let handoutsIntro: String
    let openData: String

    // Charts
    let allFigures: String
    let toTable: String
    let region: String
    let chartTable: String
    let trendColumn: String
    let rank: String
    let chartTitle: @Sendable (_ label: String, _ unit: String?, _ year: Int) -> String
    let moreInTable: @Sendable (Int) -> String
    let trendsByProfile: String
    let highestLowest: @Sendable (_ highest: [String], _ high: String, _ lowest: [String], _ low: String) -> String
    let allEqual: @Sendable (_ count: Int, _ value: String) -> String
    let regionFigure: @Sendable (_ value: String) -> String
    let aboveRegion: @Sendable (_ above: Int, _ of: Int) -> String
    let noFigureFrom: @Sendable (_ names: String) -> String
    let tileMapCaption: @Sendable (_ label: String, _ unit: String?, _ year: Int) -> String
    let trendsHeading: @Sendable (_ first: Int, _ last: Int) -> String
    let trendSummary: @Sendable (_ rose: Int, _ fell: Int, _ same: Int, _ first: Int, _ last: Int) -> String
    let seriesBreak: @Sendable (_ name: String, _ year: Int, _ note: String) -> String
    let direction: @Sendable (IndicatorProfile.Direction?) -> String
    let seriesBreakMark: String
    let howCompares: @Sendable (_ name: String) -> String
    let otherMunicipalities: String
    let rankOf: @Sendable (_ rank: Int, _ of: Int, _ sharing: Int, _ lowest: Bool) -> String
    let comparedTo: @Sendable (_ direction: IndicatorProfile.Direction, _ what: String, _ value: String,
                               _ favourable: Bool?) -> String
    let sinceYear: @Sendable (_ direction: IndicatorProfile.Direction, _ year: Int, _ value: String, _ favourable: Bool?) -> String
    let sameCount: @Sendable (_ year: Int, _ count: String) -> String
    let valueIn: @Sendable (_ value: String, _ year: Int) -> String
    let lineChartTitle: @Sendable (_ name: String, _ label: String, _ unit: String?) -> String
    let stripTitle: @Sendable (_ name: String, _ label: String) -> String
    let progressText: @Sendable (_ part: String, _ whole: String, _ partLabel: String, _ wholeLabel: String) -> String
    let stars: @Sendable (Int) -> String
    let total: String
    let tallyCategory: @Sendable (_ label: String, _ total: Int, _ places: [String]) -> String
    let tallyMost: @Sendable (_ names: [String], _ count: Int) -> String
    let timelineCount: @Sendable (_ count: Int, _ noun: String, _ date: String?) -> String
    let timelineState: @Sendable (_ label: String, _ items: [String]) -> String
    let periodStart: String
    let periodEnd: String
    let periodState: String
    let referenceLine: @Sendable (String) -> String
    let morePeriods: @Sendable (_ count: Int, _ noun: String) -> String
    let better: @Sendable (IndicatorDefinition.Better) -> String

    // Change summary for review (`regiodash diff`)
    let reviewTitle: String
    let reviewNothing: String
    let reviewErrors: String
    let reviewCounts: @Sendable (_ figures: Int, _ narratives: Int, _ records: Int, _ warnings: Int) -> String
    let reviewYear: String
    let reviewWas: String
    let reviewBecomes: String
    let reviewNarratives: String
    let reviewNarrativeChange: @Sendable (ChangeSummary.NarrativeChange.Kind) -> String
    let reviewNewWarnings: String

    // The panel of `regiodash serve` after a failed build
    let buildFailed: @Sendable (_ errors: Int) -> String
    let buildWarnings: @Sendable (Int) -> String
    let buildFix: String
    let severity: @Sendable (Diagnostic.Severity) -> String

    // Accessibility statement
    let accessibilitySlug: String
    let accessibilityTitle: String
    let accessibilityStatement: @Sendable (String) -> [String]

    // Charts to take away, and embeds
    let chartsSlug: String
    let chartSVG: String
    let chartCSV: String
    let licence: String
    let embedTitle: String
    let embedIntro: String
    let embedPage: String
    let embedCopy: String
    let embedNeedsAddress: String
    let embedAllFigures: @Sendable (_ site: String) -> String

    // What's new: the feed and its page
    let whatsNewSlug: String
    let whatsNewTitle: String
    let whatsNewLead: String
    let whatsNewNone: String
    let feedSubscribe: String
    let feedTitle: @Sendable (_ site: String) -> String
    let feedEntryTitle: @Sendable (_ figures: Int, _ narratives: Int, _ records: Int) -> String
    let feedFigure: @Sendable (_ municipality: String, _ year: Int, _ indicator: String, _ old: String?, _ new: String?) -> String
    let feedPerThousand: @Sendable (_ old: String, _ new: String) -> String
    let feedMoreFigures: @Sendable (Int) -> String
    let feedMoreNarratives: @Sendable (Int) -> String
    let feedMoreRecords: @Sendable (Int) -> String
    let feedRecord: @Sendable (_ added: Bool) -> String

    // Search (the script's texts are on its form: %n a number, %q the query, %f the filters chosen)
    let searchSlug: String
    let searchTitle: String
    let searchLead: String
    let searchLabel: String
    let searchHint: String
    let searchButton: String
    let searchTheme: String
    let searchAllThemes: String
    let searchMunicipality: String
    let searchAllMunicipalities: String
    let searchYear: String
    let searchAllYears: String
    let searchWithoutScript: String
    let searchEmpty: String
    let searchLoading: String
    let searchFailed: String
    let searchNone: String
    let searchOne: String
    let searchMany: String
    let searchSome: String
    let searchMore: String

    // Topics: the narratives' tags
    let topicsSlug: String
    let topicsTitle: String
    let topicsLead: @Sendable (_ topics: Int, _ narratives: Int) -> String
    let topicsNone: String
    /// "Onderwerp: vuurwerk", a topic page's title.
    let topicTitle: @Sendable (String) -> String
    let topicLead: @Sendable (_ name: String, _ narratives: Int, _ municipalities: Int) -> String
    /// "3 verhalen", beside a topic in the index.
    let topicCount: @Sendable (Int) -> String
    /// "Onderwerpen", before a narrative's tags.
    let tagsLabel: @Sendable (Int) -> String

    // Formats
    let decimalSeparator: String
    let groupingSeparator: String
    let months: [String]
    /// Folder of the municipality profiles.
    let municipalitiesSlug: String

    /// "Raalte, Dalfsen en Ommen"; more than `most` names end in "en 6 andere gemeenten".
    static func list(_ names: [String], and: String, others: (Int) -> String, most: Int = 3) -> String {
        var shown = names
        var tail: String?
        if names.count > most + 1 {
            shown = Array(names.prefix(most))
            tail = others(names.count - most)
        }
        if let tail { return shown.joined(separator: ", ") + " \(and) " + tail }
        guard shown.count > 1, let last = shown.last else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    /// "1 cijfer", "3 cijfers".
    static func counted(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// "1.234 cijfers": the count as the language writes numbers.
    static func counted(_ count: Int, _ one: String, _ many: String, language: Language) -> String {
        "\(Formatter(language: language).number(Double(count), decimals: 0)) \(count == 1 ? one : many)"
    }

    static func of(_ language: Language) -> Strings {
        switch language {
        case .nl: .dutch
        case .en: .english
        }
    }
}
