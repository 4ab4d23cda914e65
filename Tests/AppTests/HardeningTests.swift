import Fluent
import Foundation
import RoderCore
import SQLKit
import Testing
import VaporTesting

@testable import App

/// Numbers from requests are total: an extreme value gets a clear answer, never a trap that
/// would stop the server for every organisation. `Tests/Browser/fuzz.py` walks every route
/// with such values; these pin the cases it found.
@Suite("Extreme input", .serialized)
struct ExtremeInputTests {
    @Test(
        "The audit log's page number is clamped: Int.max, negative and junk pages answer and the server lives on",
        arguments: ["9223372036854775807", "-9223372036854775808", "-1", "0", "1e309", "NaN", "99999999999999999999"])
    func auditPage(_ page: String) async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let response = try await owner.get("/audit?page=\(page)")
            #expect(response.status == .ok)
            #expect(response.body.string.contains("Audit log") || response.body.string.contains("audit"))
            #expect(try await owner.get("/audit").status == .ok)
        }
    }

    @Test(
        "An event's places outside 1…100,000 come back with a localised message and the form as typed",
        arguments: ["0", "-3", "100001", "9223372036854775807", "1e309", "ten"])
    func eventCapacity(_ places: String) async throws {
        try await withRoderApp { app, clock in
            let owner = TestBrowser(app, acceptLanguage: "fi")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(SiteRoute.newEvent.path)
            let day = EventController.day(clock.now.addingTimeInterval(3 * 24 * 3600), .helsinki)
            let refused = try await owner.post(
                SiteRoute.newEvent.path,
                [
                    ("kind", "seminar"), ("title-sv", "Seminarium om gränser"), ("date", day), ("start", "13:00"), ("end", "15:00"), ("capacity", places),
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Paikkojen määrä on kokonaisluku väliltä 1–100 000"))
            #expect(refused.body.string.contains("Seminarium om gränser"))
            #expect(try await EventRecord.query(on: app.db).all().allSatisfy { $0.title[.swedish] != "Seminarium om gränser" })
        }
    }

    @Test(
        "A day far outside the calendar is refused, not turned into a date that breaks arithmetic later",
        arguments: ["99999-01-01", "0000-01-01", "2026-13-40", "2026-02-30", "１２３４-01-01"])
    func eventDay(_ day: String) async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(SiteRoute.newEvent.path)
            let refused = try await owner.post(
                SiteRoute.newEvent.path,
                [
                    ("kind", "seminar"), ("title-sv", "Seminarium i fel år"), ("date", day), ("start", "13:00"), ("end", "15:00"),
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await EventRecord.query(on: app.db).all().allSatisfy { $0.title[.swedish] != "Seminarium i fel år" })
        }
    }

    @Test(
        "A measurement too large for any indicator, or not finite, is refused and nothing is stored",
        arguments: ["1e309", "-1e309", "1e300", "NaN", "inf", "9999999999999999"])
    func measurementValue(_ value: String) async throws {
        try await withRoderApp { app, _ in
            let indicator = try #require(try await Indicator.query(on: app.db).first())
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.programmeOwner))
            try await manager.get("/strategy")
            let before = try await MeasurementRecord.query(on: app.db).count()
            let refused = try await manager.post(
                "/strategy/indicators/\(indicator.id!.uuidString.lowercased())/measurements",
                [("date", "2026-06-01"), ("value", value)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Ange ett datum och ett tal"))
            #expect(try await MeasurementRecord.query(on: app.db).count() == before)
            #expect(try await manager.get("/strategy").status == .ok)
        }
    }
}

@Suite("Who sees what", .serialized)
struct ExposureTests {
    @Test(
        "Every spreadsheet export is kept out of caches and names no formula",
        arguments: [
            SiteRoute.export(.exportManagers, .csv), .organisationImportDemoFile, .export(.exportMeasurements, .csv), .export(.exportFeedback, .csv),
        ])
    func exportsAreNotCached(_ route: SiteRoute) async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let response = try await owner.get(route.path)
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "csv")
            #expect(response.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test("A formula typed into a measurement's comment comes out of the export as text")
    func formulaInExport() async throws {
        try await withRoderApp { app, _ in
            let indicator = try #require(try await Indicator.query(on: app.db).first())
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get("/strategy")
            let saved = try await owner.post(
                SiteRoute.indicatorMeasurements(indicator.id!).path,
                [("date", "2026-06-01"), ("value", "-3,5"), ("comment", "=HYPERLINK(\"https://evil.example\")")])
            #expect(saved.status == .seeOther)
            let csv = try await owner.get(SiteRoute.export(.exportMeasurements, .csv).path).body.string
            #expect(csv.contains(";2026-06-01;-3,5;\"'=HYPERLINK(\"\"https://evil.example\"\")\""))
            #expect(!csv.contains(";=HYPERLINK"))
        }
    }

    @Test("An external coach reads the feedback of the events they lead, and nothing of the rest of the programme")
    func coachSeesOwnEventsOnly() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            for email in EventTests.managers {
                let browser = try await EventTests.attendee(app, email: email, event: event, path: path)
                #expect(try await EventTests.answer(browser, path: path, comment: "Tydligt och bra").status == .seeOther)
            }
            let coach = TestBrowser(app, acceptLanguage: "en")
            try await coach.signIn(Account.with(.coach))
            // Not leading it: the event's results, the overview and the half-year summary are closed.
            #expect(try await coach.get(path + "/results").status == .notFound)
            #expect(!(try await coach.get(path).body.string.contains(path + "/results")))
            #expect(try await coach.get(SiteRoute.area(.feedback).path).status == .forbidden)
            #expect(try await coach.get(SiteRoute.feedbackSummary(HalfYear(year: 2026, half: 2)).path).status == .forbidden)

            // The owner names the coach as leading the event; the form lists the organisation's coaches.
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let coachUser = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.coach).email).first())
            let form = try await owner.get(SiteRoute.editEvent(event.id!).path).body.string
            #expect(form.contains(#"name="coach[]""#) && form.contains(coachUser.name))
            let saved = try await owner.post(
                SiteRoute.editEvent(event.id!).path,
                [
                    ("kind", "seminar"), ("title-sv", event.title[.swedish] ?? ""), ("date", EventController.day(event.startsAt, .helsinki)),
                    ("start", EventController.time(event.startsAt, .helsinki)), ("end", EventController.time(event.endsAt, .helsinki)),
                    ("coach[]", coachUser.id!.uuidString.lowercased()), ("coach[]", UUID().uuidString),
                ])
            #expect(saved.status == .seeOther)
            #expect(try await EventRecord.find(event.id, on: app.db)?.coachUserIDs == [coachUser.id!])
            let results = try await coach.get(path + "/results")
            #expect(results.status == .ok && results.body.string.contains("Tydligt och bra"))
            #expect(try await coach.get(path).body.string.contains(path + "/results"))
            // Still nothing of the programme as a whole.
            #expect(try await coach.get(SiteRoute.area(.feedback).path).status == .forbidden)
        }
    }

    @Test("After the event a host marks someone present only with a reason, and the audit log keeps it")
    func lateCheckInNeedsReason() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            let person = try #require(
                try await EventParticipant.query(on: app.db).filter(\.$event.$id == event.id!).filter(\.$checkedInAt == nil).with(\.$person).first())
            clock.advance(by: 3 * 3600)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get(path).body.string
            #expect(page.contains("Varför i efterhand?") && page.contains(#"name="reason""#))
            let refused = try await owner.post(path + "/attendance", [("person", person.$person.id.uuidString.lowercased()), ("reason", "  ")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Ange varför personen markeras närvarande i efterhand."))
            #expect(try await EventParticipant.find(person.id, on: app.db)?.checkedInAt == nil)
            let marked = try await owner.post(
                path + "/attendance", [("person", person.$person.id.uuidString.lowercased()), ("reason", "Skrev in sig på papperslistan")])
            #expect(marked.status == .seeOther)
            #expect(try await EventParticipant.find(person.id, on: app.db)?.checkedInAt != nil)
            let audit = try #require(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.lateCheckIn.rawValue).first())
            #expect(audit.subject == person.person.name && audit.after == "Skrev in sig på papperslistan")
            #expect(try await owner.get("/audit").body.string.contains("närvarande efter evenemanget: Skrev in sig på papperslistan"))
        }
    }

    @Test("An event's results change only in steps of k answers: watching the page around one answer shows nothing of it")
    func resultsInStepsOfK() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)  // k = 3
            func add(_ score: Int, count: Int) async throws {
                for _ in 0..<count {
                    try await FeedbackAnswerRecord(
                        organisationID: event.$organisation.id, eventID: event.id!, answeredOn: "2026-11-20",
                        answer: FeedbackAnswer(
                            scores: ["relevance": score, "importance": score, "suitability": score, "worth_time": score],
                            comment: nil)
                    ).create(on: app.db)
                }
            }
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            func mean() async throws -> String? {
                let page = try await owner.get(path + "/results").body.string
                return page.range(of: #"<strong>[0-9.,]+</strong>"#, options: .regularExpression).map { String(page[$0]) }
            }
            try await add(5, count: 3)
            #expect(try await mean() == "<strong>5.0</strong>")
            // One more, very different: the results do not move, only the count.
            try await add(1, count: 1)
            #expect(try await mean() == "<strong>5.0</strong>")
            #expect(try await owner.get(path + "/results").body.string.contains(">4<"))
            try await add(1, count: 1)
            #expect(try await mean() == "<strong>5.0</strong>")
            // The third since the last release: all six show.
            try await add(1, count: 1)
            #expect(try await mean() == "<strong>3.0</strong>")
            #expect(try await FeedbackRelease.query(on: app.db).filter(\.$event.$id == event.id!).count() == 2)
        }
    }

    @Test("The feedback overview reads each release's totals, moves in steps of k like the event's page, and fills in totals a release lacks")
    func overviewFromReleaseTotals() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)  // k = 3
            let tenant = TenantDatabase(organisationID: event.$organisation.id, database: app.db)
            func add(_ score: Int, count: Int) async throws {
                for _ in 0..<count {
                    try await FeedbackAnswerRecord(
                        organisationID: event.$organisation.id, eventID: event.id!, answeredOn: "2026-11-20",
                        answer: FeedbackAnswer(scores: ["relevance": score, "importance": score, "suitability": score, "worth_time": score], comment: nil)
                    ).create(on: app.db)
                }
            }
            func held() async throws -> ReleasedFeedback.HeldEvent {
                try #require(
                    try await ReleasedFeedback.heldEvents(tenant, endedBefore: clock.now, threshold: try AnonymityThreshold(3)).first { $0.id == event.id })
            }
            clock.advance(by: 3 * 3600)
            try await add(5, count: 3)
            // The first read makes the release, with its totals.
            #expect(
                try await held().totals
                    == ScoreTotals(
                        answers: 3,
                        byQuestion: [
                            "relevance": .init(sum: 15, answered: 3), "importance": .init(sum: 15, answered: 3), "suitability": .init(sum: 15, answered: 3),
                            "worth_time": .init(sum: 15, answered: 3),
                        ]))
            let release = try #require(try await FeedbackRelease.query(on: app.db).filter(\.$event.$id == event.id!).first())
            #expect(release.scoreTotals?.answers == 3)
            // Read again, settled: from the release's row alone.
            #expect(try await held().totals == release.scoreTotals)
            // One more answer: counted, not in the totals, as on the event's own page.
            try await add(1, count: 1)
            var now = try await held()
            #expect(now.stored == 4 && now.totals.answers == 3 && now.totals.byQuestion["relevance"]?.sum == 15)
            // A release made before totals were kept gets them from its own answers.
            release.scoreTotals = nil
            try await release.save(on: app.db)
            #expect(try await held().totals.byQuestion["relevance"] == .init(sum: 15, answered: 3))
            #expect(try await FeedbackRelease.find(release.id, on: app.db)?.scoreTotals?.answers == 3)
            // Two more: k since the release, so all six show, on the overview as on the page.
            try await add(1, count: 2)
            now = try await held()
            #expect(now.stored == 6 && now.totals.answers == 6 && now.totals.byQuestion["relevance"]?.sum == 18)
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            #expect(try await owner.get(path + "/results").body.string.contains("<strong>3.0</strong>"))
            #expect(try await owner.get("/feedback").status == .ok)
        }
    }

    @Test("On SQLite every connection Fluent reads and writes through syncs each commit to disk and keeps a large page cache")
    func sqliteConnectionSettings() async throws {
        try await withRoderApp { app, _ in
            if case .postgres = app.config.database { return }
            for eventLoop in app.eventLoopGroup.makeIterator() {
                let sql = try #require(app.databases.database(logger: app.logger, on: eventLoop) as? any SQLDatabase)
                // 2 is FULL: an acknowledged write survives a power cut.
                #expect(try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self) == 2)
                #expect(try await sql.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self) == -32_768)
            }
        }
    }

    @Test("On SQLite the write-ahead log holds nothing of an answer once it is acknowledged: no before-and-after pages to diff against the receipt")
    func noAnswerLeftInTheLog() async throws {
        try await withRoderApp { app, clock in
            guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }  // PostgreSQL: see the test below
            let file = try #require(try await sql.raw("PRAGMA database_list").all().first { try $0.decode(column: "name", as: String.self) == "main" })
            let log = try file.decode(column: "file", as: String.self) + "-wal"
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            for (number, email) in EventTests.managers.enumerated() {
                let browser = try await EventTests.attendee(app, email: email, event: event, path: path)
                let marker = "a lone answer, number \(number), in the log?"
                #expect(try await EventTests.answer(browser, path: path, comment: marker).status == .seeOther)
                // Read at once, as someone copying the files would: the answer is not there.
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data()
                #expect(bytes.range(of: Data(marker.utf8)) == nil)
            }
            // The answers themselves are stored, in the database file.
            #expect(try await FeedbackAnswerRecord.query(on: app.db).filter(\.$event.$id == event.id!).count() == 3)
        }
    }

    @Test("On PostgreSQL no receipt shares its transaction id with one answer: each write gives all the event's answers its own")
    func noSharedTransactionID() async throws {
        try await withRoderApp { app, clock in
            guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }  // SQLite keeps no such id
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            for email in EventTests.managers {
                let browser = try await EventTests.attendee(app, email: email, event: event, path: path)
                #expect(try await EventTests.answer(browser, path: path, comment: "").status == .seeOther)
            }
            let receipts = try await sql.raw("SELECT xmin::text AS x FROM feedback_receipts WHERE event_id = \(bind: event.id!)").all()
                .map { try $0.decode(column: "x", as: String.self) }
            let answers = Set(
                try await sql.raw("SELECT xmin::text AS x FROM feedback_answers WHERE event_id = \(bind: event.id!)").all()
                    .map { try $0.decode(column: "x", as: String.self) })
            #expect(receipts.count == 3)
            // All three answers carry one id, the last write's; the earlier receipts match none.
            #expect(answers.count == 1)
            #expect(Set(receipts).subtracting(answers).count == 2)
        }
    }
}
