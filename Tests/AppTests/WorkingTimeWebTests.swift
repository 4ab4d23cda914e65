import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Working time", .serialized)
struct WorkingTimeWebTests {
    static func sjobacka(_ app: Application) async throws -> TenantDatabase {
        let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first())
        return TenantDatabase(organisationID: try organisation.requireID(), database: app.db)
    }

    static func personID(of account: DemoTown.AccountSeed, _ app: Application) async throws -> UUID {
        try #require(
            try await Membership.query(on: app.db).join(User.self, on: \Membership.$user.$id == \User.$id)
                .filter(User.self, \.$email == account.email).first()?.$person.id)
    }

    @Test("A manager logs hours for an area on a phone's form; the programme sees them in the area; others' entries stay theirs")
    func logAndSee() async throws {
        try await withRoderApp { app, _ in
            let tenant = try await Self.sjobacka(app)
            let programme = try #require(try await StrategyQuery.programme(tenant))
            let area = try #require(try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.id!).sort(\.$position).first())
            let before = try await WorkingTimeQuery.summary(year: 2026, in: tenant, timeZone: app.config.timeZone)
            let manager = TestBrowser(app, acceptLanguage: "fi")
            try await manager.signIn(Account.with(.manager))
            let page = try await manager.get("/working-time")
            #expect(page.status == .ok && page.body.string.contains("Kirjaa ohjelmatyötä") && !page.body.string.contains("Ei vielä käytössä"))
            // A manager sees their own time, not the programme's.
            #expect(!page.body.string.contains("Ohjelman työaika"))
            let logged = try await manager.post(
                "/working-time/entries", [("date", "2026-11-16"), ("hours", "1,5"), ("purpose", "area:" + area.id!.uuidString), ("note", "Valmistelin")])
            #expect(logged.status == .seeOther && logged.location == "/working-time?year=2026#mine")
            let entry = try #require(try await TimeEntry.query(on: app.db).filter(\.$note == "Valmistelin").first())
            #expect(entry.minutes == 90 && entry.areaID == area.id && entry.goalID == nil && entry.note == "Valmistelin")
            #expect(entry.$person.id == (try await Self.personID(of: Account.with(.manager), app)))
            let mine = try await manager.get("/working-time").body.string
            #expect(mine.contains("Aika on tallennettu") && mine.contains("Valmistelin") && mine.contains("1,5"))

            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let programmeView = try await owner.get("/working-time").body.string
            #expect(programmeView.contains("The programme's working time in 2026"))
            let summary = try await WorkingTimeQuery.summary(year: 2026, in: tenant, timeZone: app.config.timeZone)
            #expect(summary.byArea[area.id]?[.logged] == (before.byArea[area.id]?[.logged] ?? 0) + 90)
            #expect(summary.bySource[.logged] == (before.bySource[.logged] ?? 0) + 90)

            // Another person's entry does not exist for them; the owner cannot change it either.
            for browser in [owner] {
                #expect(try await browser.get("/working-time/entries/\(entry.id!.uuidString)").status == .notFound)
                #expect(
                    try await browser.post("/working-time/entries/\(entry.id!.uuidString)", [("date", "2026-11-16"), ("hours", "8")]).status
                        == .notFound)
                try await browser.get("/working-time")
                #expect(try await browser.post("/working-time/entries/\(entry.id!.uuidString)/delete", []).status == .notFound)
            }
            #expect(try await TimeEntry.find(entry.id, on: app.db)?.minutes == 90)

            // The manager corrects it, then deletes it.
            let edit = try await manager.get("/working-time/entries/\(entry.id!.uuidString)")
            #expect(edit.status == .ok && edit.body.string.contains("value=\"1,5\"") && edit.body.string.contains("Valmistelin"))
            #expect(
                try await manager.post("/working-time/entries/\(entry.id!.uuidString)", [("date", "2026-11-17"), ("hours", "2"), ("purpose", "")])
                    .status == .seeOther)
            let changed = try #require(try await TimeEntry.find(entry.id, on: app.db))
            #expect(changed.minutes == 120 && changed.areaID == nil && CalendarDay.string(changed.date, in: app.config.timeZone) == "2026-11-17")
            try await manager.get("/working-time/entries/\(entry.id!.uuidString)")
            #expect(try await manager.post("/working-time/entries/\(entry.id!.uuidString)/delete", []).status == .seeOther)
            #expect(try await TimeEntry.find(entry.id, on: app.db) == nil)
        }
    }

    @Test("Bad hours, a future day, an unknown purpose and a locked year: refused or neutralised, what was typed kept")
    func badInput() async throws {
        try await withRoderApp { app, _ in
            let existing = try await TimeEntry.query(on: app.db).count()
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            try await manager.get("/working-time")
            let refused = try await manager.post(
                "/working-time/entries", [("date", "2026-12-24"), ("hours", "en timme"), ("note", "<b>Jul</b>")])
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(body.contains("Ange timmar från 0,25 till 16") && body.contains("Ange en dag som inte är i framtiden"))
            #expect(body.contains("value=\"en timme\"") && body.contains("&lt;b&gt;Jul&lt;/b&gt;") && !body.contains("<b>Jul</b>"))
            for hours in ["0", "-2", "17", "1e9", "nan", String(repeating: "9", count: 5_000)] {
                try await manager.get("/working-time")
                #expect(
                    try await manager.post("/working-time/entries", [("date", "2026-11-10"), ("hours", hours)]).status == .unprocessableEntity,
                    "\(hours.prefix(10))")
            }
            // Last year is locked once it has ended, as its measurements are.
            try await manager.get("/working-time")
            let locked = try await manager.post("/working-time/entries", [("date", "2025-06-10"), ("hours", "2")])
            #expect(locked.status == .unprocessableEntity && locked.body.string.contains("År 2025 är låst"))
            // An area of another organisation (or anything unknown) becomes the programme in general.
            let foreignArea = try #require(
                try await DevelopmentArea.query(on: app.db).filter(\.$organisation.$id != (try await Self.sjobacka(app)).organisationID).first())
            try await manager.get("/working-time")
            #expect(
                try await manager.post("/working-time/entries", [("date", "2026-11-10"), ("hours", "1:30"), ("purpose", "area:" + foreignArea.id!.uuidString)])
                    .status == .seeOther)
            let entry = try #require(try await TimeEntry.query(on: app.db).sort(\.$updatedAt, .descending).first())
            #expect(entry.areaID == nil && entry.goalID == nil && entry.minutes == 90 && entry.note.isEmpty)
            #expect(try await TimeEntry.query(on: app.db).count() == existing + 1)
        }
    }

    @Test("An entry of a year that has since been locked can no longer be changed; unlocking the year opens it again")
    func lockedEntries() async throws {
        try await withRoderApp { app, clock in
            let tenant = try await Self.sjobacka(app)
            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            try await manager.get("/working-time")
            #expect(try await manager.post("/working-time/entries", [("date", "2026-11-10"), ("hours", "3"), ("note", "Låses")]).status == .seeOther)
            let entry = try #require(try await TimeEntry.query(on: app.db).filter(\.$note == "Låses").first())
            clock.advance(by: 60 * 24 * 3600)
            let manager2026 = TestBrowser(app, acceptLanguage: "en")
            try await manager2026.signIn(Account.with(.manager))
            let page = try await manager2026.get("/working-time?year=2026").body.string
            #expect(page.contains("The year 2026 is locked") && !page.contains("/working-time/entries/\(entry.id!.uuidString)"))
            #expect(try await manager2026.get("/working-time/entries/\(entry.id!.uuidString)").status == .forbidden)
            let programme = try #require(try await StrategyQuery.programme(tenant))
            try await tenant.create(
                PeriodUnlock(organisationID: tenant.organisationID, programmeID: programme.id!, year: 2026, unlockedBy: "Test", unlockedAt: clock.now))
            #expect(try await manager2026.get("/working-time/entries/\(entry.id!.uuidString)").status == .ok)
        }
    }

    @Test("Event and coaching time is derived from attendance: the database's grouping matches a count done by hand")
    func derivedTime() async throws {
        try await withRoderApp { app, _ in
            let tenant = try await Self.sjobacka(app)
            let timeZone = app.config.timeZone
            let (start, end) = WorkingTimeQuery.yearBounds(2026, timeZone: timeZone)
            // The owner enters an event's preparation on its form.
            let event = try #require(
                try await tenant.query(EventRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).filter(\.$sharedEventID == nil).first())
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let form = try await owner.get("/events/\(event.id!.uuidString.lowercased())/edit").body.string
            #expect(form.contains("Preparation, hours"))
            let editForm = try #require(form.components(separatedBy: "action=\"/events/\(event.id!.uuidString.lowercased())/edit\"").dropFirst().first)
            var fields = Self.formFields(editForm.components(separatedBy: "</form>")[0])
            fields.removeAll { $0.0 == "preparation" || $0.0 == "_csrf" }
            let refused = try await owner.post("/events/\(event.id!.uuidString.lowercased())/edit", fields + [("preparation", "lots")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Give the preparation time in hours"))
            try await owner.get("/events/\(event.id!.uuidString.lowercased())/edit")
            let saved = try await owner.post("/events/\(event.id!.uuidString.lowercased())/edit", fields + [("preparation", "3,5")])
            #expect(saved.status == .seeOther, "\(saved.body.string.prefix(1500))")
            #expect(try await EventRecord.find(event.id, on: app.db)?.preparationMinutes == 210)

            // By hand: every event of the year with every participant loaded, every held session
            // with its attendees.
            var events = 0, preparation = 0, coaching = 0, logged = 0
            for record in try await tenant.query(EventRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).all() {
                let attended = try await tenant.query(EventParticipant.self).filter(\.$event.$id == record.id!).all().filter { $0.checkedInAt != nil }.count
                let minutes = Int(record.endsAt.timeIntervalSince(record.startsAt) / 60)
                events += min(minutes, 24 * 60) * attended
                preparation += record.preparationMinutes ?? 0
            }
            for session in try await tenant.query(CoachingSessionRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).all()
            where session.sessionStatus == .held {
                coaching += session.minutes * (try await tenant.query(CoachingSessionAttendee.self).filter(\.$session.$id == session.id!).count())
            }
            for entry in try await tenant.query(TimeEntry.self).all() where entry.date >= start && entry.date < end { logged += entry.minutes }
            #expect(events > 0 && coaching > 0 && preparation >= 210 && logged > 0)
            let summary = try await WorkingTimeQuery.summary(year: 2026, in: tenant, timeZone: timeZone)
            #expect(summary.bySource[.events] == events && summary.bySource[.coaching] == coaching && summary.bySource[.preparation] == preparation)
            #expect(summary.bySource[.logged] == logged)
            #expect(summary.totalMinutes == events + coaching + preparation + logged)
            // The event's own area carries its preparation.
            #expect((summary.byArea[event.areaID]?[.preparation] ?? 0) >= 210)

            // A manager's own list has the events they attended and their coaching sessions.
            let managerID = try await Self.personID(of: Account.with(.manager), app)
            let attendedByManager = try await tenant.query(EventParticipant.self).filter(\.$person.$id == managerID).filter(\.$checkedInAt != nil)
                .join(EventRecord.self, on: \EventParticipant.$event.$id == \EventRecord.$id)
                .filter(EventRecord.self, \.$startsAt >= start).filter(EventRecord.self, \.$startsAt < end).count()
            let mine = try await WorkingTimeQuery.personItems(
                managerID, year: 2026, in: tenant, timeZone: timeZone, localizer: Localizer(language: .english), purposeLabels: [:], entriesEditable: true)
            #expect(mine.filter { $0.source == .events }.count == attendedByManager)
        }
    }

    @Test("Logged time is summed by month in the town's time zone: entries at midnight on either side of a month's start fall in their own month")
    func monthBoundaries() async throws {
        try await withRoderApp { app, _ in
            let tenant = try await Self.sjobacka(app)
            let person = try await Self.personID(of: Account.with(.manager), app)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .helsinki
            func local(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
                calendar.date(from: DateComponents(year: 2031, month: month, day: day, hour: hour, minute: minute))!
            }
            // A year of the demo's with no other logged time, and four entries at month edges.
            let entries = [(local(1, 1, 0, 0), 10), (local(1, 31, 23, 59), 20), (local(2, 1, 0, 0), 40), (local(12, 31, 23, 59), 80)]
            for (date, minutes) in entries {
                try await TimeEntry(
                    organisationID: tenant.organisationID, personID: person, date: date, minutes: minutes, areaID: nil, goalID: nil, note: "", at: date
                ).create(on: app.db)
            }
            let logged = try await WorkingTimeQuery.records(year: 2031, in: tenant, timeZone: .helsinki).filter { $0.source == .logged }
            var byMonth: [Int: Int] = [:]
            for record in logged { byMonth[record.month, default: 0] += record.minutes }
            #expect(byMonth == [1: 30, 2: 40, 12: 80])
        }
    }

    @Test("Every role opens the page; a coach without a person of the organisation is told why there is nothing to log")
    func roles() async throws {
        try await withRoderApp { app, _ in
            for role in [Role.administrator, .programmeOwner, .manager, .viewer] {
                let browser = TestBrowser(app, acceptLanguage: "en")
                try await browser.signIn(Account.with(role))
                let page = try await browser.get("/working-time")
                #expect(page.status == .ok, "\(role)")
                #expect(page.body.string.contains("The programme's working time") == (role != .manager), "\(role)")
            }
            let coach = TestBrowser(app, acceptLanguage: "sv")
            try await coach.signIn(DemoCoaching.externalCoach)
            let page = try await coach.get("/working-time")
            #expect(page.status == .ok && page.body.string.contains("inte kopplat till en person"))
            try await coach.get("/working-time")
            #expect(try await coach.post("/working-time/entries", [("date", "2026-11-10"), ("hours", "2")]).status == .forbidden)
            #expect(try await coach.get("/working-time?year=abc").status == .ok)
            #expect(try await coach.get("/working-time?year=99999999999999999999").status == .ok)
        }
    }

    /// The named inputs of a form page with their values (text, selected options, ticked boxes).
    static func formFields(_ html: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        let inputs = html.components(separatedBy: "<input").dropFirst()
        for input in inputs {
            let tag = String(input.prefix { $0 != ">" })
            guard let name = attribute("name", in: tag) else { continue }
            let type = attribute("type", in: tag) ?? "text"
            if type == "checkbox" || type == "radio" { if !tag.contains(" checked") { continue } }
            if type == "submit" { continue }
            fields.append((name, (attribute("value", in: tag) ?? "").replacingOccurrences(of: "&amp;", with: "&")))
        }
        for select in html.components(separatedBy: "<select").dropFirst() {
            let tag = String(select.prefix { $0 != ">" })
            guard let name = attribute("name", in: tag) else { continue }
            let body = select.components(separatedBy: "</select>")[0]
            for option in body.components(separatedBy: "<option").dropFirst() where option.prefix { $0 != ">" }.contains("selected") {
                fields.append((name, attribute("value", in: String(option.prefix { $0 != ">" })) ?? ""))
            }
        }
        for textarea in html.components(separatedBy: "<textarea").dropFirst() {
            let tag = String(textarea.prefix { $0 != ">" })
            guard let name = attribute("name", in: tag) else { continue }
            let text = textarea.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            fields.append((name, String(text)))
        }
        return fields
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }
}
