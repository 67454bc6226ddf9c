import Foundation

/// What `regiodash init` writes: a content repository for a new region,
/// ready to push. A minimal valid `content/` (two example municipalities,
/// one theme with figures and a narrative, the free pages), a README for
/// the coordinator, and CI for GitHub Actions and GitLab CI that check,
/// build, link-check and publish the site on every change to `content/`,
/// and post the change summary on every pull (merge) request.
struct Scaffold {
    /// Where CI gets regiodash.
    enum Source {
        /// A release on GitHub: downloaded and checked, or built from source.
        case release(Release)
        /// Built from the repository CI runs in: regiodash's own.
        case checkout
    }

    /// The regiodash release a region's CI uses.
    struct Release {
        /// What a setting the user must still give holds; CI stops with a message while one does.
        static let unset = "SET-ME"

        /// The GitHub repository regiodash is released from, as OWNER/NAME.
        var repository: String
        /// The release's tag.
        var version: String
        /// The SHA-256 of the release's Linux binary, from its `.sha256` file.
        var checksum: String
        /// Build the tag from source instead of downloading the binary.
        var fromSource: Bool
    }

    /// The region's name, in the site title and region.yaml.
    var region: String
    var source: Source

    /// The site's title: "Veiligheidsbeeld Twente" for Veiligheidsregio
    /// Twente (which the site shows beside it), else "Veiligheidsbeeld" and the name.
    var title: String {
        let prefix = "Veiligheidsregio "
        let name = region.hasPrefix(prefix) && region.count > prefix.count ? String(region.dropFirst(prefix.count)) : region
        return "Veiligheidsbeeld " + name
    }

    /// The release CI uses, if it uses one (a region's CI does).
    var release: Release? {
        guard case let .release(release) = source else { return nil }
        return release
    }

    /// Every file, by its path inside the new folder.
    var files: [String: String] {
        [
            "README.md": readme,
            ".gitignore": "/site/\n/.site.*\n/public/\n/.public.*\n/.regiodash-cache/\n/.regiodash-tool/\n",
            "content/site.yaml": site,
            "content/region.yaml": regionFile,
            "content/pages/over.md": about,
            "content/themes/undermining/data.csv": figures,
            "content/themes/undermining/gemeente-a/2024.md": narrative,
            ".github/workflows/site.yml": github,
            ".gitlab-ci.yml": gitlab,
            Self.getScript: getRegiodash,
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
                if path == Self.getScript {
                    try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
                }
            } catch {
                throw Failure(description: FileErrorMessage.sentence(error, cannot: "write", path: url.path))
            }
        }
    }
}
