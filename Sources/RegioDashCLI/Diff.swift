import ArgumentParser
import RegioDashSite
import RegioDashThemes

extension RootCommand {
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Print, as Markdown, what a reader of the site would see change between two versions of the content.",
            discussion: """
                Figures added, removed or changed per theme, municipality and year (old → new, with the \
                per-1,000 effect), narratives, certificates, and warnings the new version brings; for the \
                review of a pull request. Give two content folders, or --base with a branch, tag or commit \
                to compare the content folder with its version there (in CI: --base origin/main).
                """)

        @Argument(help: ArgumentHelp("The content folder as it was (a copy, or an old checkout).", valueName: "old"))
        var old: String?

        @Argument(help: ArgumentHelp("The content folder as it is to become.", valueName: "new"))
        var new: String?

        @Option(help: ArgumentHelp(
            "Compare --content with its version at this git branch, tag or commit, instead of two folders "
                + "(in CI: origin/main).", valueName: "git-ref"))
        var base: String?

        @Option(help: ArgumentHelp("The content folder to compare with its version at --base.", valueName: "folder"))
        var content = "content"

        @Flag(help: "Also compare narratives marked 'status: draft' (left out otherwise, as build leaves them out).")
        var drafts = false

        /// What diff compares; say what to give when it is not clear.
        func validate() throws {
            switch (old, new, base) {
            case (nil, _, nil):
                throw ValidationError("diff compares two versions of the content: give two content folders "
                    + "('\(Program.name) diff OLD NEW'), or --base GIT_REF to compare --content (default content/) with its "
                    + "version at a branch, tag or commit ('\(Program.name) diff --base origin/main')")
            case (_?, nil, nil):
                throw ValidationError("give the new content folder too ('\(Program.name) diff OLD NEW'), or --base GIT_REF "
                    + "instead of the old one")
            case (_?, _, _?):
                throw ValidationError("give either two content folders or --base GIT_REF, not both: --base compares "
                    + "--content with its version at that commit")
            case let (old?, new?, nil):
                try ContentFolderArgument.validate(old, option: nil)
                try ContentFolderArgument.validate(new, option: nil)
            case (nil, _, _?):
                try ContentFolderArgument.validate(content, option: "--content")
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
                    Console.error("\(Program.name): \(error)")
                    throw ExitCode(1)
                }
                before = snapshot?.content ?? content
                after = content
            } else {
                before = old ?? ""
                after = new ?? ""
            }
            let summary = await SiteBuilder(registry: Program.registry).review(
                old: .init(content: before, includeDrafts: drafts), new: .init(content: after, includeDrafts: drafts))
            Console.output(summary.markdown())
        }
    }
}
