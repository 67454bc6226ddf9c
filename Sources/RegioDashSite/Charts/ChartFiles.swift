import RegioDashCore

/// Every bar chart of the theme pages as files to take away:
/// `grafieken/<theme>/<year>/<indicator>.svg`, the chart on its own with
/// its title, source, reference date and licence written in it, and beside
/// it `.csv`, the chart's figures (each municipality in the chart's order,
/// then the region and the benchmarks that have the figure). Keyed like the theme's downloads.
enum ChartFiles {
    /// Wide enough for a slide; the bars scale with it.
    static let width = 800.0

    /// The years and indicators a theme's chart files are written for: every year with figures, every indicator with any.
    static func charts(of theme: Theme) -> [(year: Int, indicator: String)] {
        let present = Set(theme.figures.indicators)
        let indicators = theme.descriptor.indicators.map(\.id).filter(present.contains)
        return theme.figures.years.flatMap { year in indicators.map { (year, $0) } }
    }

    /// Whether the chart of `indicator` in `year` has its files (the theme page links them only then).
    static func written(_ theme: Theme, year: Int, indicator: String) -> Bool {
        theme.figures.years.contains(year) && theme.figures.indicators.contains(indicator)
            && theme.descriptor.indicators.contains { $0.id == indicator }
    }

    static func jobs(dataset: Dataset, keys: PageKeys, routes: Routes) -> [OutputJob] {
        var jobs: [OutputJob] = []
        for theme in dataset.themes {
            for (year, indicator) in charts(of: theme) {
                guard let column = theme.descriptor.indicators.firstIndex(where: { $0.id == indicator }) else { continue }
                let svg = routes.chart(theme, year: year, indicator: indicator, format: "svg")
                jobs.append(OutputJob(path: svg, key: keys.theme(theme.id)) {
                    let context = PageContext(dataset: dataset, path: svg)
                    return BarChart(context: context, comparison: theme.comparison(year: year), column: column, id: "chart")
                        .standalone(width: width, lines: lines(theme.comparison(year: year), context: context))
                })
                jobs.append(OutputJob(path: routes.chart(theme, year: year, indicator: indicator, format: "csv"), key: keys.theme(theme.id)) {
                    CSVWriter.write(table(theme.comparison(year: year), column: column, region: dataset.region,
                                          language: dataset.site.language))
                })
            }
        }
        return jobs
    }

    /// Below the chart: its source, the reference date, the licence, and whose site it comes from.
    private static func lines(_ comparison: Comparison, context: PageContext) -> [String] {
        let site = context.dataset.site
        return facts(comparison, context: context)
            + [[site.title, site.publisher, site.baseURL].compactMap { $0 }.joined(separator: " · ")]
    }

    /// What a chart away from its theme page says of itself: its source, the reference date and the licence.
    static func facts(_ comparison: Comparison, context: PageContext) -> [String] {
        let strings = context.strings
        let site = context.dataset.site
        var lines: [String] = []
        if !comparison.sources.isEmpty {
            lines.append("\(comparison.sources.count == 1 ? strings.source : strings.sources): \(comparison.sources.joined(separator: "; "))")
        }
        if let date = context.dataset.referenceDate {
            lines.append("\(strings.referenceDate): \(context.format.date(date))")
        }
        if let license = site.license {
            lines.append("\(strings.licence): \(license.title)")
        }
        return lines
    }

    /// The chart's figures: the municipalities in the chart's order, then the region and the benchmarks.
    static func table(_ comparison: Comparison, column: Int, region: Region, language: Language) -> DataTable {
        let indicator = comparison.indicators[column]
        let kind = indicator.kind
        let rate = kind.hasRate ? "per_\(comparison.scales[column].per)" : nil
        let targets = comparison.hasTargets(column: column)
        var columns: [DataTable.Column] = [
            .init(id: "area_type", label: LocalizedText(nl: "Soort gebied", en: "Area type")),
            .municipalityCode, .init(id: "name", label: LocalizedText(nl: "Naam", en: "Name")),
            .init(id: "value", label: indicator.label),
        ]
        if let rate { columns.append(.init(id: rate, label: LocalizedText(nl: rate, en: rate))) }
        if targets { columns.append(.init(id: "target", label: LocalizedText(nl: "Doel", en: "Target"))) }
        columns.append(.init(id: "rank", label: LocalizedText(nl: "Plaats", en: "Rank")))
        func row(_ type: String, _ code: String, _ name: String, value: Double?, rate rateValue: Double?, target: Double?,
                 rank: Int?) -> [DataTable.Cell] {
            var cells: [DataTable.Cell] = [.text(type), .text(code), .text(name), .number(value, kind)]
            if rate != nil { cells.append(.number(rateValue, .number)) }
            if targets { cells.append(.number(target, kind)) }
            cells.append(rank.map { .number(Double($0), .count) } ?? .empty)
            return cells
        }
        var rows = comparison.ranking(column: column).map { ranked in
            let cell = ranked.row.cells[column]
            return row("municipality", ranked.row.municipality.code, ranked.row.municipality.name,
                       value: cell.value, rate: cell.rate, target: cell.target, rank: ranked.rank)
        }
        let summary = comparison.summaries[column]
        rows.append(row("region", region.code ?? "", region.name, value: kind == .percent ? summary.average : summary.total,
                        rate: summary.rate, target: summary.target, rank: nil))
        for benchmark in comparison.benchmarks {
            let cell = benchmark.cells[column]
            guard cell.value != nil || cell.rate != nil else { continue }
            rows.append(row("benchmark", benchmark.benchmark.code, benchmark.benchmark.name[language],
                            value: cell.value, rate: cell.rate, target: cell.target, rank: nil))
        }
        return DataTable(caption: indicator.label, columns: columns, rows: rows)
    }

    /// The standalone chart's look: the site's light colours, written into the file.
    static let style = """
        text{fill:#1b1b1b}.heading{font-size:15px;font-weight:700}.meta{fill:#4b5563;font-size:12px}\
        .gap{fill:#4b5563;font-style:italic}.bar{fill:#1f5f99}\
        .reference{stroke:#a33b00;stroke-width:2;stroke-dasharray:4 3}.reference-label{fill:#a33b00;font-weight:700}\
        .halo{fill:#fff;stroke:#fff;stroke-width:4px;stroke-linejoin:round}\
        .benchmark-1,.benchmark-2,.benchmark-3{stroke:#4b5563}.benchmark-1{stroke-dasharray:1 3}\
        .benchmark-2{stroke-dasharray:8 2 2 2}.benchmark-3{stroke-dasharray:10 5}.benchmark-label{fill:#1b1b1b}\
        .target-mark{fill:#1b1b1b;stroke:#fff;stroke-width:1}
        """
}
