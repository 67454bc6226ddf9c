/// Every diagnostic of a run, collected as loading goes on: errors are data,
/// so a loader records a problem and keeps going, and the user sees all of
/// them at once.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    /// No diagnostics yet.
    public init() {}

    /// Records an error: the content cannot be published as it is. `suggestion` is
    /// the likely intended value, shown as "did you mean …?".
    public mutating func error(_ message: String, at location: SourceLocation, suggestion: String? = nil) {
        all.append(Diagnostic(.error, message, at: location, suggestion: suggestion))
    }

    /// Records a warning: legal but suspicious; it fails a build only with `--strict`.
    public mutating func warning(_ message: String, at location: SourceLocation, suggestion: String? = nil) {
        all.append(Diagnostic(.warning, message, at: location, suggestion: suggestion))
    }

    /// Records a note: worth knowing, never a failure.
    public mutating func note(_ message: String, at location: SourceLocation) {
        all.append(Diagnostic(.note, message, at: location))
    }

    /// Records a diagnostic made elsewhere.
    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Records every diagnostic of `other`, after these.
    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    /// How many errors, warnings; whether there is an error.
    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// In file order, then by severity: the order a reader fixes them in.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message) }
    }
}
