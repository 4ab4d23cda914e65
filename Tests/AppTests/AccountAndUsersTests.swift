import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Account, users and the audit log", .serialized)
struct AccountAndUsersTests {
    @Test("A user changes their own password; the old one stops working and the change is audited")
    func changeOwnPassword() async throws {
        try await withRoderApp { app, _ in
            let coach = Account.with(.coach)
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(coach)
            try await browser.get("/account")
            let response = try await browser.post(
                "/account/password",
                [
                    ("current_password", coach.password), ("new_password", "coffee and cardamom buns"), ("confirm_password", "coffee and cardamom buns"),
                ])
            #expect(response.location == "/account")
            #expect(try await browser.follow(response).body.string.contains("Your password has been changed."))

            let old = TestBrowser(app, acceptLanguage: "en")
            #expect(try await old.signIn(coach).status == .unauthorized)
            let new = TestBrowser(app, acceptLanguage: "en")
            #expect(try await new.signIn(email: coach.email, password: "coffee and cardamom buns").status == .ok)
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.passwordChanged.rawValue).all()
            #expect(audit.count == 1)
            #expect(audit.first?.actorName == coach.name)
        }
    }

    @Test("A wrong current password or a short new one is explained, in the user's language")
    func passwordProblems() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "fi")
            try await browser.signIn(Account.with(.manager))
            try await browser.get("/account")
            let response = try await browser.post(
                "/account/password",
                [
                    ("current_password", "wrong"), ("new_password", "short"), ("confirm_password", "other"),
                ])
            #expect(response.status == .unprocessableEntity)
            let body = response.body.string
            #expect(body.contains("Nykyinen salasana on väärin."))
            #expect(body.contains("Salasanassa on oltava vähintään 10 merkkiä."))
            #expect(body.contains("Uudet salasanat eivät ole samat."))
        }
    }

    @Test("An administrator creates a user, who chooses a password with the invitation and then signs in with the given role")
    func createUser() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.signIn(Account.with(.administrator))
            try await browser.get("/admin/users/new")
            let response = try await browser.post(
                "/admin/users/new",
                [
                    ("name", "Oona Virtanen"), ("email", "Oona.Virtanen@sjobacka.example"), ("language", "fi"),
                    ("roles[]", "manager"), ("roles[]", "viewer"),
                ])
            #expect(response.location == "/admin/users")
            let list = try await browser.follow(response).body.string
            #expect(list.contains("Användaren har skapats och en inbjudan är på väg med e-post."))
            #expect(list.contains("oona.virtanen@sjobacka.example"))
            #expect(list.contains("Inbjuden (länken gäller t.o.m."))

            let oona = TestBrowser(app)
            try await oona.choosePassword(email: "oona.virtanen@sjobacka.example", password: "first password 2026")
            let start = try await TestBrowser(app).signIn(email: "oona.virtanen@sjobacka.example", password: "first password 2026")
            #expect(start.body.string.contains(#"<html lang="fi">"#))
            #expect(start.body.string.contains("Vastuualueeni"))
            #expect(try await oona.get("/admin/users").status == .forbidden)

            let entry = try #require(
                try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.userCreated.rawValue)
                    .filter(\.$subject == "Oona Virtanen").first())
            #expect(entry.after == "manager,viewer")
            #expect(entry.actorName == Account.with(.administrator).name)
        }
    }

    @Test("A form with errors comes back with what was typed and every problem named")
    func createUserErrorsKeepInput() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.administrator))
            try await browser.get("/admin/users/new")
            let response = try await browser.post(
                "/admin/users/new",
                [
                    ("name", "Kalle Testare"), ("email", "hr@sjobacka.example"), ("language", "sv"),
                ])
            #expect(response.status == .unprocessableEntity)
            let body = response.body.string
            #expect(body.contains(#"value="Kalle Testare""#))
            #expect(body.contains(#"value="hr@sjobacka.example""#))
            #expect(body.contains("There is already a user with this e-mail address."))
            #expect(body.contains("Choose at least one role."))
            #expect(body.contains(#"aria-invalid="true""#))
            #expect(try await User.query(on: app.db).filter(\.$name == "Kalle Testare").count() == 0)
        }
    }

    @Test("Changing roles and deactivating are audited, and a deactivated user cannot sign in")
    func editAndDeactivate() async throws {
        try await withRoderApp { app, _ in
            let viewer = Account.with(.viewer)
            let viewerBrowser = TestBrowser(app)
            try await viewerBrowser.signIn(viewer)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == viewer.email).first())
            let path = "/admin/users/\(user.id!.uuidString.lowercased())"

            let admin = TestBrowser(app, acceptLanguage: "en")
            try await admin.signIn(Account.with(.administrator))
            try await admin.get(path)
            let response = try await admin.post(
                path,
                [
                    ("name", viewer.name), ("email", viewer.email), ("language", "sv"), ("roles[]", "viewer"), ("roles[]", "coach"),
                ])
            #expect(response.location == "/admin/users")

            // The open session ended with the deactivation; signing in again fails.
            #expect(try await viewerBrowser.get("/").location?.hasPrefix("/sign-in") == true)
            #expect(try await TestBrowser(app).signIn(viewer).status == .unauthorized)
            let actions = try await AuditRecord.query(on: app.db).filter(\.$subjectID == user.id).all().map(\.action)
            #expect(actions.contains(AuditAction.userRolesChanged.rawValue))
            #expect(actions.contains(AuditAction.userDeactivated.rawValue))
            let log = try await admin.get("/audit").body.string
            #expect(log.contains("Changed the roles of \(viewer.name): Viewer → Coach, Viewer"))
        }
    }

    @Test("The users list filters by role, unit and status; ticked users get or lose a role at once; the export follows the filter")
    func filtersAndBulkRoles() async throws {
        try await withRoderApp { app, _ in
            let admin = TestBrowser(app, acceptLanguage: "en")
            try await admin.signIn(Account.with(.administrator))
            let all = try await admin.get("/admin/users").body.string
            let total = try await Membership.query(on: app.db).filter(\.$organisation.$id == (try await Self.sjobacka(app))).count()
            #expect(all.contains("Showing \(total) of \(total) users."))
            let coaches = try await admin.get("/admin/users?role=coach").body.string
            #expect(coaches.contains(Account.with(.coach).name) && !coaches.contains(Account.with(.manager).email))
            // The manager's account is linked to a person in a unit: the whole town's tree holds it, an unrelated unit does not.
            let manager = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.manager).email).first())
            let membership = try #require(try await Membership.query(on: app.db).filter(\.$user.$id == manager.id!).first())
            let person = try #require(try await Person.find(membership.$person.id, on: app.db))
            let unit = try #require(person.unitID)
            #expect(try await admin.get("/admin/users?unit=\(unit.uuidString.lowercased())").body.string.contains(manager.email))
            let root = try #require(
                try await OrganisationUnit.query(on: app.db).filter(\.$organisation.$id == person.$organisation.id).filter(\.$parent.$id == nil).first())
            #expect(try await admin.get("/admin/users?unit=\(root.id!.uuidString.lowercased())").body.string.contains(manager.email))
            #expect(try await admin.get("/admin/users?status=deactivated").body.string.contains("Showing 0 of"))

            // Give the viewer role to the manager and the coach, from the coaches' list, which it comes back to.
            let coach = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.coach).email).first())
            try await admin.get("/admin/users?role=coach")
            let given = try await admin.post(
                "/admin/user-roles",
                [("user", manager.id!.uuidString), ("user", coach.id!.uuidString), ("operation", "add"), ("role", "viewer"), ("filter_role", "coach")])
            #expect(given.location == "/admin/users?role=coach")
            #expect(try await admin.follow(given).body.string.contains("The roles have been changed."))
            for user in [manager, coach] {
                let roles = try #require(try await Membership.query(on: app.db).filter(\.$user.$id == user.id!).first()).roles
                #expect(roles.contains(.viewer), "\(user.name)")
            }
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.userRolesChanged.rawValue).count() == 2)

            // Taking the only role of someone, or one's own administrator role, changes nothing at all.
            try await admin.get("/admin/users")
            let me = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.administrator).email).first())
            let refused = try await admin.post(
                "/admin/user-roles", [("user", coach.id!.uuidString), ("user", me.id!.uuidString), ("operation", "remove"), ("role", "administrator")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("You cannot remove your own administrator role."))
            #expect(refused.body.string.contains(#"value="\#(coach.id!.uuidString.lowercased())" checked"#))
            #expect(try await Membership.query(on: app.db).filter(\.$user.$id == me.id!).first()?.roles.contains(.administrator) == true)
            try await admin.get("/admin/users")
            let nothing = try await admin.post("/admin/user-roles", [("operation", "add"), ("role", "viewer")])
            #expect(nothing.status == .unprocessableEntity && nothing.body.string.contains("Tick at least one user in the list."))

            // The export is the list as filtered.
            let csv = try await admin.get("/exports/users?format=csv&role=coach").body.string
            #expect(csv.contains(Account.with(.coach).email) && !csv.contains(Account.with(.administrator).email))
        }
    }

    static func sjobacka(_ app: Application) async throws -> UUID {
        try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first()?.id)
    }

    @Test("An administrator cannot take away their own administrator role")
    func noSelfLockout() async throws {
        try await withRoderApp { app, _ in
            let account = Account.with(.administrator)
            let me = try #require(try await User.query(on: app.db).filter(\.$email == account.email).first())
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(account)
            let path = "/admin/users/\(me.id!.uuidString.lowercased())"
            try await browser.get(path)
            let response = try await browser.post(path, [("name", account.name), ("email", account.email), ("roles[]", "viewer"), ("active", "1")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("You cannot remove your own administrator role."))
        }
    }

    @Test("The audit log shows the organisation's own changes only")
    func auditLogIsPerOrganisation() async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get("/audit")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Loaded demo data (Sjöbacka stad)"))
            #expect(!page.body.string.contains("Bergvik"))
        }
    }

    @Test("Switching language is remembered for the signed-in user and audited")
    func languagePreference() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.signIn(Account.with(.manager))
            try await browser.get("/account")
            let response = try await browser.post("/language", [("language", "fi"), ("return", "/account")])
            #expect(response.location == "/account")
            #expect(try await browser.follow(response).body.string.contains("Oma tili"))
            // A new browser with a Swedish Accept-Language still gets Finnish after sign-in.
            let elsewhere = TestBrowser(app, acceptLanguage: "sv")
            #expect(try await elsewhere.signIn(Account.with(.manager)).body.string.contains(#"<html lang="fi">"#))
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.languageChanged.rawValue).count() == 1)
        }
    }

    @Test("Anyone can switch the sign-in page's language, and only to a page on this site")
    func anonymousLanguageSwitch() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.get("/sign-in")
            let response = try await browser.post("/language", [("language", "en"), ("return", "https://evil.example")])
            #expect(response.location == "/")
            #expect(browser.cookies["roder_lang"] == "en")
            #expect(try await browser.get("/sign-in").body.string.contains("Sign in with your e-mail address"))
        }
    }
}

@Suite("Linking accounts to people", .serialized)
struct PersonLinkTests {
    @Test("Linking an account to a responsible person shows that person's goals on their start page")
    func linkToResponsiblePerson() async throws {
        try await withRoderApp { app, _ in
            let director = try #require(try await Person.query(on: app.db).filter(\.$title == "Stadsdirektör").first())
            let admin = TestBrowser(app, acceptLanguage: "en")
            try await admin.signIn(Account.with(.administrator))
            let form = try await admin.get("/admin/users/new")
            #expect(form.body.string.contains(director.name))
            try await admin.post(
                "/admin/users/new",
                [
                    ("name", director.name), ("email", "director@sjobacka.example"), ("language", "en"),
                    ("roles[]", "manager"), ("person", director.id!.uuidString.lowercased()),
                ])
            let start = try await TestBrowser(app).choosePassword(email: "director@sjobacka.example", password: "town director 2026")
            #expect(start.body.string.contains("Town strategy updated and approved by the council"))
        }
    }

    @Test("An account cannot be linked to a person of another organisation")
    func noForeignPerson() async throws {
        try await withRoderApp { app, _ in
            let bergvikDirector = try #require(try await Person.query(on: app.db).filter(\.$name == "Oskari Mäkelä").first())
            let admin = TestBrowser(app, acceptLanguage: "en")
            try await admin.signIn(Account.with(.administrator))
            try await admin.get("/admin/users/new")
            let response = try await admin.post(
                "/admin/users/new",
                [
                    ("name", "Someone"), ("email", "someone@sjobacka.example"), ("roles[]", "manager"),
                    ("person", bergvikDirector.id!.uuidString.lowercased()),
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Choose a person from the list."))
            #expect(!response.body.string.contains("Oskari"))
            #expect(try await User.query(on: app.db).filter(\.$email == "someone@sjobacka.example").count() == 0)
        }
    }

    @Test("A person has at most one account per organisation; a link is audited and shown to the person it links")
    func onePersonOneAccount() async throws {
        try await withRoderApp { app, _ in
            // The manager's account is linked to a person; a second account for them is refused.
            let manager = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.manager).email).first())
            let membership = try #require(try await Membership.query(on: app.db).filter(\.$user.$id == manager.id!).first())
            let person = try #require(try await Person.find(membership.$person.id, on: app.db))
            let admin = TestBrowser(app, acceptLanguage: "sv")
            try await admin.signIn(Account.with(.administrator))
            try await admin.get("/admin/users/new")
            let refused = try await admin.post(
                "/admin/users/new",
                [
                    ("name", "Skuggkonto"), ("email", "skugga@sjobacka.example"), ("roles[]", "viewer"),
                    ("person", person.id!.uuidString.lowercased()),
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("\(person.name) är redan kopplad till kontot \(manager.name)."))
            #expect(try await User.query(on: app.db).filter(\.$email == "skugga@sjobacka.example").count() == 0)
            // The database holds the rule too, whatever a handler does.
            let second = Membership(
                organisationID: membership.$organisation.id,
                userID: try #require(
                    try await User.query(on: app.db)
                        .filter(\.$email == Account.with(.viewer).email).first()?.id), roles: [.viewer], personID: person.id)
            await #expect(throws: (any Error).self) { try await second.create(on: app.db) }

            // A new account linked to a free person: audited, and the person sees it on their account page.
            let free = try #require(try await Person.query(on: app.db).filter(\.$title == "Stadsdirektör").first())
            try await admin.post(
                "/admin/users/new",
                [
                    ("name", free.name), ("email", "direktor@sjobacka.example"), ("language", "sv"), ("roles[]", "manager"),
                    ("person", free.id!.uuidString.lowercased()),
                ])
            let audit = try #require(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.accountLinkChanged.rawValue).first())
            #expect(audit.after == free.name && audit.before == "–")
            let director = TestBrowser(app, acceptLanguage: "sv")
            try await director.choosePassword(email: "direktor@sjobacka.example", password: "stadsdirektor 2026")
            let account = try await director.get("/account").body.string
            #expect(account.contains("Person i organisationen") && account.contains(free.name))
            #expect(account.contains("Kopplingen ändrades") && account.contains(Account.with(.administrator).name))
        }
    }
}
