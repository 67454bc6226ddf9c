#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An encoded content index read in place: a record found by its path
/// through the index's hash table, read field by field, and patched. What a
/// rebuild after a narrative edit uses, where decoding the whole index
/// would cost more than the rest of the rebuild.
package struct ContentIndexView: Sendable {
    package let bytes: [UInt8]
    package let summary: ContentIndex.Summary
    /// The number of files.
    package let count: Int
    private let strings: [String]
    private let records: Int
    private let slots: Int
    private let slotCount: Int
    private let text: Int

    private typealias Record = ContentIndex.Record

    package init?(_ bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard let summary = ContentIndex.Summary(reading: &reader), let strings = StringTable.read(&reader) else { return nil }
        guard let count = reader.integer(UInt32.self).map(Int.init), count == summary.fileCount,
              let slotCount = reader.integer(UInt32.self).map(Int.init), slotCount > 0, slotCount & (slotCount - 1) == 0,
              slotCount > count, let textLength = reader.integer(UInt32.self).map(Int.init) else { return nil }
        records = reader.offset
        slots = records + count * Record.size
        text = slots + slotCount * 4
        guard text + textLength == bytes.count else { return nil }
        self.bytes = bytes
        self.summary = summary
        self.count = count
        self.strings = strings
        self.slotCount = slotCount
        // Every reference must lie inside the index, so reading a record never fails.
        for record in 0..<count {
            for field in [Record.path, Record.title, Record.summary, Record.excerpt] {
                let length: UInt32 = load(record, field + 4)
                guard length == UInt32.max ? field != Record.path
                    : Int(load(record, field) as UInt32) + Int(length) <= textLength else { return nil }
            }
            if flags(at: record) & Record.narrative != 0 {
                let pack: UInt32 = load(record, Record.pack)
                guard Int(load(record, Record.theme) as UInt32) < strings.count,
                      Int(load(record, Record.municipality) as UInt32) < strings.count,
                      pack == UInt32.max || Int(pack) < strings.count else { return nil }
            }
        }
    }

    /// The record of the file at `path`, if the index has it.
    package func record(of path: String) -> Int? {
        var path = path
        return path.withUTF8 { utf8 -> Int? in
            var slot = ContentIndex.slot(of: ContentHash.of(UnsafeRawBufferPointer(utf8)), slotCount: slotCount)
            while true {
                let number = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: slots + slot * 4, as: UInt32.self) })
                guard number != 0, number <= count else { return nil }
                if textEquals(number - 1, Record.path, utf8) { return number - 1 }
                slot = (slot + 1) & (slotCount - 1)
            }
        }
    }

    package func path(at record: Int) -> String {
        string(record, Record.path) ?? ""
    }

    package func file(at record: Int) -> ContentIndex.File {
        ContentIndex.File(stamp: stamp(at: record),
                          hash: flags(at: record) & Record.hashed != 0 ? load(record, Record.fileHash) : nil)
    }

    package func stamp(at record: Int) -> FileStamp {
        FileStamp(size: Int(load(record, Record.fileSize) as Int64), modified: Int(load(record, Record.modified) as Int64))
    }

    /// The narrative's key, status and hash, without reading its texts.
    package func narrativeKey(at record: Int) -> (key: NarrativeKey, status: Narrative.Status, hash: UInt64)? {
        guard let fields = narrativeFields(at: record) else { return nil }
        let key = NarrativeKey(theme: strings[Int(fields.theme)], municipality: strings[Int(fields.municipality)],
                               year: fields.year)
        return (key, fields.status, fields.hash)
    }

    /// The narrative's fields that are numbers: theme and municipality as
    /// their number in the index's table of strings (see `number(of:)`).
    package func narrativeFields(at record: Int)
        -> (theme: UInt32, municipality: UInt32, year: Int, status: Narrative.Status, hash: UInt64)? {
        let flags = flags(at: record)
        guard flags & Record.narrative != 0 else { return nil }
        return (load(record, Record.theme), load(record, Record.municipality), Int(load(record, Record.year) as UInt16),
                flags & Record.draft != 0 ? .draft : .published, load(record, Record.narrativeHash))
    }

    /// A theme's or municipality's number in the index's table of strings.
    package func number(of string: String) -> UInt32? {
        strings.firstIndex(of: string).map(UInt32.init)
    }

    package func narrative(at record: Int) -> ContentIndex.NarrativeEntry? {
        guard let (key, status, hash) = narrativeKey(at: record) else { return nil }
        let pack: UInt32 = load(record, Record.pack)
        return ContentIndex.NarrativeEntry(
            key: key, status: status, title: string(record, Record.title), summary: string(record, Record.summary),
            excerpt: string(record, Record.excerpt) ?? "", hash: hash,
            body: pack == UInt32.max ? nil : NarrativeBodyCache.Location(
                pack: strings[Int(pack)], offset: Int(load(record, Record.bodyOffset) as UInt64),
                length: Int(load(record, Record.bodyLength) as UInt32)))
    }

    /// The index with these files' stamps and hashes changed. A narrative
    /// whose hash changes (its body did; the caller checked that nothing
    /// else did) loses its cached body.
    package func patched(_ changes: [(record: Int, stamp: FileStamp, hash: UInt64)]) -> [UInt8] {
        var patched = bytes
        var digest = summary.digest
        for change in changes {
            let base = records + change.record * Record.size
            let path = path(at: change.record)
            digest = digest &- FileStamp.digest(path: path, stamp: stamp(at: change.record))
                &+ FileStamp.digest(path: path, stamp: change.stamp)
            store(Int64(change.stamp.size), at: base + Record.fileSize, in: &patched)
            store(Int64(change.stamp.modified), at: base + Record.modified, in: &patched)
            store(change.hash, at: base + Record.fileHash, in: &patched)
            patched[base + Record.flags] |= Record.hashed
            if let narrative = narrativeKey(at: change.record), narrative.hash != change.hash {
                store(change.hash, at: base + Record.narrativeHash, in: &patched)
                store(UInt32.max, at: base + Record.pack, in: &patched)
                store(UInt64(0), at: base + Record.bodyOffset, in: &patched)
                store(UInt32(0), at: base + Record.bodyLength, in: &patched)
            }
        }
        store(digest, at: 8, in: &patched)
        return patched
    }

    private func flags(at record: Int) -> UInt8 {
        bytes[records + record * Record.size + Record.flags]
    }

    private func load<T: FixedWidthInteger>(_ record: Int, _ field: Int) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: records + record * Record.size + field, as: T.self)) }
    }

    private func string(_ record: Int, _ field: Int) -> String? {
        let length: UInt32 = load(record, field + 4)
        guard length != UInt32.max else { return nil }
        let start = text + Int(load(record, field) as UInt32)
        return bytes.withUnsafeBytes { String(decoding: $0[start..<(start + Int(length))], as: UTF8.self) }
    }

    private func textEquals(_ record: Int, _ field: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let length: UInt32 = load(record, field + 4)
        guard Int(length) == utf8.count else { return false }
        let start = text + Int(load(record, field) as UInt32)
        return bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let other = utf8.baseAddress else { return utf8.isEmpty }
            return memcmp(base + start, other, utf8.count) == 0
        }
    }
}
