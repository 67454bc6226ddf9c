/// What a build read, kept for the next build to compare with: every file
/// of the content folder with its stamp (and hash, for the files it read),
/// what each narrative says about itself, and the warnings and notes the
/// build reported (shown again when nothing has changed).
public struct ContentIndex: Sendable {
    /// A file's stamp and, when it was read, the hash of its bytes.
    public struct File: Sendable, Equatable {
        public var stamp: FileStamp
        public var hash: UInt64?
    }

    /// A narrative without its body.
    public struct NarrativeEntry: Sendable {
        public var key: NarrativeKey
        public var status: Narrative.Status
        public var title: String?
        public var summary: String?
        public var excerpt: String
        public var hash: UInt64
        /// Where its rendered body is kept, if anywhere.
        public var body: NarrativeBodyCache.Location?
    }

    public internal(set) var files: [String: File] = [:]
    public internal(set) var narratives: [String: NarrativeEntry] = [:]
    public internal(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Whether `stamps` (a fresh scan of the content folder) are exactly the files recorded here.
    public func matches(_ stamps: [String: FileStamp]) -> Bool {
        stamps.count == files.count && stamps.allSatisfy { files[$0.key]?.stamp == $0.value }
    }

    /// The recorded hash of a file whose stamp is still `stamp`.
    func hash(of path: String, stamp: FileStamp?) -> UInt64? {
        guard let stamp, let file = files[path], file.stamp == stamp else { return nil }
        return file.hash
    }

    mutating func record(_ path: String, stamp: FileStamp, hash: UInt64?) {
        files[path] = File(stamp: stamp, hash: hash ?? files[path]?.hash)
    }

    mutating func record(_ narrative: Narrative, path: String, hash: UInt64, body: NarrativeBodyCache.Location?) {
        narratives[path] = NarrativeEntry(
            key: NarrativeKey(theme: narrative.theme, municipality: narrative.municipality, year: narrative.year),
            status: narrative.status, title: narrative.title, summary: narrative.summary,
            excerpt: narrative.title == nil && narrative.summary == nil ? narrative.excerpt : "", hash: hash, body: body)
    }

    /// Every pack file a narrative's body is in.
    public var packs: Set<String> {
        Set(narratives.values.compactMap { $0.body?.pack })
    }

    /// Keeps a build's warnings and notes, to show again when nothing changes.
    public mutating func record(_ diagnostics: Diagnostics) {
        self.diagnostics = diagnostics.sorted.filter { $0.severity != .error }
    }
}

// MARK: - Binary form

extension ContentIndex {
    /// The first bytes of an index; a different number means another format.
    static let magic: UInt32 = 0x5244_4933  // "RDI3"

    /// Compact bytes: a table of the strings that repeat (themes,
    /// municipalities, pack files), every file once, and narratives referring
    /// to their file by number.
    public func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: files.count * 48 + narratives.count * 160)
        writer.integer(Self.magic)
        var table: [String: UInt32] = [:]
        var strings: [String] = []
        func intern(_ text: String) -> UInt32 {
            if let number = table[text] { return number }
            table[text] = UInt32(strings.count)
            strings.append(text)
            return UInt32(strings.count - 1)
        }
        let paths = Array(files.keys)
        let fileNumbers = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, UInt32($0)) })
        var body = ByteWriter(capacity: narratives.count * 160)
        body.integer(UInt32(narratives.count))
        for (path, entry) in narratives {
            guard let number = fileNumbers[path] else { continue }
            body.integer(number)
            body.integer(intern(entry.key.theme))
            body.integer(intern(entry.key.municipality))
            body.integer(UInt16(truncatingIfNeeded: entry.key.year))
            body.integer(UInt8(entry.status == .published ? 0 : 1))
            body.optionalString(entry.title)
            body.optionalString(entry.summary)
            body.string(entry.excerpt)
            body.integer(entry.hash)
            body.integer(entry.body.map { intern($0.pack) } ?? UInt32.max)
            body.integer(UInt64(entry.body?.offset ?? 0))
            body.integer(UInt32(entry.body?.length ?? 0))
        }
        body.integer(UInt32(diagnostics.count))
        for diagnostic in diagnostics {
            body.integer(UInt8(diagnostic.severity == .warning ? 1 : 2))
            body.string(diagnostic.location.path)
            body.integer(UInt32(diagnostic.location.line))
            body.integer(UInt32(diagnostic.location.column))
            body.string(diagnostic.message)
            body.optionalString(diagnostic.suggestion)
        }
        writer.integer(UInt32(strings.count))
        for text in strings { writer.string(text) }
        writer.integer(UInt32(paths.count))
        for path in paths {
            let file = files[path]
            writer.string(path)
            writer.integer(Int64(file?.stamp.size ?? 0))
            writer.integer(Int64(file?.stamp.modified ?? 0))
            writer.integer(UInt8(file?.hash == nil ? 0 : 1))
            writer.integer(file?.hash ?? 0)
        }
        return writer.bytes + body.bytes
    }

    /// Reads `encoded()` back; nil when the bytes are not an index of this format.
    public init?(encoded bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.integer(UInt32.self) == Self.magic, let stringCount = reader.integer(UInt32.self) else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(Int(stringCount))
        for _ in 0..<stringCount {
            guard let text = reader.string() else { return nil }
            strings.append(text)
        }
        guard let fileCount = reader.integer(UInt32.self) else { return nil }
        var paths: [String] = []
        paths.reserveCapacity(Int(fileCount))
        files.reserveCapacity(Int(fileCount))
        for _ in 0..<fileCount {
            guard let path = reader.string(), let size = reader.integer(Int64.self), let modified = reader.integer(Int64.self),
                  let hasHash = reader.integer(UInt8.self), let hash = reader.integer(UInt64.self) else { return nil }
            paths.append(path)
            files[path] = File(stamp: FileStamp(size: Int(size), modified: Int(modified)), hash: hasHash == 1 ? hash : nil)
        }
        guard let narrativeCount = reader.integer(UInt32.self) else { return nil }
        narratives.reserveCapacity(Int(narrativeCount))
        for _ in 0..<narrativeCount {
            guard let file = reader.integer(UInt32.self), Int(file) < paths.count,
                  let theme = reader.integer(UInt32.self), Int(theme) < strings.count,
                  let municipality = reader.integer(UInt32.self), Int(municipality) < strings.count,
                  let year = reader.integer(UInt16.self), let status = reader.integer(UInt8.self),
                  let title = reader.optionalString(), let summary = reader.optionalString(), let excerpt = reader.string(),
                  let hash = reader.integer(UInt64.self), let pack = reader.integer(UInt32.self),
                  let offset = reader.integer(UInt64.self), let length = reader.integer(UInt32.self) else { return nil }
            let body: NarrativeBodyCache.Location? = pack == UInt32.max || Int(pack) >= strings.count
                ? nil : NarrativeBodyCache.Location(pack: strings[Int(pack)], offset: Int(offset), length: Int(length))
            narratives[paths[Int(file)]] = NarrativeEntry(
                key: NarrativeKey(theme: strings[Int(theme)], municipality: strings[Int(municipality)], year: Int(year)),
                status: status == 0 ? .published : .draft, title: title, summary: summary, excerpt: excerpt, hash: hash,
                body: body)
        }
        guard let diagnosticCount = reader.integer(UInt32.self) else { return nil }
        for _ in 0..<diagnosticCount {
            guard let severity = reader.integer(UInt8.self), let path = reader.string(),
                  let line = reader.integer(UInt32.self), let column = reader.integer(UInt32.self),
                  let message = reader.string(), let suggestion = reader.optionalString() else { return nil }
            diagnostics.append(Diagnostic(severity == 1 ? .warning : .note, message,
                                          at: SourceLocation(path: path, line: Int(line), column: Int(column)),
                                          suggestion: suggestion))
        }
        guard reader.atEnd else { return nil }
    }
}
