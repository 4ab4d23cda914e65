import Fluent

struct CreatePeopleAndUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("title", .string)
            .field("email", .string)
            .field("management_level", .string, .required)
            .create()
        try await database.schema(OrganisationUnit.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("parent_id", .uuid, .references(OrganisationUnit.schema, .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("name", .json, .required)
            .field("code", .string)
            .field("headcount", .int, .required)
            .field("manager_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationUnit.schema).delete()
        try await database.schema(Person.schema).delete()
    }
}
