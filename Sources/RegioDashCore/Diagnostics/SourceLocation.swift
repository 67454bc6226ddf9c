/// A position in a content file, as shown to the person who has to fix it.
///
/// `path` is the file's path as the user would type it (the content folder
/// given on the command line joined with the file's place inside it); `line`
/// and `column` count from 1, columns in Unicode scalars, as editors do.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file, as the user would type it.
    public var path: String
    public var line: Int
    public var column: Int

    /// A position in `path`; lines and columns count from 1.
    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, as editors and terminals link it.
    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
