import Foundation

extension Scaffold {
    /// What became of the new folder's git repository.
    enum Repository: Equatable {
        /// `git init` made one.
        case created
        /// The folder is inside a repository already, so it got none of its own.
        case insideExisting
        /// git could not be run, or failed: the reason, for the user.
        case notCreated(String)
    }

    /// Runs `git init` in `folder`, unless the folder is inside a git
    /// repository already (a region's content kept in a larger repository).
    static func initializeRepository(in folder: String) -> Repository {
        if (try? git(["rev-parse", "--is-inside-work-tree"], in: folder)) == "true" { return .insideExisting }
        do {
            _ = try git(["init", "--quiet"], in: folder)
            return .created
        } catch {
            return .notCreated(error.description)
        }
    }

    /// git's output, trimmed; throws with git's message when it fails.
    private static func git(_ arguments: [String], in folder: String) throws(Failure) -> String {
        let result: Subprocess
        do {
            result = try Subprocess.run("/usr/bin/env", ["git"] + arguments, in: folder)
        } catch {
            throw Failure(description: "git cannot be run (\(FileErrorMessage.reason(error)))")
        }
        guard result.status == 0 else {
            let reason = result.errors.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: reason.isEmpty ? "git \(arguments[0]) failed" : reason)
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
