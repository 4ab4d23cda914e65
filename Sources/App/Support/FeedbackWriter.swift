import Fluent
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

    private let batcher: Batcher<Submission, Outcome>

    /// One writer for all event loops, unlike the readers: SQLite takes one write at a time.
    /// Its batches may be large (1,000 answers, 6,000 bound values: SQLite allows 32,766,
    /// PostgreSQL 65,535): the writer is the one line every answer of a burst passes through,
    /// and each transaction more in it is a few milliseconds more for the last in line.
    init(group: any EventLoopGroup, database: @escaping @Sendable (any EventLoop) -> any Database) {
        batcher = Batcher(largestBatch: 1_000) { submissions in try await Self.write(submissions, on: database(group.any())) }
    }

    /// `eventLoop`: the request's, where it carries on afterwards.
    func submit(_ submission: Submission, on eventLoop: any EventLoop) async throws -> Outcome {
        try await batcher.run(submission, resumingOn: eventLoop)
    }

    /// Writes one group and says, in the group's order, which answers were stored.
    static func write(_ submissions: [Submission], on database: any Database) async throws -> [Outcome] {
        struct Key: Hashable { let eventID: UUID, personID: UUID }
        // The same person twice in one group (a double tap): only the first counts.
        var seen = Set<Key>()
        let candidates = submissions.indices.filter { seen.insert(Key(eventID: submissions[$0].eventID, personID: submissions[$0].personID)).inserted }
        return try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
            let insert = sql.insert(into: FeedbackReceipt.schema).columns("id", "organisation_id", "event_id", "person_id")
            for index in candidates {
                let submission = submissions[index]
                insert.values(SQLBind(UUID.random()), SQLBind(submission.organisationID), SQLBind(submission.eventID), SQLBind(submission.personID))
            }
            let inserted = try await insert.ignoringConflicts(with: ["event_id", "person_id"])
                .returning("event_id", "person_id")
                .all()
                .map { Key(eventID: try $0.uuid("event_id"), personID: try $0.uuid("person_id")) }
            let receipted = Set(inserted)
            let stored = candidates.filter { receipted.contains(Key(eventID: submissions[$0].eventID, personID: submissions[$0].personID)) }
            // Shuffled, so not even the order within the statement follows the order of arrival.
            // Plain SQL, as the receipts: Fluent's model insert reflects over the model per row.
            if !stored.isEmpty {
                let answers = sql.insert(into: FeedbackAnswerRecord.schema).columns("id", "organisation_id", "event_id", "answered_on", "scores", "comment")
                for index in stored.shuffled() {
                    let submission = submissions[index]
                    answers.values(SQLBind(UUID.random()), SQLBind(submission.organisationID), SQLBind(submission.eventID), SQLBind(submission.day),
                                   SQLBind(submission.answer.scores), SQLBind(submission.answer.comment))
                }
                try await answers.run()
            }
            let storedIndices = Set(stored)
            return submissions.indices.map { storedIndices.contains($0) ? .stored : .alreadyAnswered }
        }
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
