import Fluent
import SQLKit

/// The account page asks when the signed-in user's person link last changed: the latest audit
/// entry about one subject. Through the organisation's `(organisation_id, at)` index that walked
/// every entry of the organisation's history from the newest back (20,000 in the large town, on
/// every visit to the page); by subject it is one index probe.
struct AddAuditSubjectIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "audit_log_subject_at").on(AuditRecord.schema).column("subject_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "audit_log_subject_at").run()
    }
}
