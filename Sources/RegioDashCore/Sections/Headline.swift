/// The one figure the regional overview shows for a theme.
public struct Headline: Sendable {
    /// What the figure counts ("Integrale controles").
    public var label: LocalizedText
    /// The year the figure is of, if it is of one.
    public var year: Int?
    /// The figure for the whole region; nil is "no figure".
    public var value: Double?
    /// How the figure is written (a count is also shown per 1,000).
    public var kind: IndicatorKind
    /// The same per 1,000 inhabitants of the region, for counts.
    public var perThousand: Double?
    /// A line of context below the figure.
    public var detail: LocalizedText?

    /// A headline; `detail` is a line of context below the figure.
    public init(label: LocalizedText, year: Int?, value: Double?, kind: IndicatorKind,
                perThousand: Double? = nil, detail: LocalizedText? = nil) {
        self.label = label
        self.year = year
        self.value = value
        self.kind = kind
        self.perThousand = perThousand
        self.detail = detail
    }
}
