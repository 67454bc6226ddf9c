/// One problem (or remark) found in the content, with where it is and what to do.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The content cannot be published as it is; the build writes nothing.
        case error
        /// Legal but suspicious; fails the build only with `--strict`.
        case warning
        /// Worth knowing (an expiring certificate, say); never fails a build.
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// Where it is: the file, line and column to fix.
    public var location: SourceLocation
    /// What is wrong and what to do, in plain language.
    public var message: String
    /// The likely intended value, shown as "did you mean …?".
    public var suggestion: String?

    /// Diagnostics of this sort, in the plural ("jumps of more than 10×"),
    /// when one file can have many: they are then shown as a count.
    public var kind: String?

    /// A diagnostic; `suggestion` is the likely intended value, if there is
    /// one; `kind` names many of its sort (see `kind`).
    public init(_ severity: Severity, _ message: String, at location: SourceLocation, suggestion: String? = nil,
                kind: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.suggestion = suggestion
        self.kind = kind
    }

    /// The message with its suggestion, without location or severity.
    public var text: String {
        guard let suggestion else { return message }
        return "\(message); did you mean \(suggestion)?"
    }

    /// Clang style: `path:line:column: error: message; did you mean …?`
    public var description: String { "\(location): \(severity.rawValue): \(text)" }
}
