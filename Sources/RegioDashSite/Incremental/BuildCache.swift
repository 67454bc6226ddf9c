import Foundation
import RegioDashCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder where a build keeps what the next build into the same output
/// reuses: its `BuildRecord` (`state`) and the narratives it rendered
/// (`narratives`). It is never part of the site, and it may be deleted at
/// any time: the next build is then a full one. By default it is
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

    private var statePath: String { folder + "/state" }
    private var memoPath: String { folder + "/narratives" }

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

    /// The narratives the last build rendered.
    func memo() -> NarrativeMemo {
        NarrativeMemo(encoded: FileBytes.read(memoPath))
    }

    /// Forgets the last build's state, before the output it describes is replaced.
    func forgetState() {
        unlink(statePath)
    }

    /// Keeps a build's state, and the narratives it rendered anew (nil: the
    /// memo stays as it is, for a build that loaded nothing). The state
    /// takes the place of the old one in one rename, so a build killed
    /// meanwhile leaves either the old or the new; new narratives are
    /// appended to the memo (a torn last record is dropped when read). A
    /// cache that cannot be written only makes the next build a full one.
    func save(_ state: BuildRecord, memo: NarrativeMemo?) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        switch memo?.update() ?? .none {
        case .none: break
        case let .append(records): append(records.bytes, to: memoPath)
        case let .replace(records): replace(memoPath) { descriptor in records.write { FileWriter.write($0, to: descriptor) } }
        }
        let encoded = state.encoded()
        replace(statePath) { FileWriter.write(encoded, to: $0) }
    }

    private func append(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        // A memo that could not be appended to whole is read up to its torn end; start it anew instead.
        if !FileWriter.write(bytes, to: descriptor) { unlink(path) }
    }

    /// A file of the cache written anew under a temporary name by `writing`
    /// (false: it failed), then put in place in one rename.
    private func replace(_ path: String, writing: (Int32) -> Bool) {
        let temporary = path + ".new-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        let written = writing(descriptor)
        close(descriptor)
        if !written || rename(temporary, path) != 0 { unlink(temporary) }
    }
}
