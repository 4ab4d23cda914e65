import Fluent
import SQLKit

/// Hourly costs per management level, external costs, budgets per year and area, and the
/// operator's cost of a shared event (divided among the organisations that took part).
struct CreateCosts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(HourlyRateRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("level", .string, .required)
            .field("cents", .int64, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organisation_id", "year", "level")
            .create()
        try await database.schema(ExternalCost.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("date", .datetime, .required)
            .field("amount_cents", .int64, .required)
            .field("vat_cents", .int64, .required)
            .field("supplier", .string, .required)
            .field("category", .string, .required)
            .field("description", .string, .required)
            .field("area_id", .uuid, .references(DevelopmentArea.schema, .id, onDelete: .setNull))
            .field("event_id", .uuid, .references(EventRecord.schema, .id, onDelete: .setNull))
            .field("engagement_id", .uuid, .references(CoachingEngagement.schema, .id, onDelete: .setNull))
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(BudgetRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("area_id", .uuid, .references(DevelopmentArea.schema, .id, onDelete: .cascade))
            .field("cents", .int64, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(SharedEvent.schema).field("cost_cents", .int64).update()
        if let sql = database as? any SQLDatabase {
            // The cost view reads a year's costs and budgets of one organisation.
            try await sql.create(index: "external_costs_date").on(ExternalCost.schema).column("organisation_id").column("date").run()
            try await sql.create(index: "budgets_year").on(BudgetRecord.schema).column("organisation_id").column("year").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SharedEvent.schema).deleteField("cost_cents").update()
        try await database.schema(BudgetRecord.schema).delete()
        try await database.schema(ExternalCost.schema).delete()
        try await database.schema(HourlyRateRecord.schema).delete()
    }
}
