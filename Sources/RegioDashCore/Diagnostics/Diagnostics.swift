/// Every diagnostic of a run, collected as loading goes on: errors are data,
/// so a loader records a problem and keeps going, and the user sees all of
/// them at once.
///
/// Memory stays bounded on any input: past `errorsPerFile` errors in one
/// file (or `errorsInAll` in all), and past `remarksPerFile` warnings and
/// notes in one file (`remarksInAll` in all), diagnostics are counted, not
/// kept; `sorted` then ends each such file with "… and N more".
public struct Diagnostics: Sendable {
    /// Errors kept per file, and in all.
    public static let errorsPerFile = 100
    public static let errorsInAll = 1_000
    /// Warnings and notes kept per file, and in all.
    public static let remarksPerFile = 10_000
    public static let remarksInAll = 50_000

    /// The diagnostics kept, in the order they were found.
    public private(set) var all: [Diagnostic] = []
    /// How many errors and warnings there are, kept or only counted.
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// Per file: how many were kept, and how many only counted.
    private var kept: [String: Tally] = [:]
    private var omitted: [String: Tally] = [:]
    private var keptInAll = Tally()

    /// Errors, and warnings with notes, of one file.
    private struct Tally: Sendable {
        var errors = 0
        var remarks = 0
    }

    /// No diagnostics yet.
    public init() {}

    /// Records an error: the content cannot be published as it is. `suggestion` is
    /// the likely intended value, shown as "did you mean …?". Message and
    /// suggestion are only worked out when the error is kept.
    public mutating func error(_ message: @autoclosure () -> String, at location: SourceLocation,
                               suggestion: @autoclosure () -> String? = nil) {
        guard keeps(.error, at: location) else { return }
        all.append(Diagnostic(.error, message(), at: location, suggestion: suggestion()))
    }

    /// Records a warning: legal but suspicious; it fails a build only with `--strict`.
    /// `kind` names warnings of this sort in the plural ("jumps of more than
    /// 10×"), so many of them in one file can be shown as one line.
    public mutating func warning(_ message: @autoclosure () -> String, at location: SourceLocation,
                                 suggestion: @autoclosure () -> String? = nil, kind: String? = nil) {
        guard keeps(.warning, at: location) else { return }
        all.append(Diagnostic(.warning, message(), at: location, suggestion: suggestion(), kind: kind))
    }

    /// Records a note: worth knowing, never a failure (`kind` as for warnings).
    public mutating func note(_ message: @autoclosure () -> String, at location: SourceLocation, kind: String? = nil) {
        guard keeps(.note, at: location) else { return }
        all.append(Diagnostic(.note, message(), at: location, kind: kind))
    }

    /// Records a diagnostic made elsewhere (counted only, past the limits).
    public mutating func append(_ diagnostic: Diagnostic) {
        if keeps(diagnostic.severity, at: diagnostic.location) { all.append(diagnostic) }
    }

    /// Counts a diagnostic, and tells whether it is to be kept (within the limits).
    private mutating func keeps(_ severity: Diagnostic.Severity, at location: SourceLocation) -> Bool {
        let path = location.path
        let isError = severity == .error
        if isError { errorCount += 1 } else if severity == .warning { warningCount += 1 }
        let inFile = kept[path, default: Tally()]
        let keeps = isError
            ? inFile.errors < Self.errorsPerFile && keptInAll.errors < Self.errorsInAll
            : inFile.remarks < Self.remarksPerFile && keptInAll.remarks < Self.remarksInAll
        guard keeps else {
            if isError { omitted[path, default: Tally()].errors += 1 } else { omitted[path, default: Tally()].remarks += 1 }
            return false
        }
        if isError {
            kept[path, default: Tally()].errors += 1
            keptInAll.errors += 1
        } else {
            kept[path, default: Tally()].remarks += 1
            keptInAll.remarks += 1
        }
        return true
    }

    /// Records every diagnostic of `other`, after these, within the limits.
    public mutating func append(contentsOf other: Diagnostics) {
        for diagnostic in other.all { append(diagnostic) }
        for (path, tally) in other.omitted {
            omitted[path, default: Tally()].errors += tally.errors
            omitted[path, default: Tally()].remarks += tally.remarks
        }
        errorCount += other.errorCount - other.all.count { $0.severity == .error }
        warningCount += other.warningCount - other.all.count { $0.severity == .warning }
    }

    /// Whether there is an error.
    public var hasErrors: Bool { errorCount > 0 }

    /// How many diagnostics were counted but not kept.
    public var omittedCount: Int { omitted.values.reduce(0) { $0 + $1.errors + $1.remarks } }

    /// In file order, then by severity: the order a reader fixes them in;
    /// a file with diagnostics past the limits ends with how many more it has.
    public var sorted: [Diagnostic] {
        var list = all
        for (path, tally) in omitted {
            let last = all.last { $0.location.path == path }?.location ?? SourceLocation(path: path)
            if tally.errors > 0 {
                list.append(Diagnostic(.error, "… and \(Self.grouped(tally.errors)) more errors in this file, not listed: "
                    + "regiodash lists the first \(Self.errorsPerFile) of a file and \(Self.grouped(Self.errorsInAll)) "
                    + "in all; fix these and check again", at: last))
            }
            if tally.remarks > 0 {
                list.append(Diagnostic(.note, "… and \(Self.grouped(tally.remarks)) more warnings and notes in this file, "
                    + "not listed", at: last))
            }
        }
        return list.sorted { ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message) }
    }

    /// 51230 as "51,230".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }
}
