import Fluent
import SQLKit

struct CreateSharedEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SharedEvent.schema)
            .id()
            .field("kind", .string, .required)
            .field("title", .json, .required)
            .field("description", .json)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place", .string)
            .field("check_in_code", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(EventRecord.schema).field("shared_event_id", .uuid, .references(SharedEvent.schema, .id, onDelete: .setNull)).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "events_shared_event").on(EventRecord.schema).column("shared_event_id").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "events_shared_event").run() }
        try await database.schema(EventRecord.schema).deleteField("shared_event_id").update()
        try await database.schema(SharedEvent.schema).delete()
    }
}
