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
            lines += errors.map { "- " + Self.code("\($0.location)") + ": " + Self.cell($0.text) }
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
                    let perThousand = change.kind.hasRate
                        ? "\(change.oldPerThousand.map { format.number($0, decimals: 2) } ?? "—") → \(change.newPerThousand.map { format.number($0, decimals: 2) } ?? "—")"
                        : ""
                    lines.append("| \(Self.cell(change.municipality)) | \(change.year) | \(Self.cell(change.indicator)) "
                        + "| \(value(change.old, change.kind, format, strings)) "
                        + "| \(value(change.new, change.kind, format, strings)) | \(perThousand) |")
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
            lines += newWarnings.map { "- " + Self.code("\($0.location)") + ": " + Self.cell($0.text) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func value(_ value: Double??, _ kind: IndicatorKind, _ format: Formatter, _ strings: Strings) -> String {
        guard let value else { return "—" }
        return format.value(value, kind)
    }

    /// A code span that holds `text` whatever backticks it has, on one line.
    static func code(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        var longest = 0, run = 0
        for character in line {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        return longest == 0 ? fence + line + fence : fence + " " + line + " " + fence
    }

    /// Text from the content, safe in a table cell, list item or heading of
    /// a pull-request comment: one line; every character that makes markup
    /// escaped (emphasis, links, code, tables, strikethrough, HTML,
    /// references); and a word joiner (U+2060, invisible) after `@`, in `://`
    /// and in `www.`, so a name never becomes a mention or a link.
    static func cell(_ text: String) -> String {
        var escaped = ""
        for character in text.split(whereSeparator: \.isNewline).joined(separator: " ") {
            switch character {
            case "\\", "*", "_", "[", "]", "`", "|", "~", "#", ">": escaped += "\\" + String(character)
            case "<": escaped += "&lt;"
            case "&": escaped += "&amp;"
            case "@": escaped += "@\u{2060}"
            default: escaped.append(character)
            }
        }
        return escaped.replacing("://", with: ":\u{2060}//").replacing("www.", with: "www\u{2060}.")
    }
}
