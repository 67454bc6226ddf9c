/// Reads a Markdown file with optional YAML front matter: the front matter's
/// keys are checked strictly, the body is rendered through cmark.
@_spi(Fuzzing)
public struct MarkdownFile {
    var front: YAMLMapping?
    public var body: String

    /// Nil, with errors, when the front matter is unreadable.
    public static func read(_ file: TextFile, keys: [String], diagnostics: inout Diagnostics) -> MarkdownFile? {
        guard let split = FrontMatter.split(file, diagnostics: &diagnostics) else { return nil }
        guard let yaml = split.yaml else { return MarkdownFile(front: nil, body: split.body) }
        guard let document = YAMLDocument.parse(yaml, in: file, lineOffset: split.yamlLine - 1,
                                                diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else { return MarkdownFile(front: nil, body: split.body) }
        guard let front = YAMLMapping(root, in: document, what: "the front matter", keys: keys,
                                      diagnostics: &diagnostics) else { return nil }
        return MarkdownFile(front: front, body: split.body)
    }

    public func text(_ key: String, diagnostics: inout Diagnostics) -> String? {
        front?.optionalText(key, diagnostics: &diagnostics)
    }
}
