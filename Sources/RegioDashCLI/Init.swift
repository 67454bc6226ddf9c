import ArgumentParser
import RegioDashSite

extension RootCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Start a content repository for a new region.",
            discussion: """
                Writes a minimal valid content/ (two example municipalities, one theme, a narrative), a README \
                for the coordinator, and CI for GitHub Actions and GitLab CI that check, build, link-check and \
                publish the site on every change to content/, and post a change summary on pull requests. The \
                folder becomes a git repository (unless it is inside one already). CI downloads the regiodash \
                release binary the options below pin and checks its checksum; until the repository and \
                checksum are set (here, or later at the top of the CI files), CI stops with a message saying so.
                """)

        @Argument(help: ArgumentHelp("The folder to create (it must not exist, or be empty).", valueName: "folder"))
        var folder: String

        @Option(help: ArgumentHelp(
            "The region's name, as on its pages: the site is titled \"Veiligheidsbeeld\" and the name without "
                + "\"Veiligheidsregio\".", valueName: "name"))
        var region = "Veiligheidsregio Voorbeeld"

        @Option(help: ArgumentHelp(
            "The GitHub repository CI downloads regiodash's release from, as OWNER/NAME (a github.com URL is "
                + "taken too). Left out: SET-ME, to fill in before the first push.", valueName: "owner/name"))
        var regiodashRepository = Scaffold.Release.unset

        @Option(help: ArgumentHelp("The release CI uses: its tag.", valueName: "tag"))
        var regiodashVersion = "v" + SiteBuilder.version

        @Option(help: ArgumentHelp(
            "The SHA-256 of that release's regiodash-linux-x86_64 (in its .sha256 file), which CI checks the "
                + "download against. Left out: SET-ME, to fill in before the first push.", valueName: "checksum"))
        var regiodashSha256 = Scaffold.Release.unset

        @Flag(help: "Make CI build the release's tag from source instead of downloading the binary (2-3 minutes longer).")
        var fromSource = false

        func validate() throws {
            if regiodashSha256 != Scaffold.Release.unset,
               !(regiodashSha256.count == 64 && regiodashSha256.allSatisfy(\.isHexDigit)) {
                throw ValidationError("--regiodash-sha256 takes the 64 hexadecimal digits of the release's "
                    + "regiodash-linux-x86_64.sha256 file")
            }
            if repository.split(separator: "/").count != 2 {
                throw ValidationError("--regiodash-repository takes the GitHub repository as OWNER/NAME, such as "
                    + "example/regiodash")
            }
        }

        /// The repository as OWNER/NAME, from a github.com URL too.
        private var repository: String {
            var name = regiodashRepository
            for prefix in ["https://github.com/", "http://github.com/", "git@github.com:"] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count))
            }
            if name.hasSuffix(".git") { name = String(name.dropLast(4)) }
            if name == Scaffold.Release.unset { name += "/regiodash" }
            return name
        }

        func run() throws {
            let release = Scaffold.Release(repository: repository, version: regiodashVersion,
                                           checksum: regiodashSha256, fromSource: fromSource)
            let scaffold = Scaffold(region: region, source: .release(release))
            do {
                try scaffold.write(to: folder)
            } catch {
                Console.error("\(Program.name): \(error)")
                throw ExitCode(1)
            }
            var lines = ["Wrote \(scaffold.files.count) files into \(folder)/" + repositoryNote(
                Scaffold.initializeRepository(in: folder))]
            let unset = [release.repository.hasPrefix(Scaffold.Release.unset) ? "REGIODASH_REPOSITORY" : nil,
                         release.checksum == Scaffold.Release.unset && !fromSource ? "REGIODASH_SHA256" : nil]
                .compactMap { $0 }
            if !unset.isEmpty {
                lines.append("Before the first push, set \(unset.joined(separator: " and ")) at the top of "
                    + "\(folder)/.github/workflows/site.yml (or .gitlab-ci.yml): until then CI stops and says so.")
            }
            lines.append("Next: edit \(folder)/content/, preview with 'regiodash serve --content \(folder)/content' "
                + "(regiodash on your PATH: scripts/install.sh in regiodash's repository), and push; "
                + "see \(folder)/README.md")
            for line in lines { Console.output(line) }
        }

        private func repositoryNote(_ repository: Scaffold.Repository) -> String {
            switch repository {
            case .created: " and made it a git repository"
            case .insideExisting: " (inside an existing git repository, so no new one)"
            case .notCreated(let reason): "; it is not a git repository (\(reason)): run 'git init' there"
            }
        }
    }
}
