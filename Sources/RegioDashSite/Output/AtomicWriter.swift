import Foundation
import RegioDashCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishes a site all at once: every file is written into a staging
/// folder beside the output, which then takes the output's place in one
/// rename. A build that fails or is killed leaves the previous site as it was.
struct AtomicWriter {
    /// A folder holding this file was written by regiodash (the site's
    /// stylesheet); one without it, and not empty, is never replaced. Sites
    /// of regiodash 0.4 and earlier carry `.regiodash/README` instead.
    static let markerFiles = [Routes.stylesheet, ".regiodash/README"]

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
        // A folder that cannot be listed is not known to be empty, nor to be regiodash's.
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: output)
        } catch {
            throw Failure(message: "cannot list \(output), so regiodash cannot tell whether it wrote it: "
                + "choose another --output, or give yourself permission to read it")
        }
        if !entries.isEmpty, !Self.markerFiles.contains(where: { FileManager.default.fileExists(atPath: output + "/" + $0) }) {
            throw Failure(message: "\(output) holds files regiodash did not write, and a build replaces the whole folder: "
                + "empty it, or choose another --output")
        }
    }

    /// What publishing did.
    struct Outcome: Sendable {
        var rendered = 0
        var written = 0
        /// Fragments of the files made that were taken as published.
        var reusedFragments = 0
        /// Every file published, with its key, hash and stamp.
        var outputs: [String: BuildRecord.Output] = [:]
        /// The previous site, when it could not be removed after the swap.
        var leftover: String?
    }

    /// Takes the output's lock (`.<name>.lock` beside it), creating its
    /// parent folder if need be. Only one build at a time may read or write
    /// an output and its cache: a build takes this before it reads anything
    /// of the previous one, and a second build fails with a clear message.
    func lock() throws(Failure) -> Lock {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create the folder \(parent): \(error.localizedDescription)")
        }
        return try Lock(path: parent + "/.\(outputURL.lastPathComponent).lock", output: output)
    }

    /// Makes the files into a staging folder, on all cores, and swaps it in as
    /// the output. A file whose key is the one `previous` records, or whose
    /// new bytes are the ones already there, is hard-linked from the current
    /// output instead of written (when it is still as it was published): it
    /// keeps its modification time, so uploads stay small. The caller holds
    /// `lock()` from before it read `previous` until this returns;
    /// `beforeSwap` runs once every file is in place, just before the swap.
    func publish(_ jobs: [OutputJob], previous: [String: BuildRecord.Output],
                 progress: SiteBuilder.Progress.Handler? = nil,
                 beforeSwap: () -> Void = {}) async throws(Failure) -> Outcome {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent().path
        let name = outputURL.lastPathComponent
        removeStaleStaging(in: parent, name: name)
        let staging = parent + "/.\(name).staging-\(getpid())"
        var outcome: Outcome
        do {
            outcome = try await write(jobs, into: staging, currentPath: outputURL.path, previous: previous,
                                      progress: progress)
        } catch {
            throw Failure(message: "cannot write the site into \(staging): \(error)" + Self.removing(staging))
        }
        beforeSwap()
        do {
            outcome.leftover = try swap(staging, into: outputURL.path)
        } catch {
            throw Failure(message: error.message + Self.removing(staging))
        }
        // Stamped as published: linking and unlinking changed the inodes' change times until now.
        for (path, output) in outcome.outputs {
            outcome.outputs[path]?.stamp = FileStamp.of(outputURL.path + "/" + path) ?? output.stamp
        }
        return outcome
    }

    /// Removes a staging folder after a failure; if it cannot be removed, the
    /// words that tell the user what to remove (else nothing).
    private static func removing(_ staging: String) -> String {
        FileTree.remove(staging) ? "" : "; \(staging) could not be removed: remove it yourself (rm -rf \(staging))"
    }

    /// Creates every folder first, then makes (or reuses) and writes the files
    /// in as many parallel lanes as there are cores, in the order of `jobs`.
    private func write(_ jobs: [OutputJob], into root: String, currentPath: String,
                       previous: [String: BuildRecord.Output], progress: SiteBuilder.Progress.Handler?) async throws
        -> Outcome {
        FileTree.remove(root)
        // Every folder and its parents, made in order with plain mkdir calls.
        var folders = Set<String>([""])
        for path in jobs.map(\.path) {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted {
                parts = parts.dropLast()
            }
        }
        for folder in folders.sorted() {
            let path = folder.isEmpty ? root : root + "/" + folder
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                throw FileWriter.Failure(path: path, reason: String(cString: strerror(errno)))
            }
        }
        let lanes = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Each lane takes the next job when it is done with one, so no lane
        // idles while another still has a queue of pages.
        let taken = Counter()
        let done = Counter()
        progress?(.files(done: 0, of: jobs.count))
        return try await withThrowingTaskGroup(of: Outcome.self) { group in
            for _ in 0..<lanes {
                group.addTask {
                    var made = Outcome()
                    while case let index = taken.increment() - 1, index < jobs.count {
                        defer { progress?(.files(done: done.increment(), of: jobs.count)) }
                        let job = jobs[index]
                        let target = root + "/" + job.path
                        let current = currentPath + "/" + job.path
                        // Reused only as it was published: a file changed in the output since is made again.
                        let old = previous[job.path].flatMap { FileStamp.of(current) == $0.stamp ? $0 : nil }
                        if let old, old.key == job.key, link(current, target) == 0 {
                            made.outputs[job.path] = old
                            continue
                        }
                        let file = job.make(PublishedFragments(path: old == nil ? nil : current, fragments: old?.fragments ?? []))
                        let bytes = file.bytes
                        made.rendered += 1
                        made.reusedFragments += file.reused
                        let hash = bytes.withUnsafeBytes(ContentHash.of)
                        made.outputs[job.path] = BuildRecord.Output(key: job.key, hash: hash, stamp: FileStamp(size: 0, modified: 0),
                                                                    fragments: file.fragments)
                        if let old, old.hash == hash, link(current, target) == 0 {
                            continue
                        }
                        try FileWriter.write(bytes, to: target)
                        made.written += 1
                    }
                    return made
                }
            }
            var total = Outcome()
            for try await lane in group {
                total.rendered += lane.rendered
                total.written += lane.written
                total.reusedFragments += lane.reusedFragments
                total.outputs.merge(lane.outputs) { first, _ in first }
            }
            return total
        }
    }

    /// Puts `staging` in the place of `output`: one atomic exchange where the
    /// system has it (Linux), else two renames. Returns where the previous
    /// site was left when it could not be removed (someone else's files).
    private func swap(_ staging: String, into output: String) throws(Failure) -> String? {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else {
                throw Failure(message: "cannot move the new site into \(output): \(String(cString: strerror(errno)))")
            }
            return nil
        }
        if Platform.exchange(staging, output) {
            return FileTree.remove(staging) ? nil : staging
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
        return FileTree.remove(old) ? nil : old
    }

    /// Staging folders left by builds that were killed: while this build holds
    /// the lock, no other build can be writing one.
    private func removeStaleStaging(in parent: String, name: String) {
        let prefix = ".\(name).staging-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            FileTree.remove(parent + "/" + entry)
        }
    }
}
