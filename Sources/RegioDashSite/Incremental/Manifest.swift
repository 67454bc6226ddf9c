import Foundation
import RegioDashCore

/// What a build left for the next one, in the output's `.regiodash/`
/// folder (so it is swapped in with the site it describes): the fingerprint
/// of the program and options, the key of every page scope, every output
/// file's key and hash, and what the content was (`ContentIndex`).
struct Manifest: Sendable {
    /// An output file: the key it was made for and the hash of its bytes.
    struct Output: Sendable, Equatable {
        var key: UInt64
        var hash: UInt64
    }

    static let folder = ".regiodash"
    static let outputsFile = ".regiodash/outputs"
    static let indexFile = ".regiodash/content-index"
    static let header = "regiodash outputs 1"

    var fingerprint: UInt64
    var scopes: [String: UInt64]
    var outputs: [String: Output]
    var index: ContentIndex

    /// The manifest of the site at `output`; nil when there is none, or it is
    /// from another version.
    static func read(from output: String) -> Manifest? {
        guard let outputs = try? String(contentsOfFile: output + "/" + outputsFile, encoding: .utf8),
              let indexBytes = FileManager.default.contents(atPath: output + "/" + indexFile),
              let index = ContentIndex(encoded: [UInt8](indexBytes)) else { return nil }
        var lines = outputs.split(separator: "\n")
        guard lines.first == Substring(header), lines.count >= 2 else { return nil }
        lines.removeFirst()
        guard let fingerprint = UInt64(lines.removeFirst().dropFirst(2), radix: 16) else { return nil }
        var manifest = Manifest(fingerprint: fingerprint, scopes: [:], outputs: [:], index: index)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch (fields.first, fields.count) {
            case ("S", 3):
                guard let key = UInt64(fields[2], radix: 16) else { return nil }
                manifest.scopes[String(fields[1])] = key
            case ("O", 4):
                guard let key = UInt64(fields[2], radix: 16), let hash = UInt64(fields[3], radix: 16) else { return nil }
                manifest.outputs[String(fields[1])] = Output(key: key, hash: hash)
            default:
                return nil
            }
        }
        return manifest
    }

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
}
