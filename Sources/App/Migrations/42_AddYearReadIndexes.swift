import Fluent
import SQLKit

/// Covering indexes for the year's grouped reads (annual report, cost view, working time):
/// who was invited to, registered for and attended each event, and the logged time of a
/// range of days, answered from the index alone instead of one table lookup per row.
struct AddYearReadIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "event_participants_event_attendance").on(EventParticipant.schema)
            .column("event_id").column("checked_in_at").column("registered_at").column("person_id").run()
        try await sql.create(index: "time_entries_date_totals").on(TimeEntry.schema)
            .column("organisation_id").column("date").column("area_id").column("goal_id").column("person_id").column("minutes").run()
        try await sql.drop(index: "time_entries_date").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "time_entries_date").on(TimeEntry.schema).column("organisation_id").column("date").run()
        for index in ["time_entries_date_totals", "event_participants_event_attendance"] { try await sql.drop(index: index).run() }
    }
}
