import ArgumentParser
import RegioDashCore

/// "Did you mean …?" for the command line: the first word that is neither
/// a command nor an option of the command given, with the nearest one.
/// Asked only once parsing has failed, so it never second-guesses a
/// command line that works.
enum Misspelling {
    /// The sentence for the first misspelt command or option in `arguments`
    /// (without the program's name); nil when every word is known.
    static func message(for arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let commands = RootCommand.configuration.subcommands
        let names = commands.map { String(describing: $0).lowercased() }
        guard let index = names.firstIndex(of: first) else {
            guard first != "help" else { return nil }
            return "there is no command \"\(first)\"" + suggestion(first, among: names)
                + " (the commands are \(names.joined(separator: ", ")))"
        }
        let known = options(of: commands[index])
        for argument in arguments.dropFirst() {
            if argument == "--" { break }
            guard argument.hasPrefix("-"), argument.count > 1, Double(argument) == nil else { continue }
            let name = String(argument.prefix { $0 != "=" })
            if known.contains(name) || isShortFlags(name, known: known) { continue }
            let candidates = known.filter { $0.hasPrefix("--") }.sorted()
            return "\(first) has no option \(name)" + suggestion(name, among: candidates)
                + " ('\(Program.name) \(first) --help' lists its options)"
        }
        return nil
    }

    /// "; did you mean X?" for the nearest candidate, or nothing.
    private static func suggestion(_ typed: String, among candidates: [String]) -> String {
        Suggestion.closest(to: typed, among: candidates.map { .init(keys: [$0], display: $0) })
            .map { "; did you mean \($0)?" } ?? ""
    }

    /// The option names a command's `--help` shows (`--content`, `-q`, `--help`, …).
    static func options(of command: any ParsableCommand.Type) -> Set<String> {
        let help = RootCommand.helpMessage(for: command, columns: 10_000)
        let words = help.split { !($0.isLetter || $0.isNumber || $0 == "-") }
        var names: Set<String> = ["-h", "--help"]
        for word in words where word.hasPrefix("-") && word.drop(while: { $0 == "-" }).first?.isLetter == true {
            names.insert(String(word))
        }
        return names
    }

    /// Whether `word` is short flags run together (`-vq`).
    private static func isShortFlags(_ word: String, known: Set<String>) -> Bool {
        guard word.count > 2, word.hasPrefix("-"), !word.hasPrefix("--") else { return false }
        return word.dropFirst().allSatisfy { known.contains("-\($0)") }
    }
}
