/// Checks on a theme's figures that are legal but suspicious: warnings that
/// point at what is most likely a mistake.
enum FigureChecks {
    /// A jump from one year to the next larger than this factor is reported.
    static let jumpFactor = 10.0

    static func check(_ theme: Theme, in dataset: Dataset, diagnostics: inout Diagnostics) {
        guard !theme.descriptor.indicators.isEmpty, !theme.figures.isEmpty else { return }
        checkYears(theme, in: dataset, diagnostics: &diagnostics)
        let figures = theme.figures
        for municipality in dataset.region.municipalities {
            for indicator in theme.descriptor.indicators {
                guard let position = figures.position(municipality: municipality.code, indicator: indicator.id) else { continue }
                var previous: Int?
                for place in figures.years.indices {
                    guard let number = figures.number(position, year: place) else { continue }
                    defer { previous = number }
                    let rows = figures.observations
                    guard let earlier = previous, rows[earlier].year == rows[number].year - 1,
                          let old = rows[earlier].value, let new = rows[number].value, old > 0, new > 0,
                          max(new / old, old / new) > jumpFactor, rows[number].seriesBreak == nil else { continue }
                    let (before, current) = (rows[earlier], rows[number])
                    diagnostics.warning(
                        "\(municipality.name) \(indicator.id) went from \(PlainText.number(old)) in \(before.year) to "
                            + "\(PlainText.number(new)) in \(current.year), more than \(Int(jumpFactor))×: check the figure, "
                            + "or start its note with \"breuk:\" if the way of counting changed",
                        at: current.location, kind: "jumps of more than \(Int(jumpFactor))×")
                }
            }
        }
        let indicators = figures.indicators
        for narrative in theme.narratives where !indicators.contains(where: { indicator in
            figures.number(municipality: narrative.municipality, year: narrative.year, indicator: indicator)
                .map { figures.observations[$0].value != nil } ?? false
        }) {
            let name = dataset.region.municipality(code: narrative.municipality)?.name ?? narrative.municipality
            diagnostics.warning(
                "this narrative has no figures beside it: \(name) has no values for \(narrative.year) in "
                    + "themes/\(theme.id)/data.csv",
                at: narrative.location)
        }
    }
}

extension FigureChecks {
    /// Per year, once: a year fewer than half of the municipalities have
    /// figures for (the theme page opens on an earlier one), or the
    /// municipalities without rows in a year the others have. Each at the
    /// first row of that year.
    fileprivate static func checkYears(_ theme: Theme, in dataset: Dataset, diagnostics: inout Diagnostics) {
        let municipalities = dataset.region.municipalities
        var rows: [Int: Set<String>] = [:]
        var firstRow: [Int: SourceLocation] = [:]
        let observations = theme.figures.observations
        for index in observations.indices where dataset.region.municipality(code: observations[index].municipality) != nil {
            let year = observations[index].year
            rows[year, default: []].insert(observations[index].municipality)
            if firstRow[year].map({ observations[index].location.line < $0.line }) ?? true {
                firstRow[year] = observations[index].location
            }
        }
        for year in theme.figures.years {
            guard let location = firstRow[year] else { continue }
            let reporting = theme.coverage[year] ?? 0
            if theme.isIncomplete(year) {
                let opens = theme.currentYear.map { $0 == year ? "" : ", so the theme page opens on \($0)" } ?? ""
                diagnostics.warning(
                    "\(year) has figures from only \(reporting) of the \(municipalities.count) municipalities\(opens); "
                        + "\(year) is shown as incomplete until at least half have figures",
                    at: location, kind: "incomplete years")
                continue
            }
            let missing = municipalities.filter { !(rows[year]?.contains($0.code) ?? false) }.map(\.name)
            guard !missing.isEmpty else { continue }
            diagnostics.warning(
                "no rows for \(year) from \(PlainText.list(missing)), while the other "
                    + "\(municipalities.count - missing.count) municipalities have them: add their rows "
                    + "(an empty value means \"no figure\")",
                at: location, kind: "years with missing rows")
        }
    }
}

/// Numbers in diagnostics: as typed, without a trailing `.0`.
enum PlainText {
    /// "Dalfsen, Ommen and Raalte".
    static func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
