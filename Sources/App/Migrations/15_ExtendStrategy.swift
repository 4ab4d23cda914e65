import Fluent
import SQLKit

struct ExtendStrategy: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Programme.schema).field("green_threshold", .double).update()
        try await database.schema(Programme.schema).field("amber_threshold", .double).update()
        try await database.schema(Programme.schema).field("roll_up", .string).update()
        try await database.schema(DevelopmentArea.schema).field("archived_at", .datetime).update()
        try await database.schema(ResultGoal.schema).field("archived_at", .datetime).update()
        try await database.schema(ResultGoal.schema).field("carried_from_id", .uuid).update()
        try await database.schema(MeasurementRecord.schema).field("replaces_id", .uuid).update()
        try await database.schema(Initiative.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, .id, onDelete: .cascade))
            .field("title", .json, .required)
            .field("description", .json)
            .field("owner_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("status", .string, .required)
            .field("archived_at", .datetime)
            .create()
        try await database.schema(InitiativeGoal.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("initiative_id", .uuid, .required, .references(Initiative.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .unique(on: "initiative_id", "goal_id")
            .create()
        try await database.schema(MilestoneRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("initiative_id", .uuid, .required, .references(Initiative.schema, .id, onDelete: .cascade))
            .field("title", .json, .required)
            .field("due", .datetime, .required)
            .field("done_at", .datetime)
            .create()
        try await database.schema(PeriodUnlock.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("unlocked_by", .string, .required)
            .field("unlocked_at", .datetime, .required)
            .unique(on: "programme_id", "year")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "goal_status_updates_goal_at").on(GoalStatusUpdate.schema).column("goal_id").column("at").run()
        try await sql.create(index: "milestones_initiative").on(MilestoneRecord.schema).column("initiative_id").run()
        try await sql.create(index: "result_goals_area").on(ResultGoal.schema).column("area_id").run()
        try await sql.create(index: "goal_responsibles_goal").on(GoalResponsible.schema).column("goal_id").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [PeriodUnlock.schema, MilestoneRecord.schema, InitiativeGoal.schema, Initiative.schema] {
            try await database.schema(schema).delete()
        }
        for (schema, field) in [
            (Programme.schema, "green_threshold"), (Programme.schema, "amber_threshold"), (Programme.schema, "roll_up"),
            (DevelopmentArea.schema, "archived_at"), (ResultGoal.schema, "archived_at"), (ResultGoal.schema, "carried_from_id"),
            (MeasurementRecord.schema, "replaces_id"),
        ] {
            try await database.schema(schema).deleteField(.string(field)).update()
        }
    }
}
