/// A CBS table as regiodash reads it, whichever format it came in (OData v3
/// or the v4 bulk format): observations in long form — a measure, a value
/// or the reason there is none, and the key of each dimension — with the
/// metadata that says what the keys mean.
struct CBSTable: Sendable {
    /// One figure.
    struct Observation: Sendable {
        /// Dimension name → key, trimmed (`RegioS` → `GM0177`, `Perioden` → `2023JJ00`).
        var keys: [String: String]
        var measure: String
        /// nil when CBS gives no value; `missing` then says why.
        var value: Double?
        var missing: MissingReason?
    }

    /// Why CBS gives no figure.
    enum MissingReason: String, Sendable {
        case confidential, impossible, notAvailable

        /// The note written beside the empty cell.
        var note: String {
            switch self {
            case .confidential: "geheim (CBS)"
            case .impossible: "kan niet voorkomen (CBS)"
            case .notAvailable: "niet beschikbaar (CBS)"
            }
        }
    }

    /// What a measure (topic) counts.
    struct Measure: Sendable {
        var key: String
        var title: String
        /// As CBS writes it: "aantal", "%", "per 1 000 inwoners"; nil when unknown.
        var unit: String?
        var decimals: Int?
    }

    /// A dimension's keys with their titles (`T001038` → "Totaal mannen en vrouwen").
    struct Dimension: Sendable {
        var name: String
        var titles: [String: String]
    }

    /// Where the table came from, for messages: a file or a URL.
    var origin: String
    var dimensions: [String]
    /// By dimension name; a dimension without metadata is absent.
    var dimensionTitles: [String: Dimension]
    var measures: [String: Measure]
    /// Period key → whether CBS marks it provisional.
    var provisional: Set<String>
    var observations: [Observation]
}

/// The region dimension and the period dimension, by name, in CBS tables.
enum CBSNames {
    static let region = "RegioS"
    static let period = "Perioden"
}
