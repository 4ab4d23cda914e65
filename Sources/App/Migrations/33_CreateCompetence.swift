import Fluent
import SQLKit

/// The competence framework, what each role profile expects, self-assessment rounds with their
/// invitees, and the self-assessments.
struct CreateCompetence: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CompetenceRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("group_name", .json, .required)
            .field("name", .json, .required)
            .field("levels", .json, .required)
            .field("position", .int, .required)
            .create()
        try await database.schema(ProfileCompetence.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("role_profile_id", .uuid, .required, .references(RoleProfile.schema, .id, onDelete: .cascade))
            .field("competence_id", .uuid, .required, .references(CompetenceRecord.schema, .id, onDelete: .cascade))
            .field("expected_level", .int, .required)
            .unique(on: "role_profile_id", "competence_id")
            .create()
        try await database.schema(AssessmentRound.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .json, .required)
            .field("opened_at", .datetime, .required)
            .field("closes_on", .datetime)
            .field("closed_at", .datetime)
            .field("reminders_sent", .int, .required)
            .field("last_reminder_at", .datetime)
            .create()
        try await database.schema(AssessmentInvitee.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("round_id", .uuid, .required, .references(AssessmentRound.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("role_profile_id", .uuid, .required, .references(RoleProfile.schema, .id, onDelete: .cascade))
            .field("answered_at", .datetime)
            .unique(on: "round_id", "person_id")
            .create()
        try await database.schema(SelfAssessmentRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("round_id", .uuid, .required, .references(AssessmentRound.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("competence_id", .uuid, .required, .references(CompetenceRecord.schema, .id, onDelete: .cascade))
            .field("level", .int, .required)
            .field("comment", .string, .required)
            .unique(on: "round_id", "person_id", "competence_id")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "competences_organisation").on(CompetenceRecord.schema).column("organisation_id").run()
            try await sql.create(index: "profile_competences_organisation").on(ProfileCompetence.schema).column("organisation_id").run()
            try await sql.create(index: "assessment_rounds_organisation").on(AssessmentRound.schema).column("organisation_id").run()
            try await sql.create(index: "assessment_invitees_person").on(AssessmentInvitee.schema).column("person_id").run()
            // The unique (round, person, competence) index serves reads by round.
            try await sql.create(index: "self_assessments_person").on(SelfAssessmentRecord.schema).column("person_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in [SelfAssessmentRecord.schema, AssessmentInvitee.schema, AssessmentRound.schema, ProfileCompetence.schema, CompetenceRecord.schema] {
            try await database.schema(table).delete()
        }
    }
}
