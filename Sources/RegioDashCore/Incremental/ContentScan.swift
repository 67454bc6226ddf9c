#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every visible file of the content folder with its stamp: what tells a
/// rebuild which files changed without reading any of them.
package enum ContentScan {
    /// Each theme's folder is scanned on its own thread.
    package static func files(of content: ContentFolder) async -> ScannedFiles {
        var (found, folders) = scan(content, from: [""], descend: false)
        let themes = folders.filter { $0 == "themes" }
        folders.removeAll { $0 == "themes" }
        var parts = [found, scan(content, from: folders, descend: true).stamps]
        for theme in themes {
            let (inTheme, below) = scan(content, from: [theme], descend: false)
            parts.append(inTheme)
            parts += await withTaskGroup(of: [(String, FileStamp)].self) { group in
                for folder in below {
                    group.addTask { scan(content, from: [folder], descend: true).stamps }
                }
                var parts: [[(String, FileStamp)]] = []
                for await part in group { parts.append(part) }
                return parts
            }
        }
        return ScannedFiles(parts: parts)
    }

    /// The files in `start` (and, with `descend`, below them), and the folders found but not entered.
    private static func scan(_ content: ContentFolder, from start: [String], descend: Bool)
        -> (stamps: [(String, FileStamp)], folders: [String]) {
        var stamps: [(String, FileStamp)] = []
        var found: [String] = []
        var folders = start
        var first = true
        // Every folder entered, by device and inode: a link back to a folder
        // above (`a -> .`) is entered once, not followed round for ever.
        var entered = Set<FolderIdentity>()
        while let folder = folders.popLast() {
            guard let directory = opendir(content.displayPath(folder)) else { continue }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            var own = stat()
            guard fstat(descriptor, &own) == 0,
                  entered.insert(FolderIdentity(device: UInt64(own.st_dev), inode: UInt64(own.st_ino))).inserted
            else { continue }
            while let entry = readdir(directory) {
                let name = entry.pointee.name
                guard !name.hasPrefix(".") else { continue }
                let child = folder.isEmpty ? name : folder + "/" + name
                // A directory needs no stat; anything else (a file, a link, an unknown type) does.
                var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                if !isFolder {
                    var status = stat()
                    let result = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                        raw.baseAddress.map { fstatat(descriptor, $0.assumingMemoryBound(to: CChar.self), &status, 0) } ?? -1
                    }
                    guard result == 0 else { continue }
                    isFolder = (status.st_mode & S_IFMT) == S_IFDIR
                    if !isFolder {
                        stamps.append((child, FileStamp(status)))
                    }
                }
                if isFolder {
                    if descend || !first { folders.append(child) } else { found.append(child) }
                }
            }
            first = false
        }
        return (stamps, found)
    }
}

/// A folder as the file system knows it, whatever path led there.
private struct FolderIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}
