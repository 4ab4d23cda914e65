import Fluent

struct CreateFeedbackLoopNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackLoopNote.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("period", .string, .required)
            .field("heard", .json, .required)
            .field("actions", .json, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .unique(on: "organisation_id", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FeedbackLoopNote.schema).delete()
    }
}
