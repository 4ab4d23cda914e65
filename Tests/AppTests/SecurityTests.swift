import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Forms, errors and isolation", .serialized)
struct SecurityTests {
    @Test("A form without its CSRF token is refused with a localised page and changes nothing")
    func missingCSRFToken() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            let owner = Account.with(.programmeOwner)
            try await browser.signIn(owner)
            let response = try await browser.post(
                "/account/password",
                [
                    ("current_password", owner.password), ("new_password", "a brand new password"), ("confirm_password", "a brand new password"),
                ], csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("Formuläret har gått ut"))
            // The password is unchanged: the old one still signs in.
            let again = TestBrowser(app)
            #expect(try await again.signIn(owner).body.string.contains(owner.name))
        }
    }

    @Test("A form with another session's CSRF token is refused")
    func foreignCSRFToken() async throws {
        try await withRoderApp { app, _ in
            let attacker = TestBrowser(app)
            try await attacker.get("/sign-in")
            let attackerToken = try #require(attacker.csrfToken)
            let victim = TestBrowser(app, acceptLanguage: "en")
            try await victim.signIn(Account.with(.administrator))
            let response = try await victim.post(
                "/admin/users/new",
                [
                    ("name", "Intruder"), ("email", "intruder@evil.example"), ("roles[]", "administrator"),
                    ("password", "intruder-password"), ("_csrf", attackerToken),
                ], csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("The form has expired"))
            #expect(try await User.query(on: app.db).filter(\.$email == "intruder@evil.example").first() == nil)
        }
    }

    @Test("Signing in without a CSRF token shows the form again with the address kept")
    func signInWithoutCSRFToken() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            let response = try await browser.post("/sign-in", [("email", "hr@sjobacka.example"), ("password", "demo-owner-2026")], csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("The form had expired"))
            #expect(response.body.string.contains(#"value="hr@sjobacka.example""#))
            // The page it returns carries a fresh token that works.
            let retry = try await browser.post("/sign-in", [("email", "hr@sjobacka.example"), ("password", "demo-owner-2026")])
            #expect(retry.location == "/")
        }
    }

    @Test(
        "An unknown page gets a localised 404 that reveals nothing",
        arguments: [
            ("sv", "Sidan hittades inte"), ("fi", "Sivua ei löytynyt"), ("en", "Page not found"),
        ])
    func unknownPage(language: String, title: String) async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: language)
            let response = try await browser.get("/no/such/page")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains(title))
            #expect(response.body.string.contains(#"<html lang="\#(language)">"#))
            for leak in ["Abort", "Vapor", "error:", "Fluent", "SQL"] {
                #expect(!response.body.string.contains(leak))
            }
        }
    }

    @Test("A user of one organisation asking for another's user gets 404 and nothing of it")
    func otherOrganisationsUser() async throws {
        try await withRoderApp { app, _ in
            // setup: a Sjöbacka user's id
            let sjobackaViewer = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.viewer).email).first())
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.bergvikAdministrator)
            // act
            let page = try await browser.get("/admin/users/\(sjobackaViewer.id!.uuidString.lowercased())")
            let update = try await browser.post(
                "/admin/users/\(sjobackaViewer.id!.uuidString.lowercased())",
                [
                    ("name", "Taken over"), ("email", sjobackaViewer.email), ("roles[]", "administrator"), ("active", "1"),
                ])
            let list = try await browser.get("/admin/users")
            // check
            #expect(page.status == .notFound)
            #expect(!page.body.string.contains(sjobackaViewer.name))
            #expect(update.status == .notFound)
            #expect(try await User.find(sjobackaViewer.id, on: app.db)?.name == sjobackaViewer.name)
            #expect(!list.body.string.contains("sjobacka.example"))
            #expect(list.body.string.contains("admin@bergvik.example"))
        }
    }

    @Test("The tenant database only ever returns the organisation's own rows")
    func tenantScoping() async throws {
        try await withRoderApp { app, _ in
            let organisations = try await Organisation.query(on: app.db).all()
            let sjobacka = try #require(organisations.first { $0.slug == "sjobacka" })
            let bergvik = try #require(organisations.first { $0.slug == "bergvik" })
            let tenant = TenantDatabase(organisationID: try bergvik.requireID(), database: app.db)
            let people = try await tenant.query(Person.self).all()
            #expect(people.count == Account.bergvik.people.count)
            #expect(people.allSatisfy { $0.$organisation.id == bergvik.id })
            let foreignGoal = try #require(try await ResultGoal.query(on: app.db).filter(\.$organisation.$id == sjobacka.id!).first())
            #expect(try await tenant.find(ResultGoal.self, foreignGoal.id) == nil)
        }
    }

    @Test("Every response carries the security headers")
    func securityHeaders() async throws {
        try await withRoderApp { app, _ in
            for path in ["/sign-in", "/no-such-page", "/"] {
                let response = try await app.testing().sendRequest(.GET, path)
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "\(path)")
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
            }
        }
    }

    @Test("A server error shows a localised page without internals")
    func serverErrorPage() async throws {
        try await withRoderApp { app, _ in
            app.get("explode") { _ -> String in
                struct Secret: Error { let detail = "table users has no column secret" }
                throw Secret()
            }
            let browser = TestBrowser(app, acceptLanguage: "fi")
            let response = try await browser.get("/explode")
            #expect(response.status == .internalServerError)
            #expect(response.body.string.contains("Jokin meni vikaan"))
            #expect(!response.body.string.contains("secret"))
        }
    }
}
