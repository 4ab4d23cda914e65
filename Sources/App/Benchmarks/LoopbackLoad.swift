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
    /// is opened (otherwise) to the last byte of the response. Each request is fired by its
    /// connection's own event loop at its moment and timed there: a Swift task and a timer per
    /// request cost the shared cores as much as the server's parsing of it.
    static func wave(_ requests: [Request], delays: [Duration], port: Int, connectFirst: Bool,
                     group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws -> (results: [Result], cpu: Duration) {
        let open: [(any Channel)?] = connectFirst
            ? try await withThrowingTaskGroup(of: (Int, any Channel).self) { tasks in
                for index in requests.indices { tasks.addTask { (index, try await connect(port: port, on: group.next()).get()) } }
                var channels = [(any Channel)?](repeating: nil, count: requests.count)
                for try await (index, channel) in tasks { channels[index] = channel }
                return channels
            }
            : Array(repeating: nil, count: requests.count)
        let cpuBefore = processCPUTime(), start = NIODeadline.now()
        let sent = requests.indices.map { index in
            let prepared = serialize(requests[index], port: port)
            let eventLoop = open[index]?.eventLoop ?? group.next()
            return eventLoop.flatScheduleTask(deadline: start + TimeAmount(delays[index])) {
                let begin = NIODeadline.now()
                let channel = open[index].map { eventLoop.makeSucceededFuture($0) } ?? connect(port: port, on: eventLoop)
                return channel.flatMap { channel in
                    send(prepared, on: channel).map { status in
                        (Result(duration: Duration(NIODeadline.now() - begin), status: status), channel)
                    }
                }
            }.futureResult
        }
        let results = try await EventLoopFuture.whenAllSucceed(sent, on: group.any()).get()
        let cpu = processCPUTime() - cpuBefore
        // Closed after the wave, as phones keep their connection open after an answer: closing
        // 500 connections inside the wave would be counted against the server.
        for (_, channel) in results { try? await channel.close() }
        return (results.map(\.0), cpu)
    }

    /// CPU time used so far by the whole process, every thread, user and system: here the
    /// server and the load client together.
    static func processCPUTime() -> Duration {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func duration(_ time: timeval) -> Duration { .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec)) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }

    private static func connect(port: Int, on eventLoop: any EventLoop) -> EventLoopFuture<any Channel> {
        ClientBootstrap(group: eventLoop)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(ResponseWaiter())
                }
            }
            .connect(host: "127.0.0.1", port: port)
    }

    /// Writes the request and waits for the whole response; its status code. On the
    /// channel's event loop.
    private static func send(_ request: (head: HTTPRequestHead, body: ByteBuffer), on channel: any Channel) -> EventLoopFuture<UInt> {
        channel.eventLoop.assertInEventLoop()
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
