import ArgumentParser
import RegioDashSite
import RegioDashThemes

extension RegioDash {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site from the content folder.",
            discussion: """
                Every problem in the content is reported as path:line:column. If there is any \
                error, nothing is written and the previous site stays as it was.
                """)

        @OptionGroup var options: ContentOptions

        @Option(help: "The output folder; replaced as a whole by each build.")
        var output = "site"

        @Option(help: "Absolute URL the site is published at (used in sitemap.xml); replaces site.yaml's base_url.")
        var baseURL: String?

        @Flag(help: "Render and write everything, instead of only what changed since the last build.")
        var full = false

        func validate() throws {
            if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
                throw ValidationError("--base-url must be an absolute http:// or https:// address")
            }
        }

        func run() async throws {
            let display = options.progressDisplay()
            let report = await SiteBuilder(registry: .builtIn).build(
                .init(content: options.content, output: output, includeDrafts: options.drafts, strict: options.strict,
                      baseURL: baseURL, incremental: !full, progress: display?.handler))
            display?.clear()
            Console.finish(report, options: options, success: Console.summary(of: report, output: output), writes: true)
            if report.failed { throw ExitCode(1) }
        }
    }
}
