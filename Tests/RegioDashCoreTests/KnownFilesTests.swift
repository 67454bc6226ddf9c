import RegioDashCore
import Testing

@Suite("Known files: a stamp proves a file unchanged only when nothing can hide behind it")
struct KnownFilesTests {
    private let stamp = FileStamp(size: 120, modified: 1_000, changed: 1_000, inode: 7)

    private func known(scanned: Int) -> KnownFiles {
        KnownFiles(files: ["themes/a/x.md": .init(stamp: stamp, hash: 42)], scanned: scanned)
    }

    @Test("the same stamp, from before the scan began, gives the known hash")
    func unchanged() {
        #expect(known(scanned: 2_000).hash(of: "themes/a/x.md", stamp: stamp) == 42)
    }

    @Test("a file changed in the very tick the scan began in is hashed again, though its stamp is the same")
    func racy() {
        // Saved again in that tick with the same size, it would keep this stamp with other bytes.
        #expect(known(scanned: 1_000).hash(of: "themes/a/x.md", stamp: stamp) == nil)
        var later = stamp
        later.modified = 900
        #expect(KnownFiles(files: ["f": .init(stamp: later, hash: 1)], scanned: 1_000).hash(of: "f", stamp: later) == nil,
                "the change time counts too")
    }

    @Test("any part of the stamp that differs means reading the file")
    func differs() {
        let known = known(scanned: 2_000)
        for other in [FileStamp(size: 121, modified: 1_000, changed: 1_000, inode: 7),
                      FileStamp(size: 120, modified: 1_001, changed: 1_000, inode: 7),
                      FileStamp(size: 120, modified: 1_000, changed: 1_001, inode: 7),
                      FileStamp(size: 120, modified: 1_000, changed: 1_000, inode: 8)] {
            #expect(known.hash(of: "themes/a/x.md", stamp: other) == nil, "\(other)")
        }
        #expect(known.hash(of: "themes/a/y.md", stamp: stamp) == nil)
    }

    @Test("a whole scan is proven unchanged from its digest only when every file has its known stamp from before the scan")
    func provesAll() {
        let path = "themes/a/x.md"
        #expect(known(scanned: 2_000).provesAll(ScannedFiles([path: stamp])))
        #expect(!known(scanned: 1_000).provesAll(ScannedFiles([path: stamp])), "changed in the tick the scan began in")
        var touched = stamp
        touched.changed = 1_001
        #expect(!known(scanned: 2_000).provesAll(ScannedFiles([path: touched])))
        #expect(!known(scanned: 2_000).provesAll(ScannedFiles(["themes/a/y.md": stamp])), "another path")
        #expect(!known(scanned: 2_000).provesAll(ScannedFiles([path: stamp, "themes/a/y.md": stamp])), "a file added")
        #expect(!known(scanned: 2_000).provesAll(ScannedFiles([:])), "a file removed")
    }

    @Test("what is written is read back the same")
    func roundTrip() throws {
        var writer = ByteWriter(capacity: 64)
        known(scanned: 2_000).write(to: &writer)
        var reader = ByteReader(writer.bytes)
        let read = try #require(KnownFiles(reading: &reader))
        #expect(read.files == known(scanned: 2_000).files && read.scanned == 2_000 && reader.atEnd)
        #expect(read.provesAll(ScannedFiles(["themes/a/x.md": stamp])), "its digest is read back too")
    }
}
