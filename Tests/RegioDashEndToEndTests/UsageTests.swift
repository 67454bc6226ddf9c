import Foundation
import RegioDashTestSupport
import Testing

/// The command line as a newcomer meets it: every wrong use exits with 2 and
/// says what to give instead; every option is explained; a file error is a
/// sentence with its path.
@Suite("The command line helps: did you mean, what to give, --help for every option", .serialized)
struct UsageTests {
    /// A folder with a content/ folder and a file called notes.txt.
    private func workspace() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("usage")
        try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.content([:]).map { ("content/" + $0, $1) }))
        try folder.write(["notes.txt": "not a folder"])
        return folder
    }

    @Test("wrong usage: exit 2 and the message that says what to give", arguments: [
        (["bulid"], "Error: there is no command \"bulid\"; did you mean build? (the commands are build, check, serve, diff, import, init, sample)"),
        (["chek", "--strict"], "did you mean check?"),
        (["build", "--ouptut", "x"], "Error: build has no option --ouptut; did you mean --output? ('regiodash build --help' lists its options)"),
        (["serve", "--stirct"], "Error: serve has no option --stirct; did you mean --strict?"),
        (["check", "--format=jsn", "--verbos"], "Error: check has no option --verbos; did you mean --verbose?"),
        (["diff"], "Error: diff compares two versions of the content: give two content folders ('regiodash diff OLD NEW'), "
            + "or --base GIT_REF to compare --content (default content/) with its version at a branch, tag or commit"),
        (["diff", "content"], "Error: give the new content folder too ('regiodash diff OLD NEW'), or --base GIT_REF instead of the old one"),
        (["diff", "content", "content", "--base", "main"], "Error: give either two content folders or --base GIT_REF, not both"),
        (["diff", "nope", "content"], "Error: there is no folder nope: give a content folder, the one holding site.yaml"),
        (["diff", "--base", "main", "--content", "nope"], "Error: there is no folder nope (given with --content)"),
        (["build", "--content", "nope"], "Error: there is no folder nope (given with --content): give a content folder, the one holding site.yaml"),
        (["check", "--content", "notes.txt"], "Error: notes.txt (given with --content) is a file: give a content folder"),
        (["serve", "--content", "nope", "--port", "0"], "Error: there is no folder nope (given with --content)"),
        (["build", "--verbose", "--quiet"], "Error: --verbose and --quiet contradict each other: choose one"),
        (["build", "--base-url", "example.org"], "Error: --base-url must be an absolute http:// or https:// address"),
        (["sample"], "Error: Missing expected argument '--output <folder>'"),
    ])
    func usage(arguments: [String], message: String) throws {
        let folder = try workspace()
        defer { folder.remove() }
        let result = try Command.run(arguments, in: folder.path)
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(result.errors.hasSuffix("Run 'regiodash help' for the commands and their options.\n"))
        #expect(result.output.isEmpty)
    }

    @Test("no content folder where regiodash is run: exit 2, and where to run it or what to give")
    func noContentHere() throws {
        let folder = try TemporaryFolder("usage")
        defer { folder.remove() }
        for command in ["build", "check"] {
            let result = try Command.run([command], in: folder.path)
            #expect(result.status == 2)
            #expect(result.errors.contains("Error: there is no content/ folder here: run regiodash in the folder that "
                + "holds content/, give --content FOLDER, or start one with 'regiodash init DIR'"))
        }
    }

    @Test("a command line that works is never second-guessed: short flags together, values that look like options")
    func knownWords() throws {
        let folder = try workspace()
        defer { folder.remove() }
        let result = try Command.run(["check", "-q", "--format", "json"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("\"errors\": 0"))
    }

    @Test("every --help explains every option and argument", arguments: ["build", "check", "serve", "diff", "init", "sample"])
    func everyOptionExplained(command: String) throws {
        let dump = try Command.run([command, "--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let arguments = try #require((tool["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        #expect(arguments.count >= 2)
        for argument in arguments {
            let name = (argument["names"] as? [[String: Any]])?.first?["name"] as? String ?? "\(argument["valueName"] ?? "?")"
            let abstract = argument["abstract"] as? String ?? ""
            #expect(abstract.count > 15, "\(command) --\(name) has no explanation")
        }
    }

    @Test("the shared options are explained in the words of the command that takes them")
    func optionsInContext() throws {
        let serve = try Command.run(["serve", "--help"])
        #expect(serve.status == 0)
        let text = serve.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("--strict Treat warnings like errors: a rebuild with warnings keeps the last good site served"))
        #expect(text.contains("json (one document per rebuild on standard output)"))
        #expect(text.contains("-q, --quiet Print only problems: no progress line and no line after each rebuild."))
        let build = try Command.run(["build", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(build.contains("--strict Fail on warnings too, not only on errors: exit 1 and write nothing (for CI)."))
        let check = try Command.run(["check", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(check.contains("--strict Exit 1 on warnings too"))
    }

    @Test("a file error is a sentence with its path, never \"NSCocoaErrorDomain error\"; exit 1")
    func fileErrors() throws {
        let folder = try workspace()
        defer { folder.remove() }
        let initial = try Command.run(["init", "notes.txt/regio"], in: folder.path)
        #expect(initial.status == 1)
        #expect(initial.errors.hasPrefix("regiodash: cannot write "), "\(initial.errors)")
        #expect(initial.errors.contains("notes.txt"))
        #expect(initial.errors.contains("/notes.txt is a file, not a folder\n"), "\(initial.errors)")
        let sample = try Command.run(["sample", "--output", "notes.txt/sample"], in: folder.path)
        #expect(sample.status == 1)
        #expect(sample.errors.hasPrefix("regiodash: cannot write ") && sample.errors.hasSuffix("/notes.txt is a file, not a folder\n"),
                "\(sample.errors)")
        for result in [initial, sample] {
            #expect(!result.errors.contains("NSCocoaErrorDomain") && !result.errors.contains("operation could not be completed"))
        }
    }
}
