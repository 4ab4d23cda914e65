import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Feedback overview and the summary for participants", .serialized)
struct FeedbackOverviewAppTests {
    @Test("A manager sees the demo's feedback by half-year and area; the small coaching group is counted, not averaged")
    func overview() async throws {
        try await withRoderApp { app, _ in
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let page = try await manager.get(SiteRoute.area(.feedback).path)
            #expect(page.status == .ok)
            let body = page.body.string
            #expect(body.contains("Hela programmet") && body.contains("Helhetsbetyg") && body.contains("Per halvår"))
            #expect(body.contains("Per utvecklingsområde och halvår"))
            #expect(body.contains("ingår i antalen men inte i medeltalen"))
            #expect(body.contains(#"<svg class="chart""#))
            #expect(body.contains(SiteRoute.feedbackSummary(HalfYear(year: 2026, half: 1)).path))
        }
    }

    @Test("The half-years with events held are those of each event in the town's time zone, at the turn of the year too")
    func heldPeriods() async throws {
        try await withRoderApp { app, clock in
            let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == Account.sjobacka.slug).first())
            let tenant = TenantDatabase(organisationID: try organisation.requireID(), database: app.db)
            let timeZone = app.config.timeZone
            // Half an hour either side of midnight at New Year and midsummer, in the town's time,
            // years before the demo's events: only the time zone tells these half-years apart.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            for (year, month) in [(2011, 1), (2011, 7), (2013, 1)] {
                let midnight = try #require(calendar.date(from: DateComponents(year: year, month: month, day: 1)))
                for offset in [-1_800.0, 1_800.0] {
                    let start = midnight.addingTimeInterval(offset)
                    try await tenant.create(
                        EventRecord(
                            organisationID: tenant.organisationID, kind: .seminar, title: LocalizedText(sv: "Gräns \(year)-\(month) \(offset)"),
                            startsAt: start, endsAt: start.addingTimeInterval(600), checkInCode: "GR\(year)\(month)\(Int(offset))"))
                }
            }
            let held = try await tenant.query(EventRecord.self).filter(\.$endsAt < clock.now).all()
            let expected = Set(held.map { HalfYear($0.startsAt, timeZone: timeZone) })
            #expect(expected.isSuperset(of: [HalfYear(year: 2010, half: 2), HalfYear(year: 2011, half: 1), HalfYear(year: 2012, half: 2)]))
            #expect(try await FeedbackController.heldPeriods(tenant, now: clock.now, timeZone: timeZone) == expected)
        }
    }

    @Test("The owner writes what was heard and what happens next; managers read it; it keeps both languages")
    func closingTheLoop() async throws {
        try await withRoderApp { app, _ in
            let period = HalfYear(year: 2026, half: 1)
            let path = SiteRoute.feedbackSummary(period).path
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let empty = try await owner.get(path).body.string
            #expect(empty.contains("Vad ni sa och vad vi gör: 1–6/2026"))
            #expect(empty.contains("Programägaren har inte skrivit något här ännu.") && empty.contains("Skriv sammanfattningen"))
            let saved = try await owner.post(
                path,
                [
                    ("heard-sv", "Forumen känns relevanta.\nMen tiden räcker inte."), ("heard-fi", "Foorumit koetaan tärkeiksi."),
                    ("actions-sv", "Kortare forum, fler pauser."), ("actions-fi", ""),
                ])
            #expect(saved.status == .seeOther)
            let note = try #require(try await FeedbackLoopNote.query(on: app.db).filter(\.$period == "2026-1").first())
            #expect(note.heard[.finnish] == "Foorumit koetaan tärkeiksi." && note.actions[.finnish] == nil)

            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let read = try await manager.get(path).body.string
            #expect(read.contains("<p>Forumen känns relevanta.</p><p>Men tiden räcker inte.</p>"))
            #expect(read.contains("Kortare forum, fler pauser.") && read.contains("Helena Lindqvist"))
            #expect(!read.contains("Skriv sammanfattningen"))
            #expect(try await manager.post(path, [("heard-sv", "x")]).status == .forbidden)
            #expect(try await manager.get("/feedback/summary/2026-7").status == .notFound)
            // The Finnish reader gets the Finnish text.
            let finnish = TestBrowser(app, acceptLanguage: "fi")
            try await finnish.signIn(Account.with(.viewer))
            try await finnish.post("/language", [("language", "fi"), ("return", path)])
            #expect(try await finnish.get(path).body.string.contains("Foorumit koetaan tärkeiksi."))
        }
    }
}
