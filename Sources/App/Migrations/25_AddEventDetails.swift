import Fluent

struct AddEventDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).field("hosts", .string).update()
        try await database.schema(EventRecord.schema).field("goal_ids", .json).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).deleteField("hosts").update()
        try await database.schema(EventRecord.schema).deleteField("goal_ids").update()
    }
}
