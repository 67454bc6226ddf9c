/// A theme's yearly figures, indexed for lookup by municipality, year and
/// indicator. Lookups are the innermost loop of comparisons, trends and
/// checks, so the index is a dense table: positions, not hashed keys.
public struct Figures: Sendable {
    /// Every row, in the order the plugin read them.
    public let observations: [Observation]
    /// Every year with at least one row, ascending.
    public let years: [Int]
    private let municipalityPositions: [String: Int]
    private let indicatorPositions: [String: Int]
    private let yearPositions: [Int: Int]
    /// Observation number + 1 (0 is none), at [municipality][indicator][year].
    private let table: [Int32]

    /// The figures of `observations`, indexed.
    public init(_ observations: [Observation]) {
        self.observations = observations
        let years = Array(Set(observations.map(\.year))).sorted()
        self.years = years
        var municipalities: [String: Int] = [:]
        var indicators: [String: Int] = [:]
        for observation in observations {
            if municipalities[observation.municipality] == nil { municipalities[observation.municipality] = municipalities.count }
            if indicators[observation.indicator] == nil { indicators[observation.indicator] = indicators.count }
        }
        let yearPositions = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        var table = [Int32](repeating: 0, count: municipalities.count * indicators.count * years.count)
        for (number, observation) in observations.enumerated() {
            guard let municipality = municipalities[observation.municipality], let indicator = indicators[observation.indicator],
                  let year = yearPositions[observation.year] else { continue }
            table[(municipality * indicators.count + indicator) * years.count + year] = Int32(number + 1)
        }
        municipalityPositions = municipalities
        indicatorPositions = indicators
        self.yearPositions = yearPositions
        self.table = table
    }

    /// The row for a municipality (CBS code), year and indicator, if any.
    public func observation(municipality: String, year: Int, indicator: String) -> Observation? {
        guard let municipality = municipalityPositions[municipality], let indicator = indicatorPositions[indicator],
              let year = yearPositions[year] else { return nil }
        let number = Int(table[(municipality * indicatorPositions.count + indicator) * years.count + year])
        return number == 0 ? nil : observations[number - 1]
    }

    /// A municipality's rows for one indicator, one per year of `years` (nil where there is none).
    public func series(municipality: String, indicator: String) -> [Observation?] {
        guard let municipality = municipalityPositions[municipality], let indicator = indicatorPositions[indicator] else {
            return Array(repeating: nil, count: years.count)
        }
        let start = (municipality * indicatorPositions.count + indicator) * years.count
        return table[start..<(start + years.count)].map { $0 == 0 ? nil : observations[Int($0) - 1] }
    }

    /// Whether there is no figure at all.
    public var isEmpty: Bool { observations.isEmpty }
}
