import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// Roder's `FeedbackStore`: the check is one query on the request's database (SQLite or
/// PostgreSQL alike, through SQLKit); answers go through the one `FeedbackWriter` line,
/// which writes them in groups (group commit).
struct DatabaseFeedbackStore: FeedbackStore {
    let database: any Database
    let writer: FeedbackWriter

    /// Attendance, receipt and the latest programme's questions in one statement. Every part
    /// matches the organisation as well, so no organisation's rows answer for another's key.
    func check(_ key: FeedbackKey) async throws -> FeedbackEligibility {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let row = try await sql.raw("""
            SELECT
              EXISTS (SELECT 1 FROM \(unsafeRaw: EventParticipant.schema) WHERE organisation_id = \(bind: key.organisationID)
                      AND event_id = \(bind: key.eventID) AND person_id = \(bind: key.personID) AND checked_in_at IS NOT NULL) AS attended,
              EXISTS (SELECT 1 FROM \(unsafeRaw: FeedbackReceipt.schema) WHERE organisation_id = \(bind: key.organisationID)
                      AND event_id = \(bind: key.eventID) AND person_id = \(bind: key.personID)) AS answered,
              (SELECT feedback_questions FROM \(unsafeRaw: Programme.schema) WHERE organisation_id = \(bind: key.organisationID)
               ORDER BY start_year DESC LIMIT 1) AS questions
            """).first()
        guard let row else { throw Abort(.internalServerError) }
        return FeedbackEligibility(attended: try row.decode(column: "attended", as: Bool.self),
                                   answered: try row.decode(column: "answered", as: Bool.self),
                                   questions: try row.decode(column: "questions", as: StoredQuestions?.self)?.questions ?? QuestionSet.standard)
    }

    func submit(_ key: FeedbackKey, day: String, answer: FeedbackAnswer) async throws -> FeedbackSubmissionOutcome {
        try await writer.submit(FeedbackWriter.Submission(key: key, day: day, answer: answer))
    }
}

extension Request {
    /// Where this request's feedback answers are checked and stored.
    var feedbackStore: DatabaseFeedbackStore {
        DatabaseFeedbackStore(database: db, writer: application.feedbackWriter)
    }
}
