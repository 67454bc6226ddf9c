import RegioDashCore

/// A part of a published file that reads less than the whole file — a
/// theme's part of a municipality's profile — with the key of what it reads
/// (see `PageKeys`) and where its bytes are in the file. A page is a frame
/// around its fragments: when the page must be made again, a fragment whose
/// key is unchanged is taken from the page as published instead of being
/// rendered again, so a figure edited in one theme renders that theme's
/// part of each profile, not the whole profile.
struct Fragment: Sendable, Equatable {
    var key: UInt64
    /// Where its bytes are in the file.
    var offset: Int
    var length: Int

    func write(to writer: inout ByteWriter) {
        writer.integer(key)
        writer.integer(UInt64(offset))
        writer.integer(UInt64(length))
    }

    init(key: UInt64, offset: Int, length: Int) {
        self.key = key
        self.offset = offset
        self.length = length
    }

    init?(reading reader: inout ByteReader) {
        guard let key = reader.integer(UInt64.self), let offset = reader.integer(UInt64.self),
              let length = reader.integer(UInt64.self), offset <= Int.max / 2, length <= Int.max / 2 else { return nil }
        self.init(key: key, offset: Int(offset), length: Int(length))
    }
}

/// The fragments of one file as it was published, for the build that makes
/// it again. The file is read only where a fragment is taken from it, and
/// only when it is still as it was published.
struct PublishedFragments: Sendable {
    /// The published file; nil when there is none to take from.
    let path: String?
    private let fragments: [UInt64: Fragment]

    /// Nothing to take from: every fragment is rendered.
    static let none = PublishedFragments(path: nil, fragments: [])

    init(path: String?, fragments: [Fragment]) {
        self.path = path
        self.fragments = Dictionary(fragments.map { ($0.key, $0) }) { first, _ in first }
    }

    /// The bytes of the fragment whose key is `key`, as published; nil when
    /// the file had none, or it cannot be read whole.
    func bytes(_ key: UInt64) -> [UInt8]? {
        guard let path, let fragment = fragments[key] else { return nil }
        return FileBytes.read(path, offset: fragment.offset, size: fragment.length)
    }
}
