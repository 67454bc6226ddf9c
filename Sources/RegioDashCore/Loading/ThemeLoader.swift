/// Reads one theme folder: the plugin's own files through the plugin, and
/// what every theme has (`theme.md`, narratives) here.
enum ThemeLoader {
    static let themeFileKeys = ["title"]

    static func load(_ plugin: any ThemePlugin, folder relativePath: String, content: ContentFolder,
                     context: LoadContext, includeDrafts: Bool, diagnostics: inout Diagnostics) -> Theme {
        let descriptor = plugin.descriptor
        let entries = content.entries(in: relativePath, diagnostics: &diagnostics) ?? []
        var parts = Theme.Parts(titleOverride: nil, intro: nil, narratives: [])

        for entry in entries where entry.isDirectory {
            let folder = relativePath + "/" + entry.name
            guard let municipality = context.region.municipality(slug: entry.name) else {
                diagnostics.error(
                    "folder \"\(entry.name)\" is not a municipality: narratives go in a folder named after "
                        + "a municipality's slug in region.yaml",
                    at: content.location(folder), suggestion: context.region.suggestion(forSlug: entry.name))
                continue
            }
            parts.narratives += NarrativeLoader.load(theme: descriptor.id, folder: folder, municipality: municipality,
                                                     content: content, diagnostics: &diagnostics)
        }
        if !includeDrafts {
            parts.narratives.removeAll { $0.status == .draft }
        }
        let region = context.region
        parts.narratives.sort {
            ($0.year, region.position(of: $0.municipality) ?? 0) < ($1.year, region.position(of: $1.municipality) ?? 0)
        }

        let files = entries.filter { !$0.isDirectory }.map(\.name)
        for name in files where name != "theme.md" && !descriptor.dataFiles.contains(name) {
            let known = ["theme.md"] + descriptor.dataFiles
            diagnostics.warning(
                name.hasSuffix(".md") && Year.parse(name.dropLast(3)) != nil
                    ? "this narrative is not read: put it in the municipality's folder, themes/\(descriptor.id)/<slug>/\(name)"
                    : "this file is not read: a theme folder holds \(known.joined(separator: ", ")) and municipality folders",
                at: content.location(relativePath + "/" + name),
                suggestion: Suggestion.closest(to: name, among: known))
        }
        if files.contains("theme.md"), let file = content.read(relativePath + "/theme.md", diagnostics: &diagnostics),
           let markdown = MarkdownFile.read(file, keys: themeFileKeys, diagnostics: &diagnostics) {
            parts.titleOverride = markdown.text("title", diagnostics: &diagnostics)
            let intro = Markdown.render(markdown.body, topHeadingLevel: 2)
            parts.intro = intro.isEmpty ? nil : intro
        }

        let folder = ThemeFolder(id: descriptor.id, relativePath: relativePath, fileNames: files, content: content)
        return plugin.loadTheme(folder, context: context, parts: parts, diagnostics: &diagnostics)
    }
}
