import Fluent
import FluentSQLiteDriver
import Foundation
import RoderCore
import SQLKit
import Vapor

/// Stores feedback answers in groups (a `Batcher`): everything that arrives while one group
/// is being written goes into the next, in one transaction of two statements: the "has
/// answered" receipts (a receipt that already exists is skipped, not an error) and the answers
/// of those whose receipt went in. After a seminar hundreds of people may press "Send" within
/// a second; this turns hundreds of commits that queue for SQLite's single writer into a handful.
///
/// An answer is never stored without its receipt or the other way round (one transaction),
/// and a person's second answer is refused whether it arrives in the same group or later
/// (the unique receipt). Nothing here keeps who sent what once the group is written.
///
/// The sessions' touches (`touch`) go through the same line, in the same transactions: after
/// a seminar every answer's session is due for its once-a-minute touch, and two writers meet
/// at SQLite's write lock, where SQLiteNIO retries at once, again and again, burning a core.
struct FeedbackWriter: Sendable {
    struct Submission: Sendable {
        let organisationID: UUID
        let eventID: UUID
        let personID: UUID
        /// "2026-11-29": answers keep the day only.
        let day: String
        let answer: FeedbackAnswer
    }

    enum Outcome: Sendable, Equatable {
        case stored
        case alreadyAnswered
    }

    /// That a session was in use at a moment, for its idle timeout.
    struct Touch: Sendable, Equatable {
        let sessionID: UUID
        let at: Date
    }

    /// What the line writes: an answer (with its session's touch when one is due), or a touch.
    enum Job: Sendable {
        case answer(Submission, touch: Touch?)
        case touch(Touch)
    }

    private let batcher: Batcher<Job, Outcome?>

    /// One writer for all event loops, unlike the readers: SQLite takes one write at a time.
    /// Its batches may be large (1,000 answers, 6,000 bound values: SQLite allows 32,766,
    /// PostgreSQL 65,535): the writer is the one line every answer of a burst passes through,
    /// and each transaction more in it is a few milliseconds more for the last in line.
    init(group: any EventLoopGroup, database: @escaping @Sendable (any EventLoop) -> any Database) {
        batcher = Batcher(largestBatch: 1_000) { jobs in try await Self.write(jobs, on: database(group.any())) }
    }

    /// `touch`: the session's, when one is due, written in the same transaction (one trip
    /// through the line instead of two). `eventLoop`: the request's, where it carries on.
    func submit(_ submission: Submission, touching touch: Touch? = nil, on eventLoop: any EventLoop) async throws -> Outcome {
        guard let outcome = try await batcher.run(.answer(submission, touch: touch), resumingOn: eventLoop) else {
            throw BatcherError.outputCountMismatch(expected: 1, got: 0)
        }
        return outcome
    }

    /// Notes that a session was in use (`SessionMiddleware` asks at most once a minute per session).
    func touch(_ touch: Touch, on eventLoop: any EventLoop) async throws {
        _ = try await batcher.run(.touch(touch), resumingOn: eventLoop)
    }

    /// Writes one group of jobs in one transaction; for each answer whether it was stored,
    /// nil for each touch.
    static func write(_ jobs: [Job], on database: any Database) async throws -> [Outcome?] {
        var touches: [Touch] = [], submissions: [Submission] = [], answerIndex: [Int: Int] = [:]
        for (index, job) in jobs.enumerated() {
            switch job {
            case .touch(let touch): touches.append(touch)
            case .answer(let submission, let touch):
                answerIndex[index] = submissions.count
                submissions.append(submission)
                if let touch { touches.append(touch) }
            }
        }
        let sessions = Array(Set(touches.map(\.sessionID))), latest = touches.map(\.at).max(), answers = submissions
        let outcomes = try await database.transaction { transaction in
            // One statement for the touches, with their latest moment: they are milliseconds
            // apart, and the idle timeout counts in hours.
            if let latest {
                guard let sql = transaction as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
                try await sql.update(UserSession.schema).set("last_seen_at", to: SQLBind(latest)).where("id", .in, SQLBind.group(sessions)).run()
            }
            return answers.isEmpty ? [] : try await writeAnswers(answers, on: transaction)
        }
        return jobs.indices.map { answerIndex[$0].map { outcomes[$0] } }
    }

    private struct Key: Hashable { let eventID: UUID, personID: UUID }

    /// Writes a group of answers, inside the caller's transaction, and says in the group's
    /// order which were stored.
    private static func writeAnswers(_ submissions: [Submission], on transaction: any Database) async throws -> [Outcome] {
        func key(_ index: Int) -> Key { Key(eventID: submissions[index].eventID, personID: submissions[index].personID) }
        // The same person twice in one group (a double tap): only the first counts.
        var seen = Set<Key>()
        let candidates = submissions.indices.filter { seen.insert(key($0)).inserted }
        let receipted = try await insertReceipts(candidates.map { submissions[$0] }, on: transaction)
        let stored = candidates.filter { receipted.contains(key($0)) }
        // Shuffled, so not even the order within the statement follows the order of arrival.
        if !stored.isEmpty { try await insertAnswers(stored.shuffled().map { submissions[$0] }, on: transaction) }
        let storedIndices = Set(stored)
        return submissions.indices.map { storedIndices.contains($0) ? .stored : .alreadyAnswered }
    }

    // Both statements are plain SQL: Fluent's model insert reflects over the model per row.
    // On SQLite the values are written out here rather than by SQLKit's encoder, which takes
    // each of the ten values per answer through Codable — in the one line every answer of a
    // burst passes through. Elsewhere (PostgreSQL) SQLKit binds them.

    /// The "has answered" receipts, skipping any that exist already; the keys that went in.
    private static func insertReceipts(_ submissions: [Submission], on database: any Database) async throws -> Set<Key> {
        let conflict = " ON CONFLICT (event_id, person_id) DO NOTHING RETURNING event_id, person_id"
        if let sqlite = database as? any SQLiteDatabase {
            let rows = try await sqlite.query(
                "INSERT INTO \(FeedbackReceipt.schema) (id, organisation_id, event_id, person_id) VALUES "
                    + placeholders(rows: submissions.count, columns: 4) + conflict,
                submissions.flatMap { [.text(UUID.random().uuidText), .text($0.organisationID.uuidText), .text($0.eventID.uuidText), .text($0.personID.uuidText)] })
            return Set(try rows.map { Key(eventID: try $0.uuid("event_id"), personID: try $0.uuid("person_id")) })
        }
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let insert = sql.insert(into: FeedbackReceipt.schema).columns("id", "organisation_id", "event_id", "person_id")
        for submission in submissions {
            insert.values(SQLBind(UUID.random()), SQLBind(submission.organisationID), SQLBind(submission.eventID), SQLBind(submission.personID))
        }
        return Set(try await insert.ignoringConflicts(with: ["event_id", "person_id"]).returning("event_id", "person_id").all().map {
            Key(eventID: try $0.uuid("event_id"), personID: try $0.uuid("person_id"))
        })
    }

    /// The answers, without the person.
    private static func insertAnswers(_ submissions: [Submission], on database: any Database) async throws {
        if let sqlite = database as? any SQLiteDatabase {
            _ = try await sqlite.query(
                "INSERT INTO \(FeedbackAnswerRecord.schema) (id, organisation_id, event_id, answered_on, scores, comment) VALUES "
                    + placeholders(rows: submissions.count, columns: 6),
                submissions.flatMap { submission -> [SQLiteData] in
                    [.text(UUID.random().uuidText), .text(submission.organisationID.uuidText), .text(submission.eventID.uuidText), .text(submission.day),
                     .text(scoresJSON(submission.answer.scores)), submission.answer.comment.map { .text($0) } ?? .null]
                })
            return
        }
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let answers = sql.insert(into: FeedbackAnswerRecord.schema).columns("id", "organisation_id", "event_id", "answered_on", "scores", "comment")
        for submission in submissions {
            answers.values(SQLBind(UUID.random()), SQLBind(submission.organisationID), SQLBind(submission.eventID), SQLBind(submission.day),
                           SQLBind(submission.answer.scores), SQLBind(submission.answer.comment))
        }
        try await answers.run()
    }

    /// "(?, ?), (?, ?)" for `rows` rows of `columns` values.
    private static func placeholders(rows: Int, columns: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// The scores as the JSON object SQLKit would have stored: {"importance":5,"relevance":4}.
    static func scoresJSON(_ scores: [String: Int]) -> String {
        "{" + scores.sorted { $0.key < $1.key }.map { "\"" + jsonEscaped($0.key) + "\":" + String($0.value) }.joined(separator: ",") + "}"
    }

    private static func jsonEscaped(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20: escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

extension Application {
    private struct FeedbackWriterKey: StorageKey { typealias Value = FeedbackWriter }

    /// Set up by `configure`, before the server takes requests.
    var feedbackWriter: FeedbackWriter {
        get {
            guard let writer = storage[FeedbackWriterKey.self] else { fatalError("configure(_:with:) has not run") }
            return writer
        }
        set { storage[FeedbackWriterKey.self] = newValue }
    }
}
