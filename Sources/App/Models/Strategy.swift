import Fluent
import Foundation
import RoderCore
import SQLKit

/// One status report on a result goal by a responsible person. Never changed: the
/// history of a goal is the list of these.
final class GoalStatusUpdate: Model, TenantOwned, @unchecked Sendable {
    static let schema = "goal_status_updates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<GoalStatusUpdate, Organisation> { $organisation }
    @Parent(key: "goal_id") var goal: ResultGoal
    @Field(key: "status") var status: String
    @OptionalField(key: "comment") var comment: String?
    @OptionalField(key: "author_user_id") var authorUserID: UUID?
    @Field(key: "author_name") var authorName: String
    @Field(key: "at") var at: Date

    init() {}

    init(organisationID: UUID, goalID: UUID, status: GoalStatus, comment: String?, authorUserID: UUID?, authorName: String, at: Date) {
        self.$organisation.id = organisationID
        self.$goal.id = goalID
        self.status = status.rawValue
        self.comment = comment
        self.authorUserID = authorUserID
        self.authorName = authorName
        self.at = at
    }

    var goalStatus: GoalStatus { GoalStatus(rawValue: status) ?? .notStarted }
}

/// How a result goal is measured: from a baseline towards a target.
final class Indicator: Model, TenantOwned, @unchecked Sendable {
    static let schema = "indicators"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<Indicator, Organisation> { $organisation }
    @Parent(key: "goal_id") var goal: ResultGoal
    @Field(key: "name") var name: LocalizedText
    /// The unit values are in, as written ("%", "days", "€").
    @Field(key: "unit") var unit: String
    @Field(key: "baseline") var baseline: Double
    @Field(key: "target") var target: Double
    @Field(key: "direction") var direction: String
    @Field(key: "weight") var weight: Double
    @OptionalField(key: "archived_at") var archivedAt: Date?
    /// How often it is measured (nil in rows from before the field existed: quarterly).
    @OptionalField(key: "frequency") var frequencyCode: String?

    init() {}

    var frequency: MeasurementFrequency { frequencyCode.flatMap(MeasurementFrequency.init(rawValue:)) ?? .quarterly }

    init(organisationID: UUID, goalID: UUID, name: LocalizedText, unit: String, baseline: Double, target: Double, direction: PreferredDirection) {
        self.$organisation.id = organisationID
        self.$goal.id = goalID
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.direction = direction.rawValue
        self.weight = 1
    }

    var definition: IndicatorDefinition {
        IndicatorDefinition(
            baseline: baseline, target: target, direction: PreferredDirection(rawValue: direction) ?? .up,
            weight: weight, isArchived: archivedAt != nil)
    }
}

/// One value of an indicator. A correction adds a new row and marks the old one replaced,
/// so the whole history stays.
final class MeasurementRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "measurements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<MeasurementRecord, Organisation> { $organisation }
    @Parent(key: "indicator_id") var indicator: Indicator
    @Field(key: "date") var date: Date
    @Field(key: "value") var value: Double
    @OptionalField(key: "comment") var comment: String?
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "replaced_at") var replacedAt: Date?
    /// The value this one corrected.
    @OptionalField(key: "replaces_id") var replacesID: UUID?

    init() {}

    init(organisationID: UUID, indicatorID: UUID, date: Date, value: Double, comment: String?, recordedBy: String, recordedAt: Date) {
        self.$organisation.id = organisationID
        self.$indicator.id = indicatorID
        self.date = date
        self.value = value
        self.comment = comment
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    var measurement: MeasuredValue { MeasuredValue(date: date, value: value) }
}
