import Fluent
import SQLKit

/// Sign-in with an organisation's own directory: its settings (`DirectoryProvider`) and the
/// attempts under way (`DirectorySignInAttempt`).
struct CreateDirectorySignIn: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DirectoryProvider.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("issuer", .string, .required)
            .field("client_id", .string, .required)
            .field("client_secret", .string, .required)
            .field("domains", .string, .required)
            .field("allows_password", .bool, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organisation_id")
            .create()
        try await database.schema(DirectorySignInAttempt.schema)
            .id()
            .field("provider_id", .uuid, .required, .references(DirectoryProvider.schema, .id, onDelete: .cascade))
            .field("browser_hash", .string, .required)
            .field("state_hash", .string, .required)
            .field("nonce", .string, .required)
            .field("code_verifier", .string, .required)
            .field("next", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "state_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DirectorySignInAttempt.schema).delete()
        try await database.schema(DirectoryProvider.schema).delete()
    }
}
