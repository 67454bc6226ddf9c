import Foundation

/// Narratives as cmark rendered them, by the hash of their file's bytes:
/// a rebuild takes an unchanged narrative from here instead of reading and
/// rendering its Markdown again. Only narratives that parsed without a
/// problem are kept, so a file with a warning is read again and its
/// warning reported again. Used from every theme's task at once.
package final class NarrativeMemo: @unchecked Sendable {
    /// What a narrative file says, apart from where it is.
    struct Parsed: Sendable {
        var title: String?
        var summary: String?
        var status: Narrative.Status
        var excerpt: String
        var body: Markup
        /// The tags, each with its line and column in the file.
        var tags: [(name: String, line: Int, column: Int)]
    }

    /// How the memo's file is brought up to date after a build.
    package enum Update: Equatable {
        /// It holds every narrative this build used.
        case none
        /// These records go at its end.
        case append(Records)
        /// It is written anew with these records (a new memo, or one with
        /// many narratives no build uses any more).
        case replace(Records)
    }

    /// Records for the memo's file, encoded as they are written, a megabyte
    /// at a time: a national memo is tens of megabytes, written while the
    /// whole dataset is still in memory, so it is never held whole as well.
    package struct Records: Equatable {
        fileprivate let parsed: [(hash: UInt64, parsed: Parsed)]
        fileprivate let header: Bool

        /// Hands the bytes to `write` in pieces of about `piece` bytes; false
        /// (and nothing more handed) as soon as `write` returns false.
        package func write(piece: Int = 1 << 20, _ write: ([UInt8]) -> Bool) -> Bool {
            var writer = ByteWriter(capacity: piece + 4096)
            if header { writer.integer(NarrativeMemo.magic) }
            for (hash, parsed) in parsed {
                writer.integer(hash)
                writer.integer(UInt8(parsed.status == .draft ? 1 : 0))
                writer.optionalString(parsed.title)
                writer.optionalString(parsed.summary)
                writer.string(parsed.excerpt)
                writer.integer(UInt16(parsed.tags.count))
                for tag in parsed.tags {
                    writer.string(tag.name)
                    writer.integer(UInt32(tag.line))
                    writer.integer(UInt32(tag.column))
                }
                writer.raw(parsed.body.utf8)
                if writer.bytes.count >= piece {
                    guard write(writer.bytes) else { return false }
                    writer = ByteWriter(capacity: piece + 4096)
                }
            }
            return writer.bytes.isEmpty || write(writer.bytes)
        }

        /// All the bytes at once.
        package var bytes: [UInt8] {
            var all: [UInt8] = []
            _ = write { all += $0; return true }
            return all
        }

        package static func == (a: Records, b: Records) -> Bool {
            a.bytes == b.bytes
        }
    }

    static let magic: UInt32 = 0x5244_4E33  // "RDN3": the magic, then records up to the end

    private let earlier: [UInt64: Parsed]
    /// Whether the file read was whole (a build killed while appending leaves a torn last record).
    private let whole: Bool
    private let lock = NSLock()
    private var used: [UInt64: Parsed] = [:]
    private var added: [UInt64: Parsed] = [:]

    /// A memo holding what `encoded` holds (nothing when it cannot be read).
    package init(encoded bytes: [UInt8]? = nil) {
        (earlier, whole) = bytes.map(Self.decode) ?? ([:], true)
    }

    /// The narrative whose file has the bytes `hash` stands for, as it is at `key` and `location`.
    func narrative(_ hash: UInt64, key: NarrativeKey, location: SourceLocation) -> Narrative? {
        guard let parsed = earlier[hash] else { return nil }
        lock.withLock { used[hash] = parsed }
        return Narrative(theme: key.theme, municipality: key.municipality, year: key.year, title: parsed.title,
                         summary: parsed.summary, status: parsed.status, body: parsed.body, excerpt: parsed.excerpt,
                         tags: parsed.tags.map { Tag($0.name, at: SourceLocation(path: location.path, line: $0.line, column: $0.column)) },
                         location: location)
    }

    /// Keeps a narrative that parsed without a problem.
    func remember(_ narrative: Narrative, hash: UInt64) {
        let parsed = Parsed(title: narrative.title, summary: narrative.summary, status: narrative.status,
                            excerpt: narrative.excerpt, body: narrative.body,
                            tags: narrative.tags.map { ($0.name, $0.location.line, $0.location.column) })
        lock.withLock {
            used[hash] = parsed
            if earlier[hash] == nil { added[hash] = parsed }
        }
    }

    /// What the file needs so the next build finds every narrative this one
    /// used: usually the few new ones appended, so a one-narrative edit does
    /// not write the whole memo again; written anew when this memo started
    /// empty (a full build: whatever the file holds may be another
    /// program's), when it was torn, or once more than a quarter of it is
    /// narratives this build did not use.
    package func update() -> Update {
        let (used, added) = lock.withLock { (self.used, self.added) }
        let unused = earlier.count - (used.count - added.count)
        guard !earlier.isEmpty, whole, unused * 4 <= earlier.count else {
            return .replace(Self.encode(used, header: true))
        }
        return added.isEmpty ? .none : .append(Self.encode(added, header: false))
    }

    private static func encode(_ parsed: [UInt64: Parsed], header: Bool) -> Records {
        Records(parsed: parsed.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, header: header)
    }

    /// The records up to the end, or up to a torn last one; later records
    /// of a hash replace earlier ones.
    private static func decode(_ bytes: [UInt8]) -> ([UInt64: Parsed], whole: Bool) {
        var reader = ByteReader(bytes)
        guard reader.integer(UInt32.self) == magic else { return ([:], false) }
        var parsed: [UInt64: Parsed] = [:]
        while !reader.atEnd {
            guard let hash = reader.integer(UInt64.self), let draft = reader.integer(UInt8.self),
                  let title = reader.optionalString(), let summary = reader.optionalString(),
                  let excerpt = reader.string(), let count = reader.integer(UInt16.self) else { return (parsed, false) }
            var tags: [(name: String, line: Int, column: Int)] = []
            for _ in 0..<count {
                guard let name = reader.string(), let line = reader.integer(UInt32.self),
                      let column = reader.integer(UInt32.self) else { return (parsed, false) }
                tags.append((name, Int(line), Int(column)))
            }
            guard let body = reader.raw() else { return (parsed, false) }
            parsed[hash] = Parsed(title: title, summary: summary, status: draft == 1 ? .draft : .published,
                                  excerpt: excerpt, body: Markup(utf8: body), tags: tags)
        }
        return (parsed, true)
    }
}
