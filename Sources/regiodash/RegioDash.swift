import ArgumentParser
import Glibc
import RegioDashSite

/// `regiodash`: turns a content folder into a static dashboard site.
@main
struct RegioDash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regiodash",
        abstract: "Build a static dashboard comparing the municipalities of a region on public-safety themes.",
        discussion: "The content format is described in docs/CONTENT-FORMAT.md.",
        version: SiteBuilder.version,
        subcommands: [Build.self, Check.self, Serve.self, Diff.self, Import.self, Init.self, Sample.self])

    /// Like ParsableCommand's, but wrong usage exits with 2, as the content
    /// contract promises (0 success, 1 content errors, 2 wrong usage).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code != .success, !(error is ExitCode) {
                Console.error(fullMessage(for: error))
                Console.error("Run 'regiodash help' for the commands and their options.")
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
