import RegioDashCore

/// What a build leaves for the next one, in the output's `.regiodash/`
/// folder (so it is swapped in with the site it describes): the fingerprint
/// of the program and options, the key of every page scope, every output
/// file's key and hash (`outputs`, text), what the content was
/// (`content-index`, binary) and where narrative bodies are in the pages
/// (`bodies`, binary).
struct Manifest: Sendable {
    /// An output file: the key it was made for and the hash of its bytes.
    struct Output: Sendable, Equatable {
        var key: UInt64
        var hash: UInt64
    }

    static let outputsFile = ".regiodash/outputs"
    static let indexFile = ".regiodash/content-index"
    static let bodiesFile = ".regiodash/bodies"
    static let header = "regiodash outputs 1"

    var fingerprint: UInt64
    var scopes: [String: UInt64]
    var outputs: [String: Output] = [:]
    /// The content index, encoded.
    var index: [UInt8]
    /// The body map, encoded; nil to make it from the files as they are written.
    var bodies: [UInt8]?

    /// The `outputs` file. Paths and scopes never hold tabs or line ends.
    func serializedOutputs() -> String {
        var lines = [Self.header, "F " + String(fingerprint, radix: 16)]
        for (scope, key) in scopes.sorted(by: { $0.key < $1.key }) {
            lines.append("S\t\(scope)\t\(String(key, radix: 16))")
        }
        for (path, output) in outputs.sorted(by: { $0.key < $1.key }) {
            lines.append("O\t\(path)\t\(String(output.key, radix: 16))\t\(String(output.hash, radix: 16))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The manifest of the site at `output`; nil when there is none, or it is
    /// from another version.
    static func read(from output: String) -> Stored? {
        guard let outputs = FileBytes.read(output + "/" + outputsFile).map({ String(decoding: $0, as: UTF8.self) }),
              let indexBytes = FileBytes.read(output + "/" + indexFile) else { return nil }
        guard let summary = ContentIndex.Summary(encoded: indexBytes) else { return nil }
        var lines = outputs.split(separator: "\n")
        guard lines.first == Substring(header), lines.count >= 2 else { return nil }
        lines.removeFirst()
        guard let fingerprint = UInt64(lines.removeFirst().dropFirst(2), radix: 16) else { return nil }
        var stored = Stored(fingerprint: fingerprint, scopes: [:], outputs: [:], summary: summary, output: output,
                            indexBytes: indexBytes)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch (fields.first, fields.count) {
            case ("S", 3):
                guard let key = UInt64(fields[2], radix: 16) else { return nil }
                stored.scopes[String(fields[1])] = key
            case ("O", 4):
                guard let key = UInt64(fields[2], radix: 16), let hash = UInt64(fields[3], radix: 16) else { return nil }
                stored.outputs[String(fields[1])] = Output(key: key, hash: hash)
            default:
                return nil
            }
        }
        return stored
    }

    /// A manifest read back from an output. What every rebuild needs is read
    /// at once (the outputs, the scopes, the content index's summary); the
    /// whole content index and the body fragments only when asked, since a
    /// rebuild with nothing to do needs neither.
    struct Stored: Sendable {
        var fingerprint: UInt64
        var scopes: [String: UInt64]
        var outputs: [String: Output]
        var summary: ContentIndex.Summary
        /// The output folder it was read from.
        let output: String
        fileprivate let indexBytes: [UInt8]

        /// The content index, read in place; nil when it cannot be read.
        func index() -> ContentIndexView? {
            ContentIndexView(indexBytes)
        }

        /// Where narrative bodies are in each output; nil when that cannot be read.
        func bodies() -> BodyMap? {
            FileBytes.read(output + "/" + bodiesFile).flatMap(BodyMap.init)
        }
    }
}
