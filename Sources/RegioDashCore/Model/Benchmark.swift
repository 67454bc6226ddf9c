/// A figure to compare with from outside the region: Nederland, or a group
/// of comparable municipalities (`benchmarks:` in region.yaml). Its rows in
/// `data.csv` name its code. A benchmark never counts in the region's
/// totals, averages or ranks.
public struct Benchmark: Sendable, Hashable, Inhabited {
    /// Any code that is not a municipality's (`NL01` is CBS's code for Nederland).
    public var code: String
    /// As pages show it: "Nederland" / "the Netherlands".
    public var name: LocalizedText
    public var population: [Int: Int]
    public var populations: [String: [Int: Int]]
    /// The municipalities on whose profiles it is shown; nil is all of them.
    public var members: Set<String>?
    /// The line of region.yaml (or population.csv) each population year was given on.
    package var populationLines: [Int: SourceLocation] = [:]

    public init(code: String, name: LocalizedText, population: [Int: Int] = [:], populations: [String: [Int: Int]] = [:],
                members: Set<String>? = nil) {
        self.code = code
        self.name = name
        self.population = population
        self.populations = populations
        self.members = members
    }

    /// Whether the benchmark is shown on this municipality's profile.
    public func applies(to municipality: Municipality) -> Bool {
        members?.contains(municipality.code) ?? true
    }
}
