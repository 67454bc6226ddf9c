import FlyingFox
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RegioDashCore
import RegioDashSite

/// Answers every request of the preview server: the site's files (GET and
/// HEAD, conditional GET with ETag and Last-Modified), folders through
/// their index.html, the event stream that reloads pages, and a 404 page.
/// Pages get the reload script (and, after a failed build, the panel with
/// its problems) as they are served; the files on disk never do.
struct PreviewHandler: HTTPHandler {
    let root: String
    let state: BuildState
    let channel: ReloadChannel
    /// What the front door adds to every request it lets through.
    let token: String

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // Only requests that came through the front door (limits, Host check) are answered.
        guard request.headers[HTTPHeader(FrontDoor.tokenHeader)] == token else {
            return HTTPResponse(statusCode: .init(421, phrase: "Misdirected Request"))
        }
        guard request.method == .GET || request.method == .HEAD else {
            let headers: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        let target = request.target.path()
        if target == PreviewMarkup.eventsPath {
            let headers: HTTPHeaders = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
            return HTTPResponse(statusCode: .ok, headers: headers, body: channel.subscribe())
        }
        let resolution = SitePath.resolve(
            target, isFolder: { kind(of: $0) == .folder }, isFile: { kind(of: $0) == .file })
        switch resolution {
        case .file(let path):
            return serve(path, request: request)
        case .folder(let location):
            let headers: HTTPHeaders = [.location: location]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .notFound:
            let page = PreviewMarkup.notFound(path: target.removingPercentEncoding ?? target, failure: state.failure)
            return respond(.notFound, body: Data(page.utf8), headers: [.contentType: "text/html; charset=utf-8"],
                           request: request)
        case .refused:
            return respond(.badRequest, body: Data("This path is not served.\n".utf8),
                           headers: [.contentType: "text/plain; charset=utf-8"], request: request)
        }
    }

    private func serve(_ path: String, request: HTTPRequest) -> HTTPResponse {
        let file = root + "/" + path
        guard let stamp = FileStamp.of(file), var bytes = FileBytes.read(file) else {
            return respond(.notFound, body: Data(), headers: [:], request: request)
        }
        let isPage = ContentTypes.isPage(path)
        let failure = state.failure
        var tag = "\"\(String(stamp.size, radix: 16))-\(String(stamp.modified, radix: 16))"
        if isPage {
            tag += "-\(state.generation)"
            bytes = Self.inject(PreviewMarkup.injection(failure: failure, language: PreviewMarkup.language(ofPage: bytes)),
                                into: bytes)
        }
        tag += "\""
        let seconds = stamp.modified / 1_000_000_000
        let headers: HTTPHeaders = [
            .contentType: ContentTypes.of(path), .eTag: tag, .lastModified: HTTPDate.format(secondsSince1970: seconds),
            .cacheControl: "no-cache", HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if Self.notModified(request, tag: tag, modified: seconds) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        return respond(.ok, body: Data(bytes), headers: headers, request: request)
    }

    private enum Kind { case file, folder, other }

    /// What is at `path` inside the site, if it really is inside: a link
    /// that leads out of the output folder counts as nothing.
    private func kind(of path: String) -> Kind {
        guard let realRoot = RealPath.of(root), let resolved = RealPath.of(root + "/" + path),
              RealPath.isInside(resolved, root: realRoot) else { return .other }
        var status = stat()
        guard stat(resolved, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The body, or for HEAD only its length.
    private func respond(_ status: HTTPStatusCode, body: Data, headers: HTTPHeaders, request: HTTPRequest) -> HTTPResponse {
        guard request.method == .HEAD else { return HTTPResponse(statusCode: status, headers: headers, body: body) }
        var headers = headers
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers)
    }

    /// If-None-Match wins over If-Modified-Since, as RFC 9110 says.
    static func notModified(_ request: HTTPRequest, tag: String, modified: Int) -> Bool {
        if let match = request.headers[.ifNoneMatch] {
            return match.split(separator: ",").contains { candidate in
                let trimmed = candidate.trimmingCharacters(in: .whitespaces)
                return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
            }
        }
        if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return modified <= since
        }
        return false
    }

    /// The page with `markup` just before its last `</body>` (or at the end).
    static func inject(_ markup: String, into page: [UInt8]) -> [UInt8] {
        let closing = Array("</body>".utf8)
        var position = page.count
        if page.count >= closing.count {
            for start in stride(from: page.count - closing.count, through: 0, by: -1)
            where page[start..<(start + closing.count)].elementsEqual(closing) {
                position = start
                break
            }
        }
        return Array(page[..<position]) + Array(markup.utf8) + Array(page[position...])
    }
}
