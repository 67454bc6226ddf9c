import Foundation

/// The bytes of a saved CBS answer, by name: a single file, the files of a
/// folder, or the entries of a zip — so each format is read the same way
/// whichever way it was saved.
struct CBSSource: Sendable {
    /// What the user named (a file, a folder, a zip or a URL), for messages.
    var origin: String
    /// File name (without folders) → bytes.
    var files: [String: Data]

    /// The file with this name, any case, with or without `.json`/`.csv`.
    func file(_ name: String, extensions: [String] = ["json", "csv"]) -> (name: String, data: Data)? {
        let wanted = Set(extensions.map { (name + "." + $0).lowercased() } + [name.lowercased()])
        guard let key = files.keys.sorted().first(where: { wanted.contains($0.lowercased()) }), let data = files[key] else { return nil }
        return (key, data)
    }
}

/// A reason an import cannot go on, said to the user as it stands.
public struct ImportError: Error, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}

extension CBSSource {
    /// Reads `path`: a JSON or CSV file, a folder of them, or a zip of them.
    static func read(_ path: String) throws -> CBSSource {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ImportError("\(path): there is no such file or folder: give a saved CBS answer (JSON, CSV or zip) with --from")
        }
        if isFolder.boolValue {
            var files: [String: Data] = [:]
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names where name.hasSuffix(".json") || name.hasSuffix(".csv") {
                files[name] = FileManager.default.contents(atPath: path + "/" + name)
            }
            guard !files.isEmpty else { throw ImportError("\(path): this folder holds no .json or .csv file of a CBS answer") }
            return CBSSource(origin: path, files: files)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError("\(path): this file cannot be read: check that it exists and that you may read it")
        }
        if path.lowercased().hasSuffix(".zip") || data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return try CBSZip.read(data, origin: path)
        }
        return CBSSource(origin: path, files: [(path as NSString).lastPathComponent: data])
    }
}
