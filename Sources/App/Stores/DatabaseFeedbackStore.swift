import Fluent
import Foundation
import RoderCore
import Vapor

/// Roder's `FeedbackStore`: checks are batched (`FeedbackGate`); answers go through the one `FeedbackWriter` line,
/// which writes them in groups (group commit).
struct DatabaseFeedbackStore: FeedbackStore {
    let gate: FeedbackGate
    let writer: FeedbackWriter
    /// The request's: checks are batched per event loop.
    let eventLoop: any EventLoop

    /// Attendance, receipt and the programme's questions, checked together with the other
    /// requests' on the same event loop (`FeedbackGate`).
    func check(_ key: FeedbackKey) async throws -> FeedbackEligibility {
        try await gate.check(key, on: eventLoop)
    }

    func submit(_ key: FeedbackKey, day: String, answer: FeedbackAnswer) async throws -> FeedbackSubmissionOutcome {
        try await writer.submit(FeedbackWriter.Submission(key: key, day: day, answer: answer))
    }
}

extension Request {
    /// Where this request's feedback answers are checked and stored.
    var feedbackStore: DatabaseFeedbackStore {
        DatabaseFeedbackStore(gate: application.feedbackGate, writer: application.feedbackWriter, eventLoop: eventLoop)
    }
}
