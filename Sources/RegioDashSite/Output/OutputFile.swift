/// One file of the built site: its path from the site root and its bytes.
struct OutputFile: Sendable {
    var path: String
    var contents: String

    /// Whether the file is an HTML page.
    var isPage: Bool { path.hasSuffix(".html") }
}
