import RegioDashCore

/// A municipality's part of one theme on its profile: how it compares, in
/// words and as a strip among the other municipalities; its figures beside
/// the region's; a line chart per indicator; and the figures per year.
struct ProfileView {
    let context: PageContext
    let profile: IndicatorProfile
    let level: Int
    let id: String

    private var words: ProfileWords { ProfileWords(context: context, profile: profile) }

    func render(into html: inout HTML) {
        html.heading(level, ["id": "\(id)-compares"], text: context.strings.howCompares(profile.municipality.name))
        // The rest has no heading and no link: the same on the municipality's
        // profile and on its handout on the theme, so it is made once for both.
        html.append(context.charts.shared("\(profile.municipality.code)|\(id)", taker: context.isHandout) {
            var body = HTML(capacity: 65536)
            self.body(&body)
            return body
        })
    }

    private func body(_ html: inout HTML) {
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

    /// "How does Raalte compare?": one line per indicator, then the targets.
    private func comparesList(_ html: inout HTML) {
        let strings = context.strings
        let name = profile.municipality.name
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
                        text.text(words.sentence(row))
                        if let direction = row.direction {
                            text.element("span", ["class": "arrow", "aria-hidden": "true"],
                                         text: " " + ProfileWords.arrow(direction))
                        }
                    }
                    if let line = words.benchmarks(row) {
                        item.element("span", ["class": "compares-benchmarks"], text: " " + line)
                    }
                    if let measure = row.measure, !row.distribution.isEmpty {
                        StripPlot(measures: row.distribution, own: measure, reference: row.reference,
                                  title: strings.stripTitle(name, row.indicator.label[context.language]),
                                  label: { context.format.measure($0, row.indicator.kind, row.scale) },
                                  cache: context.charts).render(into: &item)
                    }
                }
                list.newline()
            }
        }
        html.newline()
        targets(&html)
    }

    /// The year's targets and whether each was met.
    private func targets(_ html: inout HTML) {
        let rows = profile.rows.filter { $0.targetMet != nil }
        guard !rows.isEmpty else { return }
        let format = context.format
        html.element("p", ["class": "label", "id": "\(id)-targets"]) { $0.element("strong", text: context.strings.targetsIn(profile.year)) }
        html.element("ul", ["class": "targets", "aria-labelledby": "\(id)-targets"]) { list in
            for row in rows {
                guard let target = row.target, let met = row.targetMet else { continue }
                list.element("li", ["class": met ? "met" : "not-met"]) { item in
                    item.element("span", ["class": "target-sign", "aria-hidden": "true"], text: met ? "✓ " : "✗ ")
                    item.text("\(row.indicator.label[context.language]): \(format.value(row.value, row.indicator.kind)) — "
                        + context.strings.targetResult(format.value(target, row.indicator.kind), met))
                }
            }
        }
        html.newline()
    }

    /// The current year beside the region.
    private func latestTable(_ html: inout HTML) {
        let strings = context.strings
        let name = profile.municipality.name
        let caption = "\(id)-caption"
        let showsRate = profile.rows.contains { $0.indicator.kind.hasRate }
        let showsTarget = profile.rows.contains { $0.target != nil }
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "profile figures"]) { table in
                table.newline()
                table.element("caption", ["id": caption], text: strings.profileIn(name, profile.year))
                table.newline()
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", ["scope": "col"], text: strings.indicator)
                        row.element("th", ["scope": "col"], text: name)
                        if showsTarget {
                            row.element("th", ["scope": "col"], text: strings.target)
                        }
                        row.element("th", ["scope": "col"], text: strings.regionalAverage)
                        if showsRate {
                            row.element("th", ["scope": "col"], text: strings.relative(name))
                            row.element("th", ["scope": "col"], text: strings.relative(strings.region))
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
                            if showsTarget {
                                if let target = row.target {
                                    cell(&line, context.format.value(target, row.indicator.kind), missing: false)
                                } else {
                                    line.element("td", ["class": "na"], text: strings.notApplicable)
                                }
                            }
                            cell(&line, context.format.value(row.regionalAverage, row.indicator.kind == .percent ? .percent : .number),
                                 missing: row.regionalAverage == nil)
                            if showsRate {
                                if row.indicator.kind.hasRate {
                                    rateCell(&line, row.rate, row)
                                    rateCell(&line, row.regionRate, row)
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

    /// A rate with its unit ("0,26 per 10.000 inw."): rows of one table may differ in it.
    private func rateCell(_ html: inout HTML, _ value: Double?, _ row: IndicatorProfile.Row) {
        guard let value else {
            cell(&html, context.strings.noFigure, missing: true)
            return
        }
        cell(&html, context.format.rate(value, row.scale) + " " + context.format.perShort(row.scale), missing: false)
    }

    /// The figures behind the line charts: every year, the municipality's
    /// value (and rate) and the region's, with the change of the measure
    /// since the year before and since the first year.
    private func history(_ html: inout HTML) {
        let strings = context.strings
        let name = profile.municipality.name
        let caption = "\(id)-history"
        let years = profile.years
        let changes = years.count > 2 ? [years[years.count - 2], years[0]] : [years[0]]
        html.element("details", ["class": "chart-table"]) { details in
            details.element("summary", text: strings.perYear(name))
            SectionView.scrollRegion(labelledBy: caption, into: &details) { scroll in
                scroll.element("table", ["class": "history figures"]) { table in
                    table.element("caption", ["id": caption], text: strings.perYear(name))
                    table.element("thead") { head in
                        head.element("tr") { row in
                            row.element("th", ["scope": "col"], text: strings.indicator)
                            for year in years {
                                row.element("th", ["scope": "col"], text: String(year))
                            }
                            for year in changes {
                                row.element("th", ["scope": "col"], text: strings.changeSince(year))
                            }
                        }
                    }
                    table.newline()
                    table.element("tbody") { body in
                        for row in profile.rows {
                            let label = row.indicator.label[context.language]
                            let kind = row.indicator.kind
                            let format = context.format
                            let none = changes.map { _ in strings.notApplicable }
                            let changed = [row.sincePrevious, row.sinceFirst].suffix(changes.count).map { change in
                                format.change(change, kind, row.scale)
                                    + (change.map { changes.contains($0.fromYear) ? "" : " (\($0.fromYear))" } ?? "")
                            }
                            line(label, row.history.map { format.value($0, kind) } + (kind.hasRate ? none : changed),
                                 missing: row.history.map { $0 == nil } + changes.map { _ in false }, into: &body)
                            if kind.hasRate {
                                let values = row.series?.values ?? []
                                line("\(label), \(format.perShort(row.scale))", values.map { format.rate($0, row.scale) } + changed,
                                     missing: values.map { $0 == nil } + changes.map { _ in false }, into: &body, secondary: true)
                            }
                            line("\(label), \(kind.hasRate ? strings.regionRate(format.number(Double(row.scale.per), decimals: 0)) : strings.regionalAverage)",
                                 row.regionalSeries.map { format.measure($0, kind, row.scale) } + none,
                                 missing: row.regionalSeries.map { $0 == nil } + changes.map { _ in false }, into: &body,
                                 secondary: true)
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
