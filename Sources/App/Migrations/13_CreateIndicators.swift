import Fluent
import SQLKit

struct CreateIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Indicator.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .field("name", .json, .required)
            .field("unit", .string, .required)
            .field("baseline", .double, .required)
            .field("target", .double, .required)
            .field("direction", .string, .required)
            .field("weight", .double, .required)
            .field("archived_at", .datetime)
            .create()
        try await database.schema(MeasurementRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("indicator_id", .uuid, .required, .references(Indicator.schema, .id, onDelete: .cascade))
            .field("date", .datetime, .required)
            .field("value", .double, .required)
            .field("comment", .string)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("replaced_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "measurements_indicator_date").on(MeasurementRecord.schema).column("indicator_id").column("date").run()
        try await sql.create(index: "indicators_goal").on(Indicator.schema).column("goal_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeasurementRecord.schema).delete()
        try await database.schema(Indicator.schema).delete()
    }
}
