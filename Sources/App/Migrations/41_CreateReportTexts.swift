import Fluent
import SQLKit

/// The programme owner's comments in the annual report, per year and area.
struct CreateReportTexts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReportText.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("area_id", .uuid, .references(DevelopmentArea.schema, .id, onDelete: .cascade))
            .field("text", .json, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "report_texts_year").on(ReportText.schema).column("organisation_id").column("year").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportText.schema).delete()
    }
}
