import Foundation
import RegioDashSite

/// What `regiodash init` writes: a content repository for a new region,
/// ready to push. A minimal valid `content/` (two example municipalities,
/// one theme with figures and a narrative, the free pages), a README for
/// the coordinator, and CI for GitHub Actions and GitLab CI that check,
/// build, link-check and publish the site on every change to `content/`,
/// and post the change summary on every pull (merge) request.
struct Scaffold {
    /// Where CI gets regiodash.
    enum Source {
        /// Cloned from a git repository at a tag or branch, and built.
        case repository(url: String, version: String)
        /// Built from the repository CI runs in: regiodash's own.
        case checkout
    }

    /// The region's name, in the site title and region.yaml.
    var region: String
    var source: Source

    /// The repository and version CI builds (a region's CI builds a release of regiodash).
    var repository: String {
        guard case let .repository(url, _) = source else { return "." }
        return url
    }

    var version: String {
        guard case let .repository(_, version) = source else { return SiteBuilder.version }
        return version
    }

    /// Every file, by its path inside the new folder.
    var files: [String: String] {
        [
            "README.md": readme,
            ".gitignore": "/site/\n/.site.*\n/public/\n/.regiodash-tool/\n",
            "content/site.yaml": site,
            "content/region.yaml": regionFile,
            "content/pages/over.md": about,
            "content/themes/undermining/data.csv": figures,
            "content/themes/undermining/gemeente-a/2024.md": narrative,
            ".github/workflows/site.yml": github,
            ".gitlab-ci.yml": gitlab,
        ]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes the files into `folder`, which must not exist yet or be empty.
    func write(to folder: String) throws(Failure) {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder) {
            // A folder that cannot be listed may hold anything: it is not taken for empty.
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else {
                throw Failure(description: "cannot list \(folder), so it may not be empty: give a new folder, "
                    + "or one you may read, so nothing is overwritten")
            }
            guard entries.isEmpty else {
                throw Failure(description: "\(folder) is not empty: give a new folder, so nothing is overwritten")
            }
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                throw Failure(description: "cannot write \(url.path): \(error.localizedDescription)")
            }
        }
    }
}
