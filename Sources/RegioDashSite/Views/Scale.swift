/// Where pages change shape for large regions (a national edition has 342
/// municipalities). The README lists these.
enum Scale {
    /// Up to this many municipalities a theme page shows every narrative in
    /// full, side by side; above, a line each (its summary) linking to the
    /// full text on the municipality's profile.
    static let fullNarratives = 40
    /// A narrative on a theme page whose HTML is longer than this many
    /// bytes (a long paragraph or two) is folded under its summary line.
    static let foldedNarrative = 700
    /// Up to this many a bar chart has a bar for every municipality; above,
    /// the `barsAtEachEnd` highest and lowest (all figures stay in the table).
    static let allBars = 40
    static let barsAtEachEnd = 10
    /// Up to this many a theme page has a tile map.
    static let tileMap = 60
    /// Up to this many a trend table has a row per municipality; above, only
    /// the region's row (each profile has the municipality's own trend).
    static let trendRows = 40
}
