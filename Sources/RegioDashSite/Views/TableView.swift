import RegioDashCore

/// A plugin's own table (kvo's certificates): a heading, then the table,
/// the first column as row headers.
struct TableView {
    let context: PageContext
    let table: DataTable
    let level: Int
    let id: String

    func render(into html: inout HTML) {
        let heading = "\(id)-heading"
        html.heading(level, ["id": heading], text: table.caption[context.language])
        SectionView.scrollRegion(labelledBy: heading, into: &html) { scroll in
            scroll.element("table", ["class": "records"]) { element in
                element.newline()
                element.element("thead") { head in
                    head.element("tr") { row in
                        for column in table.columns {
                            row.element("th", ["scope": "col"], text: column.label[context.language])
                        }
                    }
                }
                element.newline()
                element.element("tbody") { body in
                    body.newline()
                    for cells in table.rows {
                        body.element("tr") { row in
                            for (index, cell) in cells.enumerated() {
                                render(cell, header: index == 0, into: &row)
                            }
                        }
                        body.newline()
                    }
                }
            }
        }
        if let source = table.source {
            SectionView.sources([source], context: context, into: &html)
        }
    }

    private func render(_ cell: DataTable.Cell, header: Bool, into html: inout HTML) {
        let tag = header ? "th" : "td"
        let scope = header ? "row" : nil
        switch cell {
        case .empty:
            html.element(tag, ["scope": scope], text: "")
        case let .text(text):
            html.element(tag, ["scope": scope], text: text)
        case let .number(value, kind):
            html.element(tag, ["scope": scope, "class": value == nil ? "num no-figure" : "num"],
                         text: context.format.value(value, kind))
        case let .date(date):
            html.element(tag, ["scope": scope, "class": "date"], text: context.format.date(date))
        case let .term(_, label):
            html.element(tag, ["scope": scope], text: label[context.language])
        case let .stars(count):
            html.element(tag, ["scope": scope]) { cell in
                cell.element("span", ["class": "stars", "aria-hidden": "true"], text: String(repeating: "★", count: count))
                cell.element("span", ["class": count > 0 ? "visually-hidden" : nil], text: context.strings.stars(count))
            }
        case let .flag(_, label):
            html.element(tag, ["scope": scope]) { flag in
                flag.element("strong", ["class": "flag"]) { strong in
                    strong.element("span", ["class": "flag-mark", "aria-hidden": "true"], text: "⚠ ")
                    strong.text(label[context.language])
                }
            }
        }
    }
}
