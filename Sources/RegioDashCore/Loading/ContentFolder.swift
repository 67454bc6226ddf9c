import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The content folder on disk: lists folders and reads files as text, and
/// turns whatever can go wrong doing so into diagnostics.
public struct ContentFolder: Sendable {
    /// Files larger than this are refused: content is text typed by people.
    public static let maximumFileSize = 20 * 1024 * 1024

    /// The folder as the user named it (`content`).
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// One entry of a folder listing.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var isDirectory: Bool
    }

    /// The path to show for a file inside the folder.
    public func displayPath(_ relativePath: String) -> String {
        relativePath.isEmpty ? root : (root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath)
    }

    /// A location in a file inside the folder.
    public func location(_ relativePath: String, line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(path: displayPath(relativePath), line: line, column: column)
    }

    /// Whether the folder itself exists.
    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether a file or folder exists at `relativePath`.
    public func contains(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: displayPath(relativePath))
    }

    /// The visible entries of a folder, sorted by name; nil when it does not
    /// exist. Hidden entries (`.DS_Store`, `.git`) are passed over; a link to
    /// something outside the content folder is refused with an error.
    public func entries(in relativePath: String, diagnostics: inout Diagnostics) -> [Entry]? {
        let path = displayPath(relativePath)
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var found: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = entry.pointee.name
            guard !name.hasPrefix(".") else { continue }
            found.append((name, entry.pointee.d_type))
        }
        var entries: [Entry] = []
        for (name, type) in found.sorted(by: { $0.name < $1.name }) {
            let child = relativePath.isEmpty ? name : relativePath + "/" + name
            var isDirectory = type == UInt8(DT_DIR)
            // Only a link (or a file system that does not say) needs a closer look.
            if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                guard staysInside(child, diagnostics: &diagnostics) else { continue }
                var status = stat()
                isDirectory = stat(path + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append(Entry(name: name, isDirectory: isDirectory))
        }
        return entries
    }

    /// Whether `path` is a regular file itself (not a link); its folders were
    /// checked when they were listed.
    private func isPlainFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The folder's own real path, links resolved.
    private var realRoot: String? { RealPath.of(root) }

    /// Whether the real place of `relativePath` (links followed) is inside the
    /// content folder; an error when a link leads out of it.
    func staysInside(_ relativePath: String, diagnostics: inout Diagnostics) -> Bool {
        let path = displayPath(relativePath)
        guard let root = realRoot, let real = RealPath.of(path) else { return true }
        if RealPath.isInside(real, root: root) { return true }
        diagnostics.error(
            "this is a link to \(real), outside the content folder: regiodash only reads what is inside it; "
                + "copy the file or folder in instead",
            at: location(relativePath))
        return false
    }

    /// Reads a file as UTF-8 text (a leading byte-order mark is dropped).
    /// Returns nil, with an error, when it cannot be read, is too large or is
    /// not valid UTF-8.
    public func read(_ relativePath: String, diagnostics: inout Diagnostics) -> TextFile? {
        let path = displayPath(relativePath)
        let here = location(relativePath)
        guard isPlainFile(path) || staysInside(relativePath, diagnostics: &diagnostics) else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            if descriptor >= 0 { close(descriptor) }
            diagnostics.error("cannot read this file: check that it exists and that you may read it", at: here)
            return nil
        }
        defer { close(descriptor) }
        let size = Int(status.st_size)
        guard size <= Self.maximumFileSize else {
            diagnostics.error(
                "file is \(size / 1_048_576) MB, larger than the \(Self.maximumFileSize / 1_048_576) MB "
                    + "regiodash reads: split it or remove what does not belong in it", at: here)
            return nil
        }
        guard let bytes = FileBytes.read(descriptor: descriptor, size: size) else {
            diagnostics.error("cannot read this file: it changed while it was being read; build again", at: here)
            return nil
        }
        return bytes.withUnsafeBytes { raw in
            Self.decode(raw, relativePath: relativePath, displayPath: path, diagnostics: &diagnostics)
        }
    }

    /// A file's bytes as text: valid UTF-8 (else an error at the first bad
    /// byte's line and column), without a leading byte-order mark.
    @_spi(Fuzzing)
    public static func decode(_ raw: UnsafeRawBufferPointer, relativePath: String, displayPath: String,
                              diagnostics: inout Diagnostics) -> TextFile? {
        let bytes = raw.bindMemory(to: UInt8.self)
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            let (line, column) = UTF8Validation.position(ofOffset: bad, in: bytes)
            diagnostics.error(
                "this file is not valid UTF-8 here: save it as \"CSV UTF-8\" or \"UTF-8\" in your editor",
                at: SourceLocation(path: displayPath, line: line, column: column))
            return nil
        }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...]), as: UTF8.self)
        return TextFile(relativePath: relativePath, displayPath: displayPath, text: text, hash: ContentHash.of(raw))
    }
}
