/// A place with inhabitants counted per year: a municipality or a benchmark.
public protocol Inhabited: Sendable {
    /// Inhabitants on 1 January, by year.
    var population: [Int: Int] { get }
    /// Parts of the population a rate can be per, by year.
    var populations: [String: [Int: Int]] { get }
}

extension Inhabited {
    /// Who a rate of `denominator` counts per in `year`: all inhabitants, or
    /// the part it names; nil when region.yaml does not give it.
    public func inhabitants(_ denominator: IndicatorDefinition.Denominator?, in year: Int) -> Int? {
        guard let denominator else { return population[year] }
        return populations[denominator.id]?[year]
    }
}
