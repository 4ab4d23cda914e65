import Fluent
import Foundation
import RoderCore

// The first, read-only shape of the organisation and the programme: enough for the demo
// town and the start pages. The organisation and strategy issues extend these with
// migrations of their own.

/// A unit of the organisation tree (sector, division, unit, team).
final class OrganisationUnit: Model, TenantOwned, @unchecked Sendable {
    static let schema = "units"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<OrganisationUnit, Organisation> { $organisation }
    @OptionalParent(key: "parent_id") var parent: OrganisationUnit?
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: LocalizedText
    @OptionalField(key: "code") var code: String?
    /// Staff counted in the unit (often only counted, not listed).
    @Field(key: "headcount") var headcount: Int
    @OptionalParent(key: "manager_id") var manager: Person?
    /// Set when the unit was retired by hand: it leaves the chart and the analytics, and the
    /// history and its code stay.
    @OptionalField(key: "retired_at") var retiredAt: Date?
    /// What was changed by hand since the last import took the row over.
    @OptionalField(key: "hand_edit") var handEdit: HandEdit?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, parentID: UUID?, kind: String, name: LocalizedText, code: String?, headcount: Int, managerID: UUID?) {
        self.id = id
        self.$organisation.id = organisationID
        self.$parent.id = parentID
        self.kind = kind
        self.name = name
        self.code = code
        self.headcount = headcount
        self.$manager.id = managerID
    }
}

/// A person of the organisation: a manager, a responsible person.
final class Person: Model, TenantOwned, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<Person, Organisation> { $organisation }
    /// As shown: "Anna Berg".
    @Field(key: "name") var name: String
    /// The name's parts when known (from an export that gives them, or edited by hand), for sorting.
    @OptionalField(key: "first_name") var firstName: String?
    @OptionalField(key: "surname") var surname: String?
    @OptionalField(key: "title") var title: String?
    @OptionalField(key: "email") var email: String?
    /// top, middle, supervisor or staff.
    @Field(key: "management_level") var managementLevel: String
    /// The HR system's id (employee number); an import updates the person with it.
    @OptionalField(key: "external_id") var externalID: String?
    /// The unit the person works in, if known.
    @OptionalField(key: "unit_id") var unitID: UUID?
    /// The harmonised manager role the person holds.
    @OptionalField(key: "role_profile_id") var roleProfileID: UUID?
    /// What was changed by hand since the last import took the row over.
    @OptionalField(key: "hand_edit") var handEdit: HandEdit?
    /// Since when imports of people no longer have this person (they left, or moved away);
    /// nil while the latest import has them, or for people never imported.
    @OptionalField(key: "absent_since") var absentSince: Date?

    init() {}

    init(
        id: UUID? = nil, organisationID: UUID, name: String, firstName: String? = nil, surname: String? = nil, title: String?, email: String?,
        managementLevel: String, externalID: String? = nil, unitID: UUID? = nil
    ) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.firstName = firstName
        self.surname = surname
        self.title = title
        self.email = email
        self.managementLevel = managementLevel
        self.externalID = externalID
        self.unitID = unitID
    }
}

/// A municipality's local development programme, e.g. 2025–2027.
final class Programme: Model, TenantOwned, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<Programme, Organisation> { $organisation }
    @Field(key: "name") var name: LocalizedText
    @Field(key: "start_year") var startYear: Int
    @Field(key: "end_year") var endYear: Int
    /// Colour thresholds and roll-up, as the owner set them (nil: the standard ones).
    @OptionalField(key: "green_threshold") var greenThreshold: Double?
    @OptionalField(key: "amber_threshold") var amberThreshold: Double?
    @OptionalField(key: "roll_up") var rollUp: String?
    /// The smallest group whose feedback shows (nil: the standard 5).
    @OptionalField(key: "anonymity_k") var anonymityK: Int?
    /// The questions asked after events; nil: the article's (`QuestionSet.standard`).
    @OptionalField(key: "feedback_questions") var storedQuestions: StoredQuestions?

    init() {}

    var settings: ProgrammeSettings {
        let thresholds = greenThreshold.flatMap { green in amberThreshold.flatMap { try? ColourThresholds(green: green, amber: $0) } }
        return ProgrammeSettings(thresholds: thresholds ?? .standard, rollUp: rollUp.flatMap(RollUpMethod.init(rawValue:)) ?? .average)
    }

    var questionSet: [FeedbackQuestion] { storedQuestions?.questions ?? QuestionSet.standard }

    var feedbackQuestions: [FeedbackQuestion]? {
        get { storedQuestions?.questions }
        set { storedQuestions = newValue.map(StoredQuestions.init) }
    }

    var anonymityThreshold: AnonymityThreshold { anonymityK.flatMap { try? AnonymityThreshold($0) } ?? .standard }

    var years: ClosedRange<Int> { startYear...max(startYear, endYear) }

    init(id: UUID? = nil, organisationID: UUID, name: LocalizedText, startYear: Int, endYear: Int) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.startYear = startYear
        self.endYear = endYear
    }
}

/// One of the programme's development areas ("helheter").
final class DevelopmentArea: Model, TenantOwned, @unchecked Sendable {
    static let schema = "development_areas"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<DevelopmentArea, Organisation> { $organisation }
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: LocalizedText
    @OptionalField(key: "archived_at") var archivedAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, programmeID: UUID, position: Int, title: LocalizedText) {
        self.id = id
        self.$organisation.id = organisationID
        self.$programme.id = programmeID
        self.position = position
        self.title = title
    }
}

/// A result goal under a development area.
final class ResultGoal: Model, TenantOwned, @unchecked Sendable {
    static let schema = "result_goals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<ResultGoal, Organisation> { $organisation }
    @Parent(key: "area_id") var area: DevelopmentArea
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: LocalizedText
    /// The latest reported status (the history is in `GoalStatusUpdate`); nil: not started.
    @OptionalField(key: "status") var statusCode: String?
    @OptionalField(key: "description") var goalDescription: LocalizedText?
    @OptionalField(key: "start_date") var startDate: Date?
    @OptionalField(key: "end_date") var endDate: Date?
    @OptionalField(key: "archived_at") var archivedAt: Date?
    /// The goal of an earlier year this one was carried over from.
    @OptionalField(key: "carried_from_id") var carriedFromID: UUID?

    init() {}

    var status: GoalStatus { statusCode.flatMap(GoalStatus.init(rawValue:)) ?? .notStarted }

    init(id: UUID? = nil, organisationID: UUID, areaID: UUID, position: Int, title: LocalizedText) {
        self.id = id
        self.$organisation.id = organisationID
        self.$area.id = areaID
        self.position = position
        self.title = title
    }
}

/// A responsible person of a result goal (a goal may have several).
final class GoalResponsible: Model, TenantOwned, @unchecked Sendable {
    static let schema = "goal_responsibles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<GoalResponsible, Organisation> { $organisation }
    @Parent(key: "goal_id") var goal: ResultGoal
    @Parent(key: "person_id") var person: Person

    init() {}

    init(id: UUID? = nil, organisationID: UUID, goalID: UUID, personID: UUID) {
        self.id = id
        self.$organisation.id = organisationID
        self.$goal.id = goalID
        self.$person.id = personID
    }
}

/// A JSON object rather than a bare array: PostgreSQL's driver would send an array as a
/// PostgreSQL array, not as the `jsonb` the column is.
struct StoredQuestions: Codable, Sendable {
    var questions: [FeedbackQuestion]
}

/// The same for a list of ids.
struct StoredIDs: Codable, Sendable {
    var ids: [UUID]
}
