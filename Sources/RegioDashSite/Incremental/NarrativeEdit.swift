import RegioDashCore

/// The commonest edit, rebuilt in a blink: only the text of some narratives
/// changed — not their front matter, not which files there are. Nothing is
/// loaded or rendered: each page showing a changed body gets the new body in
/// place of the old one (the manifest records where every body is in every
/// page), and the keys of the pages showing the narrative are brought up to
/// date. Any other change — a file added, a title changed, a problem in the
/// file, a page not as the manifest says — goes the loading path instead;
/// either way the site is the same, byte for byte (see IncrementalTests).
struct NarrativeEdit {
    /// A narrative file whose body changed, or which was only touched.
    struct Change {
        /// Its record in the index.
        var record: Int
        var path: String
        var key: NarrativeKey
        var stamp: FileStamp
        var hash: UInt64
        /// The new body; nil when the bytes are the ones indexed.
        var body: Markup?
        /// Whether the narrative is on the site.
        var included: Bool
    }

    /// What publishing the edit takes: the files (most of them reused as
    /// they are), the new page scopes and the new content index, encoded.
    struct Plan {
        var jobs: [OutputJob]
        var scopes: [String: UInt64]
        var index: [UInt8]
        var bodies: [UInt8]
    }

    /// More changed files than this go the loading path, which is as fast by then.
    static let limit = 32

    let changes: [Change]

    /// The edit that turns the content `index` describes into the content
    /// `stamps` finds; nil when the change is anything but such an edit.
    static func find(in content: ContentFolder, stamps: [String: FileStamp], index: ContentIndexView,
                     includeDrafts: Bool) -> NarrativeEdit? {
        guard stamps.count == index.count else { return nil }
        var changes: [Change] = []
        for (path, stamp) in stamps {
            guard let record = index.record(of: path) else { return nil }
            guard index.stamp(at: record) != stamp else { continue }
            guard changes.count < limit, let known = index.narrative(at: record),
                  let change = change(of: path, record: record, stamp: stamp, known: known, content: content,
                                      diagnostics: index.summary.diagnostics, includeDrafts: includeDrafts)
            else { return nil }
            changes.append(change)
        }
        return changes.isEmpty ? nil : NarrativeEdit(changes: changes)
    }

    /// A narrative file read again: a change of its body alone, or nil.
    private static func change(of path: String, record: Int, stamp: FileStamp, known: ContentIndex.NarrativeEntry,
                               content: ContentFolder, diagnostics earlier: [Diagnostic], includeDrafts: Bool) -> Change? {
        var diagnostics = Diagnostics()
        guard let text = content.read(path, diagnostics: &diagnostics), diagnostics.all.isEmpty else { return nil }
        let included = includeDrafts || known.status == .published
        guard text.hash != known.hash else {
            return Change(record: record, path: path, key: known.key, stamp: stamp, hash: text.hash, body: nil,
                          included: included)
        }
        // The file must be free of problems before and after: its diagnostics are not worked out again.
        let location = content.location(path).path
        guard !earlier.contains(where: { $0.location.path == location }),
              let narrative = NarrativeLoader.parse(text, key: known.key, diagnostics: &diagnostics),
              diagnostics.all.isEmpty, narrative.status == known.status else { return nil }
        // What a narrative on the site says of itself shows on pages; one that is not on the site shows nowhere.
        guard !included || (narrative.title == known.title && narrative.summary == known.summary
            && (known.title != nil || known.summary != nil || narrative.excerpt == known.excerpt)) else { return nil }
        return Change(record: record, path: path, key: known.key, stamp: stamp, hash: text.hash, body: narrative.body,
                      included: included)
    }

    /// The files, scopes and index after the edit; nil when the current
    /// output is not as its manifest says.
    func plan(current: AtomicWriter.Current, index: ContentIndexView, includeDrafts: Bool) -> Plan? {
        guard let fragments = current.bodies, let layout = current.manifest.scopes["layout"] else { return nil }
        let edited = changes.filter { $0.included && $0.body != nil }
        var bodies: [NarrativeKey: Markup] = [:]
        for change in edited {
            bodies[change.key] = change.body
        }
        guard let rekeyed = rekeyed(edited, scopes: current.manifest.scopes, layout: layout, index: index,
                                    includeDrafts: includeDrafts) else { return nil }
        var scopes = current.manifest.scopes
        for (scope, key) in rekeyed.scopes { scopes[scope] = key }

        var jobs: [OutputJob] = []
        var moved: [String: [BodyFragment]] = [:]
        for (path, output) in current.manifest.outputs {
            let file = current.manifest.output + "/" + path
            guard let key = rekeyed.keys[output.key] else {
                // Unchanged: linked as it is; read again only if the link fails.
                jobs.append(OutputJob(path: path, key: output.key) {
                    try Self.read(file, bodies: fragments.fragments(of: path))
                })
                continue
            }
            guard let pageBodies = fragments.fragments(of: path),
                  let made = Self.splice(file, hash: output.hash, fragments: pageBodies, bodies: bodies) else { return nil }
            moved[path] = made.bodies
            jobs.append(OutputJob(path: path, key: key) { made })
        }
        guard let movedBodies = fragments.patched(moved) else { return nil }
        return Plan(jobs: jobs, scopes: scopes, index: index.patched(changes.map { ($0.record, $0.stamp, $0.hash) }),
                    bodies: movedBodies)
    }

    /// The new key of every scope showing an edited narrative, by scope name
    /// and by old key (the key of every output in that scope).
    private func rekeyed(_ edited: [Change], scopes: [String: UInt64], layout: UInt64, index: ContentIndexView,
                         includeDrafts: Bool) -> (scopes: [String: UInt64], keys: [UInt64: UInt64])? {
        let themeYears = Set(edited.map { BodyDemand.ThemeYear(theme: $0.key.theme, year: $0.key.year) })
        let municipalities = Set(edited.map(\.key.municipality))
        let newHashes = Dictionary(edited.map { ($0.record, $0.hash) }) { first, _ in first }
        // Compared as the index's numbers for them, so the pass over every narrative reads no text.
        let themeNumbers = Set(themeYears.compactMap { index.number(of: $0.theme) })
        let years = Set(themeYears.map(\.year))
        let municipalityNumbers = Set(municipalities.compactMap { index.number(of: $0) })
        var byThemeYear: [BodyDemand.ThemeYear: [(String, UInt64)]] = [:]
        var byMunicipality: [String: [(NarrativeKey, UInt64)]] = [:]
        for record in 0..<index.count {
            guard let fields = index.narrativeFields(at: record), includeDrafts || fields.status == .published,
                  (themeNumbers.contains(fields.theme) && years.contains(fields.year))
                    || municipalityNumbers.contains(fields.municipality),
                  let (key, _, hash) = index.narrativeKey(at: record) else { continue }
            let current = newHashes[record] ?? hash
            let themeYear = BodyDemand.ThemeYear(theme: key.theme, year: key.year)
            if themeYears.contains(themeYear) { byThemeYear[themeYear, default: []].append((key.municipality, current)) }
            if municipalities.contains(key.municipality) { byMunicipality[key.municipality, default: []].append((key, current)) }
        }
        var result: (scopes: [String: UInt64], keys: [UInt64: UInt64]) = ([:], [:])
        for themeYear in themeYears {
            let scope = PageKeys.themeYearScope(themeYear.theme, themeYear.year)
            guard let old = scopes[scope] else { return nil }
            let key = PageKeys.themeYear(themeYear.theme, themeYear.year, layout: layout,
                                         narratives: byThemeYear[themeYear] ?? [])
            result.scopes[scope] = key
            result.keys[old] = key
        }
        for municipality in municipalities {
            let scope = PageKeys.profileScope(municipality)
            guard let old = scopes[scope] else { return nil }
            let key = PageKeys.profile(municipality, layout: layout, narratives: byMunicipality[municipality] ?? [])
            result.scopes[scope] = key
            result.keys[old] = key
        }
        return result
    }

    /// The page at `path` with the new bodies in place of the old ones; nil
    /// unless its bytes are the ones the manifest records (by hash) and every
    /// fragment lies within them. The fragments come back in the same order.
    static func splice(_ path: String, hash: UInt64, fragments: [BodyFragment],
                       bodies: [NarrativeKey: Markup]) -> RenderedFile? {
        guard let old = FileBytes.read(path) else { return nil }
        guard old.withUnsafeBytes({ ContentHash.of($0) }) == hash else { return nil }
        var new: [UInt8] = []
        new.reserveCapacity(old.count + 4096)
        var placed: [BodyFragment] = []
        var position = 0
        for fragment in fragments {
            let end = fragment.offset + fragment.length
            guard fragment.offset >= position, end <= old.count else { return nil }
            new += old[position..<fragment.offset]
            var moved = fragment
            moved.offset = new.count
            if let body = bodies[fragment.narrative] {
                new += body.html.utf8
                moved.length = new.count - moved.offset
            } else {
                new += old[fragment.offset..<end]
            }
            placed.append(moved)
            position = end
        }
        new += old[position...]
        return RenderedFile(text: String(decoding: new, as: UTF8.self), bodies: placed)
    }

    /// An unchanged file of the current output, as it is.
    private static func read(_ path: String, bodies: [BodyFragment]?) throws -> RenderedFile {
        guard let bytes = FileBytes.read(path), let bodies else {
            throw FileWriter.Failure(path: path, reason: "it is gone from the output, or the manifest is damaged: "
                + "build again with --full")
        }
        return RenderedFile(text: String(decoding: bytes, as: UTF8.self), bodies: bodies)
    }
}
