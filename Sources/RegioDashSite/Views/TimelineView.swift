import RegioDashCore

/// Periods on a time axis (kvo's certificates from `certified_on` to
/// `valid_until`): the message in words; a bar per period under a line
/// naming it, the years as a scale and the reference date as a line; a
/// period ending soon hatched and marked ⚠ with its state in words, one
/// that ended drawn as a dashed outline and marked ✗; then the table.
struct TimelineView {
    let context: PageContext
    let timeline: Timeline
    let level: Int
    let id: String

    private static let top = 34.0
    private static let rowHeight = 40.0
    private static let left = 1.0
    private static let width = 97.0

    func render(into html: inout HTML) {
        html.heading(level, ["id": "\(id)-heading"], text: timeline.caption[context.language])
        html.element("p", ["class": "chart-summary", "id": "\(id)-summary"], text: summary())
        html.newline()
        chart(&html)
        table(&html)
    }

    /// How many periods, the reference date, and which end soon or ended.
    func summary() -> String {
        let strings = context.strings
        let language = context.language
        let count = timeline.items.count
        var sentences = [strings.timelineCount(count, (count == 1 ? timeline.singular : timeline.plural)[language],
                                               timeline.reference.map(context.format.date))]
        // Without a reference date nothing is known to end soon or to have ended.
        guard timeline.reference != nil else { return sentences.joined(separator: " ") }
        for state in [Timeline.State.endingSoon, .ended] {
            let items = timeline.items.filter { $0.state == state }.map { "\($0.label) (\($0.municipality.name))" }
            sentences.append(strings.timelineState(timeline.label(for: state)[language], items))
        }
        return sentences.joined(separator: " ")
    }

    private func chart(_ html: inout HTML) {
        let items = shownItems
        let hidden = timeline.items.count - items.count
        guard let first = items.map(\.start).min(), let last = items.map(\.end).max() else { return }
        // Whole years, from the first start's to after the last end's (and the reference date).
        let from = Self.day(CalendarDate(year: first.year, month: 1, day: 1) ?? first)
        let untilYear = max(last.year, timeline.reference?.year ?? last.year) + 1
        let until = Self.day(CalendarDate(year: untilYear, month: 1, day: 1) ?? last)
        let x = { (date: CalendarDate) in Self.left + Double(Self.day(date) - from) / Double(max(1, until - from)) * Self.width }
        let height = Self.top + Double(items.count) * Self.rowHeight + (hidden > 0 ? 20 : 0)
        let title = timeline.caption[context.language]
        html.element("figure", ["class": "chart timeline"]) { figure in
            figure.element("figcaption", ["id": "\(id)-title"], text: title)
            figure.newline()
            figure.element("svg", ["width": "100%", "height": SVG.number(height), "role": "img",
                                   "aria-labelledby": "\(id)-title", "aria-describedby": "\(id)-summary"]) { svg in
                svg.element("title", text: title)
                svg.hatch(id: "\(id)-hatch")
                for year in first.year...untilYear {
                    guard let date = CalendarDate(year: year, month: 1, day: 1) else { continue }
                    let position = SVG.percent(x(date))
                    svg.shape("line", ["class": "grid", "x1": position, "x2": position, "y1": "14", "y2": SVG.number(height)])
                    if year < untilYear {
                        svg.element("text", ["class": "axis", "x": position, "dx": "3", "y": "12"], text: String(year))
                    }
                }
                if let reference = timeline.reference {
                    let position = x(reference)
                    svg.shape("line", ["class": "reference", "x1": SVG.percent(position), "x2": SVG.percent(position),
                                       "y1": "16", "y2": SVG.number(height)])
                    svg.label(context.strings.referenceLine(context.format.date(reference)), x: SVG.percent(position), y: "28",
                              dx: position > 60 ? "-4" : "4", anchor: position > 60 ? "end" : "start", class: "reference-label")
                }
                for (index, item) in items.enumerated() {
                    let y = Self.top + Double(index) * Self.rowHeight
                    let mark = switch item.state {
                    case .running: ""
                    case .endingSoon: " — ⚠ " + timeline.label(for: .endingSoon)[context.language]
                    case .ended: " — ✗ " + timeline.label(for: .ended)[context.language]
                    }
                    svg.label("\(item.municipality.name) · \(item.label)" + mark, x: SVG.percent(Self.left), y: SVG.number(y + 13))
                    let start = x(item.start)
                    svg.shape("rect", ["class": "period-\(Self.style(item.state))", "x": SVG.percent(start), "y": SVG.number(y + 18),
                                       "width": SVG.percent(max(0.5, x(item.end) - start)), "height": "14",
                                       "fill": item.state == .endingSoon ? "url(#\(id)-hatch)" : nil])
                }
                if hidden > 0 {
                    let noun = (hidden == 1 ? timeline.singular : timeline.plural)[context.language]
                    svg.element("text", ["class": "gap", "x": SVG.percent(Self.left), "y": SVG.number(height - 4)],
                                text: context.strings.morePeriods(hidden, noun))
                }
            }
            legend(items, into: &figure)
        }
        html.newline()
    }

    /// Every period, or in a large region those that ended or end soon
    /// (the first ones, when none do; the table keeps all).
    private var shownItems: [Timeline.Item] {
        guard timeline.items.count > Scale.allBars else { return timeline.items }
        let attention = timeline.items.filter { $0.state != .running }
        return Array((attention.isEmpty ? timeline.items : attention).prefix(Scale.allBars))
    }

    private static func style(_ state: Timeline.State) -> String {
        switch state {
        case .running: "running"
        case .endingSoon: "ending"
        case .ended: "ended"
        }
    }

    /// The states of the periods drawn.
    private func legend(_ items: [Timeline.Item], into html: inout HTML) {
        let states = [Timeline.State.running, .endingSoon, .ended].filter { state in items.contains { $0.state == state } }
        html.legend(states.map { state in
            ("period-\(Self.style(state))", state == .endingSoon ? "url(#\(id)-hatch)" : nil, timeline.label(for: state)[context.language])
        })
    }

    private func table(_ html: inout HTML) {
        let strings = context.strings
        let caption = "\(id)-caption"
        html.element("details", ["class": "chart-table"]) { details in
            details.element("summary", text: strings.chartTable)
            SectionView.scrollRegion(labelledBy: caption, into: &details) { scroll in
                scroll.element("table", ["class": "records"]) { table in
                    table.element("caption", ["id": caption], text: timeline.caption[context.language])
                    table.element("thead") { head in
                        head.element("tr") { row in
                            let one = timeline.singular[context.language]
                            for label in [strings.municipality, one.prefix(1).uppercased() + one.dropFirst(), strings.periodStart,
                                          strings.periodEnd, strings.periodState] {
                                row.element("th", ["scope": "col"], text: label)
                            }
                        }
                    }
                    table.element("tbody") { body in
                        for item in timeline.items {
                            body.element("tr") { row in
                                row.element("th", ["scope": "row"], text: item.municipality.name)
                                row.element("td", text: item.label)
                                row.element("td", ["class": "date"], text: context.format.date(item.start))
                                row.element("td", ["class": "date"], text: context.format.date(item.end))
                                row.element("td", text: timeline.label(for: item.state)[context.language])
                            }
                            body.newline()
                        }
                    }
                }
            }
        }
        html.newline()
    }

    /// Days since 1 January of year 0, for the scale (proleptic Gregorian).
    private static func day(_ date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let month = date.month <= 2 ? date.month + 12 : date.month
        return 365 * year + year / 4 - year / 100 + year / 400 + (153 * (month - 3) + 2) / 5 + date.day
    }
}
