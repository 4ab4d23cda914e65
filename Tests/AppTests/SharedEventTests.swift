import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

/// Shared events: the operator runs one for two towns; each town's part holds its own people
/// and answers; the operator sees them pooled, never a town's small group on its own.
@Suite("Shared events pooled across organisations", .serialized)
struct SharedEventTests {
    @Test("Three answers from Sjöbacka and two from Bergvik: the operator sees the pool of five, neither town's group; each town sees only its own part")
    func pooled() async throws {
        try await withRoderApp { app, clock in
            let sjobacka = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first())
            let bergvik = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "bergvik").first())
            // Two of Bergvik's managers will answer.
            let bergvikManagers = try await Person.query(on: app.db).filter(\.$organisation.$id == bergvik.id!)
                .filter(\.$name ~~ ["Aino Lahti", "Eero Salo"]).all()
            #expect(bergvikManagers.count == 2)

            let operatorBrowser = TestBrowser(app, acceptLanguage: "sv")
            try await operatorBrowser.signIn(Account.programmeOperator)
            // The demo has the operator's regional forum already.
            let home = try await operatorBrowser.get(SiteRoute.operatorHome.path).body.string
            #expect(home.contains("Regionalt ledarforum: tillit och styrning"))
            #expect(home.contains("Närvaro per organisation i de gemensamma evenemangen") && home.contains("Bergviks kommun"))
            try await operatorBrowser.get(SiteRoute.newSharedEvent.path)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .helsinki
            let hour = calendar.component(.hour, from: clock.now)
            let day = EventController.day(clock.now, .helsinki)
            var fields = [
                ("kind", "leadership_forum"), ("title-sv", "Regionalt ledarforum"), ("title-fi", "Alueellinen johtajafoorumi"), ("date", day),
                ("start", String(format: "%02d:00", hour)), ("end", String(format: "%02d:00", min(hour + 2, 23))), ("place", "Kulturhuset"),
                ("invite-level[]", "top"), ("invite-level[]", "middle"), ("organisation[]", sjobacka.id!.uuidString.lowercased()),
            ]
            let refused = try await operatorBrowser.post(SiteRoute.newSharedEvent.path, fields)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Välj minst två organisationer"))
            #expect(refused.body.string.contains("Regionalt ledarforum"))
            fields.append(("organisation[]", bergvik.id!.uuidString.lowercased()))
            let created = try await operatorBrowser.post(SiteRoute.newSharedEvent.path, fields)
            #expect(created.status == .seeOther)
            let sharedPath = try #require(created.location)
            let sharedID = try #require(UUID(uuidString: String(sharedPath.split(separator: "/").last ?? "")))

            let parts = try await EventRecord.query(on: app.db).filter(\.$sharedEventID == sharedID).all()
            #expect(parts.count == 2 && Set(parts.map(\.checkInCode)).count == 1)
            let sjobackaPart = try #require(parts.first { $0.$organisation.id == sjobacka.id })
            let bergvikPart = try #require(parts.first { $0.$organisation.id == bergvik.id })
            // Each part invites that organisation's own people only.
            for part in parts {
                let invited = try await EventParticipant.query(on: app.db).filter(\.$event.$id == part.id!).with(\.$person).all()
                #expect(
                    !invited.isEmpty
                        && invited.allSatisfy { $0.person.$organisation.id == part.$organisation.id && $0.$organisation.id == part.$organisation.id })
            }

            // Sjöbacka's three managers check in with the room's code and answer.
            let path = SiteRoute.event(sjobackaPart.id!).path
            for email in EventTests.managers {
                let manager = try await EventTests.attendee(app, email: email, event: sjobackaPart, path: path)
                if email == EventTests.managers[0] { #expect(try await manager.get(path).body.string.contains("Gemensamt evenemang")) }
                #expect(try await EventTests.answer(manager, path: path, comment: "Från Sjöbacka").status == .seeOther)
            }
            // Bergvik's two (no accounts: the host checks them in; their answers go the same way).
            for person in bergvikManagers {
                let participant = try #require(
                    try await EventParticipant.query(on: app.db).filter(\.$event.$id == bergvikPart.id!)
                        .filter(\.$person.$id == person.id!).first())
                participant.checkedInAt = clock.now
                try await participant.save(on: app.db)
                let answer = FeedbackAnswer(scores: ["relevance": 2, "importance": 2, "suitability": 2, "worth_time": 2], comment: "Från Bergvik")
                #expect(
                    try await app.feedbackWriter.submit(
                        .init(
                            key: FeedbackKey(organisationID: bergvik.id!, eventID: bergvikPart.id!, personID: person.id!),
                            day: "2026-11-18", answer: answer)) == .stored)
            }

            let page = try await operatorBrowser.get(sharedPath)
            #expect(page.status == .ok)
            let body = page.body.string
            #expect(body.contains("Medeltal") && body.contains("Från Bergvik") && body.contains("Från Sjöbacka"))
            #expect(body.components(separatedBy: "visas inte").count - 1 == 2)
            #expect(body.contains(sjobackaPart.checkInCode))
            #expect(try await operatorBrowser.get(SiteRoute.operatorHome.path).body.string.contains("Regionalt ledarforum"))

            // Sjöbacka's own results: three answers, below its k of 5.
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let own = try await owner.get(SiteRoute.eventResults(sjobackaPart.id!).path).body.string
            #expect(own.contains("Hittills har 3 svarat") && !own.contains("Från Bergvik"))
            // Neither town reaches the other's part, and the operator reaches neither town's pages.
            #expect(try await owner.get(SiteRoute.event(bergvikPart.id!).path).status == .notFound)
            #expect(try await operatorBrowser.get(path).status == .forbidden)
        }
    }
    @Test("The operator moves a shared event: every town's part follows; invitations, code and answers stay; a bad time keeps what was typed")
    func edit() async throws {
        try await withRoderApp { app, clock in
            let shared = try #require(try await SharedEvent.query(on: app.db).sort(\.$startsAt, .descending).first())
            let sharedID = try shared.requireID()
            let partsBefore = try await EventRecord.query(on: app.db).filter(\.$sharedEventID == sharedID).all()
            #expect(partsBefore.count >= 2)
            let invitedBefore = try await EventParticipant.query(on: app.db).filter(\.$event.$id ~~ partsBefore.compactMap(\.id)).count()

            let operatorBrowser = TestBrowser(app, acceptLanguage: "sv")
            try await operatorBrowser.signIn(Account.programmeOperator)
            #expect(try await operatorBrowser.get(SiteRoute.sharedEvent(sharedID).path).body.string.contains(SiteRoute.editSharedEvent(sharedID).path))
            let form = try await operatorBrowser.get(SiteRoute.editSharedEvent(sharedID).path).body.string
            #expect(form.contains("Ändra evenemanget") && form.contains("alla deltagande organisationer") && !form.contains("organisation[]"))
            #expect(form.contains(#"value="\#(EventController.day(shared.startsAt, .helsinki))""#))

            let day = EventController.day(shared.startsAt.addingTimeInterval(7 * 24 * 3600), .helsinki)
            var fields = [
                ("kind", "seminar"), ("title-sv", "Regionalt seminarium"), ("title-fi", "Alueellinen seminaari"), ("date", day),
                ("start", "12:00"), ("end", "11:00"), ("place", "Kulturhuset"),
            ]
            let untitled = try await operatorBrowser.post(
                SiteRoute.editSharedEvent(sharedID).path,
                [("kind", "seminar"), ("title-sv", ""), ("date", day), ("start", "12:00"), ("end", "16:00")])
            #expect(untitled.status == .unprocessableEntity && untitled.body.string.contains("Skriv evenemangets rubrik på"))
            #expect(try await SharedEvent.find(sharedID, on: app.db)?.title == shared.title)
            let refused = try await operatorBrowser.post(SiteRoute.editSharedEvent(sharedID).path, fields)
            #expect(
                refused.status == .unprocessableEntity && refused.body.string.contains("Regionalt seminarium") && refused.body.string.contains("Kulturhuset"))
            fields[5] = ("end", "16:00")
            let saved = try await operatorBrowser.post(SiteRoute.editSharedEvent(sharedID).path, fields)
            #expect(saved.status == .seeOther && saved.location == SiteRoute.sharedEvent(sharedID).path)

            let starts = try #require(EventController.dateTime(day, "12:00", .helsinki))
            let changed = try #require(try await SharedEvent.find(sharedID, on: app.db))
            #expect(changed.title[.swedish] == "Regionalt seminarium" && changed.startsAt == starts && changed.place == "Kulturhuset")
            let partsAfter = try await EventRecord.query(on: app.db).filter(\.$sharedEventID == sharedID).all()
            #expect(partsAfter.count == partsBefore.count)
            #expect(
                partsAfter.allSatisfy {
                    $0.title[.finnish] == "Alueellinen seminaari" && $0.startsAt == starts && $0.eventKind == .seminar
                        && $0.place == "Kulturhuset" && $0.checkInCode == shared.checkInCode
                })
            #expect(try await EventParticipant.query(on: app.db).filter(\.$event.$id ~~ partsAfter.compactMap(\.id)).count() == invitedBefore)
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.sharedEventChanged.rawValue).count() == 1)

            // A town's owner cannot reach the operator's form.
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            #expect(try await owner.get(SiteRoute.editSharedEvent(sharedID).path).status == .forbidden)
        }
    }
}
