import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A wave of HTTP requests over loopback, one connection per request, sent by a deliberately
/// small client: each request's bytes are written out before the wave, and a response is
/// read only as far as its status and where it ends (`ResponseFraming`). On a 2-core machine
/// the load generator shares the cores with the server, and whatever it spends is counted as
/// the server's latency — phones sending answers run on their own CPUs. A general-purpose
/// client (redirects, pooling, a task per request) spent as much per request as a trivial
/// route; NIO's HTTP encoder and decoder, about a tenth of a burst's CPU.
public enum LoopbackLoad {
    /// One request: its method, path, headers and body, written out once before the wave.
    public struct Request: Sendable {
        public var method: HTTPMethod = .GET
        public var path: String
        public var headers: [(String, String)] = []
        public var body: String = ""

        public init(method: HTTPMethod = .GET, path: String, headers: [(String, String)] = [], body: String = "") {
            self.method = method
            self.path = path
            self.headers = headers
            self.body = body
        }
    }

    public struct Result: Sendable {
        public let duration: Duration
        public let status: UInt
    }

    /// Sends `requests` to 127.0.0.1:`port`, each at its delay from the start of the wave, and
    /// measures each from the moment it is sent (`connectFirst`: connections opened before the
    /// wave, as a phone that has loaded the form has one) or from the moment its connection
    /// is opened (otherwise) to the last byte of the response. A connection opened first
    /// carries one untimed `GET warmUpPath` before the wave, as the phone's carried the form:
    /// the client's connect returns once the kernel has the connection, while the server takes
    /// it in (accepts it, sets up its HTTP handlers) only later, on its own loop — without the
    /// warm-up the wave's first 25 ms also timed the server taking in 500 new connections.
    /// Each request is fired by its
    /// connection's own event loop at its moment, timed there, and its result noted there
    /// (`Wave`): a Swift task, a timer or a chain of futures per request cost the shared cores
    /// as much as the server's parsing of it.
    public static func wave(
        _ requests: [Request], delays: [Duration], port: Int, connectFirst: Bool, warmUpPath: String = "/health",
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> (results: [Result], cpu: Duration) {
        let open: [(any Channel)?] =
            connectFirst
            ? try await withThrowingTaskGroup(of: (Int, any Channel).self) { tasks in
                for index in requests.indices { tasks.addTask { (index, try await connect(port: port, on: group.next()).get()) } }
                var channels = [(any Channel)?](repeating: nil, count: requests.count)
                for try await (index, channel) in tasks { channels[index] = channel }
                return channels
            }
            : Array(repeating: nil, count: requests.count)
        if connectFirst {
            do {
                try await warmUp(open.compactMap { $0 }, with: serialize(Request(path: warmUpPath), port: port), group: group)
            } catch {
                for case let channel? in open { try? await channel.close() }
                throw error
            }
        }
        let prepared = requests.map { serialize($0, port: port) }
        let wave = Wave(count: requests.count, done: group.any().makePromise())
        let cpuBefore = processCPUTime(), start = NIODeadline.now()
        for index in requests.indices {
            let bytes = prepared[index]
            let eventLoop = open[index]?.eventLoop ?? group.next()
            let fire: @Sendable () -> Void = {
                let begin = NIODeadline.now()
                @Sendable func send(on channel: any Channel) {
                    wave.opened(channel, index: index)
                    LoopbackLoad.send(bytes, on: channel) { status in
                        wave.finished(index, status.map { Result(duration: Duration(NIODeadline.now() - begin), status: $0) })
                    }
                }
                if let channel = open[index] { return send(on: channel) }
                connect(port: port, on: eventLoop).whenComplete { connected in
                    switch connected {
                    case .success(let channel): send(on: channel)
                    case .failure(let error): wave.finished(index, .failure(error))
                    }
                }
            }
            // All at once: straight onto the loop's queue, without a timer each.
            if delays[index] <= .zero {
                eventLoop.execute(fire)
            } else {
                eventLoop.scheduleTask(deadline: start + TimeAmount(delays[index]), fire)
            }
        }
        let outcome: Swift.Result<[Result], any Error>
        do { outcome = .success(try await wave.done.futureResult.get()) } catch { outcome = .failure(error) }
        let cpu = processCPUTime() - cpuBefore
        // Closed after the wave, as phones keep their connection open after an answer: closing
        // 500 connections inside the wave would be counted against the server.
        for channel in wave.channels { try? await channel.close() }
        return (try outcome.get(), cpu)
    }

    /// Sends `request` once on every channel and waits for every response: then the server
    /// has taken each connection in. Fails unless every response is a 2xx.
    private static func warmUp(_ channels: [any Channel], with request: ByteBuffer, group: any EventLoopGroup) async throws {
        let warmed = Wave(count: channels.count, done: group.any().makePromise())
        for (index, channel) in channels.enumerated() {
            channel.eventLoop.execute {
                send(request, on: channel) { status in
                    warmed.finished(
                        index,
                        status.flatMap {
                            (200..<300).contains($0) ? .success(Result(duration: .zero, status: $0)) : .failure(LoadClientError.warmUpRefused(status: $0))
                        })
                }
            }
        }
        _ = try await warmed.done.futureResult.get()
    }

    /// A wave's results as they come in, on whichever event loop; `done` once all are in, or
    /// at the first failure.
    private final class Wave: Sendable {
        private struct State {
            var results: [Result?]
            var remaining: Int
            var channels: [(any Channel)?]
        }

        let done: EventLoopPromise<[Result]>
        private let state: NIOLockedValueBox<State>

        init(count: Int, done: EventLoopPromise<[Result]>) {
            self.done = done
            state = NIOLockedValueBox(State(results: Array(repeating: nil, count: count), remaining: count, channels: Array(repeating: nil, count: count)))
            if count == 0 { done.succeed([]) }
        }

        func opened(_ channel: any Channel, index: Int) {
            state.withLockedValue { $0.channels[index] = channel }
        }

        func finished(_ index: Int, _ result: Swift.Result<Result, any Error>) {
            switch result {
            case .failure(let error):
                done.fail(error)
            case .success(let result):
                let complete: [Result]? = state.withLockedValue { state in
                    state.results[index] = result
                    state.remaining -= 1
                    return state.remaining == 0 ? state.results.compactMap { $0 } : nil
                }
                if let complete { done.succeed(complete) }
            }
        }

        var channels: [any Channel] { state.withLockedValue { $0.channels.compactMap { $0 } } }
    }

    /// CPU time used so far by the whole process, every thread, user and system: here the
    /// server and the load client together.
    public static func processCPUTime() -> Duration {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func duration(_ time: timeval) -> Duration { .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec)) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }

    private static func connect(port: Int, on eventLoop: any EventLoop) -> EventLoopFuture<any Channel> {
        ClientBootstrap(group: eventLoop)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(ResponseWaiter()) }
            }
            .connect(host: "127.0.0.1", port: port)
    }

    /// Writes the request's bytes; `finished` gets the response's status once the whole
    /// response is in. On the channel's event loop.
    private static func send(_ request: ByteBuffer, on channel: any Channel, finished: @escaping @Sendable (Swift.Result<UInt, any Error>) -> Void) {
        channel.eventLoop.assertInEventLoop()
        do {
            try channel.pipeline.syncOperations.handler(type: ResponseWaiter.self).finished = finished
            channel.writeAndFlush(request, promise: nil)
        } catch {
            finished(.failure(error))
        }
    }

    /// The request as it goes on the wire, written once before the wave: the client's share of
    /// the cores is then a write and a read per request, not an HTTP encoder's and decoder's work.
    static func serialize(_ request: Request, port: Int) -> ByteBuffer {
        var head = "\(request.method.rawValue) \(request.path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: \(request.body.utf8.count)\r\n"
        for (name, value) in request.headers { head += "\(name): \(value)\r\n" }
        return ByteBuffer(string: head + "\r\n" + request.body)
    }

    /// Collects a response's bytes and tells `finished` its status once the whole response
    /// is in (`ResponseFraming`).
    private final class ResponseWaiter: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        var finished: (@Sendable (Swift.Result<UInt, any Error>) -> Void)?
        private var received = ByteBuffer()

        private func finish(_ result: Swift.Result<UInt, any Error>) {
            let finished = self.finished
            self.finished = nil
            finished?(result)
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var bytes = unwrapInboundIn(data)
            received.writeBuffer(&bytes)
            switch received.withUnsafeReadableBytes(ResponseFraming.init) {
            case .incomplete: break
            case .complete(let status):
                received.clear()
                finish(.success(status))
            case .unreadable:
                errorCaught(context: context, error: LoadClientError.unreadableResponse(String(buffer: received)))
            }
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            finish(.failure(error))
            context.close(promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            finish(.failure(ChannelError.eof))
        }
    }

    public enum LoadClientError: Error, CustomStringConvertible {
        case unreadableResponse(String)
        case warmUpRefused(status: UInt)

        public var description: String {
            switch self {
            case .unreadableResponse(let text): "The load client cannot read this response: \(text.prefix(200))"
            case .warmUpRefused(let status): "The server answered a connection's warm-up request with \(status)"
            }
        }
    }
}

/// Whether the bytes received so far hold a whole HTTP/1.1 response, and its status: enough
/// HTTP for a load client that sends one request per connection to a server it knows
/// (Vapor: a `Content-Length` or chunked body). Plain loops over the bytes: the generic
/// collection searches of the standard library, unspecialised here, cost more per response
/// than the server's whole handling of a request.
public enum ResponseFraming: Equatable {
    case incomplete
    case complete(status: UInt)
    /// Not an HTTP/1.x response this reader understands.
    case unreadable

    public init(_ bytes: UnsafeRawBufferPointer) {
        guard let headEnd = Self.find([13, 10, 13, 10], in: bytes, from: 0) else {
            self = bytes.count > 64 * 1024 ? .unreadable : .incomplete
            return
        }
        // "HTTP/1.1 303 See Other"
        let version = Array("HTTP/1.".utf8)
        guard headEnd >= 12, bytes.prefix(version.count).elementsEqual(version),
            let status = Self.number(in: bytes, from: 9, to: 12)
        else {
            self = .unreadable
            return
        }
        let bodyStart = headEnd + 4, bodyLength = bytes.count - bodyStart
        var contentLength: Int?, chunked = false
        var lineStart = (Self.find([13, 10], in: bytes, from: 0) ?? headEnd) + 2
        while lineStart < headEnd {
            let lineEnd = Self.find([13, 10], in: bytes, from: lineStart) ?? headEnd
            if let colon = (lineStart..<lineEnd).first(where: { bytes[$0] == UInt8(ascii: ":") }) {
                var valueStart = colon + 1
                while valueStart < lineEnd, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
                if Self.isName("content-length", in: bytes, lineStart..<colon) {
                    guard let length = Self.number(in: bytes, from: valueStart, to: lineEnd) else { self = .unreadable; return }
                    contentLength = Int(length)
                } else if Self.isName("transfer-encoding", in: bytes, lineStart..<colon) {
                    chunked = Self.find(Array("chunked".utf8), in: bytes, from: valueStart, before: lineEnd) != nil
                }
            }
            lineStart = lineEnd + 2
        }
        if chunked {
            // The last chunk: "0", then the blank line ending the (empty) trailer.
            let lastChunk = Array("0\r\n\r\n".utf8)
            let whole =
                bodyLength >= lastChunk.count
                && (Self.find(lastChunk, in: bytes, from: bodyStart, before: bodyStart + lastChunk.count) != nil
                    || Self.find([13, 10] + lastChunk, in: bytes, from: bodyStart) != nil)
            self = whole ? .complete(status: status) : .incomplete
        } else if let contentLength {
            self = bodyLength >= contentLength ? .complete(status: status) : .incomplete
        } else {
            // No length and not chunked: only a response that may not have a body is whole here.
            self = status == 204 || status == 304 || (100..<200).contains(status) ? .complete(status: status) : .unreadable
        }
    }

    /// Where `needle` first starts in `bytes[from..<before]`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int, before end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard end - start >= needle.count else { return nil }
        for index in start...(end - needle.count) where bytes[index] == needle[0] {
            if (1..<needle.count).allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
        }
        return nil
    }

    /// The decimal number in `bytes[from..<to]` (trailing spaces allowed), if only digits.
    private static func number(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> UInt? {
        var value: UInt = 0, digits = 0, index = start
        while index < end, (48...57).contains(bytes[index]) {
            value = value * 10 + UInt(bytes[index] - 48)
            digits += 1
            index += 1
        }
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return digits > 0 && (index == end || bytes[index] == 13) ? value : nil
    }

    /// Whether the header name in `bytes[range]` is `name` (lower-case ASCII), ignoring case.
    private static func isName(_ name: StaticString, in bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        let expected = UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        return zip(range, expected).allSatisfy { index, letter in bytes[index] | 0x20 == letter }
    }
}
