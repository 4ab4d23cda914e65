import Fluent

/// Coachees' end-of-engagement ratings of usefulness.
struct CreateCoachingRatings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoachingRating.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("engagement_id", .uuid, .required, .references(CoachingEngagement.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("rating", .int, .required)
            .field("comment", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "engagement_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoachingRating.schema).delete()
    }
}
