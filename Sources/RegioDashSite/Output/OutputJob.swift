/// One file of the site to make: its path from the site root, its key, and
/// how to make its contents. Jobs run in parallel; each is a pure function
/// of the dataset, so the order they run in never changes a byte.
struct OutputJob: Sendable {
    var path: String
    /// What the contents depend on (see `PageKeys`): an unchanged key means unchanged bytes.
    var key: UInt64
    var make: @Sendable () -> [UInt8]

    init(path: String, key: UInt64, make: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.key = key
        self.make = make
    }

    /// Whether the file is an HTML page.
    var isPage: Bool { path.hasSuffix(".html") }
}
