import Fluent

struct CreateRoleProfiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RoleProfile.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .json, .required)
            .field("responsibilities", .json, .required)
            .field("competences", .json, .required)
            .create()
        try await database.schema(Person.schema).field("role_profile_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Person.schema).deleteField("role_profile_id").update()
        try await database.schema(RoleProfile.schema).delete()
    }
}
