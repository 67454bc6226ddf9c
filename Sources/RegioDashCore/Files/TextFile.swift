/// A content file read as text: valid UTF-8, without byte-order mark.
public struct TextFile: Sendable {
    /// The path inside the content folder, with `/` separators.
    public let relativePath: String
    /// The path as shown in diagnostics.
    public let displayPath: String
    public let text: String
    /// The hash of the file's bytes (see `ContentHash`).
    public let hash: UInt64

    public init(relativePath: String, displayPath: String, text: String, hash: UInt64? = nil) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
        self.hash = hash ?? ContentHash.of(text)
    }

    /// A position in this file.
    public func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(path: displayPath, line: line, column: column)
    }
}
