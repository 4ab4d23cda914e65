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
/// The sessions' touches (`touch`, from `SessionTouches`) go through the same line: two writers
/// meet at SQLite's write lock, where SQLiteNIO retries at once, again and again, burning a core.
struct FeedbackWriter: Sendable {
    struct Submission: Sendable {
        let key: FeedbackKey
        /// "2026-11-29": answers keep the day only.
        let day: String
        let answer: FeedbackAnswer
        /// The receipt's and the answer's random identifiers and the scores as JSON, made with
        /// the submission in the request's task, not in the line every answer passes through.
        let receiptID: UUID, answerID: UUID
        let scoresJSON: String

        init(key: FeedbackKey, day: String, answer: FeedbackAnswer) {
            self.key = key
            self.day = day
            self.answer = answer
            receiptID = .random()
            answerID = .random()
            scoresJSON = FeedbackWriter.scoresJSON(answer.scores)
        }

        var organisationID: UUID { key.organisationID }
        var eventID: UUID { key.eventID }
        var personID: UUID { key.personID }
    }

    typealias Outcome = FeedbackSubmissionOutcome

    /// That sessions were in use, by a moment, for their idle timeout.
    struct Touch: Sendable, Equatable {
        let sessionIDs: [UUID]
        let at: Date

        init(sessionIDs: [UUID], at moment: Date) {
            self.sessionIDs = sessionIDs
            at = moment
        }

        init(sessionID: UUID, at moment: Date) {
            self.init(sessionIDs: [sessionID], at: moment)
        }
    }

    /// What the line writes: an answer, or sessions' touches.
    enum Job: Sendable {
        case answer(Submission)
        case touch(Touch)
    }

    /// Where the groups are written.
    enum Destination: Sendable {
        /// SQLite: the writer's own connection, on a thread of its own (`DedicatedSQLiteConnection`).
        case sqlite(DedicatedSQLiteConnection)
        /// Any other database (PostgreSQL): a pooled connection, in Fluent's transaction.
        case database(@Sendable () -> any Database)
    }

    private let batcher: Batcher<Job, Outcome?>
    /// Where the line writes. Outside the line (tests, the benchmark's stage timing) only when
    /// the line is idle: on SQLite two groups must not share the connection at once.
    let destination: Destination

    /// One writer for all event loops, unlike the readers: SQLite takes one write at a time.
    /// Its batches may be large (1,000 answers, 6,000 bound values: SQLite allows 32,766,
    /// PostgreSQL 65,535): the writer is the one line every answer of a burst passes through,
    /// and each transaction more in it is a few milliseconds more for the last in line.
    init(destination: Destination) {
        self.destination = destination
        // On SQLite the line works on the writer's own thread (`DedicatedSQLiteConnection`): a
        // group's statements follow one another there without waiting for another thread.
        let executor: (any TaskExecutor)? = if case .sqlite(let writer) = destination { writer.executor } else { nil }
        batcher = Batcher(largestBatch: 1_000, executor: executor) { jobs in try await Self.write(jobs, to: destination) }
    }

    func submit(_ submission: Submission) async throws -> Outcome {
        guard let outcome = try await batcher.run(.answer(submission)) else {
            throw BatcherError.outputCountMismatch(expected: 1, got: 0)
        }
        return outcome
    }

    /// Notes that sessions were in use (`SessionTouches`, a second after requests noted them).
    func touch(_ touch: Touch) async throws {
        _ = try await batcher.run(.touch(touch))
    }

    /// Writes one group of jobs in one transaction; for each answer whether it was stored,
    /// nil for each touch.
    static func write(_ jobs: [Job], to destination: Destination) async throws -> [Outcome?] {
        var touches: [Touch] = [], submissions: [Submission] = [], answerIndex: [Int: Int] = [:]
        for (index, job) in jobs.enumerated() {
            switch job {
            case .touch(let touch): touches.append(touch)
            case .answer(let submission):
                answerIndex[index] = submissions.count
                submissions.append(submission)
            }
        }
        let group = Group(sessions: Array(Set(touches.flatMap(\.sessionIDs))), latestTouch: touches.map(\.at).max(), answers: submissions)
        let outcomes: [Outcome]
        switch destination {
        case .sqlite(let writer):
            outcomes = try await writer.transaction { try await group.write(with: SQLiteGroupStatements(connection: $0)) }
            // Until a checkpoint, the write-ahead log keeps the pages of the answers and of the
            // receipts as they were before and after this group: a diff would pair a lone
            // answer with its receipt. Emptied before anyone is told "saved" (docs/SECURITY.md).
            // The answers are committed whatever happens here: a checkpoint that fails is left
            // to the next group (and to the next start), never reported as a lost answer.
            if outcomes.contains(.stored) { _ = try? await writer.truncateLog() }
        case .database(let database):
            outcomes = try await database().transaction { transaction in
                guard let sql = transaction as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
                return try await group.write(with: SQLKitGroupStatements(sql: sql))
            }
        }
        return jobs.indices.map { answerIndex[$0].map { outcomes[$0] } }
    }

    /// One group's writes.
    private struct Group: Sendable {
        let sessions: [UUID]
        let latestTouch: Date?
        let answers: [Submission]

        /// The touches, then the answers, inside the caller's transaction; says in the group's
        /// order which answers were stored.
        func write(with statements: some GroupStatements) async throws -> [Outcome] {
            // One statement for the touches, with their latest moment: they are milliseconds
            // apart, and the idle timeout counts in hours.
            // In parts, within the databases' limits on bound values.
            if let latestTouch {
                for start in stride(from: 0, to: sessions.count, by: 5_000) {
                    try await statements.touchSessions(Array(sessions[start..<min(start + 5_000, sessions.count)]), at: latestTouch)
                }
            }
            guard !answers.isEmpty else { return [] }
            // The same person twice in one group (a double tap): only the first counts.
            var seen = Set<FeedbackKey>()
            let candidates = answers.indices.filter { seen.insert(answers[$0].key).inserted }
            let receipted = try await statements.insertReceipts(candidates.map { answers[$0] })
            let stored = candidates.filter { receipted.contains(answers[$0].key) }
            // Shuffled, so not even the order within the statement follows the order of arrival.
            if !stored.isEmpty { try await statements.insertAnswers(stored.shuffled().map { answers[$0] }) }
            let storedIndices = Set(stored)
            return answers.indices.map { storedIndices.contains($0) ? .stored : .alreadyAnswered }
        }
    }

    /// The scores as the JSON object SQLKit would have stored: {"importance":5,"relevance":4}.
    static func scoresJSON(_ scores: [String: Int]) -> String {
        var json = "{"
        for (key, value) in scores.sorted(by: { $0.key < $1.key }) {
            if json.utf8.count > 1 { json += "," }
            json += "\"" + jsonEscaped(key) + "\":" + String(value)
        }
        return json + "}"
    }

    private static func jsonEscaped(_ text: String) -> String {
        // Question keys are plain ASCII ("worth_time"): nothing to escape.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20:
                escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

/// The three statements of a group, inside its transaction.
private protocol GroupStatements: Sendable {
    /// Sets `last_seen_at` of `sessions` to `moment`.
    func touchSessions(_ sessions: [UUID], at moment: Date) async throws
    /// The "has answered" receipts, skipping any that exist already; the keys that went in.
    func insertReceipts(_ submissions: [FeedbackWriter.Submission]) async throws -> Set<FeedbackKey>
    /// The answers, without the person.
    func insertAnswers(_ submissions: [FeedbackWriter.Submission]) async throws
}

// Both are plain SQL: Fluent's model insert reflects over the model per row. On SQLite the
// values are written out here rather than by SQLKit's encoder, which takes each of the ten
// values per answer through Codable — in the one line every answer of a burst passes through.

/// On the writer's own SQLite connection, the values bound as SQLKit would store them in
/// SQLite: identifiers as upper-case text, moments as seconds since 1970.
private struct SQLiteGroupStatements: GroupStatements {
    let connection: SQLiteConnection

    func touchSessions(_ sessions: [UUID], at moment: Date) async throws {
        _ = try await connection.query(
            "UPDATE \(UserSession.schema) SET last_seen_at = ? WHERE id IN (" + Array(repeating: "?", count: sessions.count).joined(separator: ", ") + ")",
            [.float(moment.timeIntervalSince1970)] + sessions.map { .text($0.uuidText) })
    }

    func insertReceipts(_ submissions: [FeedbackWriter.Submission]) async throws -> Set<FeedbackKey> {
        let rows = try await connection.query(
            "INSERT INTO \(FeedbackReceipt.schema) (id, organisation_id, event_id, person_id) VALUES "
                + placeholders(rows: submissions.count, columns: 4)
                + " ON CONFLICT (event_id, person_id) DO NOTHING RETURNING organisation_id, event_id, person_id",
            submissions.flatMap { [.text($0.receiptID.uuidText), .text($0.organisationID.uuidText), .text($0.eventID.uuidText), .text($0.personID.uuidText)] })
        return Set(
            try rows.map { FeedbackKey(organisationID: try $0.uuid("organisation_id"), eventID: try $0.uuid("event_id"), personID: try $0.uuid("person_id")) })
    }

    func insertAnswers(_ submissions: [FeedbackWriter.Submission]) async throws {
        _ = try await connection.query(
            "INSERT INTO \(FeedbackAnswerRecord.schema) (id, organisation_id, event_id, answered_on, scores, comment) VALUES "
                + placeholders(rows: submissions.count, columns: 6),
            submissions.flatMap { submission -> [SQLiteData] in
                [
                    .text(submission.answerID.uuidText), .text(submission.organisationID.uuidText), .text(submission.eventID.uuidText), .text(submission.day),
                    .text(submission.scoresJSON), submission.answer.comment.map { .text($0) } ?? .null,
                ]
            })
    }

    /// "(?, ?), (?, ?)" for `rows` rows of `columns` values.
    private func placeholders(rows: Int, columns: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ", ")
    }
}

/// Through SQLKit (PostgreSQL), which binds the values.
private struct SQLKitGroupStatements: GroupStatements {
    let sql: any SQLDatabase

    func touchSessions(_ sessions: [UUID], at moment: Date) async throws {
        try await sql.update(UserSession.schema).set("last_seen_at", to: SQLBind(moment)).where("id", .in, SQLBind.group(sessions)).run()
    }

    func insertReceipts(_ submissions: [FeedbackWriter.Submission]) async throws -> Set<FeedbackKey> {
        let insert = sql.insert(into: FeedbackReceipt.schema).columns("id", "organisation_id", "event_id", "person_id")
        for submission in submissions {
            insert.values(SQLBind(submission.receiptID), SQLBind(submission.organisationID), SQLBind(submission.eventID), SQLBind(submission.personID))
        }
        return Set(
            try await insert.ignoringConflicts(with: ["event_id", "person_id"]).returning("organisation_id", "event_id", "person_id").all().map {
                FeedbackKey(organisationID: try $0.uuid("organisation_id"), eventID: try $0.uuid("event_id"), personID: try $0.uuid("person_id"))
            })
    }

    func insertAnswers(_ submissions: [FeedbackWriter.Submission]) async throws {
        let answers = sql.insert(into: FeedbackAnswerRecord.schema).columns("id", "organisation_id", "event_id", "answered_on", "scores", "comment")
        for submission in submissions {
            answers.values(
                SQLBind(submission.answerID), SQLBind(submission.organisationID), SQLBind(submission.eventID), SQLBind(submission.day),
                SQLBind(submission.answer.scores), SQLBind(submission.answer.comment))
        }
        try await answers.run()
        // PostgreSQL stamps every row with the id of the transaction that wrote it (`xmin`),
        // which anyone who may SELECT can read: a new answer and its receipt would share it.
        // Rewriting every answer of the events this group answered gives them all this
        // transaction's id, so the receipt points at the event's whole set of answers, never
        // at one. (A rewrite per group: a few hundred rows at most, in the same transaction.)
        let events = Array(Set(submissions.map(\.eventID)))
        try await sql.update(FeedbackAnswerRecord.schema).set(SQLIdentifier("answered_on"), to: SQLIdentifier("answered_on"))
            .where("event_id", .in, SQLBind.group(events)).run()
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
