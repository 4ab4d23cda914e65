import Fluent

/// Each release keeps the totals of the answers it released (`ScoreTotals`), so the feedback
/// overview reads one row per event instead of every answer. Releases made before get theirs
/// the first time their event is read (`ReleasedFeedback.heldEvents`).
struct AddReleaseScoreTotals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackRelease.schema).field("score_totals", .json).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FeedbackRelease.schema).deleteField("score_totals").update()
    }
}
