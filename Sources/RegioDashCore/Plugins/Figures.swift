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
        // Positions, not copies of rows: each field is read where it lies.
        var places: [(municipality: Int, indicator: Int)] = []
        places.reserveCapacity(observations.count)
        for index in observations.indices {
            let municipality = municipalities[observations[index].municipality, default: municipalities.count]
            municipalities[observations[index].municipality] = municipality
            let indicator = indicators[observations[index].indicator, default: indicators.count]
            indicators[observations[index].indicator] = indicator
            places.append((municipality, indicator))
        }
        let yearPositions = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        var table = [Int32](repeating: 0, count: municipalities.count * indicators.count * years.count)
        for (number, place) in places.enumerated() {
            guard let year = yearPositions[observations[number].year] else { continue }
            table[(place.municipality * indicators.count + place.indicator) * years.count + year] = Int32(number + 1)
        }
        municipalityPositions = municipalities
        indicatorPositions = indicators
        self.yearPositions = yearPositions
        self.table = table
    }

    /// The row for a municipality (CBS code), year and indicator, if any.
    public func observation(municipality: String, year: Int, indicator: String) -> Observation? {
        number(municipality: municipality, year: year, indicator: indicator).map { observations[$0] }
    }

    /// Where in `observations` the row for a municipality, year and indicator
    /// is: loops that read one field of many rows use this, not copies of rows.
    func number(municipality: String, year: Int, indicator: String) -> Int? {
        guard let municipality = municipalityPositions[municipality], let indicator = indicatorPositions[indicator],
              let year = yearPositions[year] else { return nil }
        return number(Position(municipality: municipality, indicator: indicator), year: year)
    }

    /// A municipality and an indicator, looked up once for many years.
    struct Position {
        var municipality: Int
        var indicator: Int
    }

    func position(municipality: String, indicator: String) -> Position? {
        guard let municipality = municipalityPositions[municipality], let indicator = indicatorPositions[indicator] else {
            return nil
        }
        return Position(municipality: municipality, indicator: indicator)
    }

    /// The ids of the indicators with a row, in the order the rows name them.
    package var indicators: [String] {
        indicatorPositions.sorted { $0.value < $1.value }.map(\.key)
    }

    /// The year's place in `years`.
    func yearPosition(_ year: Int) -> Int? {
        yearPositions[year]
    }

    /// Where in `observations` the row at `position` in the year at `year` (a place in `years`) is.
    func number(_ position: Position, year: Int) -> Int? {
        let number = Int(table[(position.municipality * indicatorPositions.count + position.indicator) * years.count + year])
        return number == 0 ? nil : number - 1
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
