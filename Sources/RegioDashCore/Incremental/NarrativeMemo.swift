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
    }

    static let magic: UInt32 = 0x5244_4E31  // "RDN1"

    private let earlier: [UInt64: Parsed]
    private let lock = NSLock()
    private var used: [UInt64: Parsed] = [:]
    private var added = false

    /// A memo holding what `encoded` holds (nothing when it cannot be read).
    package init(encoded bytes: [UInt8]? = nil) {
        earlier = bytes.flatMap(Self.decode) ?? [:]
    }

    /// The narrative whose file has the bytes `hash` stands for, as it is at `key` and `location`.
    func narrative(_ hash: UInt64, key: NarrativeKey, location: SourceLocation) -> Narrative? {
        guard let parsed = earlier[hash] else { return nil }
        lock.withLock { used[hash] = parsed }
        return Narrative(theme: key.theme, municipality: key.municipality, year: key.year, title: parsed.title,
                         summary: parsed.summary, status: parsed.status, body: parsed.body, excerpt: parsed.excerpt,
                         location: location)
    }

    /// Keeps a narrative that parsed without a problem.
    func remember(_ narrative: Narrative, hash: UInt64) {
        let parsed = Parsed(title: narrative.title, summary: narrative.summary, status: narrative.status,
                            excerpt: narrative.excerpt, body: narrative.body)
        lock.withLock {
            used[hash] = parsed
            added = true
        }
    }

    /// The narratives this build used, encoded for the next one; nil when
    /// that is exactly what it started from.
    package func encodedIfChanged() -> [UInt8]? {
        let used = lock.withLock { added || self.used.count != earlier.count ? self.used : nil }
        guard let used else { return nil }
        var writer = ByteWriter(capacity: used.values.reduce(64) { $0 + 64 + $1.body.html.utf8.count })
        writer.integer(Self.magic)
        writer.integer(UInt32(used.count))
        for (hash, parsed) in used.sorted(by: { $0.key < $1.key }) {
            writer.integer(hash)
            writer.integer(UInt8(parsed.status == .draft ? 1 : 0))
            writer.optionalString(parsed.title)
            writer.optionalString(parsed.summary)
            writer.string(parsed.excerpt)
            writer.string(parsed.body.html)
        }
        return writer.bytes
    }

    private static func decode(_ bytes: [UInt8]) -> [UInt64: Parsed]? {
        var reader = ByteReader(bytes)
        guard reader.integer(UInt32.self) == magic, let count = reader.integer(UInt32.self) else { return nil }
        var parsed: [UInt64: Parsed] = [:]
        parsed.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let hash = reader.integer(UInt64.self), let draft = reader.integer(UInt8.self),
                  let title = reader.optionalString(), let summary = reader.optionalString(),
                  let excerpt = reader.string(), let body = reader.string() else { return nil }
            parsed[hash] = Parsed(title: title, summary: summary, status: draft == 1 ? .draft : .published,
                                  excerpt: excerpt, body: Markup(html: body))
        }
        return reader.atEnd ? parsed : nil
    }
}
