import Foundation

/// Foundation's file errors as words: the path they are about and what
/// went wrong, instead of "The operation could not be completed.
/// (NSCocoaErrorDomain error 512.)", which is how Linux's Foundation
/// describes a failed write.
enum FileErrorMessage {
    /// "cannot write PATH: REASON", with the path the error names (the one
    /// that failed, which may be a parent of `path`), else `path`.
    static func sentence(_ error: any Error, cannot action: String, path: String) -> String {
        "cannot \(action) \(self.path(of: error) ?? path): \(reason(error))"
    }

    /// Any error a command did not catch: a Foundation file error as "PATH:
    /// REASON", anything else as it describes itself.
    static func sentence(_ error: any Error) -> String {
        let domain = (error as NSError).domain
        guard domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain else { return "\(error)" }
        guard let path = path(of: error) else { return reason(error) }
        let code = (error as NSError).code
        let action = domain != NSCocoaErrorDomain ? nil
            : (256..<512).contains(code) ? "read" : (512..<1024).contains(code) ? "write" : nil
        return action.map { sentence(error, cannot: $0, path: path) } ?? "\(path): \(reason(error))"
    }

    /// The path a Foundation error is about, if it says.
    static func path(of error: any Error) -> String? {
        let info = (error as NSError).userInfo
        return info[NSFilePathErrorKey] as? String ?? (info[NSURLErrorKey] as? URL)?.path
    }

    /// What went wrong, as a phrase: from the system's error number where
    /// Foundation passes it on, else from Foundation's error code.
    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(error.code))
        }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        guard error.domain == NSCocoaErrorDomain else { return error.localizedDescription }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return reason(errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return reason(errno: EACCES)
        case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return reason(errno: EROFS)
        case .fileWriteFileExists: return reason(errno: EEXIST)
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "it is not UTF-8 text"
        case .fileReadTooLarge: return "it is too large"
        default: return path(of: error).flatMap(obstacle) ?? "the system refused, without saying why (Foundation error \(error.code))"
        }
    }

    /// Why `path` cannot be made when Foundation does not say: the nearest
    /// part of it that exists is a file, or a folder this user cannot write in.
    private static func obstacle(_ path: String) -> String? {
        var url = URL(fileURLWithPath: path)
        while url.path != "/" {
            url.deleteLastPathComponent()
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue { return "\(url.path) is a file, not a folder" }
            return FileManager.default.isWritableFile(atPath: url.path) ? nil : "\(url.path) is not writable"
                + " (see who owns it and its permissions)"
        }
        return nil
    }

    /// The common system errors in plain words; the system's own text for the rest.
    static func reason(errno: Int32) -> String {
        switch errno {
        case ENOENT: "there is no such file or folder"
        case EACCES, EPERM: "permission denied (see who owns it and its permissions)"
        case ENOTDIR: "part of that path is a file, not a folder"
        case EISDIR: "it is a folder, not a file"
        case EEXIST: "something of that name is already there"
        case ENOSPC: "the disk is full"
        case EROFS: "the disk is read-only"
        case ENAMETOOLONG: "the name is too long"
        default: String(cString: strerror(errno)).lowercased()
        }
    }
}
