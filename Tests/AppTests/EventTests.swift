import Fluent
import Foundation
import Logging
import NIOConcurrencyHelpers
import RoderCore
import SQLKit
import Testing
import VaporTesting

@testable import App

/// Forums and seminars: planning, check-in with the room's code, anonymous feedback with a
/// threshold, and the proof that no answer can be tied to a person.
@Suite("Events, check-in and anonymous feedback", .serialized)
struct EventTests {
    static let managers = ["chef@sjobacka.example", "chef2@sjobacka.example", "chef3@sjobacka.example"]

    /// The owner sets k = 3 and creates a seminar starting now, inviting all management.
    static func seminar(_ app: Application, clock: TestClock) async throws -> (path: String, event: EventRecord) {
        let programme = try await ProgrammeTests.programme(app)
        let owner = TestBrowser(app, acceptLanguage: "sv")
        try await owner.signIn(Account.with(.programmeOwner))
        try await owner.get(SiteRoute.programme(programme.id!).path)
        try await owner.post(
            SiteRoute.programme(programme.id!).path,
            [
                ("name-sv", "Ledarskap i praktiken"), ("name-fi", "Johtaminen käytäntöön"),
                ("start", "2025"), ("end", "2027"), ("green", "70"), ("amber", "40"),
                ("rollUp", "average"), ("anonymityK", "3"),
            ])
        let area = try #require(try await DevelopmentArea.query(on: app.db).filter(\.$programme.$id == programme.id!).filter(\.$position == 3).first())
        try await owner.get(SiteRoute.newEvent.path)
        let day = EventController.day(clock.now, .helsinki)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .helsinki
        let hour = calendar.component(.hour, from: clock.now)
        let created = try await owner.post(
            SiteRoute.newEvent.path,
            [
                ("kind", "seminar"), ("title-sv", "Seminarium om arbetssätt"), ("title-fi", "Toimintatapaseminaari"), ("date", day),
                ("start", String(format: "%02d:00", hour)), ("end", String(format: "%02d:00", min(hour + 2, 23))), ("place", "Stadshuset"),
                ("area", area.id!.uuidString), ("invite-level[]", "top"), ("invite-level[]", "middle"),
            ])
        let path = try #require(created.location)
        let event = try #require(try await EventRecord.query(on: app.db).all().first { $0.title[.swedish] == "Seminarium om arbetssätt" })
        return (path, event)
    }

    static func attendee(_ app: Application, email: String, event: EventRecord, path: String) async throws -> TestBrowser {
        let browser = TestBrowser(app, acceptLanguage: "sv")
        try await browser.signIn(email: email, password: "demo-manager-2026")
        try await browser.get(path)
        let checkedIn = try await browser.post(path + "/check-in", [("code", event.checkInCode.lowercased())])
        #expect(checkedIn.status == .seeOther, "\(email) \(checkedIn.status)")
        return browser
    }

    static func answer(_ browser: TestBrowser, path: String, comment: String = "") async throws -> TestingHTTPResponse {
        try await browser.get(path + "/feedback")
        return try await browser.post(path + "/feedback", answerFields(comment: comment))
    }

    /// A complete answer to the standard questions, as the form sends it.
    static func answerFields(comment: String = "") -> [(String, String)] {
        [("relevance", "4"), ("importance", "5"), ("suitability", "3"), ("worth_time", "4"), ("comment", comment)]
    }

    @Test("The owner creates a seminar linked to an area and invites management; the host sees the code")
    func create() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.seminar(app, clock: clock)
            let invited = try await EventParticipant.query(on: app.db).filter(\.$event.$id == event.id!).count()
            let management = try await Person.query(on: app.db).filter(\.$organisation.$id == event.$organisation.id)
                .filter(\.$managementLevel ~~ ["top", "middle"]).count()
            #expect(invited == management && invited > 3)
            #expect(event.areaID != nil && event.checkInCode.count == 6)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get(path).body.string
            #expect(page.contains(event.checkInCode))
            #expect(page.contains("Revidering av arbetssätten"))
            // A manager sees no code, and a wrong code is refused.
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            #expect(!(try await manager.get(path).body.string.contains(event.checkInCode)))
            let wrong = try await manager.post(path + "/check-in", [("code", "ZZZZZZ")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Koden stämmer inte"))
            #expect(wrong.body.string.contains(#"id="code" value="ZZZZZZ""#), "the code comes back as typed")
            // Another organisation does not see it at all.
            let bergvik = TestBrowser(app, acceptLanguage: "fi")
            try await bergvik.signIn(Account.bergvikAdministrator)
            #expect(try await bergvik.get(path).status == .notFound)
        }
    }

    @Test("Check-in only while the event runs; feedback only after attending, and only once")
    func checkInAndOnce() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.seminar(app, clock: clock)
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(path + "/feedback")
            #expect(try await manager.get(path + "/feedback").status == .forbidden)
            // Two hours before it starts the code is not accepted yet.
            clock.advance(by: -2 * 3600)
            try await manager.get(path)
            #expect(try await manager.post(path + "/check-in", [("code", event.checkInCode)]).status == .unprocessableEntity)
            clock.advance(by: 2 * 3600)
            try await manager.get(path)
            #expect(try await manager.post(path + "/check-in", [("code", event.checkInCode)]).status == .seeOther)

            try await manager.get(path + "/feedback")
            let incomplete = try await manager.post(path + "/feedback", [("relevance", "4"), ("importance", "9"), ("comment", "Bra dag")])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.body.string.contains("Bra dag"))
            #expect(incomplete.body.string.contains(#"value="4" checked"#))
            #expect(try await Self.answer(manager, path: path).status == .seeOther)
            let again = try await Self.answer(manager, path: path)
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("Du har redan gett respons"))
            #expect(try await FeedbackAnswerRecord.query(on: app.db).filter(\.$event.$id == event.id!).count() == 1)
            #expect(try await FeedbackReceipt.query(on: app.db).filter(\.$event.$id == event.id!).count() == 1)
            // The events list says so in the seminar's row, and only to the one who answered.
            func row(_ browser: TestBrowser) async throws -> Substring {
                let list = try await browser.get("/events").body.string
                let link = try #require(list.range(of: #"href="\#(path)""#))
                let start = try #require(list[..<link.lowerBound].range(of: "<tr>", options: .backwards)).lowerBound
                let end = try #require(list[link.upperBound...].range(of: "</tr>")).upperBound
                return list[start..<end]
            }
            let invited = try await EventParticipant.query(on: app.db).filter(\.$event.$id == event.id!).count()
            let answeredRow = try await row(manager)
            #expect(answeredRow.contains("Du har gett respons"))
            #expect(answeredRow.contains("1 / \(invited)"), "attended / invited")
            #expect(invited > 1)
            let colleague = TestBrowser(app, acceptLanguage: "sv")
            try await colleague.signIn(Account.sjobacka.accounts.first { $0.roles == [.manager] && $0.email != Account.with(.manager).email }!)
            #expect(try await !row(colleague).contains("Du har gett respons"))
        }
    }

    @Test("Answers written in groups: a double tap in one group and an answer already given are refused; a wave is stored once each")
    func groupedWrites() async throws {
        try await withRoderApp { app, clock in
            let (_, event) = try await Self.seminar(app, clock: clock)
            let eventID = try event.requireID(), organisationID = event.$organisation.id
            let people = try await Person.query(on: app.db).filter(\.$organisation.$id == organisationID).all().compactMap(\.id)
            #expect(people.count >= 4)
            let answer = FeedbackAnswer(scores: ["relevance": 4, "importance": 5, "suitability": 3, "worth_time": 4], comment: nil)
            func submission(_ person: UUID) -> FeedbackWriter.Submission {
                FeedbackWriter.Submission(
                    key: FeedbackKey(organisationID: organisationID, eventID: eventID, personID: person), day: "2026-11-18", answer: answer)
            }
            let first = try await FeedbackWriter.write(
                [submission(people[0]), submission(people[1]), submission(people[0])].map { .answer($0) }, to: app.feedbackWriter.destination)
            #expect(first == [.stored, .stored, .alreadyAnswered])
            // Sessions' touches in the same group as answers: nothing to say for them, the
            // answers as before, every session touched.
            let sessions = [
                try await SessionStore.create(userID: nil, organisationID: nil, on: app.db, now: clock.now).0,
                try await SessionStore.create(userID: nil, organisationID: nil, on: app.db, now: clock.now).0,
            ]
            clock.advance(by: 120)
            let second = try await FeedbackWriter.write(
                [
                    .answer(submission(people[1])), .touch(.init(sessionID: sessions[0].id!, at: clock.now.addingTimeInterval(-1))),
                    .answer(submission(people[2])), .touch(.init(sessionIDs: [sessions[1].id!, sessions[0].id!], at: clock.now)),
                ],
                to: app.feedbackWriter.destination)
            #expect(second == [.alreadyAnswered, nil, .stored, nil])
            for session in sessions {
                let lastSeen = try #require(try await UserSession.find(session.id, on: app.db)).lastSeenAt
                #expect(abs(lastSeen.timeIntervalSince(clock.now)) < 0.01)
            }

            // Many at once through the application's writer: every person once, however they are grouped.
            let wave = Array(people.dropFirst(3)) + Array(people.dropFirst(3))
            let outcomes = try await withThrowingTaskGroup(of: FeedbackWriter.Outcome.self) { group in
                for person in wave { group.addTask { try await app.feedbackWriter.submit(submission(person)) } }
                return try await group.reduce(into: [FeedbackWriter.Outcome]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == .stored }.count == wave.count / 2)
            let stored = try await FeedbackAnswerRecord.query(on: app.db).filter(\.$event.$id == eventID).count()
            let receipts = try await FeedbackReceipt.query(on: app.db).filter(\.$event.$id == eventID).all()
            #expect(stored == receipts.count)
            #expect(Set(receipts.map { $0.$person.id }).count == receipts.count)
            #expect(receipts.count == 3 + wave.count / 2)
        }
    }

    @Test("The host finds a name in a long check-in list and checks the person in; the list comes back as searched")
    func hostSearch() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.seminar(app, clock: clock)
            let participants = try await EventParticipant.query(on: app.db).filter(\.$event.$id == event.requireID()).with(\.$person).all()
            #expect(participants.count > 12, "the search shows for long lists")
            let sought = try #require(participants.first { $0.checkedInAt == nil })
            let other = try #require(participants.first { !$0.person.name.lowercased().contains(sought.person.name.lowercased()) })
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            #expect(try await owner.get(path).body.string.contains("Sök bland de inbjudna"))
            let query = sought.person.name.uppercased()
            let found = try await owner.get(path + "?who=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")).body.string
            #expect(found.contains(sought.person.name) && found.contains("Visa alla"))
            #expect(!found.contains("Markera närvarande: " + other.person.name))
            let marked = try await owner.post(path + "/attendance", [("person", sought.$person.id.uuidString.lowercased()), ("who", query)])
            #expect(marked.status == .seeOther && marked.location?.hasPrefix(path + "?who=") == true)
            #expect(try await EventParticipant.find(sought.id, on: app.db)?.checkedInBy == "host")
        }
    }

    @Test("The owner changes an event; a bad time comes back with all typed; invitations and code stay; a town cannot change its part of a shared event")
    func edit() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.seminar(app, clock: clock)
            let eventID = try event.requireID()
            let invited = try await EventParticipant.query(on: app.db).filter(\.$event.$id == eventID).count()
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            #expect(try await owner.get(path).body.string.contains(SiteRoute.editEvent(eventID).path))
            let timeZone = app.config.timeZone
            let form = try await owner.get(SiteRoute.editEvent(eventID).path).body.string
            #expect(form.contains("Ändra evenemanget") && form.contains("Spara ändringarna"))
            #expect(form.contains(#"value="\#(EventController.day(event.startsAt, timeZone))""#))
            #expect(form.contains(#"value="\#(EventController.time(event.startsAt, timeZone))""#))
            #expect(!form.contains("invite-level[]"), "inviting more is on the event page")

            let day = EventController.day(clock.now.addingTimeInterval(2 * 24 * 3600), timeZone)
            let bad = try await owner.post(
                SiteRoute.editEvent(eventID).path,
                [
                    ("kind", "leadership_forum"), ("title-sv", "Ledarforum om tillit"), ("date", day),
                    ("start", "15:00"), ("end", "14:00"), ("place", "Aulan"),
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Ledarforum om tillit") && bad.body.string.contains("Aulan") && bad.body.string.contains("Spara ändringarna"))
            #expect(try await EventRecord.find(eventID, on: app.db)?.title == event.title)

            let saved = try await owner.post(
                SiteRoute.editEvent(eventID).path,
                [
                    ("kind", "leadership_forum"), ("title-sv", "Ledarforum om tillit"), ("date", day),
                    ("start", "13:00"), ("end", "15:30"), ("place", "Aulan"),
                ])
            #expect(saved.status == .seeOther && saved.location == path)
            let changed = try #require(try await EventRecord.find(eventID, on: app.db))
            #expect(changed.title[.swedish] == "Ledarforum om tillit" && changed.eventKind == .leadershipForum && changed.place == "Aulan")
            #expect(changed.startsAt == EventController.dateTime(day, "13:00", timeZone) && changed.endsAt == EventController.dateTime(day, "15:30", timeZone))
            #expect(changed.checkInCode == event.checkInCode)
            #expect(try await EventParticipant.query(on: app.db).filter(\.$event.$id == eventID).count() == invited)
            #expect(try await owner.get(path).body.string.contains("Ändringarna av evenemanget har sparats."))
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.eventChanged.rawValue).all()
            #expect(audit.count == 1 && audit.first?.subjectID == eventID)

            // A manager may not; a town's part of a shared event belongs to the operator.
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            #expect(try await manager.get(SiteRoute.editEvent(eventID).path).status == .forbidden)
            let sharedPart = try #require(
                try await EventRecord.query(on: app.db).filter(\.$organisation.$id == event.$organisation.id)
                    .filter(\.$sharedEventID != nil).first())
            let sharedPath = SiteRoute.event(try sharedPart.requireID()).path
            let sharedPage = try await owner.get(sharedPath).body.string
            #expect(sharedPage.contains("Det ändras av programoperatören") && !sharedPage.contains(sharedPath + "/edit"))
            #expect(try await owner.get(sharedPath + "/edit").status == .conflict)
            #expect(try await owner.post(sharedPath + "/edit", [("title-sv", "Nej"), ("date", day), ("start", "13:00"), ("end", "14:00")]).status == .conflict)
        }
    }

    @Test("An event's online link, hosts and experts, and the result goals it deals with; a bad link comes back with all typed")
    func details() async throws {
        try await withRoderApp { app, clock in
            _ = try await ProgrammeTests.programme(app)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let form = try await owner.get(SiteRoute.newEvent.path).body.string
            let goal = try #require(try await ResultGoal.query(on: app.db).filter(\.$position == 1).first())
            #expect(form.contains(#"name="goal[]""#) && form.contains(goal.id!.uuidString.lowercased()))
            let day = EventController.day(clock.now.addingTimeInterval(3 * 24 * 3600), .helsinki)
            var fields = [
                ("kind", "seminar"), ("title-sv", "Seminarium med gäst"), ("date", day), ("start", "13:00"), ("end", "15:00"),
                ("hosts", "Helena Lindqvist (värd), Anna Forsman (expert)"), ("onlineURL", "teams.example/möte"),
                ("goal[]", goal.id!.uuidString.lowercased()),
            ]
            let refused = try await owner.post(SiteRoute.newEvent.path, fields)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Distanslänken ska vara en webbadress"))
            #expect(
                refused.body.string.contains("Anna Forsman (expert)") && refused.body.string.contains(#"value="\#(goal.id!.uuidString.lowercased())" checked"#))
            fields[6] = ("onlineURL", "https://teams.example/mote")
            let created = try await owner.post(SiteRoute.newEvent.path, fields)
            let page = try await owner.get(try #require(created.location)).body.string
            #expect(page.contains("Anna Forsman (expert)") && page.contains(#"href="https://teams.example/mote""#))
            #expect(page.contains(SiteRoute.goal(goal.id!).path))
        }
    }

    @Test("The room's QR code opens the event with the code filled in; an unknown code finds nothing")
    func qrCheckIn() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.seminar(app, clock: clock)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let host = try await owner.get(path).body.string
            #expect(host.contains(#"<svg class="qr-code""#) && host.contains("QR-kod för att anmäla närvaro med koden \(event.checkInCode)"))
            let expected = try QRCode.encode("http://127.0.0.1:8080/check-in?code=" + event.checkInCode)
            #expect(host.contains(expected.svg(label: "QR-kod för att anmäla närvaro med koden \(event.checkInCode)")))

            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let scanned = try await manager.get("/check-in?code=" + event.checkInCode.lowercased())
            #expect(scanned.status == .seeOther && scanned.location == path + "?code=" + event.checkInCode + "#check-in")
            let page = try await manager.get(path + "?code=" + event.checkInCode).body.string
            #expect(page.contains(#"name="code" id="code" value="\#(event.checkInCode)""#))
            #expect(!page.contains("qr-code"))
            #expect(try await manager.get("/check-in?code=ZZZZZZ").status == .notFound)
        }
    }

    @Test("With k = 3 the results show after the third answer, not before; counts always")
    func threshold() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.seminar(app, clock: clock)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            for (index, email) in Self.managers.enumerated() {
                let browser = try await Self.attendee(app, email: email, event: event, path: path)
                #expect(try await Self.answer(browser, path: path, comment: "Kommentar \(index + 1)").status == .seeOther)
                let results = try await owner.get(path + "/results").body.string
                if index < 2 {
                    #expect(results.contains("Hittills har \(index + 1) svarat"), "after \(index + 1)")
                    #expect(!results.contains("Kommentar 1"))
                    #expect(!results.contains("Medeltal"))
                } else {
                    #expect(results.contains("Medeltal"))
                    #expect(results.contains("Kommentar 1") && results.contains("Kommentar 3"))
                }
            }
        }
    }

    @Test("Keying feedback by event and back keeps every receipt and answer, and a second answer is still refused")
    func clusteringMigration() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.seminar(app, clock: clock)
            let browser = try await Self.attendee(app, email: Self.managers[0], event: event, path: path)
            #expect(try await Self.answer(browser, path: path, comment: "Bra").status == .seeOther)
            func counts() async throws -> [Int] {
                [try await FeedbackAnswerRecord.query(on: app.db).count(), try await FeedbackReceipt.query(on: app.db).count()]
            }
            let before = try await counts()
            try await ClusterFeedbackByEvent().revert(on: app.db)
            #expect(try await counts() == before)
            try await ClusterFeedbackByEvent().prepare(on: app.db)
            #expect(try await counts() == before)
            let stored = try #require(try await FeedbackAnswerRecord.query(on: app.db).filter(\.$event.$id == event.id!).first())
            #expect(stored.comment == "Bra")
            #expect(try await Self.answer(browser, path: path, comment: "Igen").status == .conflict)
        }
    }

    @Test("No table, log line or page ties an answer to a person; answers keep the day only")
    func anonymity() async throws {
        try await withRoderApp { app, clock in
            let lines = NIOLockedValueBox<[String]>([])
            // At the level Roder logs in production (info): database queries are not logged.
            app.logger = Logger(label: "capture") { _ in CapturingLogHandler(lines: lines, logLevel: .info) }
            let (path, event) = try await Self.seminar(app, clock: clock)
            let auditBefore = try await AuditRecord.query(on: app.db).count()
            let browser = try await Self.attendee(app, email: Self.managers[0], event: event, path: path)
            #expect(try await Self.answer(browser, path: path, comment: "Bra").status == .seeOther)

            guard let sql = app.db as? any SQLDatabase else { Issue.record("not SQL"); return }
            let columns: Set<String>
            if sql.dialect.name == "sqlite" {
                columns = Set(try await sql.raw("PRAGMA table_info(feedback_answers)").all().map { try $0.decode(column: "name", as: String.self) })
            } else {
                columns = Set(
                    try await sql.raw("SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback_answers'").all()
                        .map { try $0.decode(column: "column_name", as: String.self) })
            }
            #expect(columns == ["id", "organisation_id", "event_id", "answered_on", "scores", "comment"])
            let receiptColumns: Set<String>
            if sql.dialect.name == "sqlite" {
                receiptColumns = Set(try await sql.raw("PRAGMA table_info(feedback_receipts)").all().map { try $0.decode(column: "name", as: String.self) })
            } else {
                receiptColumns = Set(
                    try await sql.raw("SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback_receipts'").all()
                        .map { try $0.decode(column: "column_name", as: String.self) })
            }
            #expect(receiptColumns == ["id", "organisation_id", "event_id", "person_id"])
            if sql.dialect.name == "sqlite" {
                // Kept by event and then by the answer's random id, not in the order answers came in.
                let key = try await sql.raw("PRAGMA table_info(feedback_answers)").all()
                    .map { (try $0.decode(column: "pk", as: Int.self), try $0.decode(column: "name", as: String.self)) }
                    .filter { $0.0 > 0 }.sorted { $0.0 < $1.0 }.map(\.1)
                #expect(key == ["event_id", "id"])
            }

            let stored = try #require(try await FeedbackAnswerRecord.query(on: app.db).filter(\.$event.$id == event.id!).first())
            #expect(stored.answeredOn.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
            // A random (version 4) id: nothing in it orders answers in time.
            #expect(stored.id!.uuidString.dropFirst(14).first == "4")
            #expect(try await AuditRecord.query(on: app.db).count() == auditBefore)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == Self.managers[0]).first())
            for line in lines.withLockedValue({ $0 }) {
                #expect(!line.contains(user.name) && !line.contains(user.email) && !line.contains(user.id!.uuidString), "\(line)")
            }
            #expect(!lines.withLockedValue({ $0 }).contains { $0.contains("feedback") })
            // The results page shows no names.
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            #expect(!(try await owner.get(path + "/results").body.string.contains(user.name)))
        }
    }
}

/// Keeps every log line, to check what the server writes about a request.
struct CapturingLogHandler: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        let all = self.metadata.merging(metadata ?? [:]) { $1 }
        lines.withLockedValue { $0.append("\(level) \(message) \(all)") }
    }
}

@Suite("Event calendar file", .serialized)
struct EventCalendarTests {
    @Test("An invited manager downloads the event as iCalendar")
    func calendarFile() async throws {
        try await withRoderApp { app, clock in
            let (path, _) = try await EventTests.seminar(app, clock: clock)
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let response = try await manager.get(path + "/calendar.ics")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "calendar")
            #expect(response.body.string.contains("SUMMARY:Seminarium om arbetssätt"))
            #expect(response.body.string.contains("LOCATION:Stadshuset"))
        }
    }
}

@Suite("Attendance page", .serialized)
struct AttendancePageTests {
    @Test("The owner sees the demo's attendance by half-year, area, person and event, with those coming less often flagged")
    func demoAttendance() async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get(SiteRoute.attendance.path).body.string
            #expect(page.contains("Närvaro per halvår"))
            #expect(page.contains("1–6/2025"))
            #expect(page.contains("Ledarforum: strategin i praktiken"))
            #expect(page.contains("kommer allt mer sällan"))
            #expect(page.contains("Revidering av arbetssätten"))
        }
    }

    @Test("Attendance and the feedback overview show the programme's years, every year one link away; long lists show their first 50")
    func programmeYearsAndLongLists() async throws {
        try await withRoderApp { app, _ in
            let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first())
            let organisationID = try organisation.requireID()
            // An event of an earlier programme, in 2019, with 60 people of its own and 6 answers.
            let startsAt = try #require(ISO8601DateFormatter().date(from: "2019-03-12T08:00:00Z"))
            let event = EventRecord(
                organisationID: organisationID, kind: .seminar, title: LocalizedText(sv: "Gamla programmets seminarium"), startsAt: startsAt,
                endsAt: startsAt.addingTimeInterval(3_600), checkInCode: "190312")
            try await event.create(on: app.db)
            for number in 1...60 {
                let person = Person(
                    organisationID: organisationID, name: "Tidigare chef \(number)", title: nil, email: nil, managementLevel: "middle", externalID: nil)
                try await person.create(on: app.db)
                let participant = EventParticipant(organisationID: organisationID, eventID: event.id!, personID: person.id!)
                participant.checkedInAt = number % 2 == 0 ? startsAt : nil
                try await participant.create(on: app.db)
            }
            for _ in 0..<6 {
                try await FeedbackAnswerRecord(
                    organisationID: organisationID, eventID: event.id!, answeredOn: "2019-03-12",
                    answer: FeedbackAnswer(scores: ["relevance": 2, "importance": 2, "suitability": 2, "worth_time": 2], comment: nil)
                ).create(on: app.db)
            }
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let programmeYears = try await owner.get(SiteRoute.attendance.path).body.string
            #expect(programmeYears.contains("Evenemang från 2025 och framåt: programmets år."))
            #expect(!programmeYears.contains("Gamla programmets seminarium") && !programmeYears.contains("1–6/2019"))
            let everyYear = try await owner.get(SiteRoute.attendance.path + "?years=all").body.string
            #expect(everyYear.contains("Evenemang från alla år.") && everyYear.contains("Gamla programmets seminarium"))
            #expect(everyYear.contains("1–6/2019"))
            // More than 50 people: the 50 coming least, and the rest a link away.
            let shown = try #require(everyYear.range(of: #"Visar 50 av [0-9]+\."#, options: .regularExpression))
            #expect(everyYear.contains(SiteRoute.attendance.path + "?years=all&amp;rows=all\""))
            #expect(everyYear[shown].hasPrefix("Visar 50 av "))
            let everyone = try await owner.get(SiteRoute.attendance.path + "?years=all&rows=all").body.string
            #expect(!everyone.contains("Visar 50 av"))
            #expect((1...60).allSatisfy { everyone.contains("Tidigare chef \($0)<") })

            let overview = try await owner.get(SiteRoute.area(.feedback).path).body.string
            #expect(overview.contains("Evenemang från 2025 och framåt: programmets år.") && !overview.contains("1–6/2019"))
            let overviewEveryYear = try await owner.get(SiteRoute.area(.feedback).path + "?years=all").body.string
            #expect(overviewEveryYear.contains("Evenemang från alla år.") && overviewEveryYear.contains("1–6/2019"))
        }
    }
}

@Suite("Events list", .serialized)
struct EventsListTests {
    @Test("The events list shows every event to come and the latest 50 held, the rest a link away")
    func latestHeld() async throws {
        try await withRoderApp { app, clock in
            let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first())
            let first = clock.now.addingTimeInterval(-400 * 86_400)
            for number in 1...55 {
                let startsAt = first.addingTimeInterval(Double(number) * 86_400)
                try await EventRecord(
                    organisationID: try organisation.requireID(), kind: .seminar, title: LocalizedText(sv: "Äldre seminarium \(number)."),
                    startsAt: startsAt, endsAt: startsAt.addingTimeInterval(3_600), checkInCode: String(format: "9%05d", number)
                ).create(on: app.db)
            }
            let held = try await EventRecord.query(on: app.db).filter(\.$organisation.$id == organisation.requireID())
                .filter(\.$startsAt < clock.now.addingTimeInterval(-12 * 3_600)).count()
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let page = try await manager.get(SiteRoute.area(.events).path).body.string
            #expect(page.contains("Visar 50 av \(held)."))
            #expect(page.contains(SiteRoute.area(.events).path + "?past=all"))
            // The oldest are beyond the first 50; the newest are in them.
            #expect(page.contains("Äldre seminarium 55.") && !page.contains("Äldre seminarium 1."))
            let all = try await manager.get(SiteRoute.area(.events).path + "?past=all").body.string
            #expect(!all.contains("Visar 50 av") && (1...55).allSatisfy { all.contains("Äldre seminarium \($0).") })
        }
    }
}

@Suite("Sign-up and the waiting list", .serialized)
struct RegistrationAppTests {
    @Test("With one place the second manager waits, and gets the place when the first cancels")
    func waitingList() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            event.capacity = 1
            event.startsAt = clock.now.addingTimeInterval(7 * 86_400)
            event.endsAt = event.startsAt.addingTimeInterval(3600)
            try await event.save(on: app.db)
            let first = TestBrowser(app, acceptLanguage: "sv"), second = TestBrowser(app, acceptLanguage: "sv")
            try await first.signIn(email: EventTests.managers[0], password: "demo-manager-2026")
            try await second.signIn(email: EventTests.managers[1], password: "demo-manager-2026")
            try await first.get(path)
            try await first.post(path + "/registration", [("action", "register")])
            try await second.get(path)
            try await second.post(path + "/registration", [("action", "register")])
            #expect(try await second.get(path).body.string.contains("nummer 1 på kölistan"))
            try await first.get(path)
            try await first.post(path + "/registration", [("action", "cancel")])
            #expect(try await first.get(path).body.string.contains("Du har avbokat."))
            #expect(try await second.get(path).body.string.contains("Du är anmäld."))
            #expect(try await second.get(path).body.string.contains("1 av 1 platser"))
        }
    }
}

@Suite("Feedback export", .serialized)
struct FeedbackExportTests {
    @Test("The CSV has aggregates only: the small coaching group has counts but no means")
    func aggregatesOnly() async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let response = try await owner.get(SiteRoute.export(.exportFeedback, .csv).path)
            #expect(response.headers.contentType?.subType == "csv")
            let lines = response.body.string.components(separatedBy: "\r\n")
            let coaching = try #require(lines.first { $0.contains("Coachningsgrupp för sektorcheferna") })
            // Fewer than k = 5 answered: the four means are empty.
            #expect(coaching.hasSuffix(";;;;"), "\(coaching)")
            let forum = try #require(lines.first { $0.contains("Ledarforum: strategin i praktiken") })
            #expect(!forum.hasSuffix(";;;;"))
            // No comment and no single answer leaves the server.
            #expect(!response.body.string.contains("Bra att få höra"))
        }
    }
}
