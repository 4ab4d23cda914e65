import Fluent

/// What an engagement supports (development areas and result goals), and the result goal an
/// agreed action serves.
struct AddCoachingLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoachingLink.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("engagement_id", .uuid, .required, .references(CoachingEngagement.schema, .id, onDelete: .cascade))
            .field("area_id", .uuid, .references(DevelopmentArea.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .create()
        try await database.schema(CoachingNotebook.actionTable).field("result_goal_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoachingNotebook.actionTable).deleteField("result_goal_id").update()
        try await database.schema(CoachingLink.schema).delete()
    }
}
