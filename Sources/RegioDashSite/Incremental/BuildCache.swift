import Foundation
import RegioDashCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder where a build keeps what the next build into the same output
/// reuses: its `BuildState` (`state`) and the narratives it rendered
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
    func state() -> BuildState? {
        FileBytes.read(statePath).flatMap(BuildState.init(encoded:))
    }

    /// The narratives the last build rendered.
    func memo() -> NarrativeMemo {
        NarrativeMemo(encoded: FileBytes.read(memoPath))
    }

    /// Forgets the last build's state, before the output it describes is replaced.
    func forgetState() {
        unlink(statePath)
    }

    /// Keeps a build's state, and its narratives when they changed. Each file
    /// takes the place of the old one in one rename, so a build killed
    /// meanwhile leaves either the old or the new. A cache that cannot be
    /// written only makes the next build a full one.
    func save(_ state: BuildState, memo: NarrativeMemo) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let narratives = memo.encodedIfChanged() { replace(memoPath, with: narratives) }
        replace(statePath, with: state.encoded())
    }

    private func replace(_ path: String, with bytes: [UInt8]) {
        let temporary = path + ".new-\(getpid())"
        do {
            try FileWriter.write(bytes, to: temporary)
            if rename(temporary, path) != 0 { unlink(temporary) }
        } catch {
            unlink(temporary)
        }
    }
}
