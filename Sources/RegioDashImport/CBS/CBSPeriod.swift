/// CBS period keys: `2023JJ00` is the year 2023. Quarters (`2023KW01`),
/// months (`2023MM01`) and other period types are not figures of a year.
enum CBSPeriod {
    /// The year of a yearly period key, or nil.
    static func year(_ key: String) -> Int? {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count == 8, String(String.UnicodeScalarView(scalars[4..<8])) == "JJ00",
              let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))), (1800...2200).contains(year) else { return nil }
        return year
    }

    /// "a quarter", "a month" … for a message about a period that is not a year.
    static func describe(_ key: String) -> String {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count == 8 else { return "not a CBS period" }
        switch String(String.UnicodeScalarView(scalars[4..<6])) {
        case "KW": return "a quarter"
        case "MM": return "a month"
        case "HJ": return "a half year"
        case "X0": return "a multi-year period"
        default: return "not a year"
        }
    }
}
