import Vapor

/// Runs several middlewares and the route's handler as one task. Vapor runs each
/// `AsyncMiddleware` as a task of its own and hands its response on through a future, and the
/// route's async handler as one more; for Roder's three middlewares, around every request,
/// that cost as much CPU as finding the request's session. Here they call each other
/// directly, outermost first, and then the handler, in the request's one task — which
/// prefers its connection's event loop as its executor (`EventLoopTaskExecutor`).
struct OneTaskMiddleware: Middleware {
    let chain: [any AsyncMiddleware]
    /// Where each request's task runs: its event loop's executor.
    let executors: EventLoopTaskExecutors?

    init(chain: [any AsyncMiddleware], executors: EventLoopTaskExecutors? = nil) {
        self.chain = chain
        self.executors = executors
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let promise = request.eventLoop.makePromise(of: Response.self)
        Task(executorPreference: executors?.executor(on: request.eventLoop)) {
            do {
                promise.succeed(try await respond(to: request, chainingTo: next))
            } catch {
                promise.fail(error)
            }
        }
        return promise.futureResult
    }

    /// The chain, then `next`: an async handler (`AsyncResponder`, as Vapor makes for an
    /// async route) called directly, any other through its future.
    func respond(to request: Request, chainingTo next: any Responder) async throws -> Response {
        try await respond(to: request, from: chain.startIndex, finally: next)
    }

    private func respond(to request: Request, from index: Int, finally next: any Responder) async throws -> Response {
        guard index < chain.endIndex else {
            if let handler = next as? any AsyncResponder { return try await handler.respond(to: request) }
            return try await next.respond(to: request).get()
        }
        return try await chain[index].respond(to: request, chainingTo: AsyncBasicResponder { request in
            try await respond(to: request, from: index + 1, finally: next)
        })
    }
}
