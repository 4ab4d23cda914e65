import Fluent
import SQLKit

/// Who took part in each held coaching session. Sessions held before this table existed are
/// taken to have had the whole engagement there — exactly right for one coachee, the best
/// guess for a group (its coach can correct it on the engagement's page).
struct CreateCoachingAttendance: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoachingSessionAttendee.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("session_id", .uuid, .required, .references(CoachingSessionRecord.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .unique(on: "session_id", "person_id")
            .create()
        if let sql = database as? any SQLDatabase {
            // A person's coaching time (their working time, their personal data) is read by person.
            try await sql.create(index: "coaching_session_attendees_person").on(CoachingSessionAttendee.schema).column("person_id").run()
        }
        let held = try await CoachingSessionRecord.query(on: database).filter(\.$status == "held").all()
        guard !held.isEmpty else { return }
        let participants = try await CoachingParticipant.query(on: database).filter(\.$engagement.$id ~~ Set(held.map { $0.$engagement.id })).all()
        let byEngagement = Dictionary(grouping: participants, by: { $0.$engagement.id })
        for session in held {
            for participant in byEngagement[session.$engagement.id] ?? [] {
                try await CoachingSessionAttendee(
                    organisationID: session.$organisation.id, sessionID: try session.requireID(), personID: participant.$person.id
                ).create(on: database)
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoachingSessionAttendee.schema).delete()
    }
}
