import Fluent
import FluentSQLiteDriver
import Foundation
import RoderCore
import SQLKit
import Vapor

/// Whether a person may answer an event's feedback — they attended and have not answered
/// yet — and which questions their programme asks. Checked for every answer, hundreds within
/// a minute of a forum ending, so the checks that arrive together are made together (a
/// `Batcher`): three queries per batch, whatever its size.
///
/// Every query matches the whole key, organisation included: a batch may hold several
/// organisations' answers, and none sees another's rows.
struct FeedbackGate: Sendable {
    struct Key: Hashable, Sendable {
        let organisationID: UUID
        let eventID: UUID
        let personID: UUID
    }

    struct Verdict: Sendable, Equatable {
        let attended: Bool
        let answered: Bool
        /// The questions of the organisation's programme (the latest by start year, as
        /// `StrategyQuery.programme` picks it); the standard set when it has none of its own.
        let questions: [FeedbackQuestion]
    }

    private let batcher: EventLoopBatchers<Key, Verdict>

    init(group: any EventLoopGroup, database: @escaping @Sendable (any EventLoop) -> any Database) {
        batcher = EventLoopBatchers(group: group) { eventLoop, keys in try await Self.check(keys, on: database(eventLoop)) }
    }

    /// `eventLoop`: the request's.
    func check(_ key: Key, on eventLoop: any EventLoop) async throws -> Verdict {
        try await batcher.run(key, on: eventLoop)
    }

    static func check(_ keys: [Key], on database: any Database) async throws -> [Verdict] {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let organisations = Array(Set(keys.map(\.organisationID))), events = Array(Set(keys.map(\.eventID)))
        let people = Array(Set(keys.map(\.personID)))
        func present(in table: String, where condition: String) async throws -> Set<Key> {
            // On SQLite read and bound directly, as `SessionLoader` does: through SQLKit each
            // identifier went through Codable, three per row and one per bound value.
            if let sqlite = database as? any SQLiteDatabase {
                func list(_ ids: [UUID]) -> String { Array(repeating: "?", count: ids.count).joined(separator: ", ") }
                let rows = try await sqlite.query(
                    "SELECT organisation_id, event_id, person_id FROM \(table) WHERE organisation_id IN (\(list(organisations))) "
                        + "AND event_id IN (\(list(events))) AND person_id IN (\(list(people))) \(condition)",
                    (organisations + events + people).map { .text($0.uuidText) })
                return Set(try rows.map {
                    Key(organisationID: try $0.uuid("organisation_id"), eventID: try $0.uuid("event_id"), personID: try $0.uuid("person_id"))
                })
            }
            let rows = try await sql.raw("""
                SELECT organisation_id, event_id, person_id FROM \(ident: table)
                WHERE organisation_id IN (\(binds: organisations)) AND event_id IN (\(binds: events))
                  AND person_id IN (\(binds: people)) \(unsafeRaw: condition)
                """).all()
            return Set(try rows.map {
                Key(organisationID: try $0.uuid("organisation_id"), eventID: try $0.uuid("event_id"),
                    personID: try $0.uuid("person_id"))
            })
        }
        let attended = try await present(in: EventParticipant.schema, where: "AND checked_in_at IS NOT NULL")
        let answered = try await present(in: FeedbackReceipt.schema, where: "")
        var latest: [UUID: (year: Int, questions: [FeedbackQuestion]?)] = [:]
        for row in try await sql.raw("""
            SELECT organisation_id, start_year, feedback_questions FROM programmes WHERE organisation_id IN (\(binds: organisations))
            """).all() {
            let organisationID = try row.uuid("organisation_id"), year = try row.decode(column: "start_year", as: Int.self)
            guard year > latest[organisationID]?.year ?? .min else { continue }
            latest[organisationID] = (year, try row.decode(column: "feedback_questions", as: StoredQuestions?.self)?.questions)
        }
        return keys.map { key in
            Verdict(attended: attended.contains(key), answered: answered.contains(key),
                    questions: latest[key.organisationID]?.questions ?? QuestionSet.standard)
        }
    }
}

extension Application {
    private struct FeedbackGateKey: StorageKey { typealias Value = FeedbackGate }

    /// Set up by `configure`, before the server takes requests.
    var feedbackGate: FeedbackGate {
        get {
            guard let gate = storage[FeedbackGateKey.self] else { fatalError("configure(_:with:) has not run") }
            return gate
        }
        set { storage[FeedbackGateKey.self] = newValue }
    }
}
