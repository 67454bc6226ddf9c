/// The one figure the regional overview shows for a theme.
public struct Headline: Sendable {
    /// What the figure counts ("Integrale controles").
    public var label: LocalizedText
    /// The year the figure is of, if it is of one.
    public var year: Int?
    /// The figure for the whole region; nil is "no figure".
    public var value: Double?
    /// How the figure is written (a count is also shown as a rate).
    public var kind: IndicatorKind
    /// The same per `scale.per` inhabitants of the region (of `denominator`), for counts.
    public var rate: Double?
    /// How the rate is written.
    public var scale: MeasureScale
    /// Who the rate counts per; nil is all inhabitants.
    public var denominator: IndicatorDefinition.Denominator?
    /// A line of context below the figure.
    public var detail: LocalizedText?

    /// A headline; `detail` is a line of context below the figure.
    public init(label: LocalizedText, year: Int?, value: Double?, kind: IndicatorKind,
                rate: Double? = nil, scale: MeasureScale = MeasureScale(per: 1000, decimals: 1),
                denominator: IndicatorDefinition.Denominator? = nil, detail: LocalizedText? = nil) {
        self.label = label
        self.year = year
        self.value = value
        self.kind = kind
        self.rate = rate
        self.scale = scale
        self.denominator = denominator
        self.detail = detail
    }
}
