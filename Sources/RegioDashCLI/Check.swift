import ArgumentParser
import RegioDashSite
import RegioDashThemes

extension RootCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the content folder and report every problem, without writing anything.")

        @OptionGroup var options: ContentOptions<OptionHelp>

        func run() async throws {
            let display = options.progressDisplay()
            let report = await SiteBuilder(registry: Program.registry).check(
                .init(content: options.content, includeDrafts: options.drafts, strict: options.strict,
                      progress: display?.handler))
            display?.clear()
            Console.finish(report, options: options, success: "\(options.content)/ has no errors", writes: false)
            if report.failed { throw ExitCode(1) }
        }

        /// The shared options, as they work in `check`.
        enum OptionHelp: ContentOptionsHelp {
            static let content = "The content folder to check: the one holding site.yaml, region.yaml and themes/."
            static let drafts = "Also check narratives marked 'status: draft' (without it they are left out, as build leaves them out)."
            static let strict = "Exit 1 on warnings too, not only on errors: how CI keeps suspicious figures out."
            static let verbose = "Also print how long each stage of the check took."
            static let quiet = "Print only problems: no progress line, and no closing line when all is well."
            static let format = "How problems are printed: text (path:line:column lines on standard error), github "
                + "(annotations GitHub Actions shows on a pull request's lines) or json (one document on standard output)."
        }
    }
}
