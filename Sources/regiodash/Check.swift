import ArgumentParser
import RegioDashSite
import RegioDashThemes

extension RegioDash {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the content folder and report every problem, without writing anything.")

        @OptionGroup var options: ContentOptions

        func run() async throws {
            let builder = SiteBuilder(registry: .builtIn)
            let report = await builder.check(.init(content: options.content, includeDrafts: options.drafts, strict: options.strict))
            Console.print(report, format: options.format, verbose: options.verbose)
            if report.failed {
                Console.failure(report, strict: options.strict, writes: false)
                throw ExitCode(1)
            }
            Console.success("\(options.content)/ has no errors" + Console.warningSuffix(report.diagnostics), format: options.format)
        }
    }
}
