import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The preview's front door: it listens on the address the user gave, reads
/// each request's head itself, within limits, and only then hands the
/// request to the HTTP server (FlyingFox, on a loopback port of its own),
/// streaming the answer back. Before anything parses a request:
///
/// - request line and headers may be at most 8 KB (else 414 or 431):
///   FlyingFox's line reader takes quadratic time on a long line, and one
///   long `<img src>` on any web page could freeze the preview;
/// - the head must arrive within 10 s of connecting: idle and partial
///   connections are closed;
/// - at most 64 connections are served at once (fewer when the process may
///   open few files: each takes three descriptors, and 32 are kept for the
///   rest), the rest wait in the listen backlog, and `accept` failing for
///   lack of file descriptors is waited out, never fatal;
/// - only the `Host` names of the address it listens on (and `localhost`)
///   are answered (else 421), so a DNS-rebinding page cannot read the
///   preview; with `--host 0.0.0.0` or `::` every name is.
///
/// Each request is handed on with `Connection: close` and a token the
/// handler checks, so the server's own port answers nobody else.
final class FrontDoor: @unchecked Sendable {
    static let headLimit = 8 * 1024
    static let headTimeout = 10.0
    static let maximumConnections = 64

    /// The header that proves a request came through the front door.
    static let tokenHeader = "X-Regiodash-Front"

    private let listener: Int32
    private let hosts: Set<String>?
    private let token: String
    private let slots = DispatchSemaphore(value: connectionLimit)
    private var backendPort: UInt16 = 0

    /// The port it listens on (the one asked for, or the one the system picked for 0).
    let port: UInt16

    /// Listens on `host`:`port`; nil when that address cannot be listened on.
    init?(host: String, port: UInt16, token: String) {
        let isIPv6 = host.contains(":")
        let socket = Glibc.socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        var on: Int32 = 1
        _ = setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        _ = setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        guard PlainSocket.bind(socket, host: host == "localhost" ? "127.0.0.1" : host, port: port, isIPv6: isIPv6),
              Glibc.listen(socket, 128) == 0, let bound = PlainSocket.localPort(of: socket) else {
            close(socket)
            return nil
        }
        listener = socket
        self.port = bound
        self.token = token
        let wildcard = ["0.0.0.0", "::"].contains(host)
        hosts = wildcard ? nil : Self.names(host: host, port: bound)
    }

    /// How many connections may be served at once, within the process's file limit.
    static var connectionLimit: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return maximumConnections }
        return max(1, min(maximumConnections, (Int(clamping: limit.rlim_cur) - 32) / 3))
    }

    /// The Host values answered: the listening address and localhost, with
    /// the port (and without it on port 80).
    static func names(host: String, port: UInt16) -> Set<String> {
        var bases = [host.contains(":") ? "[\(host)]" : host, "localhost"]
        if ["127.0.0.1", "::1", "localhost"].contains(host) { bases += ["127.0.0.1", "[::1]"] }
        return Set(bases.flatMap { port == 80 ? [$0, "\($0):80"] : ["\($0):\(port)"] }.map { $0.lowercased() })
    }

    /// Accepts connections, on a thread of its own, until `stop()`.
    func start(backendPort: UInt16) {
        self.backendPort = backendPort
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Stops accepting; connections being served finish on their own.
    func stop() {
        _ = shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            slots.wait()
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                slots.signal()
                switch errno {
                case EINTR, ECONNABORTED, EAGAIN, EPROTO:
                    continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors: they come back as connections end (within the head timeout).
                    usleep(50_000)
                    continue
                default:
                    close(listener)
                    return
                }
            }
            Thread.detachNewThread { [self] in
                defer {
                    close(client)
                    slots.signal()
                }
                serve(client)
            }
        }
    }

    /// One connection: its request's head, checked, then handed on.
    private func serve(_ client: Int32) {
        var on: Int32 = 1
        _ = setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        let deadline = Date().addingTimeInterval(Self.headTimeout)
        var head: [UInt8] = []
        var end: Int?
        while end == nil, head.count <= Self.headLimit {
            guard let chunk = PlainSocket.receive(client, until: deadline) else { return }
            let searchFrom = max(0, head.count - 3)
            head += chunk
            end = Self.find([13, 10, 13, 10], in: head, from: searchFrom)
        }
        let lineEnd = Self.find([13, 10], in: head, from: 0)
        guard let end, end + 4 <= Self.headLimit else {
            if lineEnd.map({ $0 + 2 > Self.headLimit }) ?? true {
                Self.respond(client, 414, "URI Too Long", "The request line is longer than 8 KB.\n")
            } else {
                Self.respond(client, 431, "Request Header Fields Too Large", "The request's headers come to more than 8 KB.\n")
            }
            return
        }
        let lines = String(decoding: head[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let fields = lines.dropFirst()
        let host = fields.first { $0.lowercased().hasPrefix("host:") }
            .map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces).lowercased() }
        if let hosts {
            guard let host, hosts.contains(host) else {
                Self.respond(client, 421, "Misdirected Request",
                             "This preview answers only to \(hosts.sorted().joined(separator: ", ")); it was asked for "
                                 + "\"\(host ?? "")\". Start regiodash serve with --host to serve another address.\n")
                return
            }
        }
        let kept = fields.filter {
            let name = $0.lowercased()
            return !name.hasPrefix("connection:") && !name.hasPrefix("keep-alive:")
                && !name.hasPrefix(Self.tokenHeader.lowercased() + ":")
        }
        let forwarded = ([lines[0]] + kept + ["Connection: close", "\(Self.tokenHeader): \(token)", "", ""])
            .joined(separator: "\r\n")
        guard let backend = PlainSocket.connect(port: backendPort) else {
            Self.respond(client, 503, "Service Unavailable", "The preview is not running.\n")
            return
        }
        defer { close(backend) }
        guard PlainSocket.send(Array(forwarded.utf8) + head[(end + 4)...], to: backend) else { return }
        Self.pump(client: client, backend: backend)
    }

    /// Streams the answer to the client until the server ends it or the
    /// client goes; what the client sends meanwhile goes to the server.
    private static func pump(client: Int32, backend: Int32) {
        var clientOpen = true
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var fds = [pollfd(fd: backend, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: clientOpen ? client : -1, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 2, -1) > 0 else {
                if errno == EINTR { continue }
                return
            }
            if fds[0].revents != 0 {
                let count = recv(backend, &buffer, buffer.count, 0)
                guard count > 0, PlainSocket.send(Array(buffer[..<count]), to: client) else { return }
            }
            if fds[1].revents != 0 {
                let count = recv(client, &buffer, buffer.count, 0)
                if count <= 0 {
                    // The client is done sending (or gone): the answer still goes out, if it can.
                    clientOpen = false
                    if fds[1].revents & Int16(POLLERR | POLLHUP) != 0, fds[1].revents & Int16(POLLIN) == 0 { return }
                } else if !PlainSocket.send(Array(buffer[..<count]), to: backend) {
                    return
                }
            }
        }
    }

    /// Answers without the server and ends the connection; what the client
    /// is still sending is read and dropped for a moment first, so closing
    /// does not reset the connection before the client reads the answer.
    private static func respond(_ socket: Int32, _ status: Int, _ reason: String, _ body: String) {
        let bytes = Array(body.utf8)
        let head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
        guard PlainSocket.send(Array(head.utf8) + bytes, to: socket) else { return }
        _ = shutdown(socket, Int32(SHUT_WR))
        let deadline = Date().addingTimeInterval(2)
        while PlainSocket.receive(socket, until: deadline) != nil {}
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
