/// One file of the site to make: its path from the site root, and how to
/// make its contents. Jobs run in parallel; each is a pure function of the
/// dataset, so the order they run in never changes a byte.
struct OutputJob: Sendable {
    var path: String
    /// What the contents depend on (see `PageKeys`): an unchanged key means unchanged bytes.
    var key: UInt64
    var make: @Sendable () throws -> RenderedFile

    init(path: String, key: UInt64, make: @escaping @Sendable () throws -> RenderedFile) {
        self.path = path
        self.key = key
        self.make = make
    }

    /// A file that is only text (no narrative bodies in it).
    init(path: String, key: UInt64, text: @escaping @Sendable () -> String) {
        self.init(path: path, key: key) { RenderedFile(text: text()) }
    }

    /// Whether the file is an HTML page.
    var isPage: Bool { path.hasSuffix(".html") }
}

/// A made file: its text, and where narrative bodies are in it.
struct RenderedFile: Sendable {
    var text: String
    var bodies: [BodyFragment] = []
}
