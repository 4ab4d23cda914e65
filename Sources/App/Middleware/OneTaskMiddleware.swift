import Vapor

/// Runs several middlewares as one. Vapor runs each `AsyncMiddleware` as a task of its own
/// and hands its response on through a future; for Roder's three, around every request,
/// that cost as much CPU as finding the request's session. Here they call each other
/// directly, outermost first, in the request's one task.
struct OneTaskMiddleware: AsyncMiddleware {
    let chain: [any AsyncMiddleware]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await respond(to: request, from: chain.startIndex, finally: next)
    }

    private func respond(to request: Request, from index: Int, finally next: any AsyncResponder) async throws -> Response {
        guard index < chain.endIndex else { return try await next.respond(to: request) }
        return try await chain[index].respond(to: request, chainingTo: AsyncBasicResponder { request in
            try await respond(to: request, from: index + 1, finally: next)
        })
    }
}
