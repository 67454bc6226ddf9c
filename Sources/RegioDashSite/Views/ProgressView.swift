import RegioDashCore

/// Parts of a whole per municipality as labelled bars: the figures are in
/// the text, the bar only shows them.
struct ProgressView {
    let context: PageContext
    let progress: Progress
    let level: Int
    let id: String

    func render(into html: inout HTML) {
        let language = context.language
        html.heading(level, ["id": "\(id)-heading"], text: progress.caption[language])
        html.element("ul", ["class": "progress-list", "aria-labelledby": "\(id)-heading"]) { list in
            list.newline()
            for item in progress.items {
                list.element("li") { line in
                    line.element("span", ["class": "progress-name"], text: item.municipality.name)
                    let fraction = item.fraction
                    let width = SVG.number(min(1, fraction ?? 0) * 100)
                    line.element("span", ["class": "progress-bar", "aria-hidden": "true"]) { bar in
                        bar.element("span", ["class": (fraction ?? 0) > 1 ? "over" : "fill", "style": "width: \(width)%"], text: "")
                    }
                    line.element("span", ["class": "progress-text"], text: text(item))
                }
                list.newline()
            }
        }
        html.newline()
    }

    private func text(_ item: Progress.Item) -> String {
        let format = context.format
        guard item.part != nil || item.whole != nil else { return context.strings.noFigure }
        var text = context.strings.progressText(format.value(item.part, .count), format.value(item.whole, .count),
                                                progress.partLabel[context.language], progress.wholeLabel[context.language])
        if let fraction = item.fraction {
            text += " (\(format.number(fraction * 100, decimals: 0))%)"
        }
        return text
    }
}
