import Fluent
import Foundation
import RoderCore

/// A competence of the organisation's framework (e.g. "Leading change"), in a group ("Leading
/// people"), with what each of the four levels means.
final class CompetenceRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "competences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<CompetenceRecord, Organisation> { $organisation }
    @Field(key: "group_name") var group: LocalizedText
    @Field(key: "name") var name: LocalizedText
    @Field(key: "levels") var levelTexts: CompetenceLevelTexts
    @Field(key: "position") var position: Int

    init() {}

    init(id: UUID? = nil, organisationID: UUID, group: LocalizedText, name: LocalizedText, levels: [LocalizedText], position: Int) {
        self.id = id
        self.$organisation.id = organisationID
        self.group = group
        self.name = name
        self.levelTexts = CompetenceLevelTexts(levels: levels)
        self.position = position
    }
}

/// The four level descriptions, wrapped so that every database stores them as one JSON value.
struct CompetenceLevelTexts: Codable, Sendable {
    var levels: [LocalizedText]
}

/// A competence a role profile requires, and the level it expects.
final class ProfileCompetence: Model, TenantOwned, @unchecked Sendable {
    static let schema = "profile_competences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<ProfileCompetence, Organisation> { $organisation }
    @Parent(key: "role_profile_id") var profile: RoleProfile
    @Parent(key: "competence_id") var competence: CompetenceRecord
    @Field(key: "expected_level") var expectedLevel: Int

    init() {}

    init(organisationID: UUID, profileID: UUID, competenceID: UUID, expected: CompetenceLevel) {
        self.$organisation.id = organisationID
        self.$profile.id = profileID
        self.$competence.id = competenceID
        self.expectedLevel = expected.value
    }
}

/// A self-assessment round (e.g. "Spring 2027"), opened by the programme owner for the
/// managers of chosen role profiles.
final class AssessmentRound: Model, TenantOwned, @unchecked Sendable {
    static let schema = "assessment_rounds"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<AssessmentRound, Organisation> { $organisation }
    @Field(key: "name") var name: LocalizedText
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "closes_on") var closesOn: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Field(key: "reminders_sent") var remindersSent: Int
    @OptionalField(key: "last_reminder_at") var lastReminderAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: LocalizedText, openedAt: Date, closesOn: Date?) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.openedAt = openedAt
        self.closesOn = closesOn
        self.remindersSent = 0
    }

    var window: AssessmentRoundWindow { AssessmentRoundWindow(closesOn: closesOn, closedAt: closedAt) }
}

/// A manager invited to a round, with the role profile they held when it opened (the
/// overview groups by it) and when they answered.
final class AssessmentInvitee: Model, TenantOwned, @unchecked Sendable {
    static let schema = "assessment_invitees"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<AssessmentInvitee, Organisation> { $organisation }
    @Parent(key: "round_id") var round: AssessmentRound
    @Parent(key: "person_id") var person: Person
    @Parent(key: "role_profile_id") var profile: RoleProfile
    @OptionalField(key: "answered_at") var answeredAt: Date?

    init() {}

    init(organisationID: UUID, roundID: UUID, personID: UUID, profileID: UUID) {
        self.$organisation.id = organisationID
        self.$round.id = roundID
        self.$person.id = personID
        self.$profile.id = profileID
    }
}

/// One manager's level for one competence in one round, with their comment. Personal: read
/// as a whole only by the manager themself (`SelfAssessments`); the programme sees levels
/// aggregated from k people, never a comment.
final class SelfAssessmentRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "self_assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<SelfAssessmentRecord, Organisation> { $organisation }
    @Parent(key: "round_id") var round: AssessmentRound
    @Parent(key: "person_id") var person: Person
    @Parent(key: "competence_id") var competence: CompetenceRecord
    @Field(key: "level") var level: Int
    @Field(key: "comment") var comment: String
    /// The role profile the person was invited under (a copy of the invitee's), so the overview
    /// counts from one covering index without joining the invitees.
    @OptionalField(key: "role_profile_id") var profileID: UUID?

    init() {}

    init(organisationID: UUID, roundID: UUID, personID: UUID, profileID: UUID, competenceID: UUID, level: CompetenceLevel, comment: String) {
        self.$organisation.id = organisationID
        self.$round.id = roundID
        self.$person.id = personID
        self.profileID = profileID
        self.$competence.id = competenceID
        self.level = level.value
        self.comment = comment
    }
}

/// A manager's personal development plan: whether they share it with their own manager. Its
/// goals and actions hang off the person; the row exists once they have chosen.
final class DevelopmentPlanSetting: Model, TenantOwned, @unchecked Sendable {
    static let schema = "development_plans"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<DevelopmentPlanSetting, Organisation> { $organisation }
    @Parent(key: "person_id") var person: Person
    @Field(key: "shared_with_manager") var sharedWithManager: Bool

    init() {}

    init(organisationID: UUID, personID: UUID, sharedWithManager: Bool) {
        self.$organisation.id = organisationID
        self.$person.id = personID
        self.sharedWithManager = sharedWithManager
    }
}

/// A development goal of a manager's plan, linked to a competence and a programme result goal.
final class DevelopmentGoal: Model, TenantOwned, @unchecked Sendable {
    static let schema = "development_goals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<DevelopmentGoal, Organisation> { $organisation }
    @Parent(key: "person_id") var person: Person
    @Field(key: "text") var text: String
    @OptionalField(key: "competence_id") var competenceID: UUID?
    @OptionalField(key: "result_goal_id") var resultGoalID: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, personID: UUID, text: String, competenceID: UUID?, resultGoalID: UUID?, createdAt: Date) {
        self.$organisation.id = organisationID
        self.$person.id = personID
        self.text = text
        self.competenceID = competenceID
        self.resultGoalID = resultGoalID
        self.createdAt = createdAt
    }
}

/// An action towards a development goal, with its due date and how far it has come.
final class DevelopmentAction: Model, TenantOwned, @unchecked Sendable {
    static let schema = "development_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<DevelopmentAction, Organisation> { $organisation }
    @Parent(key: "goal_id") var goal: DevelopmentGoal
    @Field(key: "text") var text: String
    @Field(key: "due") var due: Date
    @Field(key: "status") var status: String

    init() {}

    init(organisationID: UUID, goalID: UUID, text: String, due: Date, status: DevelopmentActionStatus) {
        self.$organisation.id = organisationID
        self.$goal.id = goalID
        self.text = text
        self.due = due
        self.status = status.rawValue
    }

    var actionStatus: DevelopmentActionStatus { DevelopmentActionStatus(rawValue: status) ?? .planned }
}
