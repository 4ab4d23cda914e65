import Fluent

struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditRecord.schema)
            .id()
            .field("organisation_id", .uuid)
            .field("actor_user_id", .uuid)
            .field("actor_name", .string)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("subject_id", .uuid)
            .field("before", .string)
            .field("after", .string)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditRecord.schema).delete()
    }
}
