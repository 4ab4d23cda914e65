import Fluent
import Foundation
import Logging
import NIOConcurrencyHelpers
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Sign-in with the organisation's own directory (OpenID Connect)", .serialized)
struct DirectorySignInTests {
    static let maija = "maija.aaltonen@kivikoski.fi"

    /// The new town with its directory set up by its administrator, and Maija's account (no password).
    private static func town(_ app: Application, _ clock: TestClock, _ directory: TestDirectory, domains: String = "kivikoski.fi") async throws -> NewTown {
        let town = try await NewTown.make(app, clock: clock)
        let admin = try await HRExportWebTests.signedIn(app, language: "en")
        try await admin.get("/admin/sign-in")
        let saved = try await admin.post(
            "/admin/sign-in",
            [
                ("name", "Kivikoski (test)"), ("issuer", directory.issuer), ("client_id", TestDirectory.clientID),
                ("client_secret", TestDirectory.clientSecret), ("domains", domains), ("password_allowed", "1"),
            ])
        #expect(saved.location == "/admin/sign-in", "settings refused: \(saved.body.string.prefix(400))")
        let user = User(email: maija, name: "Maija Aaltonen", passwordHash: User.noPassword, language: .finnish, createdAt: clock.now)
        try await user.create(on: app.db)
        try await Membership(organisationID: town.organisationID, userID: try user.requireID(), roles: [.manager]).create(on: app.db)
        return town
    }

    private static func withDirectory(_ body: (Application, TestClock, TestDirectory) async throws -> Void) async throws {
        try await withRoderApp { app, clock in
            let directory = try await TestDirectory.start(clock: clock)
            do { try await body(app, clock, directory) } catch {
                try await directory.stop()
                throw error
            }
            try await directory.stop()
        }
    }

    /// From the sign-in page's address field to the directory and back to Roder's callback.
    private static func signIn(
        _ browser: TestBrowser, _ directory: TestDirectory, email: String = maija
    ) async throws -> (TestingHTTPResponse, callback: String) {
        try await browser.get("/sign-in")
        let started = try await browser.post("/sign-in/directory", [("directory-email", email)])
        let refresh = try #require(
            started.body.string.firstMatch(of: /<meta http-equiv="refresh" content="0;url=([^"]+)"/), "not sent to the directory: \(started.status.code)")
        let address = String(refresh.1).replacingOccurrences(of: "&amp;", with: "&")
        #expect(address.hasPrefix(directory.issuer + "/authorize?"))
        for part in ["code_challenge_method=S256", "state=", "nonce=", "client_id=\(TestDirectory.clientID)", "login_hint="] {
            #expect(address.contains(part), "\(part) missing from \(address)")
        }
        let callback = try await directory.authorize(address)
        return (try await browser.get(callback), callback)
    }

    @Test("A person with an account signs in through the directory, in their organisation; the answer cannot be replayed")
    func signsIn() async throws {
        try await Self.withDirectory { app, clock, directory in
            let lines = NIOLockedValueBox<[String]>([])
            app.logger = Logger(label: "capture") { _ in CapturingLogHandler(lines: lines, logLevel: .info) }
            let town = try await Self.town(app, clock, directory)
            let browser = TestBrowser(app, acceptLanguage: "fi")
            #expect(try await browser.get("/sign-in").body.string.contains("Kirjaudu organisaation tunnuksella"))
            let (response, callback) = try await Self.signIn(browser, directory)
            #expect(response.location == "/", "\(response.status.code) \(response.body.string.prefix(500))")
            let start = try await browser.follow(response).body.string
            #expect(start.contains("Maija Aaltonen") && start.contains("Kivikosken kaupunki"))
            let session = try #require(try await UserSession.query(on: app.db).filter(\.$user.$id != nil).sort(\.$createdAt, .descending).first())
            #expect(session.organisationID == town.organisationID)

            // The same answer again, in this browser or another: the attempt was used up.
            #expect(try await browser.get(callback).status == .badRequest)
            let attacker = TestBrowser(app, acceptLanguage: "fi")
            try await attacker.get("/sign-in")
            let replayed = try await attacker.get(callback)
            #expect(replayed.status == .badRequest && replayed.body.string.contains("Aloita alusta"))
            #expect(try await attacker.get("/").location?.hasPrefix("/sign-in") == true)
            // No log line holds the code, the state or the client secret.
            let query = try #require(callback.split(separator: "?").last)
            let secrets = query.split(separator: "&").compactMap { $0.split(separator: "=").last.map(String.init) } + [TestDirectory.clientSecret]
            #expect(secrets.count == 3)
            #expect(!lines.withLockedValue { $0 }.contains { line in secrets.contains { line.contains($0) } })
        }
    }

    @Test("A wrong issuer, a wrong audience, an expired token, a wrong nonce, a foreign signature or an unverified address are refused")
    func refusedTokens() async throws {
        try await Self.withDirectory { app, clock, directory in
            _ = try await Self.town(app, clock, directory)
            let expected: [(TestDirectory.Fault, String, HTTPStatus)] = [
                (.wrongIssuer, "wrong-issuer", .unauthorized), (.wrongAudience, "wrong-audience", .unauthorized), (.expired, "expired", .unauthorized),
                (.wrongNonce, "nonce-mismatch", .unauthorized), (.foreignKey, "signature", .unauthorized),
                (.unverifiedEmail, "email-not-verified", .unauthorized),
            ]
            for (fault, problem, status) in expected {
                directory.configure { $0.fault = fault }
                let browser = TestBrowser(app, acceptLanguage: "en")
                let (response, _) = try await Self.signIn(browser, directory)
                #expect(response.status == status, "\(fault): \(response.status.code)")
                #expect(response.body.string.contains("could not be accepted (\(problem))"), "\(fault)")
                #expect(try await browser.get("/").location?.hasPrefix("/sign-in") == true, "\(fault) signed in")
            }
        }
    }

    @Test("Nobody gets an account by signing in; an address outside the organisation's domains is not sent to a directory")
    func noSelfSignUp() async throws {
        try await Self.withDirectory { app, clock, directory in
            _ = try await Self.town(app, clock, directory)
            directory.configure { $0.email = "erik.lindholm@kivikoski.fi" }
            let browser = TestBrowser(app, acceptLanguage: "en")
            let (response, _) = try await Self.signIn(browser, directory, email: "erik.lindholm@kivikoski.fi")
            #expect(response.status == .forbidden && response.body.string.contains("There is no active Roder account for erik.lindholm@kivikoski.fi"))
            #expect(try await User.query(on: app.db).filter(\.$email == "erik.lindholm@kivikoski.fi").count() == 0)

            try await browser.get("/sign-in")
            let elsewhere = try await browser.post("/sign-in/directory", [("directory-email", "someone@example.com")])
            #expect(elsewhere.status == .unprocessableEntity && elsewhere.body.string.contains("No organisation in Roder signs in with its own accounts"))
        }
    }

    @Test("Password sign-in is turned off only by an administrator who can come in through the directory; then a password is refused")
    func passwordOff() async throws {
        try await Self.withDirectory { app, clock, directory in
            _ = try await Self.town(app, clock, directory)
            let admin = try await HRExportWebTests.signedIn(app, language: "en")
            try await admin.get("/admin/sign-in")
            let fields: [(String, String)] = [("name", "Kivikoski (test)"), ("issuer", directory.issuer), ("client_id", TestDirectory.clientID)]
            let refused = try await admin.post("/admin/sign-in", fields + [("domains", "kivikoski.fi")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Password sign-in can be turned off only once"))
            // The secret is never shown back, and nothing else is refused.
            #expect(!refused.body.string.contains(TestDirectory.clientSecret))
            let insecure = try await admin.post(
                "/admin/sign-in",
                [
                    ("name", "x"), ("issuer", "http://directory.example"), ("client_id", "x"), ("domains", "kivikoski.fi, not a domain"),
                    ("password_allowed", "1"),
                ])
            #expect(insecure.body.string.contains("it starts with https://") && insecure.body.string.contains("“not” is not a domain."))

            try await admin.get("/admin/sign-in")
            let off = try await admin.post("/admin/sign-in", fields + [("domains", "kivikoski.fi, kivikoski.example")])
            #expect(off.location == "/admin/sign-in")
            // The administrator's own password no longer signs in; the page says how to.
            let again = TestBrowser(app, acceptLanguage: "en")
            let response = try await again.signIn(email: NewTown.email, password: NewTown.password)
            #expect(response.status == .forbidden && response.body.string.contains("Your organisation signs in with its own accounts."))
            // People of other organisations are not affected.
            #expect(try await TestBrowser(app).signIn(Account.with(.manager)).status == .ok)

            // Another organisation cannot claim the town's domain: an address leads to one directory.
            let other = TestBrowser(app, acceptLanguage: "en")
            try await other.signIn(Account.with(.administrator))
            try await other.get("/admin/sign-in")
            let claimed = try await other.post(
                "/admin/sign-in",
                [
                    ("name", "Sjöbacka"), ("issuer", directory.issuer), ("client_id", "x"), ("client_secret", "y"), ("domains", "kivikoski.fi"),
                    ("password_allowed", "1"),
                ])
            #expect(
                claimed.status == .unprocessableEntity
                    && claimed.body.string.contains("The domain kivikoski.fi already belongs to another organisation's sign-in."))
        }
    }
}
