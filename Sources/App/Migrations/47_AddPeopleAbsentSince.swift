import Fluent
import SQLKit

/// When an import of people last found a person missing from the HR data (`absent_since`):
/// their account is listed for deactivation on "Accounts from the organisation".
struct AddPeopleAbsentSince: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema).field("absent_since", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Person.schema).deleteField("absent_since").update()
    }
}
