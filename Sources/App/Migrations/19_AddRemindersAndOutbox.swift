import Fluent

struct AddRemindersAndOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).field("reminders_sent", .int).update()
        try await database.schema(EventRecord.schema).field("last_reminder_at", .datetime).update()
        try await database.schema(OutboxMail.schema)
            .id()
            .field("organisation_id", .uuid, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema).delete()
        try await database.schema(EventRecord.schema).deleteField("reminders_sent").update()
        try await database.schema(EventRecord.schema).deleteField("last_reminder_at").update()
    }
}
