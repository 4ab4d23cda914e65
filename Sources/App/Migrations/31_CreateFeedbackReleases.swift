import Fluent
import SQLKit

/// Releases of results (`FeedbackRelease`); events that already show results get their first
/// release from their answers when they are next read.
struct CreateFeedbackReleases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackRelease.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
            .field("respondents", .int, .required)
            .field("answer_ids", .json, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "feedback_releases_event").on(FeedbackRelease.schema).column("event_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FeedbackRelease.schema).delete()
    }
}
