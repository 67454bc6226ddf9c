/// Reads `population.csv` (`municipality,year,population,source`): the
/// inhabitants on 1 January of municipalities and benchmarks, read in
/// addition to region.yaml's `population:` — machine-written (by
/// `regiodash import population`) beside hand-written. A year given in both
/// is an error naming both lines.
package enum PopulationTable {
    package static let fileName = "population.csv"
    static let required = ["municipality", "year", "population"]
    static let optional = ["source"]

    /// `region` with the file's populations added.
    package static func merge(_ file: TextFile, into region: Region, diagnostics: inout Diagnostics) -> Region {
        guard let table = CSVTable.read(file, required: required, optional: optional, diagnostics: &diagnostics) else {
            return region
        }
        var municipalities = region.municipalities
        var benchmarks = region.benchmarks
        for record in table.records {
            guard let areaField = table.field("municipality", of: record), let yearField = table.field("year", of: record),
                  let countField = table.field("population", of: record),
                  let code = table.area(areaField, in: region, diagnostics: &diagnostics) else { continue }
            guard let year = Year.parse(yearField.value) else {
                diagnostics.error("\"\(yearField.value)\" is not a year: write four digits, like 2023", at: table.location(of: yearField))
                continue
            }
            guard case let .value(number) = NumberParser.parse(countField.value), number > 0, number.rounded() == number,
                  number < 1e10 else {
                diagnostics.error("the population must be a whole number of inhabitants above 0, not \"\(countField.value)\"",
                                  at: table.location(of: countField))
                continue
            }
            let here = table.location(of: areaField)
            func add(_ place: inout some Inhabited & PopulationRecord) {
                if let earlier = place.populationLines[year] {
                    diagnostics.error("the population of \(code) in \(year) is also given at \(earlier): keep one of the two "
                                        + "(regiodash import population takes imported years out of region.yaml)",
                                      at: here)
                    return
                }
                place.population[year] = Int(number)
                place.populationLines[year] = here
            }
            if let index = municipalities.firstIndex(where: { $0.code == code }) {
                add(&municipalities[index])
            } else if let index = benchmarks.firstIndex(where: { $0.code == code }) {
                add(&benchmarks[index])
            }
        }
        return Region(name: region.name, code: region.code, municipalities: municipalities, benchmarks: benchmarks)
    }
}

/// A place whose population per year can be added to, remembering where each year came from.
package protocol PopulationRecord {
    var population: [Int: Int] { get set }
    var populationLines: [Int: SourceLocation] { get set }
}

extension Municipality: PopulationRecord {}
extension Benchmark: PopulationRecord {}
