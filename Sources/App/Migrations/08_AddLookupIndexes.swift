import Fluent
import SQLKit

/// Indexes for the lookups every request makes (a user's memberships and sessions) and for
/// the audit log page. SQLKit's index builder writes SQL that both databases accept.
struct AddLookupIndexes: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("memberships_user", Membership.schema, ["user_id"]),
        ("sessions_user", UserSession.schema, ["user_id"]),
        ("sessions_last_seen", UserSession.schema, ["last_seen_at"]),
        ("audit_log_organisation_at", AuditRecord.schema, ["organisation_id", "at"]),
        ("people_organisation", Person.schema, ["organisation_id"]),
        ("units_organisation", OrganisationUnit.schema, ["organisation_id"]),
        ("goal_responsibles_person", GoalResponsible.schema, ["person_id"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}
