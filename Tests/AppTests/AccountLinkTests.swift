import Fluent
import Foundation
import NIOConcurrencyHelpers
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Invitations and password resets by mail", .serialized)
struct AccountLinkTests {
    /// The administrator makes an account for Oona (Finnish); returns her user.
    private func invite(_ app: Application, _ admin: TestBrowser, email: String = "oona.virtanen@sjobacka.example") async throws -> User {
        try await admin.get("/admin/users/new")
        let response = try await admin.post(
            "/admin/users/new", [("name", "Oona Virtanen"), ("email", email), ("language", "fi"), ("roles[]", "manager")])
        #expect(response.location == "/admin/users")
        return try #require(try await User.query(on: app.db).filter(\.$email == email).first())
    }

    private func token(in link: String) -> String { String(link.split(separator: "=", maxSplits: 1)[1]) }

    @Test("An invitation in the person's language sets a password once; the link then fails, and no page, row or log holds the secret")
    func invitationSetsPasswordOnce() async throws {
        try await withRoderApp { app, _ in
            let lines = NIOLockedValueBox<[String]>([])
            // At the level Roder logs in production (info).
            app.logger = Logger(label: "capture") { _ in CapturingLogHandler(lines: lines, logLevel: .info) }
            let admin = TestBrowser(app, acceptLanguage: "en")
            try await admin.signIn(Account.with(.administrator))
            let oona = try await invite(app, admin)
            #expect(!oona.hasPassword)

            let mails = try await OutboxMail.query(on: app.db).filter(\.$recipient == oona.email).all()
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            #expect(mail.subject == "Tervetuloa Roderiin – Järvenmäen kaupunki")
            #expect(mail.body.contains("Hei Oona Virtanen") && mail.body.contains(Account.with(.administrator).name))
            let link = try await admin.mailedLink(to: oona.email)
            let secret = token(in: link)
            // Only the hash is stored; the secret is nowhere in the database but the mail itself.
            let stored = try #require(try await AccountLink.query(on: app.db).filter(\.$user.$id == oona.id!).first())
            #expect(stored.tokenHash == SessionStore.hash(secret) && stored.tokenHash != secret)
            #expect(stored.expiresAt.timeIntervalSince(stored.createdAt) == 7 * 24 * 3600)

            // Without a password the account cannot be signed in to, not even with an empty one.
            #expect(try await TestBrowser(app).signIn(email: oona.email, password: "").status == .unauthorized)
            // The administrator's pages show the invitation, never the link.
            for page in ["/admin/users", "/admin/users/\(oona.id!.uuidString.lowercased())", "/audit"] {
                let body = try await admin.get(page).body.string
                #expect(!body.contains(secret), "\(page) shows the secret")
            }

            // Opening the link changes nothing (a mail scanner may open it); a short password is explained in Finnish.
            let browser = TestBrowser(app)
            let form = try await browser.get(link)
            #expect(form.status == .ok && form.body.string.contains("Hei Oona Virtanen! Valitse salasana."))
            #expect(try await browser.get(link).status == .ok)
            let short = try await browser.post("/password/choose", [("token", secret), ("new_password", "lyhyt"), ("confirm_password", "lyhyt")])
            #expect(short.status == .unprocessableEntity && short.body.string.contains("Salasanassa on oltava vähintään 10 merkkiä."))

            let chosen = try await browser.post(
                "/password/choose", [("token", secret), ("new_password", "aamukahvi ja pulla"), ("confirm_password", "aamukahvi ja pulla")])
            #expect(chosen.location == "/")
            let start = try await browser.follow(chosen).body.string
            #expect(start.contains("Salasanasi on tallennettu, ja olet kirjautunut sisään.") && start.contains("Oona Virtanen"))
            #expect(try await TestBrowser(app).signIn(email: oona.email, password: "aamukahvi ja pulla").status == .ok)

            // Used once: the link now says so, and a replayed post changes nothing.
            let again = TestBrowser(app, acceptLanguage: "en")
            let opened = try await again.get(link)
            #expect(opened.status == .gone && opened.body.string.contains("The link has already been used"))
            let replay = try await again.post(
                "/password/choose", [("token", secret), ("new_password", "someone else's idea"), ("confirm_password", "someone else's idea")])
            #expect(replay.status == .gone)
            #expect(try await TestBrowser(app).signIn(email: oona.email, password: "aamukahvi ja pulla").status == .ok)

            let actions = try await AuditRecord.query(on: app.db).filter(\.$subjectID == oona.id!).all().map(\.action)
            #expect(actions.contains(AuditAction.invitationSent.rawValue) && actions.contains(AuditAction.passwordChosenWithLink.rawValue))
            for record in try await AuditRecord.query(on: app.db).all() {
                #expect(![record.subject, record.before ?? "", record.after ?? ""].contains { $0.contains(secret) })
            }
            // Nor does any log line, and the password chosen is nowhere either.
            let logged = lines.withLockedValue { $0 }
            #expect(!logged.isEmpty)
            #expect(!logged.contains { $0.contains(secret) || $0.contains("aamukahvi ja pulla") || $0.contains("someone else's idea") })
        }
    }

    @Test("A link past its seven days, one superseded by a newer invitation and one Roder never made each get a clear page")
    func expiredSupersededUnknown() async throws {
        try await withRoderApp { app, clock in
            let admin = TestBrowser(app, acceptLanguage: "en")
            try await admin.signIn(Account.with(.administrator))
            let oona = try await invite(app, admin)
            let first = try await admin.mailedLink(to: oona.email)

            // The administrator sends a new invitation: the first link is superseded.
            let userPage = "/admin/users/\(oona.id!.uuidString.lowercased())"
            clock.advance(by: 60)
            #expect(try await admin.get(userPage).body.string.contains("Send a new invitation"))
            let resent = try await admin.post(userPage + "/link", [])
            #expect(resent.location == userPage)
            #expect(try await admin.follow(resent).body.string.contains("A link to choose a password is on its way by mail."))
            let second = try await admin.mailedLink(to: oona.email)
            #expect(second != first)
            let visitor = TestBrowser(app, acceptLanguage: "en")
            let superseded = try await visitor.get(first)
            #expect(superseded.status == .gone && superseded.body.string.contains("A newer link has been sent"))

            // Seven days and a second later the newer one has expired too; the users list says so.
            clock.advance(by: 7 * 24 * 3600 + 1)
            let expired = try await visitor.get(second)
            #expect(expired.status == .gone && expired.body.string.contains("The link has expired"))
            let post = try await visitor.post(
                "/password/choose", [("token", token(in: second)), ("new_password", "too late for this"), ("confirm_password", "too late for this")])
            #expect(post.status == .gone)
            try await admin.signIn(Account.with(.administrator))
            #expect(try await admin.get("/admin/users").body.string.contains("Invitation expired"))

            // A month after expiry the links are purged; their page then says only that the link is not valid.
            clock.advance(by: 30 * 24 * 3600 + 1)
            try await Housekeeping.run(app)
            #expect(try await AccountLink.query(on: app.db).filter(\.$user.$id == oona.id!).count() == 0)
            #expect(try await visitor.get(second).status == .notFound)

            for bad in [
                "/password/choose", "/password/choose?token=", "/password/choose?token=not-a-token",
                "/password/choose?token=\(String(repeating: "A", count: 43))",
            ] {
                let response = try await visitor.get(bad)
                #expect(response.status == .notFound && response.body.string.contains("The link is not valid"), "\(bad)")
            }
        }
    }

    @Test("Forgotten password: the same answer for any address, a mail only to an account, at most three an hour, the client slowed after ten")
    func forgottenPassword() async throws {
        try await withRoderApp { app, _ in
            let manager = Account.with(.manager)
            let browser = TestBrowser(app, acceptLanguage: "sv")
            #expect(try await browser.get("/sign-in").body.string.contains(#"<a href="/password/forgot">Glömt lösenordet?</a>"#))
            func ask(_ email: String) async throws -> TestingHTTPResponse {
                try await browser.get("/password/forgot")
                return try await browser.post("/password/forgot", [("email", email)])
            }
            let known = try await ask(manager.email.uppercased())
            let unknown = try await ask("ingen.alls@sjobacka.example")
            #expect(known.status == .ok && unknown.status == .ok)
            #expect(known.body.string.contains("Om det finns ett konto för \(manager.email) är en länk på väg dit."))
            #expect(unknown.body.string.contains("Om det finns ett konto för ingen.alls@sjobacka.example är en länk på väg dit."))
            #expect(try await OutboxMail.query(on: app.db).filter(\.$recipient == "ingen.alls@sjobacka.example").count() == 0)
            let mail = try #require(try await OutboxMail.query(on: app.db).filter(\.$recipient == manager.email).first())
            #expect(mail.subject == "Välj ett nytt lösenord i Roder")

            // The old password keeps working until the link is used; then the new one does.
            #expect(try await TestBrowser(app).signIn(manager).status == .ok)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == manager.email).first())
            let link = try #require(try await AccountLink.query(on: app.db).filter(\.$user.$id == user.id!).first())
            #expect(link.purpose == AccountLinkPurpose.passwordReset.rawValue && link.expiresAt.timeIntervalSince(link.createdAt) == 24 * 3600)
            try await TestBrowser(app).choosePassword(email: manager.email, password: "ett helt nytt lösenord")
            #expect(try await TestBrowser(app).signIn(manager).status == .unauthorized)
            #expect(try await TestBrowser(app).signIn(email: manager.email, password: "ett helt nytt lösenord").status == .ok)

            // Three mails an hour to one account, whatever is asked: the answer stays the same.
            for _ in 0..<4 { #expect(try await ask(manager.email).status == .ok) }
            #expect(try await OutboxMail.query(on: app.db).filter(\.$recipient == manager.email).count() == 3)
            // Ten requests an hour from one client (six so far); the eleventh is asked to wait.
            for number in 0..<4 { #expect(try await ask("nobody\(number)@sjobacka.example").status == .ok) }
            let slowed = try await ask("someone@sjobacka.example")
            #expect(slowed.status == .tooManyRequests && slowed.body.string.contains("Många länkar har begärts härifrån."))
            #expect(slowed.body.string.contains(#"value="someone@sjobacka.example""#))
        }
    }

    @Test("A deactivated account gets no reset mail and its open link opens nothing")
    func deactivatedAccount() async throws {
        try await withRoderApp { app, _ in
            let admin = TestBrowser(app, acceptLanguage: "en")
            try await admin.signIn(Account.with(.administrator))
            let oona = try await invite(app, admin)
            let link = try await admin.mailedLink(to: oona.email)
            let path = "/admin/users/\(oona.id!.uuidString.lowercased())"
            try await admin.get(path)
            try await admin.post(path, [("name", oona.name), ("email", oona.email), ("language", "fi"), ("roles[]", "manager")])
            #expect(try await TestBrowser(app).get(link).status == .notFound)
            let visitor = TestBrowser(app)
            try await visitor.get("/password/forgot")
            #expect(try await visitor.post("/password/forgot", [("email", oona.email)]).status == .ok)
            #expect(try await OutboxMail.query(on: app.db).filter(\.$recipient == oona.email).count() == 1)
            try await admin.get(path)
            #expect(try await admin.post(path + "/link", []).status == .conflict)
        }
    }
}
