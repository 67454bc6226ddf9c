/// Every diagnostic of a run, collected as loading goes on: errors are data,
/// so a loader records a problem and keeps going, and the user sees all of
/// them at once.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func error(_ message: String, at location: SourceLocation, suggestion: String? = nil) {
        all.append(Diagnostic(.error, message, at: location, suggestion: suggestion))
    }

    public mutating func warning(_ message: String, at location: SourceLocation, suggestion: String? = nil) {
        all.append(Diagnostic(.warning, message, at: location, suggestion: suggestion))
    }

    public mutating func note(_ message: String, at location: SourceLocation) {
        all.append(Diagnostic(.note, message, at: location))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// In file order, then by severity: the order a reader fixes them in.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message) }
    }
}
