import Fluent
import FluentSQLiteDriver
import Foundation
import RoderCore
import SQLKit
import Vapor

/// `DatabaseFeedbackStore.check`: whether a person may answer an event's feedback — they
/// attended and have not answered yet — and which questions their programme asks. Checked for
/// every answer, hundreds within a minute of a forum ending, so the checks that arrive
/// together are made together (a `Batcher` per event loop): one query per batch.
///
/// Every query matches the whole key, organisation included: a batch may hold several
/// organisations' answers, and none sees another's rows.
struct FeedbackGate: Sendable {
    typealias Key = FeedbackKey
    typealias Verdict = FeedbackEligibility

    private let batcher: EventLoopBatchers<Key, Verdict>

    init(group: any EventLoopGroup, lanes: ReadLanes) {
        batcher = EventLoopBatchers(group: group, executor: { lanes.lane(for: $0).executor }) { eventLoop, keys in
            try await Self.check(keys, from: lanes.lane(for: eventLoop))
        }
    }

    /// `eventLoop`: the request's.
    func check(_ key: Key, on eventLoop: any EventLoop) async throws -> Verdict {
        try await batcher.run(key, on: eventLoop)
    }

    /// One row of the batch's query: an attendance, a receipt or a programme.
    private struct Row {
        enum Kind: String {
            case attended, answered, programme

            init(text: String) throws {
                guard let kind = Self(rawValue: text) else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "kind: \(text)")) }
                self = kind
            }
        }
        let kind: Kind
        let organisationID: UUID
        /// Attendances and receipts.
        let eventID: UUID?, personID: UUID?
        /// Programmes.
        let startYear: Int?, questions: StoredQuestions?
    }

    static func check(_ keys: [Key], from lane: ReadLanes.Lane) async throws -> [Verdict] {
        switch lane {
        case .sqlite(let connection): try await connection.read { try await check(keys, on: .sqlite($0)) }
        case .database(let database): try await check(keys, on: database)
        }
    }

    static func check(_ keys: [Key], on database: any Database) async throws -> [Verdict] {
        if let sqlite = database as? any SQLiteDatabase { return try await check(keys, on: .sqlite(sqlite)) }
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        return try await check(keys, on: .sql(sql))
    }

    private enum Connection {
        case sqlite(any SQLiteDatabase)
        case sql(any SQLDatabase)
    }

    private static func check(_ keys: [Key], on connection: Connection) async throws -> [Verdict] {
        let organisations = Array(Set(keys.map(\.organisationID))), events = Array(Set(keys.map(\.eventID)))
        let people = Array(Set(keys.map(\.personID)))
        // Attendances and receipts of the batch's people at its events, and the programmes of
        // its organisations, in one query: every statement is a trip to a worker thread and
        // back to an event loop that a burst keeps busy.
        func query(literal: (String) -> Void, ids: ([UUID]) -> Void) {
            func keyed() {
                literal(" WHERE organisation_id IN ("); ids(organisations)
                literal(") AND event_id IN ("); ids(events)
                literal(") AND person_id IN ("); ids(people); literal(")")
            }
            // The programmes first: PostgreSQL types each column of a UNION pairwise from the
            // left, and a column of NULLs in both first parts would be text.
            literal("SELECT 'programme' AS kind, organisation_id, NULL AS event_id, NULL AS person_id, start_year, feedback_questions FROM \(Programme.schema)")
            literal(" WHERE organisation_id IN ("); ids(organisations); literal(")")
            literal(" UNION ALL SELECT 'attended', organisation_id, event_id, person_id, NULL, NULL FROM \(EventParticipant.schema)")
            keyed()
            literal(
                " AND checked_in_at IS NOT NULL UNION ALL SELECT 'answered', organisation_id, event_id, person_id, NULL, NULL FROM \(FeedbackReceipt.schema)")
            keyed()
        }
        let rows: [Row]
        // On SQLite read and bound directly, as `SessionLoader` does: through SQLKit each
        // identifier went through Codable, three per row and one per bound value.
        switch connection {
        case .sqlite(let sqlite):
            var text = "", binds: [SQLiteData] = []
            query(
                literal: { text += $0 },
                ids: { ids in
                    text += Array(repeating: "?", count: ids.count).joined(separator: ", ")
                    binds += ids.map { .text($0.uuidText) }
                })
            rows = try await sqlite.query(text, binds).map { row in
                func optional(_ column: String) -> SQLiteData? { row.column(column).flatMap { $0 == .null ? nil : $0 } }
                return Row(
                    kind: try Row.Kind(text: row.column("kind")?.string ?? ""), organisationID: try row.uuid("organisation_id"),
                    eventID: try optional("event_id").map { _ in try row.uuid("event_id") },
                    personID: try optional("person_id").map { _ in try row.uuid("person_id") },
                    startYear: optional("start_year").flatMap(Int.init(sqliteData:)),
                    questions: try optional("feedback_questions").map { try SQLiteDataDecoder().decode(StoredQuestions.self, from: $0) })
            }
        case .sql(let sql):
            var text = SQLQueryString("")
            query(literal: { text.appendLiteral($0) }, ids: { text.appendInterpolation(binds: $0) })
            rows = try await sql.raw(text).all().map { row in
                Row(
                    kind: try Row.Kind(text: row.decode(column: "kind", as: String.self)), organisationID: try row.uuid("organisation_id"),
                    eventID: try row.decode(column: "event_id", as: UUID?.self), personID: try row.decode(column: "person_id", as: UUID?.self),
                    startYear: try row.decode(column: "start_year", as: Int?.self),
                    questions: try row.decode(column: "feedback_questions", as: StoredQuestions?.self))
            }
        }

        var attended = Set<Key>(), answered = Set<Key>(), latest: [UUID: (year: Int, questions: [FeedbackQuestion]?)] = [:]
        for row in rows {
            switch row.kind {
            case .attended, .answered:
                guard let eventID = row.eventID, let personID = row.personID else { continue }
                let key = Key(organisationID: row.organisationID, eventID: eventID, personID: personID)
                if row.kind == .attended { attended.insert(key) } else { answered.insert(key) }
            case .programme:
                guard let year = row.startYear, year > latest[row.organisationID]?.year ?? .min else { continue }
                latest[row.organisationID] = (year, row.questions?.questions)
            }
        }
        return keys.map { key in
            Verdict(
                attended: attended.contains(key), answered: answered.contains(key),
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
