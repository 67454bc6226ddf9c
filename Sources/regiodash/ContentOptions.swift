import ArgumentParser

/// The options every command that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "content"

    @Flag(help: "Include narratives with 'status: draft'.")
    var drafts = false

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print how long each stage took.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print only problems: no progress, no closing line.")
    var quiet = false

    @Option(help: "How to print problems: text (on standard error), github (Actions annotations) or json (on standard output).")
    var format: DiagnosticFormat = .text

    func validate() throws {
        if verbose && quiet {
            throw ValidationError("--verbose and --quiet contradict each other: choose one")
        }
    }

    /// The progress display for a run, or nil when --quiet.
    func progressDisplay() -> ProgressDisplay? {
        quiet ? nil : ProgressDisplay()
    }
}
