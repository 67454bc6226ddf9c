import ArgumentParser
import RegioDashSite

extension RegioDash {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a content repository for a new region.",
            discussion: """
                Writes a minimal valid content/ (two example municipalities, one theme, a narrative), a README \
                for the coordinator, and CI for GitHub Actions and GitLab CI that check, build, link-check and \
                publish the site on every change to content/, and post a change summary on pull requests.
                """)

        @Argument(help: "The folder to create (it must not exist, or be empty).")
        var folder: String

        @Option(help: "The region's name.")
        var region = "Veiligheidsregio Voorbeeld"

        @Option(help: "Where CI gets regiodash from (a git URL).")
        var regiodashRepository = "https://github.com/regiodash/regiodash"

        @Option(help: "Which regiodash CI builds: a tag or branch of that repository.")
        var regiodashVersion = "v" + SiteBuilder.version

        func run() throws {
            let scaffold = Scaffold(region: region, source: .repository(url: regiodashRepository, version: regiodashVersion))
            do {
                try scaffold.write(to: folder)
            } catch {
                Console.error("regiodash: \(error)")
                throw ExitCode(1)
            }
            Console.output("Wrote \(scaffold.files.count) files into \(folder)/: edit content/, preview with "
                + "'regiodash serve --content \(folder)/content', and push; see \(folder)/README.md")
        }
    }
}
