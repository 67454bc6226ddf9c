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
    /// A content folder whose files together are larger than this is refused
    /// before any is read: it bounds what one run holds in memory.
    public static let maximumTotalSize = 200 * 1024 * 1024

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
    /// exist, none (with an error) when it cannot be listed. Hidden entries
    /// (`.DS_Store`, `.git`) are passed over; a link to something outside the
    /// content folder is refused with an error.
    public func entries(in relativePath: String, diagnostics: inout Diagnostics) -> [Entry]? {
        let path = displayPath(relativePath)
        guard let directory = opendir(path) else {
            guard errno != ENOENT, errno != ENOTDIR else { return nil }
            diagnostics.error("cannot list this folder (\(String(cString: strerror(errno)))): check that you may read it",
                              at: location(relativePath))
            return []
        }
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
                if isDirectory, type == UInt8(DT_LNK), !avoidsLoop(child, diagnostics: &diagnostics) { continue }
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

    /// Whether a link to a folder leads somewhere other than a folder that
    /// holds the link (`a -> .`, `a -> ..`); an error at the link when it
    /// does not: following it would go round for ever.
    private func avoidsLoop(_ relativePath: String, diagnostics: inout Diagnostics) -> Bool {
        let parent = relativePath.split(separator: "/").dropLast().joined(separator: "/")
        guard let target = RealPath.of(displayPath(relativePath)), let holder = RealPath.of(displayPath(parent)),
              RealPath.isInside(holder, root: target) else { return true }
        diagnostics.error(
            "this is a link to \(target), a folder that holds the link itself, so it goes round in a loop: "
                + "remove the link (regiodash reads each folder where it is)",
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
        // Non-blocking, and the type checked on what was opened: opening a
        // named pipe for reading would otherwise wait for a writer for ever.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            if descriptor >= 0 { close(descriptor) }
            var found = stat()
            let kind = stat(path, &found) == 0 ? Self.kind(of: found.st_mode) : nil
            diagnostics.error(kind.map {
                "this is \($0), not a file: content files must be ordinary files; remove it and put the file itself here"
            } ?? "cannot read this file: check that it exists and that you may read it", at: here)
            return nil
        }
        defer { close(descriptor) }
        // A hard link's other names can be anywhere on the disk (/etc/shadow): which is the content's
        // own cannot be told, so such a file is not read. Git never makes hard links.
        guard status.st_nlink <= 1 else {
            diagnostics.error(
                "this file has \(status.st_nlink) hard links, so it may be a file from outside the content folder: "
                    + "regiodash only reads files with one name; put a copy here instead (cp --remove-destination)",
                at: here)
            return nil
        }
        let size = Int(status.st_size)
        guard size <= Self.maximumFileSize else {
            diagnostics.error(
                "file is \(Self.megabytes(size)) (\(Diagnostics.grouped(size)) bytes), larger than the "
                    + "\(Self.megabytes(Self.maximumFileSize)) (\(Diagnostics.grouped(Self.maximumFileSize)) bytes) "
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

    /// A size in megabytes as people read it: "21.4 MB", "20 MB".
    static func megabytes(_ bytes: Int) -> String {
        let tenths = bytes * 10 / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    /// What a file-system entry that is not an ordinary file is, in words
    /// ("a named pipe (FIFO)"); nil for an ordinary file.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFDIR: "a folder"
        default: "not an ordinary file"
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

    /// The hash of a file's bytes (see `ContentHash`), nil when it cannot be read.
    package func hash(of relativePath: String) -> UInt64? {
        FileBytes.read(displayPath(relativePath)).map { $0.withUnsafeBytes { ContentHash.of($0) } }
    }
}
