/// The media type of a site file, by its extension.
enum ContentTypes {
    static func of(_ path: String) -> String {
        let parts = (path.split(separator: "/").last ?? "").split(separator: ".")
        let suffix = parts.count > 1 ? parts.last?.lowercased() : nil
        return switch suffix {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        case "xml": "application/xml"
        case "txt", "md": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        default: "application/octet-stream"
        }
    }

    static func isPage(_ path: String) -> Bool {
        of(path).hasPrefix("text/html")
    }
}
