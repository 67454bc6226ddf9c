import RegioDashCore

/// A municipality's part of one theme on its profile: how it compares, in
/// words and as a strip among the other municipalities; its figures beside
/// the region's; a line chart per indicator; and the figures per year.
struct ProfileView {
    let context: PageContext
    let profile: IndicatorProfile
    let level: Int
    let id: String

    func render(into html: inout HTML) {
        comparesList(&html)
        latestTable(&html)
        SectionView.sources(profile.sources, context: context, into: &html)
        guard profile.years.count > 1 else { return }
        html.element("div", ["class": "line-charts"]) { grid in
            for (index, row) in profile.rows.enumerated() where row.series?.values.contains(where: { $0 != nil }) == true {
                LineChart(context: context, row: row, years: profile.years, municipality: profile.municipality.name,
                          id: "\(id)-line\(index)").render(describedBy: "\(id)-says\(index)", into: &grid)
            }
        }
        html.newline()
        for row in profile.rows {
            for (year, note) in (row.series?.breaks ?? [:]).sorted(by: { $0.key < $1.key }) {
                html.element("p", ["class": "break-note"], text: context.strings.seriesBreak(profile.municipality.name, year, note))
                html.newline()
            }
        }
        history(&html)
    }

    /// "How does Raalte compare?": one line per indicator.
    private func comparesList(_ html: inout HTML) {
        let strings = context.strings
        let name = profile.municipality.name
        html.heading(level, ["id": "\(id)-compares"], text: strings.howCompares(name))
        html.element("p", ["class": "strip-key"]) { key in
            key.element("span", ["class": "own-mark", "aria-hidden": "true"], text: "◆ ")
            key.text(name + " · ")
            key.element("span", ["class": "tick-mark", "aria-hidden": "true"], text: "| ")
            key.text(strings.otherMunicipalities + " · ")
            key.element("span", ["class": "reference-mark", "aria-hidden": "true"], text: "┆ ")
            key.text(strings.region)
        }
        html.element("ul", ["class": "compares"]) { list in
            list.newline()
            for (index, row) in profile.rows.enumerated() {
                list.element("li", ["id": "\(id)-says\(index)"]) { item in
                    item.element("span", ["class": "compares-text"]) { text in
                        text.element("strong", text: row.indicator.label[context.language] + ": ")
                        text.text(sentence(row))
                        if let direction = direction(row) {
                            text.element("span", ["class": "arrow", "aria-hidden": "true"],
                                         text: direction == .up ? " ↑" : direction == .down ? " ↓" : " →")
                        }
                    }
                    if let measure = row.measure, !row.distribution.isEmpty {
                        StripPlot(measures: row.distribution, own: measure, reference: row.reference,
                                  title: strings.stripTitle(name, row.indicator.label[context.language]),
                                  cache: context.charts).render(into: &item)
                    }
                }
                list.newline()
            }
        }
        html.newline()
    }

    /// The value, the rank, above or below the region, and the change since the year before.
    private func sentence(_ row: IndicatorProfile.Row) -> String {
        let strings = context.strings
        let format = context.format
        let kind = row.indicator.kind
        guard let measure = row.measure else {
            return strings.valueIn(strings.noFigure, profile.year)
        }
        var parts = [strings.valueIn(format.measure(measure, kind) + (format.unit(kind).map { " " + $0 } ?? ""), profile.year)]
        if let rank = row.rank {
            parts.append(strings.rankOf(rank, row.reporting))
        }
        if let position = row.position, let reference = row.reference {
            let shown = format.measure(reference, kind)
            parts.append(strings.comparedToRegion(format.measure(measure, kind) == shown ? .same : position, shown))
        }
        if let direction = direction(row), let previous = row.previous {
            parts.append(strings.sinceYear(direction, previous.year, format.measure(previous.measure, kind)))
        }
        return parts.joined(separator: "; ") + "."
    }

    /// Up, down or the same since the year before, as the reader sees the
    /// figures: two figures that print alike are the same.
    private func direction(_ row: IndicatorProfile.Row) -> IndicatorProfile.Direction? {
        guard let direction = row.direction, let measure = row.measure, let previous = row.previous else { return nil }
        let kind = row.indicator.kind
        return context.format.measure(measure, kind) == context.format.measure(previous.measure, kind) ? .same : direction
    }

    /// The latest year beside the region.
    private func latestTable(_ html: inout HTML) {
        let strings = context.strings
        let name = profile.municipality.name
        let caption = "\(id)-caption"
        let showsPerThousand = profile.rows.contains { $0.indicator.kind.hasPerThousand }
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "profile figures"]) { table in
                table.newline()
                table.element("caption", ["id": caption], text: strings.profileIn(name, profile.year))
                table.newline()
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", ["scope": "col"], text: strings.indicator)
                        row.element("th", ["scope": "col"], text: name)
                        row.element("th", ["scope": "col"], text: strings.regionalAverage)
                        if showsPerThousand {
                            row.element("th", ["scope": "col"], text: "\(name) \(strings.perThousandShort)")
                            row.element("th", ["scope": "col"], text: strings.regionPerThousand)
                        }
                    }
                }
                table.newline()
                table.element("tbody") { body in
                    body.newline()
                    for row in profile.rows {
                        body.element("tr") { line in
                            line.element("th", ["scope": "row"], text: row.indicator.label[context.language])
                            cell(&line, context.format.value(row.value, row.indicator.kind), missing: row.value == nil)
                            cell(&line, context.format.value(row.regionalAverage, row.indicator.kind == .percent ? .percent : .number),
                                 missing: row.regionalAverage == nil)
                            if showsPerThousand {
                                if row.indicator.kind.hasPerThousand {
                                    cell(&line, context.format.perThousand(row.perThousand), missing: row.perThousand == nil)
                                    cell(&line, context.format.perThousand(row.regionPerThousand),
                                         missing: row.regionPerThousand == nil)
                                } else {
                                    line.element("td", ["class": "na"], text: strings.notApplicable)
                                    line.element("td", ["class": "na"], text: strings.notApplicable)
                                }
                            }
                        }
                        body.newline()
                    }
                }
            }
        }
    }

    /// The figures behind the line charts: every year, the municipality's
    /// value (and per 1,000) and the region's.
    private func history(_ html: inout HTML) {
        let strings = context.strings
        let name = profile.municipality.name
        let caption = "\(id)-history"
        html.element("details", ["class": "chart-table"]) { details in
            details.element("summary", text: strings.perYear(name))
            SectionView.scrollRegion(labelledBy: caption, into: &details) { scroll in
                scroll.element("table", ["class": "history figures"]) { table in
                    table.element("caption", ["id": caption], text: strings.perYear(name))
                    table.element("thead") { head in
                        head.element("tr") { row in
                            row.element("th", ["scope": "col"], text: strings.indicator)
                            for year in profile.years {
                                row.element("th", ["scope": "col"], text: String(year))
                            }
                        }
                    }
                    table.newline()
                    table.element("tbody") { body in
                        for row in profile.rows {
                            let label = row.indicator.label[context.language]
                            let kind = row.indicator.kind
                            line(label, row.history.map { context.format.value($0, kind) }, missing: row.history.map { $0 == nil },
                                 into: &body)
                            if kind.hasPerThousand {
                                let values = row.series?.values ?? []
                                line("\(label), \(strings.perThousandShort)", values.map { context.format.perThousand($0) },
                                     missing: values.map { $0 == nil }, into: &body, secondary: true)
                            }
                            line("\(label), \(kind.hasPerThousand ? strings.regionPerThousand : strings.regionalAverage)",
                                 row.regionalSeries.map { context.format.measure($0, kind) },
                                 missing: row.regionalSeries.map { $0 == nil }, into: &body, secondary: true)
                        }
                    }
                }
            }
        }
        html.newline()
    }

    private func line(_ header: String, _ texts: [String], missing: [Bool], into html: inout HTML, secondary: Bool = false) {
        html.element("tr", secondary ? ["class": "secondary"] : [:]) { line in
            line.element("th", ["scope": "row"], text: header)
            for (text, isMissing) in zip(texts, missing) {
                cell(&line, text, missing: isMissing)
            }
        }
        html.newline()
    }

    private func cell(_ html: inout HTML, _ text: String, missing: Bool) {
        html.element("td", missing ? ["class": "no-figure"] : [:], text: text)
    }
}
