import Fluent

struct CreateEventMaterials: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventMaterial.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("url", .string)
            .field("file_name", .string)
            .field("content_type", .string)
            .field("size", .int)
            .field("content", .data)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventMaterial.schema).delete()
    }
}
