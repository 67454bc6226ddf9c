/// One file of the site to make: its path from the site root, its key, and
/// how to make its contents. Jobs run in parallel; each is a pure function
/// of the dataset, so the order they run in never changes a byte.
struct OutputJob: Sendable {
    var path: String
    /// What the contents depend on (see `PageKeys`): an unchanged key means unchanged bytes.
    var key: UInt64
    /// Makes the file, taking what it can of the fragments it was published with.
    var make: @Sendable (PublishedFragments) -> MadeFile

    init(path: String, key: UInt64, make: @escaping @Sendable (PublishedFragments) -> MadeFile) {
        self.path = path
        self.key = key
        self.make = make
    }

    /// A file made in one piece.
    init(path: String, key: UInt64, bytes: @escaping @Sendable () -> [UInt8]) {
        self.init(path: path, key: key) { _ in MadeFile(bytes: bytes()) }
    }

    /// Whether the file is an HTML page.
    var isPage: Bool { path.hasSuffix(".html") }
}

/// A file's bytes as made, with the fragments in them.
struct MadeFile: Sendable {
    var bytes: [UInt8]
    var fragments: [Fragment] = []
    /// How many of the fragments were taken as published rather than rendered.
    var reused = 0
}
