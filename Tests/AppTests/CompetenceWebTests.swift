import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Competence", .serialized)
struct CompetenceWebTests {
    static let comment = "COMMENT-only-for-me-4b1d"
    static let competenceNames = ["Förändring i test", "Ekonomi i test", "Coachning i test"]

    struct Setup {
        let roleID: UUID
        let competenceIDs: [UUID]
        let roundPath: String
        let roundID: UUID
        /// Everyone invited to the round, the signed-in manager's person first.
        let invitees: [UUID]
    }

    /// The owner adds three competences, makes the manager's role profile expect them and
    /// opens a round for that profile.
    static func setUp(_ app: Application) async throws -> Setup {
        let managerPerson = try #require(
            try await Membership.query(on: app.db).join(User.self, on: \Membership.$user.$id == \User.$id)
                .filter(User.self, \.$email == Account.with(.manager).email).first()?.$person.id)
        let roleID = try #require(try await Person.find(managerPerson, on: app.db)?.roleProfileID)

        let owner = TestBrowser(app, acceptLanguage: "en")
        try await owner.signIn(Account.with(.programmeOwner))
        for name in competenceNames {
            try await owner.get("/competence/framework")
            var fields = [("group-sv", "Leda verksamhet"), ("name-sv", name)]
            for level in 1...4 { fields.append(("level\(level)-sv", "\(name) nivå \(level)")) }
            let created = try await owner.post("/competence/framework", fields)
            #expect(created.status == .seeOther, "\(created.body.string.prefix(1500))")
        }
        let records = try await CompetenceRecord.query(on: app.db).sort(\.$position).all().filter {
            competenceNames.contains($0.name[.swedish] ?? "")
        }
        #expect(records.count == 3)
        let competenceIDs = records.map { $0.id! }

        try await owner.get("/organisation/roles/\(roleID.uuidString.lowercased())")
        let expected = try await owner.post(
            "/organisation/roles/\(roleID.uuidString.lowercased())/competences",
            zip(competenceIDs, ["3", "2", ""]).map { ("expected-\($0.uuidString.lowercased())", $1) })
        #expect(expected.status == .seeOther)
        // The third competence is "not required": the profile expects two.
        #expect(try await ProfileCompetence.query(on: app.db).filter(\.$profile.$id == roleID).count() == 2)

        try await owner.get("/competence")
        let opened = try await owner.post(
            "/competence/rounds", [("name-sv", "Våren 2027"), ("profile[]", roleID.uuidString.lowercased()), ("last-day", "2099-05-31")])
        #expect(opened.status == .seeOther, "\(opened.body.string.prefix(1500))")
        let roundPath = try #require(opened.headers.first(name: .location))
        let holders = try await Person.query(on: app.db).filter(\.$roleProfileID == roleID).all().map { $0.id! }
        let roundID = try #require(UUID(uuidString: String(roundPath.split(separator: "/").last ?? "")))
        let invited = try await AssessmentInvitee.query(on: app.db).filter(\.$round.$id == roundID).all().map { $0.$person.id }
        #expect(Set(invited) == Set(holders))
        return Setup(
            roleID: roleID, competenceIDs: competenceIDs, roundPath: roundPath, roundID: roundID,
            invitees: [managerPerson] + holders.filter { $0 != managerPerson })
    }

    @Test("A manager rates the competences their role expects on their own; refused answers keep what was typed")
    func selfAssessment() async throws {
        try await withRoderApp { app, _ in
            let setup = try await Self.setUp(app)
            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            let area = try await manager.get("/competence").body.string
            #expect(area.contains("Do the self-assessment") && area.contains(setup.roundPath + "/answer"))
            let form = try await manager.get(setup.roundPath + "/answer").body.string
            // Only the two competences the profile expects, each with its four levels.
            #expect(form.contains("Förändring i test nivå 4") && form.contains("Ekonomi i test nivå 1") && !form.contains("Coachning i test"))

            let (change, finances) = (setup.competenceIDs[0].uuidString.lowercased(), setup.competenceIDs[1].uuidString.lowercased())
            // A missing level, and levels that are not 1–4, are refused with the competences named.
            for bad in ["", "5", "0", "-1", "three", "99999999999999999999"] {
                let refused = try await manager.post(
                    setup.roundPath + "/answer", [("level-\(change)", "2"), ("level-\(finances)", bad), ("comment-\(change)", Self.comment)])
                #expect(refused.status == .unprocessableEntity, "\(bad)")
                #expect(refused.body.string.contains("Choose a level for: Ekonomi i test"), "\(bad)")
                #expect(refused.body.string.contains(Self.comment) && refused.body.string.contains(#"value="2" checked"#), "\(bad)")
            }
            #expect(try await SelfAssessmentRecord.query(on: app.db).filter(\.$round.$id == setup.roundID).count() == 0)

            let saved = try await manager.post(
                setup.roundPath + "/answer",
                [("level-\(change)", "2"), ("level-\(finances)", "4"), ("comment-\(change)", Self.comment + String(repeating: "x", count: 5000))])
            #expect(saved.status == .seeOther && saved.location == "/competence#my-result")
            let result = try await manager.get("/competence").body.string
            #expect(result.contains("My result") && result.contains("1 level below") && result.contains("Above expected"))
            #expect(result.contains("Change your answers"))
            let stored = try await SelfAssessmentRecord.query(on: app.db).filter(\.$round.$id == setup.roundID).all()
            #expect(stored.count == 2 && stored.allSatisfy { $0.comment.count <= CompetenceLimits.commentLength.upperBound })
            // Answering again replaces the answers.
            try await manager.get(setup.roundPath + "/answer")
            #expect(try await manager.post(setup.roundPath + "/answer", [("level-\(change)", "3"), ("level-\(finances)", "4")]).status == .seeOther)
            #expect(try await SelfAssessmentRecord.query(on: app.db).filter(\.$round.$id == setup.roundID).all().map(\.level).sorted() == [3, 4])

            // Someone not invited, and anyone of another organisation: the form does not exist.
            for account in [Account.with(.coach), Account.with(.viewer), Account.bergvikAdministrator] {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.signIn(account)
                #expect(try await browser.get(setup.roundPath + "/answer").status == .notFound, "\(account.email)")
            }
            // Once the round is closed, no more answers.
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(setup.roundPath)
            #expect(try await owner.post(setup.roundPath + "/close", []).status == .seeOther)
            try await manager.get("/competence")
            #expect(try await manager.post(setup.roundPath + "/answer", [("level-\(change)", "1"), ("level-\(finances)", "1")]).status == .conflict)
        }
    }

    @Test("The overview shows nothing until k managers have answered, then the distribution; never a comment")
    func overview() async throws {
        try await withRoderApp { app, _ in
            let setup = try await Self.setUp(app)
            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(setup.roundPath + "/answer")
            let (change, finances) = (setup.competenceIDs[0].uuidString.lowercased(), setup.competenceIDs[1].uuidString.lowercased())
            #expect(
                try await manager.post(
                    setup.roundPath + "/answer", [("level-\(change)", "1"), ("level-\(finances)", "2"), ("comment-\(finances)", Self.comment)]
                ).status == .seeOther)

            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            var page = try await owner.get(setup.roundPath).body.string
            #expect(page.contains("Nothing shows yet: answers from at least 5 managers are needed."))
            #expect(page.contains("1 of \(setup.invitees.count)"))

            // Four more managers answer (written as the form would).
            try #require(setup.invitees.count >= 5, "the demo profile has \(setup.invitees.count) holders")
            let round = try #require(try await AssessmentRound.find(setup.roundID, on: app.db))
            let tenant = TenantDatabase(organisationID: round.$organisation.id, database: app.db)
            for (index, person) in setup.invitees.dropFirst().prefix(3).enumerated() {
                try await SelfAssessments.save(
                    [(setup.competenceIDs[0], CompetenceLevel(index + 2)!, ""), (setup.competenceIDs[1], CompetenceLevel(2)!, "")], round: round.id!,
                    person: person, in: tenant, at: Date())
            }
            page = try await owner.get(setup.roundPath).body.string
            #expect(page.contains("Nothing shows yet"), "four answers are below k = 5")
            try await SelfAssessments.save(
                [(setup.competenceIDs[0], CompetenceLevel(4)!, ""), (setup.competenceIDs[1], CompetenceLevel(1)!, "")], round: round.id!,
                person: setup.invitees[4], in: tenant, at: Date())
            page = try await owner.get(setup.roundPath).body.string
            #expect(!page.contains("Nothing shows yet") && page.contains("Common development needs"))
            // Förändring i test: levels 1, 2, 3, 4, 4 → mean 2.8; Ekonomi i test: 2, 2, 2, 2, 1 → 1.8, the lowest.
            #expect(page.contains("2.8") && page.contains("1.8"))
            let needs = try #require(page.range(of: "Common development needs").map { String(page[$0.lowerBound...]) })
            #expect(needs.contains("Ekonomi i test") && needs.contains("/events/new?competence=\(finances)"))
            // The seminar form starts with the competence as its title.
            #expect(try await owner.get("/events/new?competence=\(finances)").body.string.contains(#"value="Ekonomi i test""#))

            // Nobody but the manager reads a comment: not the programme, the administrator or the viewer.
            for account in [Account.with(.programmeOwner), Account.with(.administrator), Account.with(.viewer)] {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.signIn(account)
                for path in [setup.roundPath, "/competence", "/competence/framework", "/audit", "/coaching", "/"] {
                    #expect(try await !browser.get(path).body.string.contains(Self.comment), "\(account.email) \(path)")
                }
            }
            #expect(try await manager.get(setup.roundPath + "/answer").body.string.contains(Self.comment))
        }
    }

    @Test("Reminders go only to invitees who have not answered, through the outbox")
    func reminders() async throws {
        try await withRoderApp { app, _ in
            let setup = try await Self.setUp(app)
            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(setup.roundPath + "/answer")
            let fields = setup.competenceIDs.prefix(2).map { ("level-\($0.uuidString.lowercased())", "3") }
            #expect(try await manager.post(setup.roundPath + "/answer", Array(fields)).status == .seeOther)

            try await OutboxMail.query(on: app.db).delete()
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get(setup.roundPath).body.string
            #expect(page.contains("Remind those who have not answered (\(setup.invitees.count - 1))"))
            #expect(try await owner.post(setup.roundPath + "/reminders", []).status == .seeOther)
            let mails = try await OutboxMail.query(on: app.db).all()
            let people = try await Person.query(on: app.db).filter(\.$id ~~ setup.invitees).all()
            let managerPerson = try #require(people.first { $0.id == setup.invitees[0] })
            #expect(!mails.isEmpty && mails.count <= setup.invitees.count - 1)
            #expect(!mails.contains { $0.body.contains(managerPerson.name) }, "the manager has answered")
            #expect(mails.allSatisfy { $0.body.contains(setup.roundPath + "/answer") && $0.subject.contains("Våren 2027") })
            #expect(try await owner.get(setup.roundPath).body.string.contains("Reminders sent"))
        }
    }

    @Test("Bad round and competence forms are refused with a message and keep what was typed")
    func badForms() async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get("/competence/framework")
            let noName = try await owner.post("/competence/framework", [("group-sv", "Gruppen jag skrev"), ("level1-sv", "Nivåtext jag skrev")])
            #expect(noName.status == .unprocessableEntity)
            #expect(noName.body.string.contains("Gruppen jag skrev") && noName.body.string.contains("Nivåtext jag skrev"))
            let tooLong = try await owner.post(
                "/competence/framework", [("group-sv", "G"), ("name-sv", "N"), ("level1-sv", String(repeating: "å", count: 2_001))])
            #expect(tooLong.status == .unprocessableEntity && tooLong.body.string.contains("för lång"))

            let roundsBefore = try await AssessmentRound.query(on: app.db).count()
            // A role profile that expects no competences has nothing to rate.
            let someHolder = try #require(try await Person.query(on: app.db).filter(\.$roleProfileID != nil).first())
            let someRole = RoleProfile(
                organisationID: someHolder.$organisation.id, name: LocalizedText(sv: "Utan kompetenser"), responsibilities: LocalizedText(),
                competences: LocalizedText())
            try await someRole.create(on: app.db)
            someHolder.roleProfileID = someRole.id
            try await someHolder.save(on: app.db)
            try await owner.get("/competence")
            for fields in [
                [("name-sv", "Omgång")],
                [("name-sv", "Omgång"), ("profile[]", someRole.id!.uuidString.lowercased())],
                [("name-sv", "Omgång"), ("profile[]", "not-a-uuid")],
                [("name-sv", ""), ("profile[]", UUID().uuidString)],
            ] {
                let refused = try await owner.post("/competence/rounds", fields)
                #expect(refused.status == .unprocessableEntity, "\(fields)")
            }
            #expect(try await AssessmentRound.query(on: app.db).count() == roundsBefore)
        }
    }

    @Test("Every competence page renders for the roles that reach it, in three languages")
    func pagesRender() async throws {
        try await withRoderApp { app, _ in
            let setup = try await Self.setUp(app)
            for language in ["sv", "fi", "en"] {
                for (account, paths) in [
                    (
                        Account.with(.programmeOwner),
                        [
                            "/competence", "/competence/framework", setup.roundPath, "/organisation/roles/\(setup.roleID.uuidString.lowercased())",
                            "/competence/framework/\(setup.competenceIDs[0].uuidString.lowercased())",
                        ]
                    ),
                    (Account.with(.manager), ["/competence", "/competence/framework", setup.roundPath + "/answer"]),
                    (Account.with(.viewer), ["/competence", setup.roundPath]),
                    (Account.with(.coach), ["/competence", "/competence/framework"]),
                ] {
                    let browser = TestBrowser(app, acceptLanguage: language)
                    try await browser.signIn(account)
                    for path in paths {
                        let response = try await browser.get(path)
                        #expect(response.status == .ok, "\(account.email) \(path) \(language)")
                        #expect(response.body.string.contains(#"<html lang="\#(language)""#), "\(path) \(language)")
                    }
                }
            }
        }
    }
}
