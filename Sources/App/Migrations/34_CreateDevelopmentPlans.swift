import Fluent
import SQLKit

/// Personal development plans: the sharing choice, development goals and their actions.
struct CreateDevelopmentPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DevelopmentPlanSetting.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("shared_with_manager", .bool, .required)
            .unique(on: "person_id")
            .create()
        try await database.schema(DevelopmentGoal.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("competence_id", .uuid, .references(CompetenceRecord.schema, .id, onDelete: .setNull))
            .field("result_goal_id", .uuid, .references(ResultGoal.schema, .id, onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(DevelopmentAction.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(DevelopmentGoal.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("due", .datetime, .required)
            .field("status", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "development_goals_person").on(DevelopmentGoal.schema).column("person_id").run()
            try await sql.create(index: "development_actions_goal").on(DevelopmentAction.schema).column("goal_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in [DevelopmentAction.schema, DevelopmentGoal.schema, DevelopmentPlanSetting.schema] {
            try await database.schema(table).delete()
        }
    }
}
