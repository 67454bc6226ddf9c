@testable import RegioDashCore
import Testing

@Suite("The narrative memo: new narratives appended, rewritten when mostly stale, a torn end dropped")
struct NarrativeMemoTests {
    private let key = NarrativeKey(theme: "cyber", municipality: "GM0001", year: 2023)
    private let location = SourceLocation(path: "themes/cyber/a/2023.md")

    private func narrative(_ text: String) -> Narrative {
        Narrative(theme: "cyber", municipality: "GM0001", year: 2023, title: text, summary: nil, status: .published,
                  body: Markup(utf8: ArraySlice("<p>\(text)</p>\n".utf8)), excerpt: text, location: location)
    }

    /// A memo file holding the narratives `texts`, keyed 1, 2, 3, …
    private func file(_ texts: [String]) throws -> [UInt8] {
        let memo = NarrativeMemo()
        for (index, text) in texts.enumerated() { memo.remember(narrative(text), hash: UInt64(index + 1)) }
        guard case let .replace(records) = memo.update() else {
            Issue.record("a new memo is written whole")
            return []
        }
        return records.bytes
    }

    @Test("a build that renders one new narrative appends only that one, and the next build reads both")
    func append() throws {
        let bytes = try file(["een", "twee", "drie", "vier", "vijf"])
        let memo = NarrativeMemo(encoded: bytes)
        for hash in UInt64(1)...5 { _ = memo.narrative(hash, key: key, location: location) }
        memo.remember(narrative("zes"), hash: 6)
        guard case let .append(appended) = memo.update() else {
            Issue.record("one new narrative is appended, not the memo written again")
            return
        }
        #expect(appended.bytes.count < bytes.count / 3)
        let next = NarrativeMemo(encoded: bytes + appended.bytes)
        #expect(next.narrative(6, key: key, location: location)?.body.html == "<p>zes</p>\n")
        #expect(next.narrative(1, key: key, location: location)?.title == "een")
        for hash in UInt64(1)...6 { _ = next.narrative(hash, key: key, location: location) }
        #expect(next.update() == .none, "nothing new: nothing to write")
    }

    @Test("when more than a quarter of the memo is no longer used, it is written anew with only what is")
    func compact() throws {
        let memo = NarrativeMemo(encoded: try file(["een", "twee", "drie", "vier", "vijf"]))
        _ = memo.narrative(1, key: key, location: location)
        _ = memo.narrative(2, key: key, location: location)
        guard case let .replace(records) = memo.update() else {
            Issue.record("three of five unused: written anew")
            return
        }
        let next = NarrativeMemo(encoded: records.bytes)
        #expect(next.narrative(2, key: key, location: location)?.title == "twee")
        #expect(next.narrative(3, key: key, location: location) == nil)
    }

    @Test("a memo written in pieces is the same bytes as written whole, and stops at the first piece that fails")
    func pieces() throws {
        let memo = NarrativeMemo()
        for (index, text) in ["een", "twee", "drie", "vier"].enumerated() { memo.remember(narrative(text), hash: UInt64(index + 1)) }
        guard case let .replace(records) = memo.update() else {
            Issue.record("a new memo is written whole")
            return
        }
        var pieces: [[UInt8]] = []
        #expect(records.write(piece: 16) { pieces.append($0); return true })
        #expect(pieces.count == 4, "one piece per record of more than 16 bytes")
        #expect(Array(pieces.joined()) == records.bytes)
        #expect(NarrativeMemo(encoded: Array(pieces.joined())).narrative(3, key: key, location: location)?.title == "drie")
        var handed = 0
        #expect(!records.write(piece: 16) { _ in handed += 1; return false })
        #expect(handed == 1)
    }

    @Test("a memo that started empty is written anew though it holds nothing: a full build never keeps another program's narratives")
    func fresh() {
        guard case let .replace(records) = NarrativeMemo().update() else {
            Issue.record("an empty memo replaces the file")
            return
        }
        #expect(records.bytes.count == 4, "the magic alone")
    }

    @Test("a quarter unused is kept and appended to; more than a quarter is written anew")
    func quarter() throws {
        let bytes = try file(["een", "twee", "drie", "vier"])
        let kept = NarrativeMemo(encoded: bytes)
        for hash in UInt64(1)...3 { _ = kept.narrative(hash, key: key, location: location) }
        kept.remember(narrative("vijf"), hash: 5)
        guard case .append = kept.update() else {
            Issue.record("one of four unused: appended")
            return
        }
        let stale = NarrativeMemo(encoded: bytes)
        for hash in UInt64(1)...2 { _ = stale.narrative(hash, key: key, location: location) }
        guard case .replace = stale.update() else {
            Issue.record("two of four unused: written anew")
            return
        }
    }

    @Test("a record torn by a build killed while appending is dropped, the rest read, and the memo written anew")
    func torn() throws {
        let bytes = try file(["een", "twee"])
        let memo = NarrativeMemo(encoded: Array((bytes + bytes.dropFirst(4)).dropLast(3)))
        #expect(memo.narrative(1, key: key, location: location)?.title == "een")
        _ = memo.narrative(2, key: key, location: location)
        guard case .replace = memo.update() else {
            Issue.record("a torn memo is written anew")
            return
        }
    }

    @Test("a narrative's tags come back from the memo with their names and places, in the narrative's own file")
    func tags() throws {
        var tagged = narrative("een")
        tagged.tags = [Tag("vuurwerk", at: SourceLocation(path: "elders.md", line: 3, column: 8)),
                       Tag("Buurt bemiddeling", at: SourceLocation(path: "elders.md", line: 3, column: 18))]
        let memo = NarrativeMemo()
        memo.remember(tagged, hash: 1)
        guard case let .replace(records) = memo.update() else {
            Issue.record("a new memo is written whole")
            return
        }
        let back = try #require(NarrativeMemo(encoded: records.bytes).narrative(1, key: key, location: location))
        #expect(back.tags.map(\.name) == ["vuurwerk", "Buurt bemiddeling"])
        #expect(back.tags.map(\.location.line) == [3, 3])
        #expect(back.tags.map(\.location.column) == [8, 18])
        #expect(back.tags.allSatisfy { $0.location.path == location.path })
    }
}
