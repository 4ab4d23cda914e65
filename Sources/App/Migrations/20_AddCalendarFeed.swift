import Fluent
import SQLKit

struct AddCalendarFeed: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema).field("calendar_token_hash", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "users_calendar_token_hash").on(User.schema).column("calendar_token_hash").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "users_calendar_token_hash").run() }
        try await database.schema(User.schema).deleteField("calendar_token_hash").update()
    }
}
