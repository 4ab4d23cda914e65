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
