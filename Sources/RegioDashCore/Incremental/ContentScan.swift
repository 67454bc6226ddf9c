#if canImport(Glibc)
import Glibc
#endif

/// Every visible file of the content folder with its stamp: what tells a
/// rebuild which files changed without reading any of them.
public enum ContentScan {
    /// Each theme's folder is scanned on its own thread.
    public static func stamps(of content: ContentFolder) async -> [String: FileStamp] {
        var (stamps, folders) = scan(content, from: [""], descend: false)
        let themes = folders.filter { $0 == "themes" }
        folders.removeAll { $0 == "themes" }
        stamps.merge(scan(content, from: folders, descend: true).stamps) { first, _ in first }
        for theme in themes {
            let (found, below) = scan(content, from: [theme], descend: false)
            stamps.merge(found) { first, _ in first }
            let parts = await withTaskGroup(of: [String: FileStamp].self) { group in
                for folder in below {
                    group.addTask { scan(content, from: [folder], descend: true).stamps }
                }
                var parts: [[String: FileStamp]] = []
                for await part in group { parts.append(part) }
                return parts
            }
            for part in parts { stamps.merge(part) { first, _ in first } }
        }
        return stamps
    }

    /// The files in `start` (and, with `descend`, below them), and the folders found but not entered.
    private static func scan(_ content: ContentFolder, from start: [String], descend: Bool)
        -> (stamps: [String: FileStamp], folders: [String]) {
        var stamps: [String: FileStamp] = [:]
        var found: [String] = []
        var folders = start
        var first = true
        while let folder = folders.popLast() {
            let path = content.displayPath(folder)
            guard let directory = opendir(path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let child = folder.isEmpty ? name : folder + "/" + name
                let type = entry.pointee.d_type
                var status = stat()
                // A directory needs no stat; anything else (a file, a link, an unknown type) does.
                if type == UInt8(DT_DIR) {
                    if descend || !first { folders.append(child) } else { found.append(child) }
                } else if stat(path + "/" + name, &status) == 0 {
                    if (status.st_mode & S_IFMT) == S_IFDIR {
                        if descend || !first { folders.append(child) } else { found.append(child) }
                    } else {
                        stamps[child] = FileStamp(size: Int(status.st_size),
                                                  modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec))
                    }
                }
            }
            first = false
        }
        return (stamps, found)
    }
}
