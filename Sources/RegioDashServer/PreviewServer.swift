import FlyingFox
import FlyingSocks
import Foundation
import RegioDashCore
import RegioDashSite

/// `regiodash serve`: builds the site, serves it over HTTP, and rebuilds
/// (incrementally) whenever the content changes, reloading open pages. A
/// build with errors leaves the last good site served, with its problems
/// shown over every page.
public struct PreviewServer: Sendable {
    /// What to build and where to listen.
    public struct Options: Sendable {
        public var build: SiteBuilder.Options
        /// Loopback by default: a preview is for this machine.
        public var host: String
        /// 0 picks a free port.
        public var port: UInt16

        public init(build: SiteBuilder.Options, host: String = "127.0.0.1", port: UInt16 = 8000) {
            self.build = build
            self.host = host
            self.port = port
        }
    }

    /// What happens, for the terminal.
    public enum Event: Sendable {
        /// The server listens at this address (`http://host:port/`).
        case listening(String)
        /// A build finished (the first, or one after a change).
        case built(SiteBuilder.Report)
    }

    /// Why the server cannot run, in words the user can act on.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let builder: SiteBuilder
    public let options: Options

    public init(builder: SiteBuilder, options: Options) {
        self.builder = builder
        self.options = options
    }

    /// Builds, then serves and rebuilds on every change until the task is cancelled.
    public func run(events: @escaping @Sendable (Event) -> Void) async throws {
        let state = BuildState()
        let channel = ReloadChannel()
        await build(state: state, channel: channel, events: events)
        do {
            _ = options.host.contains(":")
                ? try sockaddr_in6.inet6(ip6: options.host, port: options.port) as any SocketAddress
                : try sockaddr_in.inet(ip4: options.host == "localhost" ? "127.0.0.1" : options.host, port: options.port)
        } catch {
            throw Failure(description: "\(options.host) is not an IP address to listen on: use 127.0.0.1, ::1 or 0.0.0.0")
        }
        // The browser talks to the front door; the HTTP server listens on a loopback port of its own.
        let token = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
        guard let door = FrontDoor(host: options.host, port: options.port, token: token) else {
            throw Failure(description: "cannot listen on \(options.host):\(options.port): is another server "
                + "using that port? Pass --port with another number (0 picks a free one)")
        }
        defer { door.stop() }
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 60,
                                pool: NoDelayPool(base: HTTPServer.defaultPool()), logger: .disabled,
                                handler: PreviewHandler(root: options.build.output, state: state, channel: channel,
                                                        token: token))
        try await withThrowingTaskGroup(of: Void.self) { group in
            let stopped = StopFlag()
            group.addTask {
                defer { stopped.set() }
                try await server.run()
            }
            // Listening, or failed to: a port in use is known at once.
            while !(await server.isListening) {
                guard !stopped.isSet else {
                    group.cancelAll()
                    throw Failure(description: "cannot listen on \(options.host):\(options.port): is another server "
                        + "using that port? Pass --port with another number (0 picks a free one)")
                }
                try await Task.sleep(for: .milliseconds(5))
            }
            guard case .ip4(_, let backendPort) = await server.listeningAddress else {
                group.cancelAll()
                throw Failure(description: "the preview's HTTP server did not say where it listens")
            }
            door.start(backendPort: backendPort)
            let host = options.host.contains(":") ? "[\(options.host)]" : options.host
            events(.listening("http://\(host):\(door.port)/"))
            group.addTask {
                for await _ in ContentWatcher(root: options.build.content).changes() {
                    // A moment for the rest of a save (an editor writes a file in steps).
                    try? await Task.sleep(for: .milliseconds(30))
                    await build(state: state, channel: channel, events: events)
                }
            }
            defer { channel.finish() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// One build; open pages reload when what they show has changed.
    private func build(state: BuildState, channel: ReloadChannel, events: @Sendable (Event) -> Void) async {
        let report = await builder.build(options.build)
        events(.built(report))
        let failure = report.failed ? report.diagnostics.sorted.filter { $0.severity != .note } : nil
        if state.record(written: report.written, failure: failure) {
            channel.send("reload", data: String(state.generation))
        }
    }
}
