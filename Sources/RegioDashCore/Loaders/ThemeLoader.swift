import Foundation

/// Reads one theme folder: `theme.yaml`, the plugin's files (through the
/// plugin), `theme.md`, `targets.csv` and every narrative, each narrative
/// from the memo when its bytes are ones rendered before.
enum ThemeLoader {
    static let themeFileKeys = ["title"]

    /// What reading a theme folder gave.
    struct Loaded: Sendable {
        var theme: Theme
        /// The hash of every file read: the folder's own files, every narrative
        /// file (by path), and the narratives on the site (by key).
        var files: [String: UInt64]
        var narrativeFiles: [String: UInt64]
        var narratives: [NarrativeKey: UInt64]
    }

    /// What an earlier build knew, to read less: the stamps of this scan,
    /// the hashes the last build took, and the narratives it rendered.
    struct Reading: Sendable {
        var stamps: [String: FileStamp]
        var known: KnownFiles?
        var memo: Task<NarrativeMemo, Never>?
        var includeDrafts: Bool

        /// The hash of a file the stamps prove unchanged.
        func knownHash(_ path: String) -> UInt64? {
            guard let stamp = stamps[path] else { return nil }
            return known?.hash(of: path, stamp: stamp)
        }
    }

    /// Reads the folder through `plugin`, or, for a folder no plugin claims,
    /// as the theme its `theme.yaml` declares; nil when that is unusable.
    static func load(_ plugin: (any ThemePlugin)?, folder relativePath: String, content: ContentFolder,
                        site: SiteSettings, region: Region, reading: Reading,
                        diagnostics: inout Diagnostics) async -> Loaded? {
        let entries = content.entries(in: relativePath, diagnostics: &diagnostics) ?? []
        let name = String(relativePath.split(separator: "/").last ?? "")
        var declaration: ThemeDeclaration?
        if entries.contains(where: { $0.name == ThemeDeclaration.fileName && !$0.isDirectory }),
           let file = content.read(relativePath + "/" + ThemeDeclaration.fileName, diagnostics: &diagnostics) {
            declaration = ThemeDeclaration.load(file, folder: name, extending: plugin?.descriptor, diagnostics: &diagnostics)
        }
        let descriptor: ThemeDescriptor
        if let plugin {
            descriptor = declaration?.descriptor(extending: plugin.descriptor) ?? plugin.descriptor
        } else if let declaration {
            descriptor = declaration.descriptor(extending: nil)
        } else {
            return nil
        }
        let plugin = plugin ?? DeclarativeTheme(descriptor: descriptor)
        var folders: [(path: String, municipality: Municipality)] = []
        for entry in entries where entry.isDirectory {
            let folder = relativePath + "/" + entry.name
            guard let municipality = region.municipality(slug: entry.name) else {
                diagnostics.error(
                    "folder \"\(entry.name)\" is not a municipality: narratives go in a folder named after "
                        + "a municipality's slug in region.yaml",
                    at: content.location(folder), suggestion: region.suggestion(forSlug: entry.name))
                continue
            }
            folders.append((folder, municipality))
        }

        var read: [(narrative: Narrative, hash: UInt64)] = []
        var narrativeHashes: [String: UInt64] = [:]
        for (path, narrative, hash) in await readNarratives(theme: descriptor.id, in: folders, content: content,
                                                            reading: reading, diagnostics: &diagnostics) {
            narrativeHashes[path] = hash
            if reading.includeDrafts || narrative.status == .published { read.append((narrative, hash)) }
        }
        let narratives = read.map(\.narrative)
        let onSite = Dictionary(read.map { ($0.narrative.key, $0.hash) }) { first, _ in first }

        if let date = site.referenceDate {
            for narrative in narratives where narrative.year > date.year {
                diagnostics.error(Year.afterReferenceDate(narrative.year, date), at: narrative.location)
            }
        }

        var parts = Theme.Parts(titleOverride: nil, intro: nil, narratives: [], targets: [])
        let fileNames = entries.filter { !$0.isDirectory }.map(\.name)
        let pipelineFiles = ["theme.md", TargetTable.fileName]
        for name in fileNames where !pipelineFiles.contains(name) && !descriptor.dataFiles.contains(name) {
            let known = pipelineFiles + descriptor.dataFiles
            diagnostics.warning(
                name.hasSuffix(".md") && Year.parse(name.dropLast(3)) != nil
                    ? "this narrative is not read: put it in the municipality's folder, themes/\(descriptor.id)/<slug>/\(name)"
                    : "this file is not read: a theme folder holds \(known.joined(separator: ", ")) and municipality folders",
                at: content.location(relativePath + "/" + name),
                suggestion: Suggestion.closest(to: name, among: known))
        }
        if fileNames.contains("theme.md"), let file = content.read(relativePath + "/theme.md", diagnostics: &diagnostics),
           let markdown = MarkdownFile.read(file, keys: themeFileKeys, diagnostics: &diagnostics) {
            parts.titleOverride = markdown.text("title", diagnostics: &diagnostics)
            let intro = Markdown.render(markdown.body, topHeadingLevel: 2)
            parts.intro = intro.isEmpty ? nil : intro
        }
        if fileNames.contains(TargetTable.fileName),
           let file = content.read(relativePath + "/" + TargetTable.fileName, diagnostics: &diagnostics) {
            parts.targets = TargetTable.load(file, indicators: descriptor.indicators, region: region,
                                             referenceDate: site.referenceDate, diagnostics: &diagnostics)
        }
        var files: [String: UInt64] = [:]
        for name in fileNames {
            let path = relativePath + "/" + name
            files[path] = reading.knownHash(path) ?? content.hash(of: path) ?? 0
        }

        let folder = ThemeFolder(id: descriptor.id, relativePath: relativePath, fileNames: fileNames, content: content)
        let context = LoadContext(descriptor: descriptor, site: site, region: region)
        let prepared = plugin.prepare(folder, context: context, diagnostics: &diagnostics)
        // The sort keys first, one lookup per narrative: comparing large structs, or looking up inside the comparison, is slow.
        let keys = narratives.map { ($0.year, region.position(of: $0.municipality) ?? 0) }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        parts.narratives = order.map { narratives[$0] }
        return Loaded(theme: prepared.make(parts), files: files, narrativeFiles: narrativeHashes, narratives: onSite)
    }

    /// How many municipality folders one task reads: a theme's narratives
    /// are most of its reading; read in batches side by side, they leave no
    /// core waiting for the theme that happens to finish last.
    private static let foldersPerTask = 32

    /// The narratives in `folders`, each with its file's path and the hash
    /// of its bytes, in the folders' order; their diagnostics are added to
    /// `diagnostics` in that order too.
    private static func readNarratives(theme: String, in folders: [(path: String, municipality: Municipality)],
                                       content: ContentFolder, reading: Reading, diagnostics: inout Diagnostics)
        async -> [(String, Narrative, UInt64)] {
        let batches = await withTaskGroup(of: (Int, [(String, Narrative, UInt64)], Diagnostics).self) { group in
            for start in stride(from: 0, to: folders.count, by: foldersPerTask) {
                let batch = folders[start..<min(start + foldersPerTask, folders.count)]
                group.addTask {
                    let memo = await reading.memo?.value
                    var found = Diagnostics()
                    var read: [(String, Narrative, UInt64)] = []
                    for folder in batch {
                        for file in NarrativeLoader.list(theme: theme, folder: folder.path, municipality: folder.municipality,
                                                         content: content, diagnostics: &found) {
                            if let (narrative, hash) = readNarrative(file, content: content, reading: reading,
                                                                     memo: memo, diagnostics: &found) {
                                read.append((file.path, narrative, hash))
                            }
                        }
                    }
                    return (start, read, found)
                }
            }
            var batches: [(Int, [(String, Narrative, UInt64)], Diagnostics)] = []
            for await batch in group { batches.append(batch) }
            return batches.sorted { $0.0 < $1.0 }
        }
        for (_, _, found) in batches { diagnostics.append(contentsOf: found) }
        return batches.flatMap(\.1)
    }

    /// One narrative and the hash of its bytes: from the memo when the file
    /// is unchanged or its bytes were rendered before, else read and rendered.
    private static func readNarrative(_ file: NarrativeLoader.File, content: ContentFolder, reading: Reading,
                                      memo: NarrativeMemo?, diagnostics: inout Diagnostics) -> (Narrative, UInt64)? {
        let location = content.location(file.path)
        if let hash = reading.knownHash(file.path), let narrative = memo?.narrative(hash, key: file.key, location: location) {
            return (narrative, hash)
        }
        guard let text = content.read(file.path, diagnostics: &diagnostics) else { return nil }
        if let narrative = memo?.narrative(text.hash, key: file.key, location: location) {
            return (narrative, text.hash)
        }
        var found = Diagnostics()
        let narrative = NarrativeLoader.parse(text, key: file.key, diagnostics: &found)
        if let narrative, found.all.isEmpty { memo?.remember(narrative, hash: text.hash) }
        diagnostics.append(contentsOf: found)
        return narrative.map { ($0, text.hash) }
    }
}
