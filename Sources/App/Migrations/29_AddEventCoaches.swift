import Fluent

/// External coaches who lead an event (`EventRecord.coachUserIDs`).
struct AddEventCoaches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).field("coach_user_ids", .json).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).deleteField("coach_user_ids").update()
    }
}
