import ArgumentParser
import Foundation

/// The options every command that reads content shares, explained in
/// `--help` in the words of the command that takes them (`Help`): what
/// `--strict` does to a build is not what it does to a preview.
struct ContentOptions<Help: ContentOptionsHelp>: ParsableArguments {
    @Option(help: ArgumentHelp(Help.content, valueName: "folder"))
    var content = "content"

    @Flag(help: ArgumentHelp(Help.drafts))
    var drafts = false

    @Flag(help: ArgumentHelp(Help.strict))
    var strict = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(Help.verbose))
    var verbose = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(Help.quiet))
    var quiet = false

    @Option(help: ArgumentHelp(Help.format, valueName: "text|github|json"))
    var format: DiagnosticFormat = .text

    func validate() throws {
        if verbose && quiet {
            throw ValidationError("--verbose and --quiet contradict each other: choose one")
        }
        try ContentFolderArgument.validate(content, option: "--content")
    }

    /// The progress display for a run, or nil when --quiet.
    func progressDisplay() -> ProgressDisplay? {
        quiet ? nil : ProgressDisplay()
    }
}

/// The `--help` texts of the shared content options, one set per command.
protocol ContentOptionsHelp {
    static var content: String { get }
    static var drafts: String { get }
    static var strict: String { get }
    static var verbose: String { get }
    static var quiet: String { get }
    static var format: String { get }
}

extension ContentOptionsHelp {
    static var content: String { "The content folder: the one holding site.yaml, region.yaml and themes/." }
    static var quiet: String { "Print only problems: no progress line and no closing line." }
}

/// A content folder named on the command line must be a folder that is
/// there: a mistyped name is wrong usage (exit 2), not a content error.
enum ContentFolderArgument {
    /// Throws when `path`, given with `option` (nil for an argument), is not a folder.
    static func validate(_ path: String, option: String?) throws {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let given = option.map { " (given with \($0))" } ?? ""
        if exists && !isFolder.boolValue {
            throw ValidationError("\(path)\(given) is a file: give a content folder, the one holding site.yaml")
        }
        guard !exists else { return }
        if option == "--content" && path == "content" {
            throw ValidationError("there is no content/ folder here: run \(Program.name) in the folder that holds content/, "
                + "give --content FOLDER, or start one with '\(Program.name) init DIR'")
        }
        throw ValidationError("there is no folder \(path)\(given): give a content folder, the one holding site.yaml")
    }
}
