@_spi(Fuzzing) import RegioDashCore

/// What every fuzz target starts from: the fuzzer's bytes read as a content
/// file is read (UTF-8 checked, byte-order mark dropped), and a small region.
public enum FuzzInput {
    /// The bytes as a text file, or nil when they are not UTF-8 (which the
    /// decoder must report, not crash on).
    public static func file(_ start: UnsafeRawPointer, _ count: Int, path: String) -> TextFile? {
        var diagnostics = Diagnostics()
        return ContentFolder.decode(UnsafeRawBufferPointer(start: start, count: count), relativePath: path,
                                    displayPath: "content/" + path, diagnostics: &diagnostics)
    }

    /// Three municipalities, with populations, as the demo's.
    public static let region = Region(name: "Fuzz", municipalities: [
        Municipality(code: "GM0177", name: "Raalte", slug: "raalte", population: [2022: 38000]),
        Municipality(code: "GM0193", name: "Zwolle", slug: "zwolle", population: [2022: 130500]),
        Municipality(code: "GM1773", name: "Olst-Wijhe", slug: "olst-wijhe"),
    ])
}
