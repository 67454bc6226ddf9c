/// What the top of a municipality's profile shows for a theme, "at a
/// glance": one figure, and where it stands.
public enum Glance: Sendable {
    /// A row of the municipality's profile (by index into `rows`): its value,
    /// rank, place against the region and the benchmarks, and change.
    case indicator(IndicatorProfile, row: Int)
    /// A figure of the plugin's own (kvo: the municipality's valid certificates).
    case figure(Headline)
}
