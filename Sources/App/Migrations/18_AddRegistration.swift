import Fluent

struct AddRegistration: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventParticipant.schema).field("status", .string).update()
        try await database.schema(EventParticipant.schema).field("registered_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventParticipant.schema).deleteField("status").update()
        try await database.schema(EventParticipant.schema).deleteField("registered_at").update()
    }
}
