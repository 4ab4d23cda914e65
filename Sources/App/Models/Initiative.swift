import Fluent
import Foundation
import RoderCore
import SQLKit

/// A visible piece of work of the programme (the customer-service concept, the intranet),
/// linked to the goals it serves.
final class Initiative: Model, TenantOwned, @unchecked Sendable {
    static let schema = "initiatives"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<Initiative, Organisation> { $organisation }
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "title") var title: LocalizedText
    @OptionalField(key: "description") var initiativeDescription: LocalizedText?
    @OptionalParent(key: "owner_id") var owner: Person?
    @Field(key: "status") var status: String
    @OptionalField(key: "archived_at") var archivedAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, programmeID: UUID, title: LocalizedText, ownerID: UUID?, status: InitiativeStatus) {
        self.id = id
        self.$organisation.id = organisationID
        self.$programme.id = programmeID
        self.title = title
        self.$owner.id = ownerID
        self.status = status.rawValue
    }

    var initiativeStatus: InitiativeStatus { InitiativeStatus(rawValue: status) ?? .planned }
}

/// An initiative serves one or more goals.
final class InitiativeGoal: Model, TenantOwned, @unchecked Sendable {
    static let schema = "initiative_goals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<InitiativeGoal, Organisation> { $organisation }
    @Parent(key: "initiative_id") var initiative: Initiative
    @Parent(key: "goal_id") var goal: ResultGoal

    init() {}

    init(organisationID: UUID, initiativeID: UUID, goalID: UUID) {
        self.$organisation.id = organisationID
        self.$initiative.id = initiativeID
        self.$goal.id = goalID
    }
}

/// A dated step of an initiative.
final class MilestoneRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "milestones"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<MilestoneRecord, Organisation> { $organisation }
    @Parent(key: "initiative_id") var initiative: Initiative
    @Field(key: "title") var title: LocalizedText
    @Field(key: "due") var due: Date
    @OptionalField(key: "done_at") var doneAt: Date?

    init() {}

    init(organisationID: UUID, initiativeID: UUID, title: LocalizedText, due: Date, doneAt: Date? = nil) {
        self.$organisation.id = organisationID
        self.$initiative.id = initiativeID
        self.title = title
        self.due = due
        self.doneAt = doneAt
    }

    var milestone: Milestone { Milestone(id: id ?? UUID(), title: title, due: due, doneAt: doneAt) }
}

/// A year of a programme the owner has unlocked after it ended, so measurements of that
/// year can be corrected. No row: the year follows the calendar (locked once over).
final class PeriodUnlock: Model, TenantOwned, @unchecked Sendable {
    static let schema = "period_unlocks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<PeriodUnlock, Organisation> { $organisation }
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "year") var year: Int
    @Field(key: "unlocked_by") var unlockedBy: String
    @Field(key: "unlocked_at") var unlockedAt: Date

    init() {}

    init(organisationID: UUID, programmeID: UUID, year: Int, unlockedBy: String, unlockedAt: Date) {
        self.$organisation.id = organisationID
        self.$programme.id = programmeID
        self.year = year
        self.unlockedBy = unlockedBy
        self.unlockedAt = unlockedAt
    }
}

struct ExtendStrategy: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Programme.schema).field("green_threshold", .double).update()
        try await database.schema(Programme.schema).field("amber_threshold", .double).update()
        try await database.schema(Programme.schema).field("roll_up", .string).update()
        try await database.schema(DevelopmentArea.schema).field("archived_at", .datetime).update()
        try await database.schema(ResultGoal.schema).field("archived_at", .datetime).update()
        try await database.schema(ResultGoal.schema).field("carried_from_id", .uuid).update()
        try await database.schema(MeasurementRecord.schema).field("replaces_id", .uuid).update()
        try await database.schema(Initiative.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, .id, onDelete: .cascade))
            .field("title", .json, .required)
            .field("description", .json)
            .field("owner_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("status", .string, .required)
            .field("archived_at", .datetime)
            .create()
        try await database.schema(InitiativeGoal.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("initiative_id", .uuid, .required, .references(Initiative.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .unique(on: "initiative_id", "goal_id")
            .create()
        try await database.schema(MilestoneRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("initiative_id", .uuid, .required, .references(Initiative.schema, .id, onDelete: .cascade))
            .field("title", .json, .required)
            .field("due", .datetime, .required)
            .field("done_at", .datetime)
            .create()
        try await database.schema(PeriodUnlock.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("unlocked_by", .string, .required)
            .field("unlocked_at", .datetime, .required)
            .unique(on: "programme_id", "year")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "goal_status_updates_goal_at").on(GoalStatusUpdate.schema).column("goal_id").column("at").run()
        try await sql.create(index: "milestones_initiative").on(MilestoneRecord.schema).column("initiative_id").run()
        try await sql.create(index: "result_goals_area").on(ResultGoal.schema).column("area_id").run()
        try await sql.create(index: "goal_responsibles_goal").on(GoalResponsible.schema).column("goal_id").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [PeriodUnlock.schema, MilestoneRecord.schema, InitiativeGoal.schema, Initiative.schema] {
            try await database.schema(schema).delete()
        }
        for (schema, field) in [(Programme.schema, "green_threshold"), (Programme.schema, "amber_threshold"), (Programme.schema, "roll_up"),
                                (DevelopmentArea.schema, "archived_at"), (ResultGoal.schema, "archived_at"), (ResultGoal.schema, "carried_from_id"),
                                (MeasurementRecord.schema, "replaces_id")] {
            try await database.schema(schema).deleteField(.string(field)).update()
        }
    }
}

struct AddIndicatorFrequency: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Indicator.schema).field("frequency", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Indicator.schema).deleteField("frequency").update()
    }
}
