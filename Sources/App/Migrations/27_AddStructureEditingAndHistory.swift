import Fluent
import SQLKit

/// Keeping the structure up to date by hand, and its history: a person's name in parts,
/// what was edited by hand since the last import (units and people), retired units, and the
/// dated figures of the structure.
struct AddStructureEditingAndHistory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Person.schema).field("first_name", .string).update()
        try await database.schema(Person.schema).field("surname", .string).update()
        try await database.schema(Person.schema).field("hand_edit", .json).update()
        try await database.schema(OrganisationUnit.schema).field("retired_at", .datetime).update()
        try await database.schema(OrganisationUnit.schema).field("hand_edit", .json).update()
        try await database.schema(StructureSnapshotRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("taken_at", .datetime, .required)
            .field("cause", .string, .required)
            .field("figures", .json, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "structure_snapshots_organisation_taken").on(StructureSnapshotRecord.schema)
            .column("organisation_id").column("taken_at").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "structure_snapshots_organisation_taken").run() }
        try await database.schema(StructureSnapshotRecord.schema).delete()
        for field in ["retired_at", "hand_edit"] { try await database.schema(OrganisationUnit.schema).deleteField(.string(field)).update() }
        for field in ["first_name", "surname", "hand_edit"] { try await database.schema(Person.schema).deleteField(.string(field)).update() }
    }
}
