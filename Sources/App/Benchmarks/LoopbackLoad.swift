import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A wave of HTTP requests over loopback, one connection per request, sent by a deliberately
/// small client: a request prepared before the wave goes through NIO's HTTP encoder and the
/// response through its decoder, nothing more. On a 2-core machine the load generator shares the cores with
/// the server; a general-purpose client (redirect handling, pooling, task per request) spent
/// as much CPU per request as a trivial route, and its share would be counted as the
/// server's latency. Phones sending answers run on their own CPUs.
enum LoopbackLoad {
    /// One request: its method, path, headers and body, written out once before the wave.
    struct Request: Sendable {
        var method: HTTPMethod = .GET
        var path: String
        var headers: [(String, String)] = []
        var body: String = ""
    }

    struct Result: Sendable {
        let duration: Duration
        let status: UInt
    }

    /// Sends `requests` to 127.0.0.1:`port`, each at its delay from the start of the wave, and
    /// measures each from the moment it is sent (`connectFirst`: connections opened before the
    /// wave, as a phone that has loaded the form has one) or from the moment its connection
    /// is opened (otherwise) to the last byte of the response.
    static func wave(_ requests: [Request], delays: [Duration], port: Int, connectFirst: Bool,
                     group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws -> [Result] {
        let clock = ContinuousClock()
        let open: [(any Channel)?] = connectFirst
            ? try await withThrowingTaskGroup(of: (Int, any Channel).self) { tasks in
                for index in requests.indices { tasks.addTask { (index, try await connect(port: port, group: group)) } }
                var channels = [(any Channel)?](repeating: nil, count: requests.count)
                for try await (index, channel) in tasks { channels[index] = channel }
                return channels
            }
            : Array(repeating: nil, count: requests.count)
        let start = clock.now
        let sent = try await withThrowingTaskGroup(of: (Int, Result, any Channel).self) { tasks in
            for (index, request) in requests.enumerated() {
                let prepared = serialize(request, port: port)
                tasks.addTask {
                    try await clock.sleep(until: start + delays[index])
                    let begin = clock.now
                    let channel: any Channel
                    if let opened = open[index] { channel = opened } else { channel = try await connect(port: port, group: group) }
                    let status = try await send(prepared, on: channel)
                    return (index, Result(duration: clock.now - begin, status: status), channel)
                }
            }
            var results = [Result?](repeating: nil, count: requests.count)
            var channels: [any Channel] = []
            for try await (index, result, channel) in tasks {
                results[index] = result
                channels.append(channel)
            }
            return (results.map { $0! }, channels)
        }
        // Closed after the wave, as phones keep their connection open after an answer: closing
        // 500 connections inside the wave would be counted against the server.
        for channel in sent.1 { try? await channel.close() }
        return sent.0
    }

    private static func connect(port: Int, group: any EventLoopGroup) async throws -> any Channel {
        try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(ResponseWaiter())
                }
            }
            .connect(host: "127.0.0.1", port: port)
            .get()
    }

    /// Writes the request and waits for the whole response; its status code.
    private static func send(_ request: (head: HTTPRequestHead, body: ByteBuffer), on channel: any Channel) async throws -> UInt {
        try await channel.eventLoop.flatSubmit {
            do {
                let waiter = try channel.pipeline.syncOperations.handler(type: ResponseWaiter.self)
                let promise = channel.eventLoop.makePromise(of: UInt.self)
                waiter.promise = promise
                channel.write(HTTPClientRequestPart.head(request.head), promise: nil)
                if request.body.readableBytes > 0 { channel.write(HTTPClientRequestPart.body(.byteBuffer(request.body)), promise: nil) }
                channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
                return promise.futureResult
            } catch {
                return channel.eventLoop.makeFailedFuture(error)
            }
        }.get()
    }

    private static func serialize(_ request: Request, port: Int) -> (head: HTTPRequestHead, body: ByteBuffer) {
        var headers = HTTPHeaders([("Host", "127.0.0.1:\(port)"), ("Content-Length", "\(request.body.utf8.count)")])
        headers.add(contentsOf: request.headers)
        return (HTTPRequestHead(version: .http1_1, method: request.method, uri: request.path, headers: headers), ByteBuffer(string: request.body))
    }

    /// Completes the waiting promise with the status once the response's end has arrived.
    private final class ResponseWaiter: ChannelInboundHandler {
        typealias InboundIn = HTTPClientResponsePart
        var promise: EventLoopPromise<UInt>?
        private var status: UInt = 0

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head): status = head.status.code
            case .body: break
            case .end:
                promise?.succeed(status)
                promise = nil
            }
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            promise?.fail(error)
            promise = nil
            context.close(promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            promise?.fail(ChannelError.eof)
            promise = nil
        }
    }
}
