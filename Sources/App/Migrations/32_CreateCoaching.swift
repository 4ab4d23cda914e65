import Fluent
import SQLKit

/// Coaching engagements, their participants and sessions, and the notebook (notes and agreed
/// actions, read only through `CoachingNotebook`).
struct CreateCoaching: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoachingEngagement.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("coach_user_id", .uuid, .required, .references(User.schema, .id))
            .field("purpose", .json, .required)
            .field("agreed_sessions", .int, .required)
            .field("starts_on", .datetime)
            .field("ends_on", .datetime)
            .field("state", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(CoachingParticipant.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("engagement_id", .uuid, .required, .references(CoachingEngagement.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .unique(on: "engagement_id", "person_id")
            .create()
        try await database.schema(CoachingSessionRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("engagement_id", .uuid, .required, .references(CoachingEngagement.schema, .id, onDelete: .cascade))
            .field("starts_at", .datetime, .required)
            .field("minutes", .int, .required)
            .field("form", .string, .required)
            .field("place", .string, .required)
            .field("status", .string, .required)
            .create()
        try await database.schema(CoachingNotebook.noteTable)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("engagement_id", .uuid, .required, .references(CoachingEngagement.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("author_user_id", .uuid, .required, .references(User.schema, .id))
            .field("author_person_id", .uuid)
            .field("text", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(CoachingNotebook.actionTable)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("engagement_id", .uuid, .required, .references(CoachingEngagement.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("due", .datetime, .required)
            .field("done_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "coaching_engagements_organisation").on(CoachingEngagement.schema).column("organisation_id").run()
            try await sql.create(index: "coaching_engagements_coach").on(CoachingEngagement.schema).column("coach_user_id").run()
            try await sql.create(index: "coaching_participants_person").on(CoachingParticipant.schema).column("person_id").run()
            try await sql.create(index: "coaching_sessions_engagement").on(CoachingSessionRecord.schema).column("engagement_id").run()
            try await sql.create(index: "coaching_notes_engagement").on(CoachingNotebook.noteTable).column("engagement_id").run()
            try await sql.create(index: "coaching_actions_engagement").on(CoachingNotebook.actionTable).column("engagement_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in [CoachingNotebook.actionTable, CoachingNotebook.noteTable, CoachingSessionRecord.schema, CoachingParticipant.schema] {
            try await database.schema(table).delete()
        }
        try await database.schema(CoachingEngagement.schema).delete()
    }
}
