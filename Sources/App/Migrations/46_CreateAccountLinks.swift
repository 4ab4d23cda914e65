import Fluent
import SQLKit

/// Invitation and password-reset links (`AccountLink`), looked up by the hash of their secret.
struct CreateAccountLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AccountLink.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .references(Organisation.schema, .id, onDelete: .setNull))
            .field("purpose", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("superseded_at", .datetime)
            .unique(on: "token_hash")
            .create()
        if let sql = database as? any SQLDatabase {
            // A user's open links are superseded by each new one; the users list asks for the latest.
            try await sql.create(index: "account_links_user").on(AccountLink.schema).column("user_id").column("created_at").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccountLink.schema).delete()
    }
}
