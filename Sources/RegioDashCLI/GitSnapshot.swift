import Foundation

/// A content folder as it was at a git commit, extracted into a temporary
/// folder with `git archive`: what `regiodash diff --base REF` compares with.
struct GitSnapshot {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The temporary folder; the content is at `content` inside it.
    let folder: URL
    /// The content folder as it was (a folder that does not exist if the
    /// commit had no content folder: everything is then new).
    let content: String

    /// Extracts `content` (a folder inside a git working tree) as it was at `reference`.
    init(of content: String, at reference: String) throws(Failure) {
        let absolute = URL(fileURLWithPath: content).standardizedFileURL.resolvingSymlinksInPath()
        let top = try Self.git(["rev-parse", "--show-toplevel"], in: absolute.path)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !top.isEmpty else { throw Failure(description: "\(content) is not inside a git repository") }
        let root = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
        guard absolute.path == root || absolute.path.hasPrefix(root + "/") else {
            throw Failure(description: "\(content) is not inside the git repository at \(top)")
        }
        let inside = absolute.path == root ? "." : String(absolute.path.dropFirst(root.count + 1))
        _ = try Self.git(["rev-parse", "--verify", "--quiet", reference + "^{commit}"], in: root,
                         failure: "there is no commit \"\(reference)\": give a branch, tag or commit (fetch it first in CI)")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("regiodash-base-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: FileErrorMessage.sentence(error, cannot: "create", path: folder.path))
        }
        self.content = folder.path + "/" + inside
        // A commit without the folder has no content yet: then everything is new.
        let archive = folder.path + "/base.tar"
        if (try? Self.git(["archive", "--format=tar", "--output=" + archive, reference, "--", inside], in: root)) != nil {
            _ = try Self.run("/usr/bin/env", ["tar", "-x", "-f", archive, "-C", folder.path], in: root,
                             failure: "cannot unpack the content of \(reference)")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    private static func git(_ arguments: [String], in directory: String, failure: String? = nil) throws(Failure) -> String {
        try run("/usr/bin/env", ["git"] + arguments, in: directory, failure: failure)
    }

    private static func run(_ executable: String, _ arguments: [String], in directory: String,
                            failure: String? = nil) throws(Failure) -> String {
        let result: Subprocess
        do {
            result = try Subprocess.run(executable, arguments, in: directory)
        } catch {
            throw Failure(description: FileErrorMessage.sentence(error, cannot: "run", path: arguments.first ?? executable))
        }
        guard result.status == 0 else {
            throw Failure(description: failure ?? "\(arguments.joined(separator: " ")) failed: "
                + result.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return result.output
    }
}
