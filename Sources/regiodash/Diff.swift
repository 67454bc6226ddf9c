import ArgumentParser
import RegioDashSite
import RegioDashThemes

extension RegioDash {
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print, as Markdown, what a reader of the site would see change between two versions of the content.",
            discussion: """
                Figures added, removed or changed per theme, municipality and year (old → new, with the \
                per-1,000 effect), narratives, certificates, and warnings the new version brings; for the \
                review of a pull request. Give two content folders, or --base with a branch, tag or commit \
                to compare the content folder with its version there (in CI: --base origin/main).
                """)

        @Argument(help: "The content as it was.")
        var old: String?

        @Argument(help: "The content as it is to become.")
        var new: String?

        @Option(help: "Compare the content folder with its version at this git commit, branch or tag.")
        var base: String?

        @Option(help: "The content folder (with --base).")
        var content = "content"

        @Flag(help: "Include narratives with 'status: draft'.")
        var drafts = false

        func validate() throws {
            switch (old, new, base) {
            case (_?, _?, nil), (nil, nil, _?): break
            case (_?, nil, nil): throw ValidationError("give the new content folder too, or --base instead")
            default: throw ValidationError("give two content folders, or --base GIT_REF, not both")
            }
        }

        func run() async throws {
            var snapshot: GitSnapshot?
            defer { snapshot?.remove() }
            let before: String, after: String
            if let base {
                do {
                    snapshot = try GitSnapshot(of: content, at: base)
                } catch {
                    Console.error("regiodash: \(error)")
                    throw ExitCode(1)
                }
                before = snapshot?.content ?? content
                after = content
            } else {
                before = old ?? ""
                after = new ?? ""
            }
            let summary = await SiteBuilder(registry: .builtIn).review(
                old: .init(content: before, includeDrafts: drafts), new: .init(content: after, includeDrafts: drafts))
            Console.output(summary.markdown())
        }
    }
}
