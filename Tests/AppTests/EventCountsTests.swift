import Fluent
import Foundation
import RoderCore
import SQLKit
import Testing
import VaporTesting

@testable import App

/// Each event keeps its invitations, check-ins and answers counted (`AddEventCounts`): the
/// database's triggers must follow every way those rows are written, or a page would show a
/// count its rows do not have.
@Suite("Each event's stored counts", .serialized)
struct EventCountsTests {
    /// Every event whose stored counts differ from its rows, described.
    static func mismatches(_ app: Application) async throws -> [String] {
        let sql = try #require(app.db as? any SQLDatabase)
        let rows = try await sql.resultRows(
            """
            SELECT e.id, e.invited_count, e.checked_in_count, e.answer_count,
              (SELECT COUNT(*) FROM event_participants p WHERE p.event_id = e.id) AS invited,
              (SELECT COUNT(*) FROM event_participants p WHERE p.event_id = e.id AND p.checked_in_at IS NOT NULL) AS attended,
              (SELECT COUNT(*) FROM feedback_answers a WHERE a.event_id = e.id) AS answers
            FROM events e
            """)
        return try rows.compactMap { row in
            let stored = [
                try row.decode(column: "invited_count", as: Int.self), try row.decode(column: "checked_in_count", as: Int.self),
                try row.decode(column: "answer_count", as: Int.self),
            ]
            let counted = [
                try row.decode(column: "invited", as: Int.self), try row.decode(column: "attended", as: Int.self),
                try row.decode(column: "answers", as: Int.self),
            ]
            return stored == counted ? nil : "\(try row.uuid("id")): stored \(stored), rows \(counted)"
        }
    }

    static func storedCounts(_ app: Application, event: UUID) async throws -> [Int] {
        let sql = try #require(app.db as? any SQLDatabase)
        let row = try #require(
            try await sql.resultRows("SELECT invited_count, checked_in_count, answer_count FROM events WHERE id = \(bind: event)").first)
        return [
            try row.decode(column: "invited_count", as: Int.self), try row.decode(column: "checked_in_count", as: Int.self),
            try row.decode(column: "answer_count", as: Int.self),
        ]
    }

    @Test("Invitations, registration, check-in, answers one by one and in waves, and deletions all keep the counts")
    func countsFollowEveryWrite() async throws {
        try await withRoderApp { app, clock in
            // The demo's seed is counted; taken away and added again, as on an installation that
            // had events before the counts, the counts come from the rows.
            #expect(try await Self.mismatches(app) == [])
            // On one connection, as the migrator runs them: another pooled SQLite connection may
            // still parse DDL against the schema it cached before the columns were dropped.
            try await app.db.withConnection { connection in
                let sql = try #require(connection as? any SQLDatabase)
                func columns() async throws -> Set<String> {
                    Set(try await sql.resultRows("SELECT * FROM events LIMIT 1").first.map { row in AddEventCounts.columns.filter(row.contains) } ?? [])
                }
                try await AddEventCounts().revert(on: connection)
                #expect(try await columns().isEmpty, "reverted")
                try await AddEventCounts().prepare(on: connection)
                #expect(try await columns() == Set(AddEventCounts.columns))
            }
            #expect(try await Self.mismatches(app) == [])
            let sql = try #require(app.db as? any SQLDatabase)
            let answered = try await sql.resultRows("SELECT COUNT(*) AS events FROM events WHERE answer_count > 0 AND checked_in_count > 0")
            #expect(try answered.first?.decode(column: "events", as: Int.self) ?? 0 > 0, "the demo has events with answers")

            // A new seminar with its invitations, a check-in and an answer through the pages.
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            let eventID = try event.requireID()
            let invited = try await EventParticipant.query(on: app.db).filter(\.$event.$id == eventID).count()
            #expect(try await Self.storedCounts(app, event: eventID) == [invited, 0, 0])
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(path)
            #expect(try await manager.post(path + "/check-in", [("code", event.checkInCode)]).status == .seeOther)
            #expect(try await EventTests.answer(manager, path: path).status == .seeOther)
            #expect(try await Self.storedCounts(app, event: eventID) == [invited, 1, 1])

            // A wave of answers through the writer that groups them (one statement for many rows).
            let people = try await EventParticipant.query(on: app.db).filter(\.$event.$id == eventID).all()
            for participant in people where participant.checkedInAt == nil {
                participant.checkedInAt = clock.now
                try await participant.save(on: app.db)
            }
            let answer = FeedbackAnswer(scores: ["relevance": 4, "importance": 5, "suitability": 3, "worth_time": 4], comment: nil)
            try await withThrowingTaskGroup(of: FeedbackWriter.Outcome.self) { group in
                for participant in people {
                    let key = FeedbackKey(organisationID: event.$organisation.id, eventID: eventID, personID: participant.$person.id)
                    group.addTask { try await app.feedbackWriter.submit(.init(key: key, day: "2026-11-18", answer: answer)) }
                }
                for try await _ in group {}
            }
            #expect(try await Self.storedCounts(app, event: eventID) == [invited, invited, invited])

            // A check-in taken back, an invitation and an answer removed.
            let first = try #require(people.first)
            first.checkedInAt = nil
            try await first.save(on: app.db)
            try await people[1].delete(on: app.db)
            try await sql.raw("DELETE FROM feedback_answers WHERE id IN (SELECT id FROM feedback_answers WHERE event_id = \(bind: eventID) LIMIT 1)")
                .run()
            #expect(try await Self.storedCounts(app, event: eventID) == [invited - 1, invited - 2, invited - 1])
            #expect(try await Self.mismatches(app) == [])

            // The events list shows what the event keeps.
            let list = try await manager.get("/events").body.string
            #expect(list.contains("\(invited - 2) / \(invited - 1)"), "attended / invited")
        }
    }
}
