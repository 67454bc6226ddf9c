import RegioDashCore

/// The body fragments of every file of a site, in the binary form the
/// manifest keeps them in, read in place: a file's fragments are decoded
/// only when asked for, and a narrative edit patches the few it moves.
///
/// Layout, little-endian: magic, a table of strings (themes and
/// municipalities), then per file its path, its number of fragments and
/// the fragments, 20 bytes each: theme u32, municipality u32, year i32,
/// offset u32, length u32.
struct BodyMap: Sendable {
    static let magic: UInt32 = 0x5244_4232  // "RDB2"
    private static let fragmentSize = 20

    let bytes: [UInt8]
    private let strings: [String]
    /// Where each file's fragments start, and how many there are.
    private let files: [String: (start: Int, count: Int)]

    init?(_ bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.integer(UInt32.self) == Self.magic, let strings = StringTable.read(&reader) else { return nil }
        guard let fileCount = reader.integer(UInt32.self) else { return nil }
        var files: [String: (start: Int, count: Int)] = [:]
        for _ in 0..<fileCount {
            guard let path = reader.string(), let count = reader.integer(UInt32.self).map(Int.init) else { return nil }
            let start = reader.offset
            guard reader.skip(count * Self.fragmentSize) else { return nil }
            files[path] = (start, count)
        }
        guard reader.atEnd else { return nil }
        self.bytes = bytes
        self.strings = strings
        self.files = files
    }

    /// The fragments of the file at `path`, in the order they are in it;
    /// nil when the map is damaged there.
    func fragments(of path: String) -> [BodyFragment]? {
        guard let (start, count) = files[path] else { return [] }
        var fragments: [BodyFragment] = []
        fragments.reserveCapacity(count)
        for number in 0..<count {
            let base = start + number * Self.fragmentSize
            let theme = Int(load(base) as UInt32), municipality = Int(load(base + 4) as UInt32)
            guard theme < strings.count, municipality < strings.count else { return nil }
            fragments.append(BodyFragment(
                narrative: NarrativeKey(theme: strings[theme], municipality: strings[municipality],
                                        year: Int(load(base + 8) as Int32)),
                offset: Int(load(base + 12) as UInt32), length: Int(load(base + 16) as UInt32)))
        }
        return fragments
    }

    /// The map with some files' fragments moved; nil when one of them has
    /// another number of fragments than before.
    func patched(_ moved: [String: [BodyFragment]]) -> [UInt8]? {
        var patched = bytes
        for (path, fragments) in moved {
            let (start, count) = files[path] ?? (0, 0)
            guard count == fragments.count else { return nil }
            for (number, fragment) in fragments.enumerated() {
                let base = start + number * Self.fragmentSize
                patched.withUnsafeMutableBytes { raw in
                    raw.storeBytes(of: UInt32(truncatingIfNeeded: fragment.offset).littleEndian, toByteOffset: base + 12,
                                   as: UInt32.self)
                    raw.storeBytes(of: UInt32(truncatingIfNeeded: fragment.length).littleEndian, toByteOffset: base + 16,
                                   as: UInt32.self)
                }
            }
        }
        return patched
    }

    static func encoded(_ map: [String: [BodyFragment]]) -> [UInt8] {
        var table = StringTable()
        var files = ByteWriter(capacity: map.values.reduce(64) { $0 + 64 + $1.count * fragmentSize })
        files.integer(UInt32(map.count))
        for (path, fragments) in map.sorted(by: { $0.key < $1.key }) {
            files.string(path)
            files.integer(UInt32(fragments.count))
            for fragment in fragments {
                files.integer(table.number(of: fragment.narrative.theme))
                files.integer(table.number(of: fragment.narrative.municipality))
                files.integer(Int32(truncatingIfNeeded: fragment.narrative.year))
                files.integer(UInt32(truncatingIfNeeded: fragment.offset))
                files.integer(UInt32(truncatingIfNeeded: fragment.length))
            }
        }
        var writer = ByteWriter(capacity: files.bytes.count + 4096)
        writer.integer(magic)
        table.write(to: &writer)
        writer.append(files)
        return writer.bytes
    }

    private func load<T: FixedWidthInteger>(_ offset: Int) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}
