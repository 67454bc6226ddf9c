import ArgumentParser
import RegioDashCore

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// Clang style, on standard error: `path:line:column: error: message`.
    case text
    /// GitHub Actions workflow commands on standard output, which GitHub
    /// shows as annotations on the pull request's files.
    case github
    /// One JSON document on standard output, for other tools.
    case json

    /// How many of one kind in one file are shown before the rest become one line.
    static let shownPerKind = 3

    /// The diagnostics in this format. Text and annotations show the first
    /// few of a kind in a file and count the rest, unless `verbose`; JSON
    /// has every one that was kept.
    func render(_ diagnostics: Diagnostics, verbose: Bool = false) -> String {
        let sorted = diagnostics.sorted
        switch self {
        case .text:
            return (verbose ? sorted : Self.grouped(sorted)).map { PrintableText.escaped($0.description) }
                .joined(separator: "\n")
        case .github:
            return (verbose ? sorted : Self.grouped(sorted)).map(Self.annotation).joined(separator: "\n")
        case .json:
            let items = sorted.map { diagnostic in
                "    {\"severity\": \(JSONText.quoted(diagnostic.severity.rawValue)), "
                    + "\"file\": \(JSONText.quoted(diagnostic.location.path)), "
                    + "\"line\": \(diagnostic.location.line), \"column\": \(diagnostic.location.column), "
                    + "\"message\": \(JSONText.quoted(diagnostic.message)), "
                    + "\"suggestion\": \(diagnostic.suggestion.map(JSONText.quoted) ?? "null")}"
            }
            return "{\n  \"errors\": \(diagnostics.errorCount),\n  \"warnings\": \(diagnostics.warningCount),\n"
                + "  \"diagnostics\": [" + (items.isEmpty ? "" : "\n" + items.joined(separator: ",\n") + "\n  ") + "]\n}"
        }
    }

    /// The first `shownPerKind` diagnostics of each kind in each file; the
    /// rest of that kind become one line where the first left out stands.
    static func grouped(_ sorted: [Diagnostic]) -> [Diagnostic] {
        var totals: [GroupKey: Int] = [:]
        for diagnostic in sorted {
            if let key = GroupKey(diagnostic) { totals[key, default: 0] += 1 }
        }
        var seen: [GroupKey: Int] = [:]
        var result: [Diagnostic] = []
        for diagnostic in sorted {
            guard let key = GroupKey(diagnostic), let total = totals[key], total > shownPerKind + 1 else {
                result.append(diagnostic)
                continue
            }
            seen[key, default: 0] += 1
            let position = seen[key] ?? 0
            if position <= shownPerKind {
                result.append(diagnostic)
            } else if position == shownPerKind + 1 {
                result.append(Diagnostic(diagnostic.severity,
                                         "… and \(total - shownPerKind) more \(key.kind) in this file; --verbose lists them all",
                                         at: diagnostic.location))
            }
        }
        return result
    }

    /// A kind of diagnostic in one file.
    private struct GroupKey: Hashable {
        var path: String
        var severity: Diagnostic.Severity
        var kind: String

        init?(_ diagnostic: Diagnostic) {
            guard let kind = diagnostic.kind else { return nil }
            (path, severity, self.kind) = (diagnostic.location.path, diagnostic.severity, kind)
        }
    }

    /// `::error file=…,line=…,col=…,title=regiodash::message`
    static func annotation(_ diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        let location = diagnostic.location
        return "::\(command) file=\(property(location.path)),line=\(location.line),col=\(location.column),"
            + "title=regiodash::\(data(diagnostic.text))"
    }

    /// Escaping for a workflow command's message (other control characters shown as escapes).
    private static func data(_ text: String) -> String {
        PrintableText.escaped(text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A"))
    }

    /// Escaping for a workflow command's property value.
    private static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
