import Fluent
import SQLKit

/// External ids for re-imports, the person's unit, the span target, the remembered import
/// mapping and uploaded drafts (the organisation issue).
struct ExtendOrganisationStructure: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Person.schema).field("external_id", .string).update()
        try await database.schema(Person.schema).field("unit_id", .uuid).update()
        try await database.schema(Organisation.schema).field("span_target_min", .int).update()
        try await database.schema(Organisation.schema).field("span_target_max", .int).update()
        try await database.schema(Organisation.schema).field("import_mapping", .json).update()
        try await database.schema(ImportDraft.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required)
            .field("file_name", .string, .required)
            .field("content", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "people_external_id").unique().on(Person.schema).column("organisation_id").column("external_id").run()
        try await sql.create(index: "units_code").unique().on(OrganisationUnit.schema).column("organisation_id").column("code").run()
        try await sql.create(index: "people_unit").on(Person.schema).column("unit_id").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in ["people_external_id", "units_code", "people_unit"] { try await sql.drop(index: index).run() }
        }
        try await database.schema(ImportDraft.schema).delete()
        for field in ["span_target_min", "span_target_max", "import_mapping"] {
            try await database.schema(Organisation.schema).deleteField(.string(field)).update()
        }
        for field in ["external_id", "unit_id"] { try await database.schema(Person.schema).deleteField(.string(field)).update() }
    }
}
