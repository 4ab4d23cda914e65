import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// Stores feedback answers in groups. Everything that arrives while one group is being written
/// goes into the next, in one transaction of two statements: the "has answered" receipts
/// (a receipt that already exists is skipped, not an error) and the answers of those whose
/// receipt went in. After a seminar hundreds of people may press "Send" within a second; this
/// turns hundreds of commits that queue for SQLite's single writer into a handful.
///
/// An answer is never stored without its receipt or the other way round (one transaction),
/// and a person's second answer is refused whether it arrives in the same group or later
/// (the unique receipt). Nothing here keeps who sent what once the group is written.
actor FeedbackWriter {
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

    /// At most this many answers in one transaction (SQLite's bound-parameter limit is far above).
    static let largestGroup = 250

    private let database: @Sendable () -> any Database
    private var waiting: [(Submission, CheckedContinuation<Outcome, any Error>)] = []
    private var isWriting = false

    init(database: @escaping @Sendable () -> any Database) {
        self.database = database
    }

    func submit(_ submission: Submission) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append((submission, continuation))
            guard !isWriting else { return }
            isWriting = true
            Task { await self.writeWaiting() }
        }
    }

    private func writeWaiting() async {
        while !waiting.isEmpty {
            let group = Array(waiting.prefix(Self.largestGroup))
            waiting.removeFirst(group.count)
            do {
                let outcomes = try await Self.write(group.map(\.0), on: database())
                for ((_, continuation), outcome) in zip(group, outcomes) { continuation.resume(returning: outcome) }
            } catch {
                for (_, continuation) in group { continuation.resume(throwing: error) }
            }
        }
        isWriting = false
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
                insert.values(SQLBind(UUID()), SQLBind(submission.organisationID), SQLBind(submission.eventID), SQLBind(submission.personID))
            }
            let inserted = try await insert.ignoringConflicts(with: ["event_id", "person_id"])
                .returning("event_id", "person_id")
                .all()
                .map { Key(eventID: try $0.decode(column: "event_id", as: UUID.self), personID: try $0.decode(column: "person_id", as: UUID.self)) }
            let receipted = Set(inserted)
            let stored = candidates.filter { receipted.contains(Key(eventID: submissions[$0].eventID, personID: submissions[$0].personID)) }
            // Shuffled, so not even the order within the statement follows the order of arrival.
            let answers = stored.shuffled().map {
                FeedbackAnswerRecord(organisationID: submissions[$0].organisationID, eventID: submissions[$0].eventID,
                                     answeredOn: submissions[$0].day, answer: submissions[$0].answer)
            }
            if !answers.isEmpty { try await answers.create(on: transaction) }
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
