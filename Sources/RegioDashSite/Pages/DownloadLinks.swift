import RegioDashCore

/// Links to the CSV and JSON files behind themes.
struct DownloadLinks {
    let context: PageContext

    func render(_ themes: [Theme], into html: inout HTML) {
        let strings = context.strings
        html.element("ul", ["class": "downloads"]) { list in
            for theme in themes {
                let title = theme.title(context.language)
                list.element("li") { item in
                    item.text(strings.downloadFigures(title) + ": ")
                    item.element("a", ["href": context.link(context.routes.download(theme, format: "csv")),
                                       "aria-label": "\(strings.downloadFigures(title)) (CSV)"], text: strings.downloadCSV)
                    item.text(" · ")
                    item.element("a", ["href": context.link(context.routes.download(theme, format: "json")),
                                       "aria-label": "\(strings.downloadFigures(title)) (JSON)"], text: strings.downloadJSON)
                }
            }
        }
        html.newline()
    }
}
