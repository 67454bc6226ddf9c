/// Splits a Markdown file into its YAML front matter (between `---` lines
/// at the very top) and its body. The closing line is `---` or `...` at
/// column 1 (trailing spaces allowed), as YAML's own document markers.
enum FrontMatter {
    struct Split {
        /// The YAML text, nil when the file has no front matter.
        var yaml: String?
        /// The number of the first YAML line in the file.
        var yamlLine: Int
        var body: String
    }

    /// Returns nil, with an error, when a front matter block is opened but
    /// never closed.
    static func split(_ file: TextFile, diagnostics: inout Diagnostics) -> Split? {
        let text = file.text
        guard text.hasPrefix("---"), let firstEnd = text.firstIndex(where: \.isNewline),
              text[..<firstEnd].trimmingWhitespace == "---" else {
            return Split(yaml: nil, yamlLine: 1, body: text)
        }
        var lineStart = text.index(after: firstEnd)
        let yamlStart = lineStart
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: \.isNewline) ?? text.endIndex
            // Only a marker at the start of the line closes: an indented "---" is text of a block scalar.
            let line = text[lineStart..<lineEnd]
            if line.hasPrefix("---") || line.hasPrefix("..."), line.dropFirst(3).allSatisfy(\.isWhitespace) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return Split(yaml: String(text[yamlStart..<lineStart]), yamlLine: 2, body: String(text[bodyStart...]))
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        diagnostics.error(
            "the front matter opened by \"---\" on the first line is never closed: add a line \"---\" after it",
            at: file.location())
        return nil
    }
}
