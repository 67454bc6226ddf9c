import Foundation
import RegioDashTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("regiodash serve: live preview over HTTP", .serialized)
struct ServeTests {
    /// A running `regiodash serve` on a free loopback port, over a fixture folder.
    final class Server {
        let folder: TemporaryFolder
        let process = Process()
        let port: UInt16
        let http: RawHTTP
        private let output = Pipe()

        /// `files`: the most file descriptors the server may have open (through prlimit).
        init(files: Int? = nil) throws {
            folder = try TemporaryFolder("serve")
            try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.content([
                "themes/cyber/raalte/2022.md": "---\ntitle: Raalte 2022\n---\nDe eerste versie.\n",
            ]).map { ("content/" + $0, $1) }))
            if let files {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
                process.arguments = ["--nofile=\(files):\(files)", Command.executable.path, "serve", "--port", "0"]
            } else {
                process.executableURL = Command.executable
                process.arguments = ["serve", "--port", "0"]
            }
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line that names the address; everything before is the first build.
            var seen = ""
            let deadline = Date().addingTimeInterval(30)
            var found: UInt16?
            while found == nil, Date() < deadline {
                let data = output.fileHandleForReading.availableData
                guard !data.isEmpty else { break }
                seen += String(decoding: data, as: UTF8.self)
                if let range = seen.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                    found = UInt16(seen[range].dropFirst("http://127.0.0.1:".count).dropLast())
                }
            }
            guard let found else {
                process.terminate()
                throw RawHTTP.Failure.connect
            }
            port = found
            http = RawHTTP(port: found)
        }

        func stop() {
            process.interrupt()
            process.waitUntilExit()
            folder.remove()
        }

        func edit(_ relative: String, _ text: String) throws {
            try folder.write(["content/" + relative: text])
        }

        /// Fetches `path` until its body satisfies `condition`, for up to `timeout` seconds.
        func poll(_ path: String, timeout: Double, until condition: (String) -> Bool) throws -> (String, Double)? {
            let start = Date()
            while Date().timeIntervalSince(start) < timeout {
                let body = try http.get(path).body
                if condition(body) { return (body, Date().timeIntervalSince(start)) }
                usleep(20_000)
            }
            return nil
        }
    }

    @Test("an edit is served within a second, a reload event is sent, and the built files stay script-free")
    func liveReload() throws {
        let server = try Server()
        defer { server.stop() }
        let page = "/gemeenten/raalte/index.html"
        #expect(try server.http.get(page).body.contains("De eerste versie."))
        let events = try RawHTTP.EventStream(port: server.port)
        #expect(try events.waitUntilOpen())

        try server.edit("themes/cyber/raalte/2022.md", "---\ntitle: Raalte 2022\n---\nDe tweede versie.\n")
        let served = try server.poll(page, timeout: 1) { $0.contains("De tweede versie.") }
        #expect(served != nil, "the edit was not served within a second")
        #expect(try events.wait(for: "event: reload", timeout: 1))

        let body = try server.http.get(page).body
        #expect(body.contains("new EventSource(\"/_regiodash/events\")"))
        let onDisk = try #require(server.folder.read("site/gemeenten/raalte/index.html"))
        #expect(onDisk.contains("De tweede versie.") && !onDisk.contains("EventSource"))
    }

    @Test("serve is a preview: the feed's history is not kept, and the next build publishes the same content all the same")
    func previewKeepsNoHistory() throws {
        let server = try Server()
        try server.edit("themes/cyber/raalte/2022.md", "---\ntitle: Raalte 2022\n---\nDe tweede versie.\n")
        #expect(try server.poll("/gemeenten/raalte/index.html", timeout: 10) { $0.contains("De tweede versie.") } != nil)
        let folder = server.folder.path
        server.process.interrupt()
        server.process.waitUntilExit()
        defer { server.folder.remove() }
        #expect(server.folder.exists(".regiodash-cache/site/preview"))
        #expect(!server.folder.exists(".regiodash-cache/site/publication"))
        let built = try Command.run(["build"], in: folder)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.output.contains("Built "), "\(built.output)")
        #expect(server.folder.exists(".regiodash-cache/site/publication"))
        #expect(!server.folder.exists(".regiodash-cache/site/preview"))
        let again = try Command.run(["build"], in: folder)
        #expect(again.output.contains("Nothing changed since the last build"), "\(again.output)")
    }

    @Test("a bad edit shows its errors over the old pages, which stay served; fixing it clears them")
    func badEdit() throws {
        let server = try Server()
        defer { server.stop() }
        let good = try server.http.get("/index.html").body
        let events = try RawHTTP.EventStream(port: server.port)
        #expect(try events.waitUntilOpen())

        try server.edit("site.yaml", "titel: Typefout\n")
        let broken = try server.poll("/index.html", timeout: 2) { $0.contains("regiodash-build-failed") }
        let (body, _) = try #require(broken)
        #expect(body.contains("site.yaml:1:1: fout: unknown key"), "the panel speaks the site's Dutch")
        #expect(body.contains("<h1>Testregio veilig</h1>"), "the previous site is no longer served")
        #expect(try events.wait(for: "event: reload", timeout: 1))
        #expect(try server.http.get("/assets/regiodash.css").status == 200)

        try server.edit("site.yaml", Fixtures.site)
        let fixed = try server.poll("/index.html", timeout: 2) { !$0.contains("regiodash-build-failed") }
        #expect(fixed?.0 == good)
    }

    @Test("no path leaves the site: dot segments, encoded forms, backslashes, hidden files, links out")
    func pathTraversal() throws {
        let server = try Server()
        defer { server.stop() }
        try server.folder.write(["secret.txt": "geheim"])
        symlink(server.folder.path + "/secret.txt", server.folder.path + "/site/uit.txt")
        let attempts = [
            "/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd",
            "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/assets/..%5c..%5csecret.txt",
            "/assets/../../secret.txt", "/.regiodash/outputs", "/%2eregiodash/content-index", "/uit.txt",
            "/index.html%00.css", "//etc/passwd", "/%252e%252e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
        ]
        for target in attempts {
            let response = try server.http.get(target)
            #expect([400, 404].contains(response.status), "\(target) answered \(response.status)")
            #expect(!response.body.contains("geheim") && !response.body.contains("root:"), "\(target) leaked")
        }
    }

    @Test("HTTP as browsers expect: types, folders, 404, HEAD, conditional GET, other methods")
    func http() throws {
        let server = try Server()
        defer { server.stop() }
        let page = try server.http.get("/index.html")
        #expect(page.status == 200 && page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(try server.http.get("/").body == page.body)
        #expect(try server.http.get("/assets/regiodash.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try server.http.get("/sitemap.xml").headers["content-type"] == "application/xml")
        let folder = try server.http.get("/gemeenten/raalte")
        #expect(folder.status == 301 && folder.headers["location"] == "/gemeenten/raalte/")
        #expect(try server.http.get("/gemeenten/raalte/").body.contains("Raalte"))

        let missing = try server.http.get("/bestaat-niet.html")
        #expect(missing.status == 404 && missing.body.contains("Not found"))

        let head = try server.http.get("/index.html", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == String(page.body.utf8.count))

        let tag = try #require(page.headers["etag"])
        #expect(try server.http.get("/index.html", headers: ["If-None-Match": tag]).status == 304)
        #expect(try server.http.get("/index.html", headers: ["If-None-Match": "\"anders\""]).status == 200)
        // The stylesheet's own date: the build may write it a second after the overview.
        let stylesheet = try server.http.get("/assets/regiodash.css")
        let modified = try #require(stylesheet.headers["last-modified"])
        #expect(try server.http.get("/assets/regiodash.css", headers: ["If-Modified-Since": modified]).status == 304)
        #expect(try server.http.get("/assets/regiodash.css",
                                    headers: ["If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"]).status == 200)

        let post = try server.http.get("/index.html", method: "POST")
        #expect(post.status == 405 && post.headers["allow"] == "GET, HEAD")
    }

    @Test("a request line over 8 KB is 414 and headers over 8 KB are 431, before anything parses them")
    func limits() throws {
        let server = try Server()
        defer { server.stop() }
        #expect(try server.http.get("/" + String(repeating: "a", count: 300_000)).status == 414)
        #expect(try server.http.get("/", headers: ["X-Long": String(repeating: "b", count: 9000)]).status == 431)
        #expect(try server.http.get("/", headers: ["X-Short": String(repeating: "b", count: 4000)]).status == 200)
    }

    @Test("only the address it listens on and localhost are answered: a rebinding page gets 421")
    func hosts() throws {
        let server = try Server()
        defer { server.stop() }
        #expect(try server.http.get("/").status == 200)
        #expect(try server.http.get("/", headers: ["Host": "localhost:\(server.port)"]).status == 200)
        let rebound = try server.http.get("/", headers: ["Host": "evil.example:\(server.port)"])
        #expect(rebound.status == 421)
        #expect(!rebound.body.contains("<html"))
        #expect(try server.http.get("/", headers: ["Host": "127.0.0.1:1"]).status == 421)
    }

    @Test("a folder asked for with doubled slashes redirects to a path, never to //host")
    func redirectIsPathOnly() throws {
        let server = try Server()
        defer { server.stop() }
        let redirect = try server.http.get("//gemeenten")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/gemeenten/", "\(redirect.headers)")
        #expect(try server.http.get("///gemeenten//raalte").headers["location"] == "/gemeenten//raalte/")
    }

    @Test("an idle or partial connection is closed by the server")
    func idleConnection() throws {
        let server = try Server()
        defer { server.stop() }
        let socket = try server.http.connect()
        defer { close(socket) }
        server.http.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", on: socket)
        // The server ends the connection (EOF) without an answer, well within a minute.
        #expect(try server.http.receive(socket, timeout: 60) == nil)
    }

    @Test("more connections than the server may open files: it keeps running, and answers once they end")
    func descriptorLimit() throws {
        let server = try Server(files: 48)
        defer { server.stop() }
        let idle = (0..<80).compactMap { _ in try? server.http.connect() }
        #expect(idle.count == 80)
        // Every one of them has reached the server: a request after them is answered only once they end.
        let probe = try server.http.connect()
        idle.forEach { close($0) }
        server.http.send("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nConnection: close\r\n\r\n", on: probe)
        let answer = try server.http.receive(probe, timeout: 60).map { String(decoding: $0, as: UTF8.self) }
        close(probe)
        #expect(answer?.hasPrefix("HTTP/1.1 200") == true, "\(answer ?? "no answer")")
        #expect(server.process.isRunning)
        #expect(try server.http.get("/index.html").status == 200)
    }

    @Test("a port in use is a clear error, exit code 1")
    func portInUse() throws {
        let server = try Server()
        defer { server.stop() }
        let second = try Command.run(["serve", "--port", String(server.port), "--quiet"], in: server.folder.path)
        #expect(second.status == 1)
        #expect(second.errors.contains("cannot listen on 127.0.0.1:\(server.port)"))
    }
}
