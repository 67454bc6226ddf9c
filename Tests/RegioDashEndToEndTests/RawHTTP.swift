import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client on a plain socket: it sends the request line
/// exactly as given (so a test can send `/../` and encoded forms that
/// URLSession would clean up) and reads one response.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    enum Failure: Error { case connect, timeout }

    let port: UInt16

    /// Sends one request (`Host: 127.0.0.1:port` unless `headers` give another)
    /// and reads the response, waiting up to `timeout` seconds for each part.
    func get(_ target: String, method: String = "GET", headers: [String: String] = [:], timeout: Double = 5) throws -> Response {
        let socket = try connect()
        defer { close(socket) }
        var request = "\(method) \(target) HTTP/1.1\r\n"
        if !headers.keys.contains(where: { $0.lowercased() == "host" }) { request += "Host: 127.0.0.1:\(port)\r\n" }
        request += "Connection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        send(request + "\r\n", on: socket)
        var bytes: [UInt8] = []
        while let chunk = try receive(socket, timeout: timeout) { bytes += chunk }
        return try parse(bytes, method: method)
    }

    /// Opens the event stream and waits (up to `timeout` seconds) for an event named `event`.
    final class EventStream {
        private let socket: Int32
        private var received = ""

        init(port: UInt16) throws {
            socket = try RawHTTP(port: port).connect()
            RawHTTP(port: port).send("GET /_regiodash/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n", on: socket)
        }

        deinit { close(socket) }

        /// Whether the stream has sent its opening bytes (it is subscribed).
        func waitUntilOpen(timeout: Double = 5) throws -> Bool {
            try wait(for: ": regiodash", timeout: timeout)
        }

        func wait(for text: String, timeout: Double) throws -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while !received.contains(text) {
                let left = deadline.timeIntervalSinceNow
                guard left > 0, let chunk = try RawHTTP.receiveOnce(socket, timeout: left) else { return false }
                received += String(decoding: chunk, as: UTF8.self)
            }
            return true
        }
    }

    func connect() throws -> Int32 {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        var on: Int32 = 1  // Darwin has no MSG_NOSIGNAL: a write to a closed connection must not raise SIGPIPE.
        _ = setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                #if canImport(Glibc)
                Glibc.connect(socket, pointer, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(socket, pointer, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard socket >= 0, result == 0 else { throw Failure.connect }
        return socket
    }

    func send(_ text: String, on socket: Int32) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.send(socket, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
                #else
                Darwin.send(socket, raw.baseAddress, raw.count, 0)
                #endif
            }
            guard count > 0 else { return }
            sent += count
        }
    }

    /// The next bytes, nil at the end of the stream.
    func receive(_ socket: Int32, timeout: Double) throws -> [UInt8]? {
        try Self.receiveOnce(socket, timeout: timeout)
    }

    static func receiveOnce(_ socket: Int32, timeout: Double) throws -> [UInt8]? {
        var ready = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, Int32(timeout * 1000)) > 0 else { throw Failure.timeout }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(buffer[..<count]) : nil
    }

    private func parse(_ bytes: [UInt8], method: String) throws -> Response {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return Response(status: 0, headers: [:], body: "") }
        let head = text[..<split.lowerBound].split(separator: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" {
            var decoded = ""
            var rest = Substring(body)
            while let end = rest.range(of: "\r\n"), let size = Int(rest[..<end.lowerBound], radix: 16), size > 0 {
                let start = end.upperBound
                let utf8 = rest[start...].utf8
                let chunkEnd = utf8.index(utf8.startIndex, offsetBy: size)
                decoded += String(Substring(utf8[..<chunkEnd]))
                rest = rest[chunkEnd...].dropFirst(2)
            }
            body = decoded
        }
        return Response(status: status, headers: headers, body: body)
    }
}
