import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Publishes a site all at once: every file is written into a staging
/// folder beside the output, which then takes the output's place in one
/// rename. A build that fails or is killed leaves the previous site as it was.
struct AtomicWriter {
    /// Marks a folder as written by regiodash; a folder without it is never replaced.
    static let markerFolder = ".regiodash"
    static let markerFile = ".regiodash/README"
    static let markerText = """
        This folder was written by regiodash. It is replaced as a whole on every build:
        edit content/ and build again instead of editing these files.

        """

    /// The output folder as the user named it.
    let output: String

    /// Why the output cannot be written, in words the user can act on.
    struct Failure: Error {
        var message: String
    }

    /// Refuses outputs that must never be replaced: the content folder or
    /// one holding it, and folders regiodash did not write.
    func validate(content: String) throws(Failure) {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        let contentURL = URL(fileURLWithPath: content).standardizedFileURL.resolvingSymlinksInPath()
        let outputPath = outputURL.path
        let contentPath = contentURL.path
        if outputPath == "/" || outputPath == contentPath || contentPath.hasPrefix(outputPath + "/")
            || outputPath.hasPrefix(contentPath + "/") {
            throw Failure(message: "the output folder \(output) overlaps the content folder \(content): choose another --output")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Failure(message: "\(output) is a file, not a folder: remove it or choose another --output")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if !entries.isEmpty, !FileManager.default.fileExists(atPath: output + "/" + Self.markerFile) {
            throw Failure(message: "\(output) holds files regiodash did not write, and a build replaces the whole folder: "
                + "empty it, or choose another --output")
        }
    }

    /// Makes every file into a staging folder, on all cores, and swaps it in
    /// as the output. Only one build at a time writes an output: a second
    /// one fails with a clear message.
    func publish(_ jobs: [OutputJob]) async throws(Failure) {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent().path
        let name = outputURL.lastPathComponent
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create the folder \(parent): \(error.localizedDescription)")
        }
        let lock = try Lock(path: parent + "/.\(name).lock", output: output)
        defer { lock.release() }
        removeStaleStaging(in: parent, name: name)
        let staging = parent + "/.\(name).staging-\(getpid())"
        do {
            try await write(jobs + [OutputJob(path: Self.markerFile) { Self.markerText }], into: staging)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            throw Failure(message: "cannot write the site into \(staging): \(error)")
        }
        do {
            try swap(staging, into: outputURL.path)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            throw error
        }
    }

    /// Creates every folder first, then makes and writes the files in as many
    /// parallel lanes as there are cores.
    private func write(_ jobs: [OutputJob], into root: String) async throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: root)
        let folders = Set(jobs.map { $0.path.split(separator: "/").dropLast().joined(separator: "/") })
        for folder in folders.sorted() {
            try fileManager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        let lanes = max(1, ProcessInfo.processInfo.activeProcessorCount)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for lane in 0..<lanes {
                group.addTask {
                    for index in stride(from: lane, to: jobs.count, by: lanes) {
                        try FileWriter.write(jobs[index].make(), to: root + "/" + jobs[index].path)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// Puts `staging` in the place of `output`: one atomic exchange where the
    /// system has it (Linux), else two renames.
    private func swap(_ staging: String, into output: String) throws(Failure) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else {
                throw Failure(message: "cannot move the new site into \(output): \(String(cString: strerror(errno)))")
            }
            return
        }
        if Self.exchange(staging, output) {
            try? fileManager.removeItem(atPath: staging)
            return
        }
        let old = staging + ".old"
        guard rename(output, old) == 0 else {
            throw Failure(message: "cannot replace \(output): \(String(cString: strerror(errno)))")
        }
        guard rename(staging, output) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, output)
            throw Failure(message: "cannot move the new site into \(output): \(reason)")
        }
        try? fileManager.removeItem(atPath: old)
    }

    /// Swaps two paths atomically with Linux's renameat2(RENAME_EXCHANGE);
    /// false where that is not available.
    private static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// Staging folders left by builds that were killed: while this build holds
    /// the lock, no other build can be writing one.
    private func removeStaleStaging(in parent: String, name: String) {
        let prefix = ".\(name).staging-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }
}
