/// The binary form of a content index, made to be read in part: after the
/// `Summary` and a table of the strings that repeat (themes,
/// municipalities, pack files) come one fixed-size record per file (its
/// stamp and hash, and what it says if it is a narrative), a hash table
/// from path to record, and the text the records point into (paths,
/// titles, summaries, excerpts). A rebuild after a narrative edit finds the
/// few records it needs and patches them (`ContentIndexView`), instead of
/// decoding and encoding the whole index.
///
/// Record, 96 bytes, little-endian: path (offset u32, length u32 into the
/// text), size i64, modified i64, file hash u64, flags u8 (1 hashed,
/// 2 narrative, 4 draft), pad u8, year u16, theme u32, municipality u32,
/// title, summary and excerpt (offset u32, length u32; length all ones is
/// none), pack u32 (all ones is none), body offset u64, body length u32,
/// narrative hash u64.
extension ContentIndex {
    /// The first bytes of an index; a different number means another format.
    static let magic: UInt32 = 0x5244_4936  // "RDI6"

    enum Record {
        static let size = 96
        static let path = 0, fileSize = 8, modified = 16, fileHash = 24, flags = 32, year = 34, theme = 36
        static let municipality = 40, title = 44, summary = 52, excerpt = 60, pack = 68, bodyOffset = 72
        static let bodyLength = 80, narrativeHash = 84
        static let hashed: UInt8 = 1, narrative: UInt8 = 2, draft: UInt8 = 4
    }

    /// The slot of the path hash table where probing for `hash` starts.
    static func slot(of hash: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: hash) & (slotCount - 1)
    }

    package func encoded() -> [UInt8] {
        var table = StringTable()
        // Sorted, so the same content gives the same bytes.
        let paths = files.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var text = ByteWriter(capacity: files.count * 256)
        var records = [UInt8](repeating: 0, count: paths.count * Record.size)
        func place(_ string: String?, at offset: Int) {
            guard let string else { return store(UInt32.max, at: offset + 4, in: &records) }
            store(UInt32(text.bytes.count), at: offset, in: &records)
            store(UInt32(string.utf8.count), at: offset + 4, in: &records)
            text.raw(string)
        }
        var digest: UInt64 = 0
        let slotCount = max(2, (paths.count * 2).nextPowerOfTwo)
        var slots = [UInt32](repeating: 0, count: slotCount)
        for (number, path) in paths.enumerated() {
            guard let file = files[path] else { continue }
            digest &+= FileStamp.digest(path: path, stamp: file.stamp)
            var slot = Self.slot(of: ContentHash.of(path), slotCount: slotCount)
            while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = UInt32(number + 1)
            let base = number * Record.size
            place(path, at: base + Record.path)
            store(Int64(file.stamp.size), at: base + Record.fileSize, in: &records)
            store(Int64(file.stamp.modified), at: base + Record.modified, in: &records)
            store(file.hash ?? 0, at: base + Record.fileHash, in: &records)
            var flags: UInt8 = file.hash == nil ? 0 : Record.hashed
            store(UInt32.max, at: base + Record.pack, in: &records)
            if let entry = narratives[path] {
                flags |= Record.narrative | (entry.status == .draft ? Record.draft : 0)
                store(UInt16(truncatingIfNeeded: entry.key.year), at: base + Record.year, in: &records)
                store(table.number(of: entry.key.theme), at: base + Record.theme, in: &records)
                store(table.number(of: entry.key.municipality), at: base + Record.municipality, in: &records)
                place(entry.title, at: base + Record.title)
                place(entry.summary, at: base + Record.summary)
                place(entry.excerpt, at: base + Record.excerpt)
                if let body = entry.body {
                    store(table.number(of: body.pack), at: base + Record.pack, in: &records)
                    store(UInt64(body.offset), at: base + Record.bodyOffset, in: &records)
                    store(UInt32(body.length), at: base + Record.bodyLength, in: &records)
                }
                store(entry.hash, at: base + Record.narrativeHash, in: &records)
            }
            records[base + Record.flags] = flags
        }
        var writer = ByteWriter(capacity: records.count + slotCount * 4 + text.bytes.count + 65_536)
        Summary(fileCount: paths.count, digest: digest, diagnostics: diagnostics).write(to: &writer)
        table.write(to: &writer)
        writer.integer(UInt32(paths.count))
        writer.integer(UInt32(slotCount))
        writer.integer(UInt32(text.bytes.count))
        writer.raw(records)
        for slot in slots { writer.integer(slot) }
        writer.append(text)
        return writer.bytes
    }

    /// Reads `encoded()` back; nil when the bytes are not an index of this format.
    package init?(encoded bytes: [UInt8]) {
        guard let view = ContentIndexView(bytes) else { return nil }
        self.init(view)
    }

    /// Every record of an encoded index.
    package init(_ view: ContentIndexView) {
        diagnostics = view.summary.diagnostics
        files.reserveCapacity(view.count)
        for record in 0..<view.count {
            let path = view.path(at: record)
            files[path] = view.file(at: record)
            if let entry = view.narrative(at: record) { narratives[path] = entry }
        }
    }
}

/// Stores an integer little-endian into bytes.
func store<T: FixedWidthInteger>(_ value: T, at offset: Int, in record: inout [UInt8]) {
    record.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: T.self) }
}

extension Int {
    /// The smallest power of two at least this large (1 for 0).
    fileprivate var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}
