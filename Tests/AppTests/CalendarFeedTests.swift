import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Personal calendar feed", .serialized)
struct CalendarFeedTests {
    @Test("A manager creates a secret feed address; calendar apps read their events with it; renewing or turning it off ends the old one")
    func feed() async throws {
        try await withRoderApp { app, clock in
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let account = try await manager.get(SiteRoute.account.path).body.string
            #expect(account.contains("Skapa kalenderadress"))
            let created = try await manager.post(SiteRoute.accountCalendar.path, [("action", "create")])
            #expect(created.status == .ok)
            let page = created.body.string
            let prefix = "http://127.0.0.1:8080/calendar/"
            let start = try #require(page.range(of: prefix))
            let token = String(page[start.upperBound...].prefix { $0 != "." })
            #expect(token.count >= 40)
            // Only the hash is kept.
            let user = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.manager).email).first())
            #expect(user.calendarTokenHash == SessionStore.hash(token))

            // The calendar app has no session.
            let calendarApp = TestBrowser(app, acceptLanguage: "sv")
            let feed = try await calendarApp.get("/calendar/\(token).ics")
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.subType == "calendar")
            let text = feed.body.string
            #expect(text.hasPrefix("BEGIN:VCALENDAR") && text.contains("Roder – mina evenemang"))
            let membership = try #require(try await Membership.query(on: app.db).filter(\.$user.$id == user.id!).first())
            let invitedTo = try await EventParticipant.query(on: app.db).filter(\.$person.$id == membership.$person.id!).with(\.$event).all()
                .map(\.event).filter { $0.endsAt >= clock.now.addingTimeInterval(-CalendarFeedController.history) }
            #expect(!invitedTo.isEmpty)
            // The demo manager is coached too: their sessions (not the missed ones) are in the feed.
            let engagements = try await CoachingParticipant.query(on: app.db).filter(\.$person.$id == membership.$person.id!).all().map { $0.$engagement.id }
            let sessions = try await CoachingSessionRecord.query(on: app.db).filter(\.$engagement.$id ~~ engagements)
                .filter(\.$status != CoachingSessionStatus.missed.rawValue)
                .filter(\.$startsAt >= clock.now.addingTimeInterval(-CalendarFeedController.history)).all()
            #expect(!sessions.isEmpty && text.contains("Coachning: "))
            #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == invitedTo.count + sessions.count)
            for event in invitedTo { #expect(text.contains("UID:\(event.id!.uuidString.lowercased())@roder")) }
            for session in sessions { #expect(text.contains("UID:\(session.id!.uuidString.lowercased())@roder")) }
            #expect(try await calendarApp.get("/calendar/not-the-token.ics").status == .notFound)

            // A new address: the old one stops working.
            let renewed = try await manager.post(SiteRoute.accountCalendar.path, [("action", "create")]).body.string
            #expect(!renewed.contains(token))
            #expect(try await calendarApp.get("/calendar/\(token).ics").status == .notFound)
            #expect(try await manager.get(SiteRoute.account.path).body.string.contains("Skapa en ny adress"))
            // Turned off: no address at all.
            #expect(try await manager.post(SiteRoute.accountCalendar.path, [("action", "remove")]).status == .seeOther)
            #expect(try await User.find(user.id, on: app.db)?.calendarTokenHash == nil)
        }
    }
}
