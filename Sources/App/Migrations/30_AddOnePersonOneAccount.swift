import Fluent
import SQLKit

/// A person is linked to at most one account per organisation: a second account linked to
/// them would see whether they answered an event and could answer in their name. Where a
/// database already has a person linked twice, the link stays on one account (the first by
/// id) and is removed from the others before the unique index is made.
struct AddOnePersonOneAccount: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let linked = try await Membership.query(on: database).filter(\.$person.$id != nil).all()
        let byPerson = Dictionary(grouping: linked) { "\($0.$organisation.id)/\($0.$person.id!)" }
        for (_, memberships) in byPerson where memberships.count > 1 {
            for extra in memberships.sorted(by: { $0.id!.uuidString < $1.id!.uuidString }).dropFirst() {
                extra.$person.id = nil
                try await extra.save(on: database)
            }
        }
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "memberships_one_account_per_person").unique().on(Membership.schema)
            .column("organisation_id").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "memberships_one_account_per_person").run() }
    }
}
