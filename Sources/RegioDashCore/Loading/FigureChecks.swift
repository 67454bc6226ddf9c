/// Checks on a theme's figures that are legal but suspicious: warnings that
/// point at what is most likely a mistake.
enum FigureChecks {
    /// A jump from one year to the next larger than this factor is reported.
    static let jumpFactor = 10.0

    static func check(_ theme: Theme, in dataset: Dataset, content: ContentFolder, diagnostics: inout Diagnostics) {
        guard !theme.descriptor.indicators.isEmpty, !theme.figures.isEmpty else { return }
        let dataFile = content.location("themes/\(theme.id)/data.csv")
        var yearsWithFigures: [String: Set<Int>] = [:]
        for observation in theme.figures.observations {
            yearsWithFigures[observation.municipality, default: []].insert(observation.year)
        }
        for year in theme.figures.years {
            let missing = dataset.region.municipalities.filter { !(yearsWithFigures[$0.code]?.contains(year) ?? false) }
            let reporting = dataset.region.municipalities.count - missing.count
            for municipality in missing where reporting > 0 {
                diagnostics.warning(
                    "\(municipality.name) has no rows for \(year), while \(reporting) other "
                        + "\(reporting == 1 ? "municipality has" : "municipalities have"): add its rows "
                        + "(an empty value means \"no figure\")",
                    at: dataFile, kind: "municipalities without rows for a year")
            }
        }
        for municipality in dataset.region.municipalities {
            for indicator in theme.descriptor.indicators {
                var previous: Observation?
                for case let current? in theme.figures.series(municipality: municipality.code, indicator: indicator.id) {
                    let year = current.year
                    defer { previous = current }
                    guard let before = previous, before.year == year - 1, current.seriesBreak == nil,
                          let old = before.value, let new = current.value, old > 0, new > 0 else { continue }
                    let factor = max(new / old, old / new)
                    guard factor > jumpFactor else { continue }
                    diagnostics.warning(
                        "\(municipality.name) \(indicator.id) went from \(PlainText.number(old)) in \(before.year) to "
                            + "\(PlainText.number(new)) in \(year), more than \(Int(jumpFactor))×: check the figure, "
                            + "or start its note with \"breuk:\" if the way of counting changed",
                        at: current.location, kind: "jumps of more than \(Int(jumpFactor))×")
                }
            }
        }
        var withValues = Set<YearOf>()
        for observation in theme.figures.observations where observation.value != nil {
            withValues.insert(YearOf(municipality: observation.municipality, year: observation.year))
        }
        for narrative in theme.narratives
        where !withValues.contains(YearOf(municipality: narrative.municipality, year: narrative.year)) {
            let name = dataset.region.municipality(code: narrative.municipality)?.name ?? narrative.municipality
            diagnostics.warning(
                "this narrative has no figures beside it: \(name) has no values for \(narrative.year) in "
                    + "themes/\(theme.id)/data.csv",
                at: narrative.location)
        }
    }
}

/// A municipality's year.
private struct YearOf: Hashable {
    var municipality: String
    var year: Int
}

/// Numbers in diagnostics: as typed, without a trailing `.0`.
enum PlainText {
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
