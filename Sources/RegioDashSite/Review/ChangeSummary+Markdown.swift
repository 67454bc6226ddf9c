import RegioDashCore

extension ChangeSummary {
    /// The summary as GitHub-flavoured Markdown, in the site's language: a
    /// heading, a line of counts, then per theme a table of changed figures
    /// and lists of narratives and records, then new warnings and errors.
    public func markdown() -> String {
        let strings = Strings.of(language)
        let format = Formatter(language: language)
        var lines = ["## " + strings.reviewTitle, ""]
        if !errors.isEmpty {
            lines += ["**" + strings.reviewErrors + "**", ""]
            lines += errors.map { "- `\($0.location)`: " + Self.cell($0.text) }
            lines.append("")
        }
        guard !(figures.isEmpty && narratives.isEmpty && records.isEmpty && newWarnings.isEmpty) else {
            return (lines + [strings.reviewNothing, ""]).joined(separator: "\n")
        }
        lines += [strings.reviewCounts(figures.count, narratives.count, records.count, newWarnings.count), ""]
        for (id, title) in themes {
            let themeFigures = figures.filter { $0.theme == id }
            let themeNarratives = narratives.filter { $0.theme == id }
            let themeRecords = records.filter { $0.theme == id }
            guard !(themeFigures.isEmpty && themeNarratives.isEmpty && themeRecords.isEmpty) else { continue }
            lines += ["### " + Self.cell(title), ""]
            if !themeFigures.isEmpty {
                lines.append("| \(strings.municipality) | \(strings.reviewYear) | \(strings.indicator) | \(strings.reviewWas) "
                    + "| \(strings.reviewBecomes) | \(strings.perShort(format.number(1000, decimals: 0))) |")
                lines.append("|---|---:|---|---:|---:|---|")
                for change in themeFigures {
                    let perThousand = change.indicator.kind.hasRate
                        ? "\(change.oldPerThousand.map { format.number($0, decimals: 2) } ?? "—") → \(change.newPerThousand.map { format.number($0, decimals: 2) } ?? "—")"
                        : ""
                    lines.append("| \(Self.cell(change.municipality)) | \(change.year) | \(Self.cell(change.indicator.label[language])) "
                        + "| \(value(change.old, change.indicator.kind, format, strings)) "
                        + "| \(value(change.new, change.indicator.kind, format, strings)) | \(perThousand) |")
                }
                lines.append("")
            }
            if !themeNarratives.isEmpty {
                lines.append("**\(strings.reviewNarratives)**: " + themeNarratives.map { change in
                    "\(Self.cell(change.municipality)) \(change.year) (\(strings.reviewNarrativeChange(change.kind)))"
                }.joined(separator: ", "))
                lines.append("")
            }
            if let caption = themeRecords.first?.caption {
                lines.append("**\(Self.cell(caption))**")
                lines += themeRecords.map { "- \($0.added ? "+" : "−") \(Self.cell($0.row))" }
                lines.append("")
            }
        }
        if !newWarnings.isEmpty {
            lines += ["### " + strings.reviewNewWarnings, ""]
            lines += newWarnings.map { "- `\($0.location)`: " + Self.cell($0.text) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func value(_ value: Double??, _ kind: IndicatorKind, _ format: Formatter, _ strings: Strings) -> String {
        guard let value else { return "—" }
        return format.value(value, kind)
    }

    /// Text safe inside a Markdown table cell or list item: one line, pipes escaped.
    static func cell(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .replacing("\\", with: "\\\\").replacing("|", with: "\\|").replacing("<", with: "&lt;")
    }
}
