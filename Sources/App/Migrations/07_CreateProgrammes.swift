import Fluent

struct CreateProgrammes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Programme.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .json, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .create()
        try await database.schema(DevelopmentArea.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .json, .required)
            .create()
        try await database.schema(ResultGoal.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("area_id", .uuid, .required, .references(DevelopmentArea.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .json, .required)
            .create()
        try await database.schema(GoalResponsible.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .unique(on: "goal_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [GoalResponsible.schema, ResultGoal.schema, DevelopmentArea.schema, Programme.schema] {
            try await database.schema(schema).delete()
        }
    }
}
