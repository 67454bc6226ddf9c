/// Reads the narratives of one theme: `themes/<theme>/<slug>/<year>.md`.
package enum NarrativeLoader {
    static let keys = ["title", "summary", "status", "tags"]

    /// A narrative file found in a municipality's folder.
    struct File {
        var key: NarrativeKey
        var path: String
    }

    /// The narrative files in a municipality folder of a theme; anything
    /// else there is an error.
    static func list(theme: String, folder: String, municipality: Municipality, content: ContentFolder,
                     diagnostics: inout Diagnostics) -> [File] {
        guard let entries = content.entries(in: folder, diagnostics: &diagnostics) else { return [] }
        var files: [File] = []
        for entry in entries {
            let path = folder + "/" + entry.name
            let stem = entry.name.hasSuffix(".md") ? String(entry.name.dropLast(3)) : nil
            guard !entry.isDirectory, let stem, let year = Year.parse(stem) else {
                diagnostics.error(
                    "\"\(entry.name)\" is not a narrative: name each file after its year, like 2022.md, "
                        + "directly in the municipality's folder",
                    at: content.location(path))
                continue
            }
            files.append(File(key: NarrativeKey(theme: theme, municipality: municipality.code, year: year), path: path))
        }
        return files
    }

    /// Reads and renders one narrative; nil (with errors) when its front matter is unusable.
    package static func parse(_ file: TextFile, key: NarrativeKey, diagnostics: inout Diagnostics) -> Narrative? {
        guard let markdown = MarkdownFile.read(file, keys: keys, diagnostics: &diagnostics) else { return nil }
        var status = Narrative.Status.published
        if let node = markdown.front?["status"], let document = markdown.front?.document,
           let text = document.text(node, "status", diagnostics: &diagnostics) {
            if let known = Narrative.Status(rawValue: text) {
                status = known
            } else {
                diagnostics.error("status must be published or draft, not \"\(text)\"",
                                  at: document.location(of: node),
                                  suggestion: Suggestion.closest(to: text, among: Narrative.Status.allCases.map(\.rawValue)))
            }
        }
        var tags: [Tag] = []
        if let node = markdown.front?["tags"], let document = markdown.front?.document {
            tags = Self.tags(node, in: document, diagnostics: &diagnostics)
        }
        let document = Markdown.document(markdown.body, topHeadingLevel: 4, liftingTitle: false)
        return Narrative(
            theme: key.theme, municipality: key.municipality, year: key.year,
            title: markdown.text("title", diagnostics: &diagnostics),
            summary: markdown.text("summary", diagnostics: &diagnostics),
            status: status, body: document.body, excerpt: document.excerpt, tags: tags, location: file.location())
    }

    /// `tags: [vuurwerk, drugs]`: a list of short words, each once.
    private static func tags(_ node: YAMLValue, in document: YAMLDocument, diagnostics: inout Diagnostics) -> [Tag] {
        guard case let .sequence(items, _) = node else {
            let written = document.text(node, "tags", diagnostics: &diagnostics) ?? ""
            let words = written.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
            diagnostics.error("tags must be a list of short words, like tags: [\(words.isEmpty ? "vuurwerk, drugs" : words.joined(separator: ", "))]",
                              at: document.location(of: node))
            return []
        }
        var tags: [Tag] = []
        for item in items {
            guard let name = document.text(item, "a tag", diagnostics: &diagnostics) else { continue }
            let location = document.location(of: item)
            let tag = Tag(name, at: location)
            if name.isEmpty || tag.slug.isEmpty {
                diagnostics.error("a tag needs a letter or a digit, not \"\(name)\"", at: location)
            } else if name.count > Tag.maximumLength {
                diagnostics.error("a tag is a word or two (at most \(Tag.maximumLength) characters), not \"\(name)\": "
                                    + "say the rest in the summary", at: location)
            } else if let first = tags.first(where: { $0.slug == tag.slug }) {
                diagnostics.warning("\"\(name)\" is in tags twice (as \"\(first.name)\" at line \(first.location.line)): "
                                      + "remove one", at: location)
            } else {
                tags.append(tag)
            }
        }
        return tags
    }
}
