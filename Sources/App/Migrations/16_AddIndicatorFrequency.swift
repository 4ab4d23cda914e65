import Fluent

struct AddIndicatorFrequency: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Indicator.schema).field("frequency", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Indicator.schema).deleteField("frequency").update()
    }
}
