import Fluent
import SQLKit

/// Logged programme work, and the preparation time of an event's hosts and experts.
struct CreateWorkingTime: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TimeEntry.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("date", .datetime, .required)
            .field("minutes", .int, .required)
            .field("area_id", .uuid, .references(DevelopmentArea.schema, .id, onDelete: .setNull))
            .field("goal_id", .uuid, .references(ResultGoal.schema, .id, onDelete: .setNull))
            .field("note", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(EventRecord.schema).field("preparation_minutes", .int).update()
        if let sql = database as? any SQLDatabase {
            // The year's summary reads by date; a person's own list by person.
            try await sql.create(index: "time_entries_date").on(TimeEntry.schema).column("organisation_id").column("date").run()
            try await sql.create(index: "time_entries_person").on(TimeEntry.schema).column("person_id").column("date").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).deleteField("preparation_minutes").update()
        try await database.schema(TimeEntry.schema).delete()
    }
}
