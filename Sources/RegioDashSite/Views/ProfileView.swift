import RegioDashCore

/// A municipality's figures on one theme beside the region's.
struct ProfileView {
    let context: PageContext
    let profile: IndicatorProfile
    let id: String

    func render(into html: inout HTML) {
        let strings = context.strings
        let name = profile.municipality.name
        let caption = "\(id)-caption"
        let showsPerThousand = profile.rows.contains { $0.indicator.kind.hasPerThousand }
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "profile"]) { table in
                table.newline()
                table.element("caption", ["id": caption], text: strings.profileIn(name, profile.year))
                table.newline()
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", ["scope": "col"], text: strings.indicator)
                        row.element("th", ["scope": "col", "class": "num"], text: name)
                        row.element("th", ["scope": "col", "class": "num"], text: strings.regionalAverage)
                        if showsPerThousand {
                            row.element("th", ["scope": "col", "class": "num"], text: "\(name) \(strings.perThousandShort)")
                            row.element("th", ["scope": "col", "class": "num"], text: strings.regionPerThousand)
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
                                    line.element("td", ["class": "num na"], text: strings.notApplicable)
                                    line.element("td", ["class": "num na"], text: strings.notApplicable)
                                }
                            }
                        }
                        body.newline()
                    }
                }
            }
        }
        SectionView.sources(profile.sources, context: context, into: &html)
        if profile.years.count > 1 {
            history(into: &html)
        }
    }

    /// The municipality's figures in every year, years as columns.
    private func history(into html: inout HTML) {
        let caption = "\(id)-history"
        SectionView.scrollRegion(labelledBy: caption, into: &html) { scroll in
            scroll.element("table", ["class": "history"]) { table in
                table.newline()
                table.element("caption", ["id": caption], text: context.strings.perYear(profile.municipality.name))
                table.newline()
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", ["scope": "col"], text: context.strings.indicator)
                        for year in profile.years {
                            row.element("th", ["scope": "col", "class": "num"], text: String(year))
                        }
                    }
                }
                table.newline()
                table.element("tbody") { body in
                    body.newline()
                    for row in profile.rows {
                        body.element("tr") { line in
                            line.element("th", ["scope": "row"], text: row.indicator.label[context.language])
                            for value in row.history {
                                cell(&line, context.format.value(value, row.indicator.kind), missing: value == nil)
                            }
                        }
                        body.newline()
                    }
                }
            }
        }
    }

    private func cell(_ html: inout HTML, _ text: String, missing: Bool) {
        html.element("td", ["class": missing ? "num no-figure" : "num"], text: text)
    }
}
