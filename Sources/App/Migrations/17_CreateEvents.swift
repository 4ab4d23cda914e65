import Fluent
import SQLKit

struct CreateEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Programme.schema).field("anonymity_k", .int).update()
        try await database.schema(EventRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .json, .required)
            .field("description", .json)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place", .string)
            .field("online_url", .string)
            .field("capacity", .int)
            .field("area_id", .uuid, .references(DevelopmentArea.schema, .id, onDelete: .setNull))
            .field("check_in_code", .string, .required)
            .create()
        try await database.schema(EventParticipant.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("checked_in_at", .datetime)
            .field("checked_in_by", .string)
            .unique(on: "event_id", "person_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            try await SQLiteFeedbackTables.createKeyedByRandomID(sql)
        } else {
            try await database.schema(FeedbackReceipt.schema)
                .id()
                .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
                .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
                .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
                .unique(on: "event_id", "person_id")
                .create()
            try await database.schema(FeedbackAnswerRecord.schema)
                .id()
                .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
                .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
                .field("answered_on", .string, .required)
                .field("scores", .json, .required)
                .field("comment", .string)
                .create()
        }
        try await sql.create(index: "feedback_answers_event").on(FeedbackAnswerRecord.schema).column("event_id").run()
        try await sql.create(index: "event_participants_person").on(EventParticipant.schema).column("person_id").run()
        try await sql.create(index: "events_organisation_start").on(EventRecord.schema).column("organisation_id").column("starts_at").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [FeedbackAnswerRecord.schema, FeedbackReceipt.schema, EventParticipant.schema, EventRecord.schema] {
            try await database.schema(schema).delete()
        }
        try await database.schema(Programme.schema).deleteField("anonymity_k").update()
    }
}
