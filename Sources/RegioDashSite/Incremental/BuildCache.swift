import Foundation
import RegioDashCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder where a build keeps what the next build into the same output
/// reuses: its `BuildRecord` (`state`), the narratives it rendered
/// (`narratives`), and the feed's history with what the last publication
/// showed (`publication`). It is never part of the site, and it may be
/// deleted at any time: the next build is then a full one, and the feed
/// starts anew. By default it is
/// `.regiodash-cache/<output's name>/` beside the output.
struct BuildCache: Sendable {
    let folder: String

    /// The cache of builds into `output`, in `folder` if given.
    init(folder: String?, output: String) {
        if let folder {
            self.folder = folder
        } else {
            let url = URL(fileURLWithPath: output).standardizedFileURL
            self.folder = url.deletingLastPathComponent().path + "/.regiodash-cache/" + url.lastPathComponent
        }
    }

    private static let stateName = "state"
    private static let memoName = "narratives"
    private static let feedName = "publication"
    /// There while the output holds a preview (`serve`) rather than a publication.
    private static let previewName = "preview"
    private var statePath: String { folder + "/" + Self.stateName }
    private var memoPath: String { folder + "/" + Self.memoName }

    /// A file of the cache is written anew as its name, this mark and the
    /// process id, then put in place (a build killed meanwhile leaves it).
    private static let temporaryMark = ".new-"

    private static func temporaryName(_ name: String) -> String {
        name + temporaryMark + "\(getpid())"
    }

    /// Marks the start of a scan of the content: the file system's time now,
    /// as it stamps files (see `KnownFiles.scanned`); 0 when the cache
    /// cannot be written, which makes every file be hashed next time.
    func beginScan() -> Int {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let descriptor = open(folder + "/scan", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var status = stat()
        guard futimens(descriptor, nil) == 0, fstat(descriptor, &status) == 0 else { return 0 }
        return Platform.modified(status)
    }

    /// The state the last build left, nil when there is none or it cannot be read.
    func state() -> BuildRecord? {
        FileBytes.read(statePath).flatMap(BuildRecord.init(encoded:))
    }

    /// The feed's history and what the last publication showed; empty when
    /// there is none or it cannot be read.
    func feed() -> FeedHistory {
        FileBytes.read(folder + "/" + Self.feedName).flatMap(FeedHistory.init(encoded:)) ?? FeedHistory()
    }

    /// Keeps the feed's history after a build published, in one rename.
    func save(_ feed: FeedHistory) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoded = feed.encoded()
        replace(Self.feedName) { FileWriter.write(encoded, to: $0) }
    }

    /// Whether the output holds a preview, made since the last publication:
    /// a publication of the same content must then be made all the same, for the feed.
    var holdsPreview: Bool {
        access(folder + "/" + Self.previewName, F_OK) == 0
    }

    /// Notes that the output now holds a preview (true) or a publication.
    func markPreview(_ preview: Bool) {
        let path = folder + "/" + Self.previewName
        if preview {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
            if descriptor >= 0 { close(descriptor) }
        } else {
            unlink(path)
        }
    }

    /// The narratives the last build rendered.
    func memo() -> NarrativeMemo {
        NarrativeMemo(encoded: FileBytes.read(memoPath))
    }

    /// Removes what builds killed while writing the cache left under a
    /// temporary name (a whole memo, on a full build), and nothing else:
    /// `--cache` may name a folder that holds other files. Called with the
    /// output's lock held, so no other build is writing them.
    func removeLeftovers() {
        let leftovers = [Self.stateName, Self.memoName, Self.feedName].map { $0 + Self.temporaryMark }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where leftovers.contains(where: name.hasPrefix) {
            unlink(folder + "/" + name)
        }
    }

    /// Forgets the last build's state, before the output it describes is replaced.
    func forgetState() {
        unlink(statePath)
    }

    /// How the memo is brought up to date once the build has published:
    /// made ready while the pages are made, but nothing in the cache changes
    /// before `finish(_:keep:)`, so a build that fails leaves the cache as it was.
    enum MemoUpdate: Sendable {
        case none
        /// These bytes go at the memo's end (a torn last record is dropped when read).
        case append([UInt8])
        /// The memo written anew under this temporary name; nil when it
        /// could not be written, and the memo is then removed (it may be
        /// another program's).
        case replace(String?)
    }

    /// Makes ready the memo's update for the narratives a build rendered.
    func prepare(_ memo: NarrativeMemo) -> MemoUpdate {
        switch memo.update() {
        case .none: return .none
        case let .append(records): return .append(records.bytes)
        case let .replace(records):
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = folder + "/" + Self.temporaryName(Self.memoName)
            return .replace(write(temporary) { descriptor in records.write { FileWriter.write($0, to: descriptor) } }
                ? temporary : nil)
        }
    }

    /// Brings the memo up to date (`keep: true`, after the build published)
    /// or leaves it as it was.
    func finish(_ update: MemoUpdate, keep: Bool) {
        switch update {
        case .none: break
        case let .append(bytes): if keep { append(bytes, to: memoPath) }
        case let .replace(temporary):
            if keep, let temporary, rename(temporary, memoPath) == 0 { break }
            if let temporary { unlink(temporary) }
            if keep { unlink(memoPath) }
        }
    }

    /// Keeps a build's state, in the place of the old one in one rename, so
    /// a build killed meanwhile leaves either the old or the new. A cache
    /// that cannot be written only makes the next build a full one.
    func save(_ state: BuildRecord) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoded = state.encoded()
        replace(Self.stateName) { FileWriter.write(encoded, to: $0) }
    }

    private func append(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        // A memo that could not be appended to whole is read up to its torn end; start it anew instead.
        if !FileWriter.write(bytes, to: descriptor) { unlink(path) }
    }

    /// The file of the cache called `name` written anew under a temporary name, then put in place in one rename.
    private func replace(_ name: String, writing: (Int32) -> Bool) {
        let temporary = folder + "/" + Self.temporaryName(name)
        if !write(temporary, writing) || rename(temporary, folder + "/" + name) != 0 { unlink(temporary) }
    }

    /// Writes the file at `path` anew by `writing` (false: it failed); false, and nothing left, when it failed.
    private func write(_ path: String, _ writing: (Int32) -> Bool) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = writing(descriptor)
        close(descriptor)
        if !written { unlink(path) }
        return written
    }
}
