import Foundation
import Testing
import VaporTesting
@testable import App

/// Roder finds routes with its own responder (`RouteResponder`), by Vapor's rules.
@Suite("Finding a request's route")
struct RoutingTests {
    /// A responder over these routes, each answering with its own path as text.
    private func responder(_ routes: [(HTTPMethod, String)], caseInsensitive: Bool = false) -> RouteResponder {
        let all = Routes()
        all.caseInsensitive = caseInsensitive
        for (method, path) in routes {
            all.add(Route(method: method, path: path.pathComponents, responder: BasicResponder { request in
                request.eventLoop.makeSucceededFuture(Response(body: .init(string: path)))
            }, requestType: Request.self, responseType: Response.self))
        }
        return RouteResponder(routes: all, middleware: [])
    }

    /// The registered path of the route found, and its parameters.
    private func find(_ responder: RouteResponder, _ method: HTTPMethod, _ path: String) -> (String, [String: String])? {
        responder.match(method, path: path).map { match, parameters in
            ("/" + match.route.path.map(\.description).joined(separator: "/"), parameters)
        }
    }

    @Test("Constants before parameters; parameters decoded; empty segments ignored")
    func rules() {
        let routes = responder([(.GET, "/events/new"), (.GET, "/events/:eventID"), (.POST, "/events/:eventID/feedback"),
                                (.GET, "/a/b/c"), (.GET, "/a/:x/d"), (.GET, "/")])
        #expect(find(routes, .GET, "/events/new")?.0 == "/events/new")
        #expect(find(routes, .GET, "/events/new")?.1 == [:])
        let id = "0b6e2f4a-5c3d-4e2f-8a1b-9c0d1e2f3a4b"
        #expect(find(routes, .GET, "/events/\(id)")?.0 == "/events/:eventID")
        #expect(find(routes, .GET, "/events/\(id)")?.1 == ["eventID": id])
        #expect(find(routes, .POST, "/events/\(id)/feedback")?.1 == ["eventID": id])
        #expect(find(routes, .GET, "//events///\(id)//")?.1 == ["eventID": id])
        #expect(find(routes, .GET, "/")?.0 == "/")
        // Escapes decoded as Vapor's `Parameters` does; one that does not decode stays as sent.
        #expect(find(routes, .GET, "/events/caf%C3%A9")?.1 == ["eventID": "café"])
        #expect(find(routes, .GET, "/events/a+b%20c")?.1 == ["eventID": "a+b c"])
        #expect(find(routes, .GET, "/events/100%")?.1 == ["eventID": "100%"])
        #expect(find(routes, .GET, "/events/%FF")?.1 == ["eventID": "%FF"])
        // No route: another method, a longer path, another case, or a constant that matched
        // first and then led nowhere (Vapor's router does not go back to try the parameter).
        #expect(find(routes, .POST, "/events/new") == nil)
        #expect(find(routes, .GET, "/events/\(id)/other") == nil)
        #expect(find(routes, .GET, "/Events/new") == nil)
        #expect(find(routes, .GET, "/a/b/d") == nil)
        #expect(find(routes, .GET, "/a/z/d")?.1 == ["x": "z"])
    }

    @Test("Routes set to ignore case match constants in any case, and keep a parameter's case")
    func caseInsensitive() {
        let routes = responder([(.GET, "/events/new"), (.GET, "/events/:eventID")], caseInsensitive: true)
        #expect(find(routes, .GET, "/Events/NEW")?.0 == "/events/new")
        #expect(find(routes, .GET, "/EVENTS/AbC")?.1 == ["eventID": "AbC"])
    }

    @Test("HEAD goes to a HEAD route if there is one, otherwise to the GET route")
    func head() {
        let routes = responder([(.GET, "/page"), (.GET, "/both"), (.HEAD, "/both")])
        #expect(routes.match(.HEAD, path: "/page")?.0.route.method == .GET)
        #expect(routes.match(.HEAD, path: "/both")?.0.route.method == .HEAD)
        #expect(routes.match(.HEAD, path: "/none") == nil)
    }

    @Test("Over HTTP: unknown paths get the 404 page, HEAD is answered, parameters reach handlers")
    func overHTTP() async throws {
        try await withRoderApp { app, _ in
            #expect(app.responder.current is RouteResponder)
            let missing = try await app.testing().sendRequest(.GET, "/no/such/page")
            #expect(missing.status == .notFound)
            #expect(missing.body.string.contains("<html"))
            let head = try await app.testing().sendRequest(.HEAD, "/sign-in")
            // Answered by the GET route (the server leaves the body out on the wire).
            #expect(head.status == .ok)
            #expect(head.headers.contentType == .html)
            // A route with a parameter: the stylesheet by name; another name is 404.
            #expect(try await app.testing().sendRequest(.GET, "/assets/" + RoderViewsStylesheet.fileName).status == .ok)
            #expect(try await app.testing().sendRequest(.GET, "/assets/other.css").status == .notFound)
        }
    }

    @Test("No handler reads Vapor's request.parameters, which RouteResponder leaves empty")
    func noVaporParameters() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/App").standardized
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects as? [URL])
        let swiftFiles = files.filter { $0.pathExtension == "swift" }
        #expect(swiftFiles.count > 20)
        for file in swiftFiles {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains(".parameters.get("), "\(file.lastPathComponent) reads request.parameters; use routeParameter(_:)")
        }
    }
}
