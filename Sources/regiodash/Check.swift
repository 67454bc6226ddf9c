import ArgumentParser
import RegioDashSite
import RegioDashThemes

extension RegioDash {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the content folder and report every problem, without writing anything.")

        @OptionGroup var options: ContentOptions

        func run() async throws {
            let display = options.progressDisplay()
            let report = await SiteBuilder(registry: .builtIn).check(
                .init(content: options.content, includeDrafts: options.drafts, strict: options.strict,
                      progress: display?.handler))
            display?.clear()
            Console.finish(report, options: options, success: "\(options.content)/ has no errors", writes: false)
            if report.failed { throw ExitCode(1) }
        }
    }
}
