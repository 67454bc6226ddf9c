import Foundation

/// Reads one theme folder in two steps. `prepare` reads `theme.yaml`, the
/// plugin's files (through the plugin), `theme.md` and every changed narrative, and knows the
/// unchanged ones from the index without reading them; `finish` adds the
/// bodies the pages to be rendered need and makes the `Theme`.
enum ThemeLoader {
    static let themeFileKeys = ["title"]

    /// What `prepare` found.
    struct Prepared: Sendable {
        var content: PreparedContent
        var titleOverride: String?
        var intro: Markup?
        var targets: [Target]
        var id: String
        /// Years with figures, or with a narrative on the site.
        var years: [Int]
        /// The hash of the folder's own files.
        var digest: UInt64
        var narratives: [Entry]
        /// What the index will remember: the folder's own files and every narrative file.
        var files: [(path: String, hash: UInt64)]
    }

    /// A narrative of the theme, with or without its body.
    struct Entry: Sendable {
        var path: String
        var hash: UInt64
        var narrative: Narrative
        var hasBody: Bool
        /// Where its rendered body is kept between builds.
        var body: NarrativeBodyCache.Location?
        /// Its entry in the previous index, when the file is unchanged (reused as is).
        var known: ContentIndex.NarrativeEntry?
        /// Whether it appears on the site (published, or drafts are asked for).
        var included: Bool
    }

    /// How to read: the previous build's index, the fresh stamps, the body cache.
    struct Reading: Sendable {
        var index: ContentIndex?
        var stamps: [String: FileStamp]
        var bodies: NarrativeBodyCache?
        var includeDrafts: Bool
    }

    /// Reads the folder through `plugin`, or, for a folder no plugin claims,
    /// as the theme its `theme.yaml` declares; nil when that is unusable.
    static func prepare(_ plugin: (any ThemePlugin)?, folder relativePath: String, content: ContentFolder,
                        context: LoadContext, reading: Reading, diagnostics: inout Diagnostics) -> Prepared? {
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
        var narrativeFiles: [NarrativeLoader.File] = []
        for entry in entries where entry.isDirectory {
            let folder = relativePath + "/" + entry.name
            guard let municipality = context.region.municipality(slug: entry.name) else {
                diagnostics.error(
                    "folder \"\(entry.name)\" is not a municipality: narratives go in a folder named after "
                        + "a municipality's slug in region.yaml",
                    at: content.location(folder), suggestion: context.region.suggestion(forSlug: entry.name))
                continue
            }
            narrativeFiles += NarrativeLoader.list(theme: descriptor.id, folder: folder, municipality: municipality,
                                                   content: content, diagnostics: &diagnostics)
        }

        var records: [(path: String, hash: UInt64)] = []
        var narratives: [Entry] = []
        let writer = reading.bodies.map { NarrativeBodyCache.Writer(cache: $0, theme: descriptor.id) }
        for file in narrativeFiles {
            let stamp = reading.stamps[file.path]
            if let known = reading.index?.narratives[file.path],
               let hash = reading.index?.hash(of: file.path, stamp: stamp), hash == known.hash {
                let narrative = Narrative(
                    theme: known.key.theme, municipality: known.key.municipality, year: known.key.year,
                    title: known.title, summary: known.summary, status: known.status, body: .empty,
                    excerpt: known.excerpt, location: content.location(file.path))
                narratives.append(Entry(path: file.path, hash: hash, narrative: narrative, hasBody: false, body: known.body,
                                        known: known, included: reading.includeDrafts || known.status == .published))
                records.append((file.path, hash))
                continue
            }
            guard let text = content.read(file.path, diagnostics: &diagnostics),
                  let narrative = NarrativeLoader.parse(text, key: file.key, diagnostics: &diagnostics) else { continue }
            narratives.append(Entry(path: file.path, hash: text.hash, narrative: narrative, hasBody: true,
                                    body: writer?.append(narrative.body), known: nil,
                                    included: reading.includeDrafts || narrative.status == .published))
            records.append((file.path, text.hash))
        }

        if let cache = reading.bodies, let writer {
            repack(&narratives, cache: cache, writer: writer)
        }
        if let date = context.site.referenceDate {
            for entry in narratives where entry.included && entry.narrative.year > date.year {
                diagnostics.error(Year.afterReferenceDate(entry.narrative.year, date), at: content.location(entry.path))
            }
        }

        var parts = Theme.Parts(titleOverride: nil, intro: nil, narratives: [], targets: [])
        let files = entries.filter { !$0.isDirectory }.map(\.name)
        let pipelineFiles = ["theme.md", TargetTable.fileName]
        for name in files where !pipelineFiles.contains(name) && !descriptor.dataFiles.contains(name) {
            let known = pipelineFiles + descriptor.dataFiles
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
        if files.contains(TargetTable.fileName),
           let file = content.read(relativePath + "/" + TargetTable.fileName, diagnostics: &diagnostics) {
            parts.targets = TargetTable.load(file, indicators: descriptor.indicators, region: context.region,
                                             referenceDate: context.site.referenceDate, diagnostics: &diagnostics)
        }
        var folderHashes: [UInt64] = []
        for name in files {
            let path = relativePath + "/" + name
            let hash = reading.index?.hash(of: path, stamp: reading.stamps[path])
                ?? FileBytes.read(content.displayPath(path)).map { $0.withUnsafeBytes { ContentHash.of($0) } } ?? 0
            folderHashes.append(ContentHash.of(name) ^ hash)
            records.append((path, hash))
        }

        let folder = ThemeFolder(descriptor: descriptor, relativePath: relativePath, fileNames: files, content: content)
        let prepared = plugin.prepare(folder, context: context, diagnostics: &diagnostics)
        let years = Set(prepared.observations.map(\.year)).union(narratives.filter(\.included).map(\.narrative.year))
        return Prepared(content: prepared, titleOverride: parts.titleOverride, intro: parts.intro, targets: parts.targets,
                        id: descriptor.id,
                        years: years.sorted(), digest: ContentHash.combine(folderHashes), narratives: narratives,
                        files: records)
    }

    /// Packs the theme's bodies anew when they are spread over more than a
    /// few packs, or when the packs are mostly bodies no longer used.
    private static func repack(_ narratives: inout [Entry], cache: NarrativeBodyCache, writer: NarrativeBodyCache.Writer) {
        var live: [String: Int] = [:]
        for entry in narratives {
            if let body = entry.body, body.pack != writer.pack { live[body.pack, default: 0] += body.length }
        }
        let stored = live.keys.reduce(0) { $0 + cache.size(of: $1) }
        let liveBytes = live.values.reduce(0, +)
        guard live.count > 4 || stored > 2 * liveBytes else { return }
        for index in narratives.indices {
            guard let body = narratives[index].body, body.pack != writer.pack else { continue }
            let moved = cache.body(at: body).flatMap(writer.append)
            narratives[index].body = moved
            narratives[index].known?.body = moved
        }
    }

    /// Adds the bodies `demand` asks for (from the cache, else by rendering
    /// the file again) and makes the theme.
    static func finish(_ prepared: Prepared, demand: BodyDemand, content: ContentFolder, context: LoadContext,
                       bodies: NarrativeBodyCache?, diagnostics: inout Diagnostics) -> Theme {
        var narratives: [Narrative] = []
        for entry in prepared.narratives where entry.included {
            var narrative = entry.narrative
            if !entry.hasBody, demand.wants(NarrativeKey(theme: narrative.theme, municipality: narrative.municipality,
                                                          year: narrative.year)) {
                if let location = entry.body, let body = bodies?.body(at: location) {
                    narrative.body = body
                } else if let text = content.read(entry.path, diagnostics: &diagnostics),
                          let parsed = NarrativeLoader.parse(text, key: NarrativeKey(theme: narrative.theme,
                                                                                       municipality: narrative.municipality,
                                                                                       year: narrative.year),
                                                             diagnostics: &diagnostics) {
                    narrative = parsed
                }
            }
            narratives.append(narrative)
        }
        // Sort keys first: comparing large structs with lookups inside the comparison is slow.
        let region = context.region
        let order = narratives.indices.sorted {
            (narratives[$0].year, region.position(of: narratives[$0].municipality) ?? 0)
                < (narratives[$1].year, region.position(of: narratives[$1].municipality) ?? 0)
        }
        narratives = order.map { narratives[$0] }
        return prepared.content.make(Theme.Parts(titleOverride: prepared.titleOverride, intro: prepared.intro,
                                                 narratives: narratives, targets: prepared.targets))
    }
}
