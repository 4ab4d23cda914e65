import Fluent

struct AddGoalStatus: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ResultGoal.schema).field("status", .string).update()
        try await database.schema(GoalStatusUpdate.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .field("status", .string, .required)
            .field("comment", .string)
            .field("author_user_id", .uuid)
            .field("author_name", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GoalStatusUpdate.schema).delete()
        try await database.schema(ResultGoal.schema).deleteField("status").update()
    }
}
