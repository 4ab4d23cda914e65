import Fluent
import Foundation
import RoderCore
import RoderViews
import Testing
import VaporTesting

@testable import App

@Suite("Coaching", .serialized)
struct CoachingWebTests {
    static let privateNote = "PRIVATE-coach-only-7f3a"
    static let sharedNote = "SHARED-between-us-91bc"
    static let reflection = "REFLECTION-mine-alone-22de"
    static let action = "ACTION-call-the-union-5e10"

    static func account(_ email: String) -> DemoTown.AccountSeed {
        Account.sjobacka.accounts.first { $0.email.hasPrefix(email + "@") }!
    }

    /// The owner sets up an engagement for one manager with the demo coach; the coach plans and
    /// holds a session and writes a private and a shared note and an action; the manager writes
    /// a reflection. Returns the engagement's path.
    static func setUpEngagement(_ app: Application) async throws -> String {
        let coachee = try #require(
            try await Membership.query(on: app.db).join(User.self, on: \Membership.$user.$id == \User.$id)
                .filter(User.self, \.$email == Account.with(.manager).email).first()?.$person.id)
        let coachUser = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.coach).email).first())

        let owner = TestBrowser(app, acceptLanguage: "en")
        try await owner.signIn(Account.with(.programmeOwner))
        try await owner.get("/coaching")
        let created = try await owner.post(
            "/coaching/engagements",
            [
                ("purpose-sv", "Coachning för ny chef"), ("coach", coachUser.id!.uuidString.lowercased()),
                ("participant[]", coachee.uuidString.lowercased()), ("agreed", "6"), ("start", "2026-09-01"), ("end", "2027-06-30"),
            ])
        #expect(created.status == .seeOther, "\(created.body.string.prefix(2000))")
        let path = try #require(created.headers.first(name: .location))

        let coach = TestBrowser(app, acceptLanguage: "en")
        try await coach.signIn(Account.with(.coach))
        try await coach.get(path)
        #expect(try await coach.post(path + "/state", [("state", "active")]).status == .seeOther)
        try await coach.get(path)
        #expect(
            try await coach.post(path + "/sessions", [("date", "2026-10-05"), ("time", "09:00"), ("minutes", "90"), ("form", "online")]).status == .seeOther)
        let page = try await coach.get(path).body.string
        let sessionAction = try #require(
            page.range(of: #"action="/coaching/sessions/"#).map { String(page[$0.lowerBound...].dropFirst(8).prefix { $0 != "\"" }) })
        #expect(try await coach.post(sessionAction, [("status", "held")]).status == .seeOther)
        try await coach.get(path)
        #expect(try await coach.post(path + "/notes", [("text", privateNote), ("kind", "private")]).status == .seeOther)
        try await coach.get(path)
        #expect(try await coach.post(path + "/notes", [("text", sharedNote), ("kind", "shared")]).status == .seeOther)
        try await coach.get(path)
        #expect(try await coach.post(path + "/actions", [("action-text", action), ("due", "2026-11-01")]).status == .seeOther)
        // A coach may not write a coachee's reflection.
        try await coach.get(path)
        #expect(try await coach.post(path + "/notes", [("text", "x"), ("kind", "reflection")]).status == .unprocessableEntity)

        let manager = TestBrowser(app, acceptLanguage: "en")
        try await manager.signIn(Account.with(.manager))
        try await manager.get(path)
        #expect(try await manager.post(path + "/notes", [("text", reflection), ("kind", "reflection")]).status == .seeOther)
        // A coachee may not write the coach's private notes.
        try await manager.get(path)
        #expect(try await manager.post(path + "/notes", [("text", "x"), ("kind", "private")]).status == .unprocessableEntity)
        return path
    }

    @Test("Each note is read by exactly its readers; the programme sees counts and hours; anyone else gets a 404")
    func visibility() async throws {
        try await withRoderApp { app, _ in
            let path = try await Self.setUpEngagement(app)
            let everyText = [Self.privateNote, Self.sharedNote, Self.reflection, Self.action]
            let readers: [(DemoTown.AccountSeed, Set<String>)] = [
                (Account.with(.coach), [Self.privateNote, Self.sharedNote, Self.action]),
                (Account.with(.manager), [Self.sharedNote, Self.reflection, Self.action]),
            ]
            for (account, readable) in readers {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.signIn(account)
                let body = try await browser.get(path).body.string
                for text in everyText {
                    #expect(body.contains(text) == readable.contains(text), "\(account.email) and \(text)")
                }
            }
            // Those who run or follow the programme see the engagement's figures, never a text.
            for account in [Account.with(.programmeOwner), Account.with(.administrator), Account.with(.viewer)] {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.signIn(account)
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(account.email)")
                #expect(page.body.string.contains("1 of 6 held"), "\(account.email)")
                #expect(page.body.string.contains("3 notes"), "\(account.email)")
                try await Self.expectNoText(everyText, browser: browser, engagement: path, who: account.email)
            }
            // Another manager, and anyone of another organisation: the engagement does not exist.
            for account in [Self.account("chef2"), Account.bergvikAdministrator] {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.signIn(account)
                #expect(try await browser.get(path).status == .notFound, "\(account.email)")
                try await Self.expectNoText(everyText, browser: browser, engagement: path, who: account.email)
            }
            // The external coach: first in the other town (where they also coach), then in this
            // one, where they coach others but not this engagement.
            let otherCoach = TestBrowser(app, acceptLanguage: "en")
            try await otherCoach.signIn(DemoCoaching.externalCoach)
            #expect(try await otherCoach.get(path).status == .notFound)
            try await Self.expectNoText(everyText, browser: otherCoach, engagement: path, who: "coach of another organisation")
            let sjobacka = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first())
            try await otherCoach.get("/account")
            #expect(try await otherCoach.post("/account/organisation", [("organisation", sjobacka.id!.uuidString)]).status == .seeOther)
            #expect(try await otherCoach.get(path).status == .notFound)
            try await Self.expectNoText(everyText, browser: otherCoach, engagement: path, who: "another coach")
            let operatorBrowser = TestBrowser(app, acceptLanguage: "en")
            try await operatorBrowser.signIn(Account.programmeOperator)
            #expect(try await operatorBrowser.get(path).status == .forbidden)
            try await Self.expectNoText(everyText, browser: operatorBrowser, engagement: path, who: "operator")
            // Nor does any text reach the audit log or the database's audit rows.
            let audits = try await AuditRecord.query(on: app.db).all()
            for text in everyText {
                #expect(!audits.contains { [$0.subject, $0.before ?? "", $0.after ?? ""].joined().contains(text) })
            }
        }
    }

    /// Every page a signed-in user can open without an id, the exports (CSV), the engagement itself
    /// and the user's personal calendar feed.
    static func expectNoText(_ texts: [String], browser: TestBrowser, engagement: String, who: String) async throws {
        let pages =
            Endpoint.allCases.filter { $0.method == .get && !$0.pattern.contains { $0.hasPrefix(":") } && $0 != .checkInWithCode }
            .map { "/" + $0.pattern.joined(separator: "/") } + [engagement, "/audit?page=2"]
        for page in pages {
            let body = try await browser.get(page).body.string
            for text in texts { #expect(!body.contains(text), "\(who) read \(text) on \(page)") }
        }
        // The personal calendar feed, as a calendar app fetches it.
        try await browser.get("/account")
        let created = try await browser.post("/account/calendar", [("action", "create")]).body.string
        let token = try #require(created.range(of: "/calendar/").map { String(created[$0.upperBound...].prefix { $0 != "." }) }, "\(who)")
        let feed = try await TestBrowser(browser.app, acceptLanguage: "en").get("/calendar/\(token).ics")
        #expect(feed.status == .ok, "\(who)")
        for text in texts { #expect(!feed.body.string.contains(text), "\(who) read \(text) in the calendar feed") }
    }

    @Test("The coaching page lists the user's own engagements and the programme's figures")
    func areaPage() async throws {
        try await withRoderApp { app, _ in
            let path = try await Self.setUpEngagement(app)
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let mine = try await manager.get("/coaching").body.string
            #expect(mine.contains(path) && mine.contains("Coachning för ny chef") && mine.contains("1 öppna åtgärder"))
            #expect(!mine.contains(SiteRoute.newEngagement.path))
            #expect(try await manager.get(SiteRoute.newEngagement.path).status == .forbidden)
            let owner = TestBrowser(app, acceptLanguage: "fi")
            try await owner.signIn(Account.with(.programmeOwner))
            let programme = try await owner.get("/coaching").body.string
            #expect(programme.contains("1/6 pidetty") && programme.contains("1,5"))
            // The form has a page of its own, one link away: the area page lists no one to choose.
            #expect(programme.contains(#"href="/coaching/engagements/new">Uusi valmennus<"#))
            #expect(!programme.contains(#"name="participant[]""#) && !programme.contains(#"action="/coaching/engagements""#))
            let form = try await owner.get(SiteRoute.newEngagement.path).body.string
            #expect(form.contains("<h1") && form.contains("Uusi valmennus") && form.contains(#"name="participant[]""#))
            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            #expect(try await coach.get("/coaching").body.string.contains(#"href="/coaching/engagements/new">Propose an engagement<"#))
            let proposal = try await coach.get(SiteRoute.newEngagement.path).body.string
            #expect(proposal.contains(#"name="participant[]""#) && !proposal.contains(#"name="coach""#))
            // Forms keep what was typed when refused, on the form's page.
            let refused = try await owner.post("/coaching/engagements", [("purpose-sv", "Bara syftet"), ("agreed", "0")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Bara syftet") && refused.body.string.contains("Valitse valmentaja"))
            #expect(refused.body.string.contains(#"name="participant[]""#) && !refused.body.string.contains("1/6 pidetty"))
        }
    }

    @Test("Engagements under way are always listed, ended ones the latest few a link away; the programme's totals count every one")
    func endedEngagementsShortened() async throws {
        try await withRoderApp { app, _ in
            let coachUser = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.coach).email).first())
            let organisationID = try #require(try await Organisation.query(on: app.db).filter(\.$slug == Account.sjobacka.slug).first()?.id)
            let extra = CoachingAreaPage.endedShown + 2
            for index in 0..<extra {
                try await CoachingEngagement(
                    organisationID: organisationID, coachUserID: coachUser.id!, purpose: LocalizedText(en: "Ended-\(100 + index)"),
                    agreedSessions: 3, startsOn: nil, endsOn: nil, state: .ended
                ).create(on: app.db)
                try await Task.sleep(for: .milliseconds(2))  // distinct creation times, newest last
            }
            let ended = try await CoachingEngagement.query(on: app.db).filter(\.$organisation.$id == organisationID)
                .filter(\.$coach.$id == coachUser.id!).filter(\.$state == EngagementState.ended.rawValue).count()
            let underWay = try await CoachingEngagement.query(on: app.db).filter(\.$organisation.$id == organisationID)
                .filter(\.$coach.$id == coachUser.id!).filter(\.$state != EngagementState.ended.rawValue).all()

            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            let page = try await coach.get("/coaching").body.string
            #expect(page.contains("Ended-\(100 + extra - 1)") && !page.contains("Ended-100<") && !page.contains("Ended-101<"))
            #expect(page.contains("Ended engagements: the latest \(CoachingAreaPage.endedShown) of \(ended) are shown."))
            #expect(page.contains(#"href="/coaching?ended=all""#))
            for engagement in underWay { #expect(page.contains(SiteRoute.engagement(engagement.id!).path)) }
            let all = try await coach.get("/coaching?ended=all").body.string
            #expect(all.contains("Ended-100<") && all.contains("Ended-101<") && !all.contains("Ended engagements: the latest"))

            // The programme's table lists as few, but its totals count every engagement's agreed sessions.
            let agreed = try await CoachingEngagement.query(on: app.db).filter(\.$organisation.$id == organisationID).all()
                .reduce(0) { $0 + $1.agreedSessions }
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let programme = try await owner.get("/coaching").body.string
            #expect(!programme.contains("Ended-100<") && programme.contains("Ended engagements: the latest"))
            #expect(programme.contains(" of \(agreed) held"), "totals of every engagement")
        }
    }

    @Test("An engagement supports areas and result goals of its own organisation; an action can serve a goal")
    func links() async throws {
        try await withRoderApp { app, _ in
            let coachee = try #require(try await Person.query(on: app.db).filter(\.$managementLevel == ManagementLevel.top.rawValue).first())
            let organisationID = coachee.$organisation.id
            let area = try #require(try await DevelopmentArea.query(on: app.db).filter(\.$organisation.$id == organisationID).sort(\.$position).first())
            let goal = try #require(try await ResultGoal.query(on: app.db).filter(\.$organisation.$id == organisationID).first())
            let foreignGoal = try #require(try await ResultGoal.query(on: app.db).filter(\.$organisation.$id != organisationID).first())
            let coachUser = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.coach).email).first())
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            #expect(try await owner.get(SiteRoute.newEngagement.path).body.string.contains("Link to development areas and result goals"))
            let created = try await owner.post(
                "/coaching/engagements",
                [
                    ("purpose-sv", "Med kopplingar"), ("coach", coachUser.id!.uuidString.lowercased()),
                    ("participant[]", coachee.id!.uuidString.lowercased()), ("agreed", "4"), ("area[]", area.id!.uuidString.lowercased()),
                    ("goal[]", goal.id!.uuidString.lowercased()), ("goal[]", foreignGoal.id!.uuidString.lowercased()),
                ])
            let path = try #require(created.location)
            let links = try await CoachingLink.query(on: app.db).all()
            #expect(links.count == 2 && !links.contains { $0.goalID == foreignGoal.id })
            let page = try await owner.get(path).body.string
            #expect(page.contains("Supports") && page.contains("/strategy/goals/\(goal.id!.uuidString.lowercased())"))

            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            try await coach.get(path)
            #expect(
                try await coach.post(path + "/actions", [("action-text", "Tjäna målet"), ("due", "2027-02-01"), ("goal", goal.id!.uuidString.lowercased())])
                    .status == .seeOther)
            try await coach.get(path)
            #expect(
                try await coach.post(
                    path + "/actions", [("action-text", "Främmande mål"), ("due", "2027-02-01"), ("goal", foreignGoal.id!.uuidString.lowercased())]
                ).status == .seeOther)
            let actions = try await coach.get(path).body.string
            // The action serving the goal links to it; the other organisation's goal was dropped.
            #expect(actions.components(separatedBy: "/strategy/goals/\(goal.id!.uuidString.lowercased())").count - 1 == 2)
            #expect(!actions.contains(foreignGoal.id!.uuidString.lowercased()))
        }
    }

    @Test("The coach of a group ticks who took part; only the group's members count; the programme sees how many, not who")
    func whoTookPart() async throws {
        try await withRoderApp { app, _ in
            let organisationID = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first()?.id)
            let group = try await Person.query(on: app.db).filter(\.$organisation.$id == organisationID)
                .filter(\.$managementLevel == ManagementLevel.middle.rawValue).sort(\.$name).limit(3).all()
            try #require(group.count == 3)
            let stranger = try #require(try await Person.query(on: app.db).filter(\.$organisation.$id != organisationID).first())
            let coachUser = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.coach).email).first())
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get("/coaching")
            let created = try await owner.post(
                "/coaching/engagements",
                [("purpose-sv", "Gruppcoachning"), ("coach", coachUser.id!.uuidString.lowercased()), ("agreed", "4")]
                    + group.map { ("participant[]", $0.id!.uuidString.lowercased()) })
            let path = try #require(created.location)

            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            for date in ["2026-10-05", "2026-11-05"] {
                try await coach.get(path)
                #expect(
                    try await coach.post(path + "/sessions", [("date", date), ("time", "09:00"), ("minutes", "90"), ("form", "in-person")]).status
                        == .seeOther)
            }
            let engagementID = try #require(UUID(uuidString: String(path.split(separator: "/").last ?? "")))
            let sessions = try await CoachingSessionRecord.query(on: app.db).filter(\.$engagement.$id == engagementID).sort(\.$startsAt).all()
            try #require(sessions.count == 2)
            let first = sessions[0], second = sessions[1]
            func attendees(_ session: CoachingSessionRecord) async throws -> Set<UUID> {
                Set(try await CoachingSessionAttendee.query(on: app.db).filter(\.$session.$id == session.id!).all(\.$person.$id))
            }

            // The coach's page offers a box per member, all ticked, under each planned session.
            let page = try await coach.get(path).body.string
            #expect(page.contains("Who took part") && page.components(separatedBy: "name=\"took_part[]\"").count - 1 == 6)
            // Two members ticked, and someone of another organisation: only the two count.
            let held = try await coach.post(
                "/coaching/sessions/\(first.id!.uuidString.lowercased())",
                [
                    ("status", "held"), ("took_part[]", group[0].id!.uuidString.lowercased()), ("took_part[]", group[1].id!.uuidString.lowercased()),
                    ("took_part[]", stranger.id!.uuidString.lowercased()),
                ])
            #expect(held.status == .seeOther)
            #expect(try await attendees(first) == [group[0].id!, group[1].id!])
            let coachView = try await coach.get(path).body.string
            #expect(coachView.contains("Took part: \(group[0].name), \(group[1].name)"))
            #expect(coachView.contains("67 % of the places at held sessions (2 of 3)"))
            // 90 minutes for each of the two who took part.
            #expect(coachView.contains("<dd>3.0"))

            // Nobody of the group ticked: refused with a message, the session still planned.
            let refused = try await coach.post(
                "/coaching/sessions/\(second.id!.uuidString.lowercased())", [("status", "held"), ("took_part[]", stranger.id!.uuidString.lowercased())])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Tick at least one person who took part"))
            #expect(try await CoachingSessionRecord.find(second.id, on: app.db)?.sessionStatus == .planned)
            #expect(try await attendees(second).isEmpty)

            // The programme owner sees how many took part, not who.
            let ownerView = try await owner.get(path).body.string
            #expect(ownerView.contains("2 of 3 took part") && !ownerView.contains("Took part:"))

            // The coach corrects who took part, then records the session as missed after all.
            try await coach.get(path)
            let corrected = try await coach.post(
                "/coaching/sessions/\(first.id!.uuidString.lowercased())", [("status", "held"), ("took_part[]", group[2].id!.uuidString.lowercased())])
            #expect(corrected.status == .seeOther)
            #expect(try await attendees(first) == [group[2].id!])
            try await coach.get(path)
            #expect(try await coach.post("/coaching/sessions/\(first.id!.uuidString.lowercased())", [("status", "missed")]).status == .seeOther)
            #expect(try await attendees(first).isEmpty)
            #expect(!(try await coach.get(path).body.string.contains("of the places at held sessions")))
        }
    }

    @Test("Sessions held before Roder recorded who took part count the whole engagement as there")
    func attendanceBackfill() async throws {
        try await withRoderApp { app, _ in
            let migration = CreateCoachingAttendance()
            try await migration.revert(on: app.db)
            try await migration.prepare(on: app.db)
            let held = try await CoachingSessionRecord.query(on: app.db).filter(\.$status == CoachingSessionStatus.held.rawValue).all()
            try #require(!held.isEmpty)
            for session in held {
                let participants = try await CoachingParticipant.query(on: app.db).filter(\.$engagement.$id == session.$engagement.id).all(\.$person.$id)
                let attendees = try await CoachingSessionAttendee.query(on: app.db).filter(\.$session.$id == session.id!).all()
                #expect(Set(attendees.map(\.$person.id)) == Set(participants) && attendees.count == participants.count)
                #expect(attendees.allSatisfy { $0.$organisation.id == session.$organisation.id })
            }
            let others = try await CoachingSessionRecord.query(on: app.db).filter(\.$status != CoachingSessionStatus.held.rawValue).all(\.$id)
            #expect(try await CoachingSessionAttendee.query(on: app.db).filter(\.$session.$id ~~ others).count() == 0)
        }
    }

    @Test("A coach's proposal waits for the programme owner; the coach cannot approve it")
    func proposal() async throws {
        try await withRoderApp { app, _ in
            let coachee = try #require(try await Person.query(on: app.db).filter(\.$managementLevel == ManagementLevel.top.rawValue).first())
            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            try await coach.get("/coaching")
            let created = try await coach.post(
                "/coaching/engagements", [("purpose-sv", "Förslag"), ("participant[]", coachee.id!.uuidString.lowercased()), ("agreed", "4")])
            let path = try #require(created.headers.first(name: .location))
            #expect(try await coach.get(path).body.string.contains("Proposed"))
            #expect(try await coach.post(path + "/state", [("state", "planned")]).status == .forbidden)
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(path)
            #expect(try await owner.post(path + "/state", [("state", "planned")]).status == .seeOther)
            #expect(try await owner.get(path).body.string.contains("Planned"))
        }
    }

    @Test("A coachee rates an ended engagement; the programme sees means only from k coachees; notes are deleted on purpose, audited")
    func endOfEngagement() async throws {
        try await withRoderApp { app, _ in
            let path = try await Self.setUpEngagement(app)
            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(path)
            #expect(try await manager.post(path + "/rating", [("rating", "4")]).status == .forbidden, "not ended yet")
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(path)
            #expect(try await owner.post(path + "/state", [("state", "ended")]).status == .seeOther)

            #expect(try await manager.get(path).body.string.contains("How useful was the coaching?"))
            for bad in ["", "0", "6", "-1", "four", "99999999999999999999"] {
                let refused = try await manager.post(path + "/rating", [("rating", bad), ("comment", "kept")])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("kept"), "\(bad)")
            }
            let comment = "RATING-comment-71aa"
            #expect(try await manager.post(path + "/rating", [("rating", "4"), ("comment", comment)]).status == .seeOther)
            #expect(try await manager.get(path).body.string.contains("You rated the coaching 4 of 5"))

            var area = try await owner.get("/coaching").body.string
            #expect(area.contains("How useful the coaching was") && area.contains("Hidden: too few answers") && !area.contains(comment))
            // Four more coachees of the same coach rate their ended engagements: five reach k.
            let engagement = try #require(
                try await CoachingEngagement.find(UUID(uuidString: String(path.split(separator: "/").last ?? "")), on: app.db))
            let others = try await Person.query(on: app.db).filter(\.$organisation.$id == engagement.$organisation.id).limit(40).all()
                .filter { $0.id != (try? engagement.requireID()) }.suffix(4)
            for (index, person) in others.enumerated() {
                let ended = CoachingEngagement(
                    organisationID: engagement.$organisation.id, coachUserID: engagement.$coach.id, purpose: LocalizedText(sv: "Annan \(index)"),
                    agreedSessions: 3, startsOn: nil, endsOn: nil, state: .ended)
                try await ended.create(on: app.db)
                try await CoachingRating(
                    organisationID: engagement.$organisation.id, engagementID: ended.id!, personID: person.id!, rating: 5, comment: "", createdAt: Date()
                ).create(on: app.db)
            }
            area = try await owner.get("/coaching").body.string
            #expect(area.contains("4.8 of 5 (5 coachees)") && area.contains(comment))

            // Deleting the notes: not by a coachee; by the coach only when confirmed; audited with the count.
            #expect(try await manager.post(path + "/notes/delete", [("confirm", "1")]).status == .forbidden)
            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            #expect(try await coach.get(path).body.string.contains(Self.privateNote))
            let unconfirmed = try await coach.post(path + "/notes/delete", [])
            #expect(unconfirmed.status == .unprocessableEntity && unconfirmed.body.string.contains("Tick the box"))
            #expect(try await coach.post(path + "/notes/delete", [("confirm", "1")]).status == .seeOther)
            let after = try await coach.get(path).body.string
            #expect(!after.contains(Self.privateNote) && !after.contains(Self.sharedNote))
            #expect(try await manager.get(path).body.string.contains(Self.reflection) == false)
            let audit = try #require(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.coachingNotesDeleted.rawValue).first())
            #expect(audit.after == "3")
        }
    }
}
