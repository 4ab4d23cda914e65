import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Development plans", .serialized)
struct DevelopmentPlanWebTests {
    static let goalText = "GOAL-lead-hard-talks-8c2e"
    static let actionText = "ACTION-book-a-mentor-3f9a"

    @Test("A manager writes their plan; their coach reads it; their own manager only once shared; nobody else at all")
    func readers() async throws {
        try await withRoderApp { app, _ in
            let managerPerson = try #require(
                try await Membership.query(on: app.db).join(User.self, on: \Membership.$user.$id == \User.$id)
                    .filter(User.self, \.$email == Account.with(.manager).email).first()?.$person.id)
            let competence = try #require(try await CompetenceRecord.query(on: app.db).sort(\.$position).first())
            let resultGoal = try #require(try await ResultGoal.query(on: app.db).filter(\.$organisation.$id == competence.$organisation.id).first())

            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            #expect(try await manager.get("/competence").body.string.contains("/competence/plan"))
            try await manager.get("/competence/plan")
            // Refused forms keep what was typed.
            let empty = try await manager.post(
                "/competence/plan/goals", [("text", " "), ("competence", competence.id!.uuidString.lowercased())])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Write the development goal"))
            #expect(empty.body.string.contains(#"value="\#(competence.id!.uuidString.lowercased())" selected"#))
            let added = try await manager.post(
                "/competence/plan/goals",
                [
                    ("text", Self.goalText), ("competence", competence.id!.uuidString.lowercased()),
                    ("result-goal", resultGoal.id!.uuidString.lowercased()),
                ])
            #expect(added.status == .seeOther)
            let goal = try #require(try await DevelopmentGoal.query(on: app.db).filter(\.$text == Self.goalText).first())
            #expect(goal.competenceID == competence.id && goal.resultGoalID == resultGoal.id)
            let goalPath = "/competence/plan/goals/\(goal.id!.uuidString.lowercased())/actions"
            try await manager.get("/competence/plan")
            #expect(try await manager.post(goalPath, [("text", Self.actionText), ("due", "")]).status == .unprocessableEntity)
            #expect(try await manager.post(goalPath, [("text", Self.actionText), ("due", "2027-03-01")]).status == .seeOther)
            let action = try #require(try await DevelopmentAction.query(on: app.db).filter(\.$text == Self.actionText).first())
            try await manager.get("/competence/plan")
            #expect(
                try await manager.post("/competence/plan/actions/\(action.id!.uuidString.lowercased())", [("status", "under-way")]).status == .seeOther)
            let page = try await manager.get("/competence/plan").body.string
            #expect(page.contains(Self.goalText) && page.contains(Self.actionText) && page.contains(#"value="under-way" selected"#))
            #expect(page.contains("You and your coach (Petra Aalto)"))

            let planPath = "/competence/plans/\(managerPerson.uuidString.lowercased())"
            // The coach of the manager's engagement reads it, and cannot change it.
            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            let coachView = try await coach.get(planPath)
            #expect(coachView.status == .ok && coachView.body.string.contains(Self.goalText) && !coachView.body.string.contains(goalPath))
            #expect(try await coach.get("/competence").body.string.contains(planPath))
            #expect(try await coach.post(goalPath, [("text", "x"), ("due", "2027-01-01")]).status == .notFound)

            // Their own manager (here: the second demo manager's account, moved to that person).
            let managerRecord = try #require(try await Person.find(managerPerson, on: app.db))
            let tenant = TenantDatabase(organisationID: managerRecord.$organisation.id, database: app.db)
            let ownManager = try #require(try await PlanQuery.manager(of: managerRecord, in: tenant))
            let chef2 = try #require(
                try await Membership.query(on: app.db).join(User.self, on: \Membership.$user.$id == \User.$id)
                    .filter(User.self, \.$email == CoachingWebTests.account("chef2").email).first())
            chef2.$person.id = ownManager
            try await chef2.save(on: app.db)
            // The demo manager shares their plan; here they start by not sharing it.
            try await manager.get("/competence/plan")
            #expect(try await manager.post("/competence/plan/sharing", []).status == .seeOther)
            let boss = TestBrowser(app, acceptLanguage: "en")
            try await boss.signIn(CoachingWebTests.account("chef2"))
            #expect(try await boss.get(planPath).status == .notFound)
            try await manager.get("/competence/plan")
            #expect(try await manager.post("/competence/plan/sharing", [("shared", "1")]).status == .seeOther)
            #expect(try await boss.get(planPath).body.string.contains(Self.goalText))
            #expect(try await boss.get("/competence").body.string.contains(planPath))
            try await manager.get("/competence/plan")
            #expect(try await manager.post("/competence/plan/sharing", []).status == .seeOther)
            #expect(try await boss.get(planPath).status == .notFound)

            // Nobody else: not the programme owner, administrator, viewer, another manager or another organisation.
            for account in [
                Account.with(.programmeOwner), Account.with(.administrator), Account.with(.viewer), CoachingWebTests.account("chef3"),
                Account.bergvikAdministrator,
            ] {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.signIn(account)
                #expect(try await browser.get(planPath).status == .notFound, "\(account.email)")
                try await CoachingWebTests.expectNoText([Self.goalText, Self.actionText], browser: browser, engagement: planPath, who: account.email)
            }
            // Another person's action is not the manager's to change.
            let other = TestBrowser(app, acceptLanguage: "en")
            try await other.signIn(CoachingWebTests.account("chef3"))
            try await other.get("/competence/plan")
            #expect(try await other.post("/competence/plan/actions/\(action.id!.uuidString.lowercased())", [("status", "done")]).status == .notFound)
            #expect(try await other.post(goalPath, [("text", "x"), ("due", "2027-01-01")]).status == .notFound)
        }
    }
}
