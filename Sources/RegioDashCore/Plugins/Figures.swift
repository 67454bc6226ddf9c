/// A theme's yearly figures, indexed for lookup by municipality, year and
/// indicator.
public struct Figures: Sendable {
    public let observations: [Observation]
    /// Every year with at least one row, ascending.
    public let years: [Int]
    private let index: [Key: Int]

    private struct Key: Hashable {
        var municipality: String
        var year: Int
        var indicator: String
    }

    public init(_ observations: [Observation]) {
        self.observations = observations
        var index: [Key: Int] = [:]
        for (position, observation) in observations.enumerated() {
            index[Key(municipality: observation.municipality, year: observation.year, indicator: observation.indicator)] = position
        }
        self.index = index
        years = Array(Set(observations.map(\.year))).sorted()
    }

    /// The row for a municipality (CBS code), year and indicator, if any.
    public func observation(municipality: String, year: Int, indicator: String) -> Observation? {
        index[Key(municipality: municipality, year: year, indicator: indicator)].map { observations[$0] }
    }

    public var isEmpty: Bool { observations.isEmpty }
}
