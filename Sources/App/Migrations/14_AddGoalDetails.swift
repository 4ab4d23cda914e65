import Fluent

struct AddGoalDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(ResultGoal.schema).field("description", .json).update()
        try await database.schema(ResultGoal.schema).field("start_date", .datetime).update()
        try await database.schema(ResultGoal.schema).field("end_date", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["description", "start_date", "end_date"] {
            try await database.schema(ResultGoal.schema).deleteField(.string(field)).update()
        }
    }
}
