import Fluent

struct AddFeedbackQuestions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Programme.schema).field("feedback_questions", .json).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Programme.schema).deleteField("feedback_questions").update()
    }
}
