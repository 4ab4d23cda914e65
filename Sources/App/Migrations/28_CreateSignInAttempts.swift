import Fluent
import SQLKit

/// Sign-in attempts in the database (`SignInAttempts`), counted by key within a window.
struct CreateSignInAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SignInAttempt.schema)
            .id()
            .field("key", .string, .required)
            .field("at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "sign_in_attempts_key_at").on(SignInAttempt.schema).column("key").column("at").run()
        try await sql.create(index: "sign_in_attempts_at").on(SignInAttempt.schema).column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SignInAttempt.schema).delete()
    }
}
