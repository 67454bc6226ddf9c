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
    let footerLinks: String

    // Figures
    let indicator: String
    let noFigure: String
    let notApplicable: String
    let perThousand: String
    let number: String
    let perThousandShort: String
    let municipality: String
    let population: String
    let regionTotal: String
    let averageMunicipality: String
    let regionalAverage: String
    let regionPerThousand: String
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
    let onThisPage: String
    let openData: String

    // Accessibility statement
    let accessibilitySlug: String
    let accessibilityTitle: String
    let accessibilityStatement: @Sendable (String) -> [String]

    // Formats
    let decimalSeparator: String
    let groupingSeparator: String
    let months: [String]
    /// Folder of the municipality profiles.
    let municipalitiesSlug: String

    static func of(_ language: Language) -> Strings {
        switch language {
        case .nl: .dutch
        case .en: .english
        }
    }
}
