import Foundation

/// A folder under the system's temporary directory, removed on `remove()`;
/// tests write content folders and sites into it.
public struct TemporaryFolder: Sendable {
    public let path: String

    public init(_ label: String = "regiodash") throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes each file (path relative to the folder → text), creating folders.
    public func write(_ files: [String: String]) throws {
        for (relative, text) in files {
            try write(relative, bytes: Array(text.utf8))
        }
    }

    /// Writes raw bytes (for BOMs, invalid UTF-8 and the like).
    public func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + relative)
    }

    /// Every file below `relative`, with its bytes: to compare a folder before and after.
    public func snapshot(_ relative: String) -> [String: Data] {
        let root = path + "/" + relative
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[item] = FileManager.default.contents(atPath: root + "/" + item)
            }
        }
        return result
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
