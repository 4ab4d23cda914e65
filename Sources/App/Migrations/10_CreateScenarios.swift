import Fluent

struct CreateScenarios: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ScenarioRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("changes", .json, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("applied_at", .datetime)
            .field("applied_by", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ScenarioRecord.schema).delete()
    }
}
