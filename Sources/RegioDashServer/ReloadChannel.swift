import FlyingFox
import FlyingSocks
import Foundation

/// The open event streams of served pages: Server-Sent Events, one
/// `reload` event to every page after each rebuild that changed something.
final class ReloadChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextClient = 0

    /// The body of a `text/event-stream` response that lasts until the page goes.
    func subscribe() -> HTTPBodySequence {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let client = lock.withLock {
            nextClient += 1
            clients[nextClient] = continuation
            return nextClient
        }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.clients.removeValue(forKey: client) }
        }
        // Reconnect after half a second if the server restarts; a comment opens the stream at once.
        continuation.yield(Array("retry: 500\n: regiodash\n\n".utf8))
        return HTTPBodySequence(from: EventBytes(stream: stream))
    }

    /// Sends an event to every listening page.
    func send(_ event: String, data: String = "") {
        let bytes = Array("event: \(event)\ndata: \(data)\n\n".utf8)
        for client in lock.withLock({ Array(clients.values) }) {
            client.yield(bytes)
        }
    }

    /// Ends every stream (the server is stopping).
    func finish() {
        for client in lock.withLock({ Array(clients.values) }) {
            client.finish()
        }
    }
}

/// An `AsyncStream` of byte chunks as the buffered byte sequence FlyingFox
/// streams a response body from (chunked, written as each chunk comes).
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(base: stream.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        private var pending: ArraySlice<UInt8> = []

        init(base: AsyncStream<[UInt8]>.Iterator) {
            self.base = base
        }

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            let taken = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(taken.count)
            return taken
        }
    }
}
