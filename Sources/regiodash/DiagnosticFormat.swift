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

    /// The diagnostics in this format.
    func render(_ diagnostics: Diagnostics) -> String {
        let sorted = diagnostics.sorted
        switch self {
        case .text:
            return sorted.map(\.description).joined(separator: "\n")
        case .github:
            return sorted.map(Self.annotation).joined(separator: "\n")
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

    /// Escaping for a workflow command's message.
    private static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Escaping for a workflow command's property value.
    private static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
