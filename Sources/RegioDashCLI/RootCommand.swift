import ArgumentParser
import RegioDashCore
import RegioDashSite

/// `regiodash`: turns a content folder into a static dashboard site.
struct RootCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: Program.name,
        abstract: "Build a static dashboard comparing the municipalities of a region on public-safety themes.",
        discussion: "The content format is described in docs/CONTENT-FORMAT.md.",
        version: SiteBuilder.version,
        subcommands: [Build.self, Check.self, Serve.self, Diff.self, Import.self, Init.self, Sample.self])

    /// Like ParsableCommand's, but wrong usage exits with 2, as the content
    /// contract promises (0 success, 1 content errors, 2 wrong usage), with
    /// "did you mean …?" for a misspelt command or option; and an error
    /// while running is a sentence naming its path, with exit 1.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }  // --help, --version
            Console.error(usageMessage(for: error, arguments: Array(CommandLine.arguments.dropFirst())))
            Platform.exit(2)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            switch exitCode(for: error) {
            case .success:  // --help and --version: ArgumentParser's help command throws to print them
                exit(withError: error)
            case .validationFailure:
                Console.error(usageMessage(for: error, arguments: Array(CommandLine.arguments.dropFirst())))
                Platform.exit(2)
            default:
                if error is ExitCode { exit(withError: error) }
                Console.error(Program.name + ": " + FileErrorMessage.sentence(error))
                Platform.exit(1)
            }
        }
    }

    /// ArgumentParser's message and usage, its first line replaced by ours
    /// where a word is misspelt, and where to read more.
    static func usageMessage(for error: any Error, arguments: [String]) -> String {
        var lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let misspelling = Misspelling.message(for: arguments), !lines.isEmpty {
            lines[0] = "Error: " + misspelling
        }
        return lines.joined(separator: "\n") + "\nRun '\(Program.name) help' for the commands and their options."
    }
}
