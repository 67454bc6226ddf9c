/// What a build read, kept for the next build to compare with: every file
/// of the content folder with its stamp (and hash, for the files it read),
/// what each narrative says about itself, and the warnings and notes the
/// build reported (shown again when nothing has changed).
package struct ContentIndex: Sendable {
    /// A file's stamp and, when it was read, the hash of its bytes.
    package struct File: Sendable, Equatable {
        package var stamp: FileStamp
        package var hash: UInt64?
    }

    /// A narrative without its body.
    package struct NarrativeEntry: Sendable {
        package var key: NarrativeKey
        package var status: Narrative.Status
        package var title: String?
        package var summary: String?
        package var excerpt: String
        package var hash: UInt64
        /// Where its rendered body is kept, if anywhere.
        package var body: NarrativeBodyCache.Location?
    }

    package internal(set) var files: [String: File] = [:]
    package internal(set) var narratives: [String: NarrativeEntry] = [:]
    package internal(set) var diagnostics: [Diagnostic] = []

    package init() {}

    /// The recorded hash of a file whose stamp is still `stamp`.
    func hash(of path: String, stamp: FileStamp?) -> UInt64? {
        guard let stamp, let file = files[path], file.stamp == stamp else { return nil }
        return file.hash
    }

    mutating func record(_ path: String, stamp: FileStamp, hash: UInt64?) {
        files[path] = File(stamp: stamp, hash: hash ?? files[path]?.hash)
    }

    /// Records what a narrative says about itself. The index lies in the
    /// published site, so a narrative that is not on the site (a draft, in a
    /// build without drafts) is recorded without its title, summary and
    /// excerpt: nothing it says may leak.
    mutating func record(_ narrative: Narrative, path: String, hash: UInt64, body: NarrativeBodyCache.Location?,
                         onSite: Bool) {
        narratives[path] = NarrativeEntry(
            key: NarrativeKey(theme: narrative.theme, municipality: narrative.municipality, year: narrative.year),
            status: narrative.status, title: onSite ? narrative.title : nil, summary: onSite ? narrative.summary : nil,
            excerpt: onSite && narrative.title == nil && narrative.summary == nil ? narrative.excerpt : "", hash: hash,
            body: body)
    }

    /// Every pack file a narrative's body is in.
    package var packs: Set<String> {
        Set(narratives.values.compactMap { $0.body?.pack })
    }

    /// Keeps a build's warnings and notes, to show again when nothing changes.
    package mutating func record(_ diagnostics: Diagnostics) {
        self.diagnostics = diagnostics.sorted.filter { $0.severity != .error }
    }
}
