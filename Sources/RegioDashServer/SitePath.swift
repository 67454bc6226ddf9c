/// A request path turned into a file of the site, safely: decoded once,
/// with any `..`, hidden name, backslash or NUL refused, so nothing outside
/// the output folder (and nothing of `.regiodash/`) is ever served.
enum SitePath {
    enum Resolution: Equatable {
        /// A file, by its path inside the site.
        case file(String)
        /// A folder asked for without its trailing slash: redirect here.
        case folder(redirect: String)
        case notFound
        /// A path that tries to leave the site or cannot be decoded.
        case refused
    }

    /// `target` is the request's path as sent, still percent-encoded.
    static func resolve(_ target: String, isFolder: (String) -> Bool, isFile: (String) -> Bool) -> Resolution {
        guard target.hasPrefix("/"), let decoded = target.removingPercentEncoding else { return .refused }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var parts: [Substring] = []
        for segment in segments {
            // Doubled and trailing slashes, and "." segments, change nothing.
            if segment.isEmpty || segment == "." { continue }
            guard segment != "..", !segment.hasPrefix("."), !segment.contains("\\"), !segment.contains("\0") else {
                return .refused
            }
            parts.append(segment)
        }
        let path = parts.joined(separator: "/")
        if path.isEmpty || decoded.hasSuffix("/") {
            let index = path.isEmpty ? "index.html" : path + "/index.html"
            return isFile(index) ? .file(index) : .notFound
        }
        if isFile(path) { return .file(path) }
        // One leading slash only: "//gemeenten/" would be read by a browser as the host "gemeenten".
        if isFolder(path) { return .folder(redirect: "/" + target.drop { $0 == "/" } + "/") }
        return .notFound
    }
}
