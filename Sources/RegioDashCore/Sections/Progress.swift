/// Parts of a whole, per municipality: places occupied of places available,
/// status holders housed of the target. Drawn as labelled bars.
public struct Progress: Sendable {
    /// One municipality's bar.
    public struct Item: Sendable {
        public var municipality: Municipality
        public var part: Double?
        public var whole: Double?

        public init(municipality: Municipality, part: Double?, whole: Double?) {
            self.municipality = municipality
            self.part = part
            self.whole = whole
        }

        /// part ÷ whole, when both are known and the whole is not 0.
        public var fraction: Double? {
            guard let part, let whole, whole > 0 else { return nil }
            return part / whole
        }
    }

    public var caption: LocalizedText
    /// What the part counts ("bezet", "gehuisvest").
    public var partLabel: LocalizedText
    /// What the whole counts ("plekken", "taakstelling").
    public var wholeLabel: LocalizedText
    public var year: Int
    public var items: [Item]

    public init(caption: LocalizedText, partLabel: LocalizedText, wholeLabel: LocalizedText, year: Int, items: [Item]) {
        self.caption = caption
        self.partLabel = partLabel
        self.wholeLabel = wholeLabel
        self.year = year
        self.items = items
    }

    /// Items from two indicators of a theme in a year, for the municipalities
    /// that have at least the whole.
    public init(theme: Theme, part: String, whole: String, year: Int, region: Region, municipalities: [Municipality]? = nil,
                caption: LocalizedText, partLabel: LocalizedText, wholeLabel: LocalizedText) {
        let items = (municipalities ?? region.municipalities).compactMap { municipality -> Item? in
            let total = theme.figures.observation(municipality: municipality.code, year: year, indicator: whole)?.value
            let share = theme.figures.observation(municipality: municipality.code, year: year, indicator: part)?.value
            guard total != nil || share != nil else { return nil }
            return Item(municipality: municipality, part: share, whole: total)
        }
        self.init(caption: caption, partLabel: partLabel, wholeLabel: wholeLabel, year: year, items: items)
    }
}
