/// What a part of a page shows, in a small vocabulary: the plugin says what,
/// the site module decides how.
public enum Section: Sendable {
    /// Every municipality × every indicator for one year, absolute and per
    /// 1,000 inhabitants, with the regional total and average.
    case comparison(Comparison)
    /// One municipality's indicators beside the regional figures.
    case profile(IndicatorProfile)
    /// Every indicator over the years, per municipality (small multiples).
    case trends([Trend])
    /// Parts of a whole per municipality, as bars.
    case progress(Progress)
    /// A table of the plugin's own records (kvo's certificates, say).
    case table(DataTable)
    /// Periods on a time axis with a reference date (kvo's certificates).
    case timeline(Timeline)
    /// Counts per municipality in categories, as stacked bars.
    case tally(Tally)
    /// Narratives: all municipalities for a year, or one municipality's years.
    case narratives(NarrativeList)
}

extension Section {
    /// Whether it shows the theme's yearly figures (a comparison or a profile).
    var showsFigures: Bool {
        switch self {
        case .comparison, .profile: true
        default: false
        }
    }

    var isNarratives: Bool {
        if case .narratives = self { return true }
        return false
    }
}
