/// One municipality of the region, from `region.yaml`.
public struct Municipality: Sendable, Hashable, Inhabited {
    /// CBS code: `GM` and four digits.
    public var code: String
    /// The municipality's name, as written in region.yaml.
    public var name: String
    /// URL segment and narrative folder name: `[a-z0-9-]+`.
    public var slug: String
    /// Inhabitants on 1 January, by year.
    public var population: [Int: Int]
    /// Parts of the population a rate can be per (`youth-12-17`), by year.
    public var populations: [String: [Int: Int]]
    /// Place on the tile map, if given: row and column, from 1.
    public var tile: Tile?
    /// The municipalities it was formed from in a redivision, each with the
    /// last year it existed (`formed_from:` in region.yaml).
    public var formedFrom: [Predecessor]
    /// The line of region.yaml (or population.csv) each population year was given on.
    package var populationLines: [Int: SourceLocation] = [:]

    /// A former municipality merged into this one.
    public struct Predecessor: Sendable, Hashable {
        /// Its CBS code (GM + 4 digits).
        public var code: String
        /// The last year it existed; from the next year on, it is part of this municipality.
        public var until: Int

        public init(code: String, until: Int) {
            self.code = code
            self.until = until
        }
    }

    /// A place on the region's tile map.
    public struct Tile: Sendable, Hashable {
        /// Row and column on the tile map, from 1.
        public var row: Int
        public var column: Int

        /// A place on the tile map.
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// A municipality (tests make their own).
    public init(code: String, name: String, slug: String, population: [Int: Int] = [:],
                populations: [String: [Int: Int]] = [:], tile: Tile? = nil, formedFrom: [Predecessor] = []) {
        self.code = code
        self.name = name
        self.slug = slug
        self.population = population
        self.populations = populations
        self.tile = tile
        self.formedFrom = formedFrom
    }
}
