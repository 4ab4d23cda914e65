import LoadClient
import Testing

@testable import App

/// The benchmark's load client reads responses only as far as their status and end: if it
/// took a response as whole too early, a wave's latencies would be too short.
@Suite struct LoadClientTests {
    private func framing(_ text: String) -> ResponseFraming { Array(text.utf8).withUnsafeBytes(ResponseFraming.init) }

    @Test func lengthDelimitedResponse() {
        let head = "HTTP/1.1 303 See Other\r\nlocation: /events/1/feedback/thanks\r\ncontent-length: 5\r\n\r\n"
        #expect(framing(head + "Hello") == .complete(status: 303))
        #expect(framing(head + "Hell") == .incomplete)
        #expect(framing(String(head.dropLast(2))) == .incomplete)
        #expect(framing("HTTP/1.1 409 Conflict\r\nContent-Length: 0\r\n\r\n") == .complete(status: 409))
    }

    @Test func chunkedResponse() {
        let head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(framing(head + "5\r\nHello\r\n") == .incomplete)
        #expect(framing(head + "5\r\nHello\r\n0\r\n\r\n") == .complete(status: 200))
        #expect(framing(head + "0\r\n\r\n") == .complete(status: 200))
    }

    @Test func unreadableResponses() {
        #expect(framing("SSH-2.0-OpenSSH\r\n\r\n") == .unreadable)
        #expect(framing("HTTP/1.1 2x0 OK\r\ncontent-length: 0\r\n\r\n") == .unreadable)
        #expect(framing("HTTP/1.1 200 OK\r\n\r\nbody without a length") == .unreadable)
        #expect(framing("HTTP/1.1 204 No Content\r\n\r\n") == .complete(status: 204))
    }
}
