import RegioDashCore

/// What a build leaves for the next one into the same output (in the build
/// cache, never in the site): the program's fingerprint, the content files
/// as it found them, every file it published with its key, the hash of its
/// bytes and its stamp as published, and the warnings and notes it
/// reported (to show again when nothing has changed).
struct BuildRecord: Sendable {
    /// A published file.
    struct Output: Sendable, Equatable {
        var key: UInt64
        var hash: UInt64
        /// As it is in the output: a file changed there since is made again.
        var stamp: FileStamp
        /// The parts of it that read less than the whole file.
        var fragments: [Fragment] = []
    }

    static let magic: UInt32 = 0x5244_5333  // "RDS3"

    var fingerprint: UInt64
    var known: KnownFiles
    var outputs: [String: Output]
    var diagnostics: [Diagnostic]

    /// What a scan found, against the files this state knows.
    enum ContentCheck {
        /// A file was added, removed or has other bytes.
        case changed
        /// Every file has the bytes and the stamp known.
        case unchanged
        /// The same bytes, but some stamps moved (a file touched) or some files
        /// had to be hashed (changed in the tick the last scan began in): the
        /// files with their new stamps and this scan's time, to keep so the
        /// next build need not hash them.
        case restamped(KnownFiles)

        var isChanged: Bool {
            if case .changed = self { return true }
            return false
        }
    }

    /// Whether the content files a scan found have exactly the bytes this
    /// state knows, hashing any file whose stamp does not prove it.
    func check(_ found: ScannedFiles, in content: ContentFolder, scanned: Int) -> ContentCheck {
        if known.provesAll(found) { return .unchanged }
        // Taken once: `known.files` is decoded on first use and handed out under a lock.
        let files = known.files
        guard found.count == files.count else { return .changed }
        var moved: [String: KnownFiles.File] = [:]
        var hashed = false
        for (path, stamp) in found.files {
            guard let file = files[path] else { return .changed }
            if !known.proves(file, stamp: stamp) {
                guard content.hash(of: path) == file.hash else { return .changed }
                hashed = true
            }
            if file.stamp != stamp { moved[path] = KnownFiles.File(stamp: stamp, hash: file.hash) }
        }
        guard !moved.isEmpty || hashed else { return .unchanged }
        return .restamped(KnownFiles(files: files.merging(moved) { $1 }, scanned: scanned))
    }

    /// Whether every published file is still in `output` as it was published.
    func outputsIntact(in output: String) -> Bool {
        outputs.allSatisfy { FileStamp.of(output + "/" + $0.key) == $0.value.stamp }
    }

    func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: 64 + known.files.count * 96 + outputs.count * 96)
        writer.integer(Self.magic)
        writer.integer(fingerprint)
        known.write(to: &writer)
        writer.integer(UInt32(outputs.count))
        for (path, output) in outputs.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.integer(output.key)
            writer.integer(output.hash)
            output.stamp.write(to: &writer)
            writer.integer(UInt32(output.fragments.count))
            for fragment in output.fragments { fragment.write(to: &writer) }
        }
        writer.integer(UInt32(diagnostics.count))
        for diagnostic in diagnostics { diagnostic.write(to: &writer) }
        return writer.bytes
    }

    init(fingerprint: UInt64, known: KnownFiles, outputs: [String: Output], diagnostics: [Diagnostic]) {
        self.fingerprint = fingerprint
        self.known = known
        self.outputs = outputs
        self.diagnostics = diagnostics
    }

    init?(encoded bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.integer(UInt32.self) == Self.magic, let fingerprint = reader.integer(UInt64.self),
              let known = KnownFiles(reading: &reader), let outputCount = reader.integer(UInt32.self) else { return nil }
        var outputs: [String: Output] = [:]
        for _ in 0..<outputCount {
            guard let path = reader.string(), let key = reader.integer(UInt64.self), let hash = reader.integer(UInt64.self),
                  let stamp = FileStamp(reading: &reader), let fragmentCount = reader.integer(UInt32.self) else { return nil }
            var fragments: [Fragment] = []
            for _ in 0..<fragmentCount {
                guard let fragment = Fragment(reading: &reader) else { return nil }
                fragments.append(fragment)
            }
            outputs[path] = Output(key: key, hash: hash, stamp: stamp, fragments: fragments)
        }
        guard let diagnosticCount = reader.integer(UInt32.self) else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<diagnosticCount {
            guard let diagnostic = Diagnostic(reading: &reader) else { return nil }
            diagnostics.append(diagnostic)
        }
        guard reader.atEnd else { return nil }
        self.init(fingerprint: fingerprint, known: known, outputs: outputs, diagnostics: diagnostics)
    }
}
