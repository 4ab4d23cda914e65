import Foundation
import Testing
import VaporTesting

@testable import App

/// Roder's routes are Vapor's own: found by its router, with `Endpoint` saying who may use each.
@Suite("Finding a request's route")
struct RoutingTests {
    @Test("Over HTTP: unknown paths get the 404 page, HEAD is answered, parameters reach handlers, a malformed id is a 404")
    func overHTTP() async throws {
        try await withRoderApp { app, _ in
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
            // An identifier that is not one, encoded or not, is a page that does not exist.
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            for id in ["not-an-id", "caf%C3%A9", "%FF", "100%25", String(repeating: "9", count: 400)] {
                #expect(try await owner.get("/events/\(id)").status == .notFound, "\(id)")
            }
        }
    }
}
