import Foundation
import ArgumentParser
import RegioDashSite
import RegioDashThemes

extension RootCommand {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Build the site from the content folder.",
            discussion: """
                Every problem in the content is reported as path:line:column. If there is any \
                error, nothing is written and the previous site stays as it was.
                """)

        @OptionGroup var options: ContentOptions<OptionHelp>

        @Option(help: ArgumentHelp(
            "The folder to build the site into. It is replaced as a whole, in one step, and only if an earlier "
                + "build wrote it: a folder regiodash did not write is never touched.", valueName: "folder"))
        var output = "site"

        @Option(help: ArgumentHelp(
            "The absolute address the site is published at, such as https://example.org/veiligheid/ (for "
                + "sitemap.xml); replaces site.yaml's base_url.", valueName: "url"))
        var baseURL: String?

        @Option(help: ArgumentHelp(
            "The folder where a build keeps what the next one reuses (never part of the site; safe to delete at "
                + "any time). Default: .regiodash-cache/<output's name> beside the output.", valueName: "folder"))
        var cache: String?

        @Flag(help: "Read and render everything, instead of only what changed since the last build.")
        var full = false

        @Option(help: ArgumentHelp(
            "For the feed (feed.xml) and the 'what's new' page: compare with the content at this git branch, tag or "
                + "commit, the one last published, instead of with the last build into this output (in CI, where there "
                + "is no last build: the commit deployed before, such as HEAD~1). SOURCE_DATE_EPOCH, if set, dates the "
                + "entry.", valueName: "git-ref"))
        var changesBase: String?

        func validate() throws {
            if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
                throw ValidationError("--base-url must be an absolute http:// or https:// address")
            }
        }

        func run() async throws {
            var snapshot: GitSnapshot?
            defer { snapshot?.remove() }
            if let changesBase {
                do {
                    snapshot = try GitSnapshot(of: options.content, at: changesBase)
                } catch {
                    Console.error("\(Program.name): --changes-base: \(error)")
                    throw ExitCode(1)
                }
            }
            let display = options.progressDisplay()
            let report = await SiteBuilder(registry: Program.registry).build(
                .init(content: options.content, output: output, includeDrafts: options.drafts, strict: options.strict,
                      baseURL: baseURL, incremental: !full, cache: cache, previousContent: snapshot?.content,
                      publishedAt: try Self.publicationTime(), progress: display?.handler))
            display?.clear()
            Console.finish(report, options: options, success: Console.summary(of: report, output: output), writes: true)
            if report.failed { throw ExitCode(1) }
        }

        /// When this publication happens for the feed: `SOURCE_DATE_EPOCH` (the
        /// reproducible-builds convention: seconds since 1970) if set, else now.
        static func publicationTime() throws -> Int64? {
            // Set but empty is unset, as other tools that read it take it.
            guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
            guard let seconds = Int64(text.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
                Console.error("\(Program.name): SOURCE_DATE_EPOCH is \"\(text)\": it must be a whole number of seconds since "
                    + "1970 (such as $(git log -1 --format=%ct)), or unset")
                throw ExitCode(1)
            }
            return seconds
        }

        /// The shared options, as they work in `build`.
        enum OptionHelp: ContentOptionsHelp {
            static let content = "The content folder to build from: the one holding site.yaml, region.yaml and themes/."
            static let drafts = "Also publish narratives marked 'status: draft' (for a review copy; leave it off for the public site)."
            static let strict = "Fail on warnings too, not only on errors: exit 1 and write nothing (for CI)."
            static let verbose = "Also print how long each stage of the build took."
            static let format = "How problems are printed: text (path:line:column lines on standard error), github "
                + "(annotations GitHub Actions shows on a pull request's lines) or json (one document on standard output)."
        }
    }
}
