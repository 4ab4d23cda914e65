import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Signing in and out", .serialized)
struct SignInTests {
    /// What each role's start page shows that the others' do not, per language.
    static let startPageMarkers: [(role: Role?, sv: String, fi: String, en: String)] = [
        (.administrator, "Hantera användare", "Hallitse käyttäjiä", "Manage users"),
        (.programmeOwner, "Resultatmål per utvecklingshelhet", "Tulostavoitteet kehittämiskokonaisuuksittain", "Result goals by development area"),
        (.manager, "Mina ansvarsområden", "Vastuualueeni", "My responsibilities"),
        (.coach, "Mina coachningsuppdrag", "Valmennustehtäväni", "My coaching engagements"),
        (.viewer, "Resultatmål per utvecklingshelhet", "Tulostavoitteet kehittämiskokonaisuuksittain", "Result goals by development area"),
        (nil, "Det gemensamma programmet", "Yhteinen ohjelma", "The shared programme"),
    ]

    @Test(
        "Each role signs in to its own start page, in Swedish, Finnish and English",
        arguments: [
            ("sv", Language.swedish), ("fi-FI,fi;q=0.9", .finnish), ("en-GB", .english),
        ])
    func everyRoleSeesItsStartPage(acceptLanguage: String, language: Language) async throws {
        try await withRoderApp { app, _ in
            for marker in Self.startPageMarkers {
                // setup
                let browser = TestBrowser(app, acceptLanguage: acceptLanguage)
                let account = marker.role.map(Account.with) ?? Account.programmeOperator
                // act
                let page = try await browser.signIn(account)
                // check
                #expect(page.status == .ok, "\(account.email)")
                let body = page.body.string
                #expect(body.contains(#"<html lang="\#(language.code)">"#), "\(account.email)")
                let expected =
                    switch language {
                    case .swedish: marker.sv;
                    case .finnish: marker.fi;
                    case .english: marker.en
                    }
                #expect(body.contains(expected), "\(account.email) in \(language): missing \(expected)")
                #expect(body.contains(account.name))
            }
        }
    }

    @Test("A manager's start page lists the goals they are responsible for")
    func managerSeesOwnGoals() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            let page = try await browser.signIn(Account.with(.manager))
            let body = page.body.string
            #expect(body.contains("New customer-service concept in use"))
            #expect(body.contains("New interactive intranet"))
            let responsibilities = body.components(separatedBy: "my-responsibilities")[1].components(separatedBy: "</section>")[0]
            #expect(!responsibilities.contains("Town strategy updated"))
        }
    }

    @Test("A wrong password is refused with a localised message that keeps the address")
    func wrongPassword() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "fi")
            try await browser.get("/sign-in")
            let response = try await browser.post("/sign-in", [("email", "hr@sjobacka.example"), ("password", "not the password")])
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("Sähköpostiosoite tai salasana on väärin"))
            #expect(response.body.string.contains(#"value="hr@sjobacka.example""#))
            #expect(!response.body.string.contains("not the password"))
            #expect(try await browser.get("/").location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test("An unknown address gets the same answer as a wrong password")
    func unknownAddress() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.get("/sign-in")
            let response = try await browser.post("/sign-in", [("email", "nobody@sjobacka.example"), ("password", "whatever-1234")])
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("The e-mail address or password is not right"))
        }
    }

    @Test("After five wrong passwords even the right one waits")
    func throttling() async throws {
        try await withRoderApp { app, clock in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            let owner = Account.with(.programmeOwner)
            for _ in 0..<5 {
                try await browser.get("/sign-in")
                try await browser.post("/sign-in", [("email", owner.email), ("password", "wrong-password")])
            }
            try await browser.get("/sign-in")
            let refused = try await browser.post("/sign-in", [("email", owner.email), ("password", owner.password)])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("För många misslyckade försök. Försök igen om 15 minuter."))
            // After the lockout the right password works again.
            clock.advance(by: 16 * 60)
            let page = try await browser.signIn(owner)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(owner.name))
        }
    }

    @Test("Forty wrong passwords sent at once: at most five are checked, the rest refused before any check")
    func concurrentAttempts() async throws {
        try await withRoderApp { app, _ in
            let owner = Account.with(.programmeOwner)
            var browsers: [TestBrowser] = []
            for _ in 0..<40 {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.get("/sign-in")
                browsers.append(browser)
            }
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for browser in browsers {
                    group.addTask { try await browser.post("/sign-in", [("email", owner.email), ("password", "wrong-password")]).status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count <= 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count >= 35)
            // What stays in the shared store is the failures: refused attempts are not kept.
            let kept = try await SignInAttempt.query(on: app.db).filter(\.$key == SignInThrottle.accountKey(owner.email)).count()
            #expect(kept == statuses.filter { $0 == .unauthorized }.count)
        }
    }

    @Test("An address past its limit is told so when wrong, but a right password for another account still signs in")
    func addressLimitDoesNotLockOutTheTown() async throws {
        try await withRoderApp { app, _ in
            // Thirty-one wrong guesses at different accounts, all from the one address (the
            // town's proxy, not named as trusted).
            let guesser = TestBrowser(app, acceptLanguage: "sv")
            for number in 0..<31 {
                try await guesser.get("/sign-in")
                try await guesser.post("/sign-in", [("email", "nobody\(number)@sjobacka.example"), ("password", "wrong-password")])
            }
            try await guesser.get("/sign-in")
            let again = try await guesser.post("/sign-in", [("email", "nobody99@sjobacka.example"), ("password", "wrong-password")])
            #expect(again.status == .tooManyRequests)
            // A colleague behind the same address, with the right password.
            let colleague = TestBrowser(app, acceptLanguage: "sv")
            let page = try await colleague.signIn(Account.with(.manager))
            #expect(page.status == .ok && page.body.string.contains(Account.with(.manager).name))
        }
    }

    @Test("Old attempts are purged; the right password clears the account's failures")
    func attemptsExpire() async throws {
        try await withRoderApp { app, clock in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            let owner = Account.with(.programmeOwner)
            for _ in 0..<3 {
                try await browser.get("/sign-in")
                try await browser.post("/sign-in", [("email", owner.email), ("password", "wrong-password")])
            }
            #expect(try await SignInAttempt.query(on: app.db).filter(\.$key == SignInThrottle.accountKey(owner.email)).count() == 3)
            try await browser.signIn(owner)
            #expect(try await SignInAttempt.query(on: app.db).filter(\.$key == SignInThrottle.accountKey(owner.email)).count() == 0)
            #expect(try await SignInAttempt.query(on: app.db).count() == 3)  // the address's three failures
            // A password-reset request counts for its longer window.
            try await browser.get("/password/forgot")
            try await browser.post("/password/forgot", [("email", owner.email)])
            #expect(try await SignInAttempt.query(on: app.db).count() == 5)
            clock.advance(by: SignInThrottle.retention + 1)
            try await Housekeeping.run(app)
            #expect(try await SignInAttempt.query(on: app.db).count() == 2)
            clock.advance(by: PasswordResetThrottle.window)
            try await Housekeeping.run(app)
            #expect(try await SignInAttempt.query(on: app.db).count() == 0)
        }
    }

    @Test("Signing out ends the session and says so")
    func signOut() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.signIn(Account.with(.viewer))
            let response = try await browser.post("/sign-out", [])
            #expect(response.location == "/sign-in")
            let page = try await browser.follow(response)
            #expect(page.body.string.contains("Du är utloggad."))
            #expect(try await browser.get("/").location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test("An expired session leads back to sign-in with a message, and then to the page asked for")
    func expiredSession() async throws {
        try await withRoderApp { app, clock in
            let browser = TestBrowser(app, acceptLanguage: "fi")
            try await browser.signIn(Account.with(.administrator))
            clock.advance(by: 3 * 60 * 60)
            let response = try await browser.get("/admin/users")
            #expect(response.location == "/sign-in?next=/admin/users")
            let page = try await browser.follow(response)
            #expect(page.body.string.contains("Istuntosi on vanhentunut"))
            #expect(!page.body.string.contains("admin@sjobacka.example"))
            let back = try await browser.post("/sign-in", [("email", "admin@sjobacka.example"), ("password", "demo-admin-2026"), ("next", "/admin/users")])
            #expect(back.location == "/admin/users")
        }
    }

    @Test("A form sent after the session expired leads to sign-in, not to a confusing error")
    func formAfterExpiry() async throws {
        try await withRoderApp { app, clock in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.coach))
            try await browser.get("/account")
            clock.advance(by: 13 * 60 * 60)
            let response = try await browser.post(
                "/account/password",
                [
                    ("current_password", "demo-coach-2026"), ("new_password", "a new password here"), ("confirm_password", "a new password here"),
                ])
            #expect(response.location == "/sign-in")
            #expect(try await browser.follow(response).body.string.contains("Your session has expired"))
        }
    }

    @Test("A redirect after sign-in never leaves the site")
    func noOpenRedirect() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app)
            try await browser.get("/sign-in?next=//evil.example/")
            let response = try await browser.post("/sign-in", [("email", "hr@sjobacka.example"), ("password", "demo-owner-2026"), ("next", "//evil.example/")])
            #expect(response.location == "/")
        }
    }

    @Test("The session and visitor cookies are HttpOnly and SameSite=Lax, and Secure with the __Host- prefix over https")
    func cookieFlags() async throws {
        try await withRoderApp { app, _ in
            let visitor = try await app.testing().sendRequest(.GET, "/sign-in")
            let csrf = try #require(visitor.headers[.setCookie].first { $0.hasPrefix("roder_csrf=") })
            #expect(csrf.contains("HttpOnly") && csrf.contains("SameSite=Lax") && !csrf.contains("Secure"))
            let browser = TestBrowser(app)
            try await browser.signIn(email: "hr@sjobacka.example", password: "demo-owner-2026")
            #expect(browser.cookies["roder_session"] != nil)
        }
        try await withRoderApp(secureCookies: true) { app, _ in
            let response = try await app.testing().sendRequest(.GET, "/sign-in")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("__Host-roder_csrf=") })
            #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"))
        }
    }

    @Test("A visitor who has not signed in leaves no row in the database, on any page they can reach")
    func visitorsMakeNoSessions() async throws {
        try await withRoderApp { app, _ in
            let before = try await UserSession.query(on: app.db).count()
            let visitor = TestBrowser(app, acceptLanguage: "fi")
            for path in ["/", "/sign-in", "/sign-in?next=/audit", "/no-such-page", "/events", "/assets/nothing.css"] { try await visitor.get(path) }
            try await visitor.post("/language", [("language", "sv"), ("return", "/sign-in")])
            try await visitor.get("/sign-in")
            let wrong = try await visitor.post("/sign-in", [("email", "hr@sjobacka.example"), ("password", "wrong password")])
            #expect(wrong.status == .unauthorized)
            #expect(try await UserSession.query(on: app.db).count() == before)
            // The visitor's token works for signing in, and only then is there a session.
            let page = try await visitor.signIn(Account.with(.programmeOwner))
            #expect(page.body.string.contains(Account.with(.programmeOwner).name))
            #expect(try await UserSession.query(on: app.db).count() == before + 1)
            // Signed out, the notice comes from a cookie, and the session row is gone.
            let out = try await visitor.post("/sign-out", [])
            let shown = try await visitor.follow(out)
            #expect(shown.body.string.contains("Du är utloggad."))
            #expect(try await UserSession.query(on: app.db).count() == before)
            #expect(!(try await visitor.get("/sign-in").body.string.contains("Du är utloggad.")))
        }
    }

    @Test("A visitor's form needs the token of the visitor's own cookie: not another's, not a made-up one")
    func visitorCSRF() async throws {
        try await withRoderApp { app, _ in
            let attacker = TestBrowser(app)
            try await attacker.get("/sign-in")
            let attackersToken = try #require(attacker.csrfToken)
            let victim = TestBrowser(app, acceptLanguage: "en")
            try await victim.get("/sign-in")
            let forged = try await victim.post(
                "/sign-in", [("email", "hr@sjobacka.example"), ("password", "demo-owner-2026"), ("_csrf", attackersToken)], csrf: false)
            #expect(forged.status == .forbidden)
            // A cookie that is not a token of Roder's making is ignored, and a new one issued.
            let planted = TestBrowser(app)
            planted.cookies["roder_csrf"] = "x"
            try await planted.get("/sign-in")
            #expect(planted.cookies["roder_csrf"] != "x")
            let refused = try await planted.post("/sign-in", [("email", "hr@sjobacka.example"), ("password", "demo-owner-2026"), ("_csrf", "x")], csrf: false)
            #expect(refused.status == .forbidden)
        }
    }

    @Test("A new session is issued at sign-in, so a planted session id is worthless")
    func sessionFixation() async throws {
        try await withRoderApp { app, _ in
            let first = TestBrowser(app)
            try await first.signIn(Account.with(.viewer))
            let earlier = try #require(first.cookies["roder_session"])
            try await first.post("/sign-out", [])
            // The old token, planted in another browser that then signs in, is replaced.
            let browser = TestBrowser(app)
            browser.cookies["roder_session"] = earlier
            try await browser.signIn(Account.with(.viewer))
            #expect(browser.cookies["roder_session"] != earlier)
            let planted = TestBrowser(app)
            planted.cookies["roder_session"] = earlier
            #expect(try await planted.get("/").location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test("Sessions are stored by a hash of the cookie, never the cookie itself")
    func sessionTokensAreHashed() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn(Account.with(.viewer))
            let token = try #require(browser.cookies["roder_session"])
            let stored = try await UserSession.query(on: app.db).all().map(\.tokenHash)
            #expect(!stored.contains(token))
            #expect(stored.contains(SessionStore.hash(token)))
        }
    }
}
