import Fluent
import Foundation
import RoderCore

/// A coach working with one coachee or a group for an agreed number of sessions.
final class CoachingEngagement: Model, TenantOwned, @unchecked Sendable {
    static let schema = "coaching_engagements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<CoachingEngagement, Organisation> { $organisation }
    @Parent(key: "coach_user_id") var coach: User
    @Field(key: "purpose") var purpose: LocalizedText
    @Field(key: "agreed_sessions") var agreedSessions: Int
    @OptionalField(key: "starts_on") var startsOn: Date?
    @OptionalField(key: "ends_on") var endsOn: Date?
    @Field(key: "state") var state: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, coachUserID: UUID, purpose: LocalizedText, agreedSessions: Int, startsOn: Date?, endsOn: Date?, state: EngagementState) {
        self.$organisation.id = organisationID
        self.$coach.id = coachUserID
        self.purpose = purpose
        self.agreedSessions = agreedSessions
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.state = state.rawValue
    }

    var engagementState: EngagementState { EngagementState(rawValue: state) ?? .planned }
}

/// A person coached in an engagement: one for individual coaching, several for a group.
final class CoachingParticipant: Model, TenantOwned, @unchecked Sendable {
    static let schema = "coaching_participants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<CoachingParticipant, Organisation> { $organisation }
    @Parent(key: "engagement_id") var engagement: CoachingEngagement
    @Parent(key: "person_id") var person: Person

    init() {}

    init(organisationID: UUID, engagementID: UUID, personID: UUID) {
        self.$organisation.id = organisationID
        self.$engagement.id = engagementID
        self.$person.id = personID
    }
}

/// One coaching session: planned, then held or missed (the coach records which).
final class CoachingSessionRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "coaching_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<CoachingSessionRecord, Organisation> { $organisation }
    @Parent(key: "engagement_id") var engagement: CoachingEngagement
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "minutes") var minutes: Int
    @Field(key: "form") var form: String
    @Field(key: "place") var place: String
    @Field(key: "status") var status: String

    init() {}

    init(organisationID: UUID, engagementID: UUID, startsAt: Date, minutes: Int, form: CoachingSessionForm, place: String) {
        self.$organisation.id = organisationID
        self.$engagement.id = engagementID
        self.startsAt = startsAt
        self.minutes = minutes
        self.form = form.rawValue
        self.place = place
        self.status = CoachingSessionStatus.planned.rawValue
    }

    var sessionStatus: CoachingSessionStatus { CoachingSessionStatus(rawValue: status) ?? .planned }
    var sessionForm: CoachingSessionForm { CoachingSessionForm(rawValue: form) ?? .inPerson }
}

/// A coachee who took part in a held session. One coachee's sessions are theirs; a group's
/// coach ticks who was there (`SessionAttendance`).
final class CoachingSessionAttendee: Model, TenantOwned, @unchecked Sendable {
    static let schema = "coaching_session_attendees"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<CoachingSessionAttendee, Organisation> { $organisation }
    @Parent(key: "session_id") var session: CoachingSessionRecord
    @Parent(key: "person_id") var person: Person

    init() {}

    init(organisationID: UUID, sessionID: UUID, personID: UUID) {
        self.$organisation.id = organisationID
        self.$session.id = sessionID
        self.$person.id = personID
    }
}

/// A coachee's own rating of how useful an ended engagement was (1–5, with a comment). The
/// programme sees it only aggregated per coach and in total from k coachees (`UsefulnessSummary`).
final class CoachingRating: Model, TenantOwned, @unchecked Sendable {
    static let schema = "coaching_ratings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<CoachingRating, Organisation> { $organisation }
    @Parent(key: "engagement_id") var engagement: CoachingEngagement
    @Parent(key: "person_id") var person: Person
    @Field(key: "rating") var rating: Int
    @Field(key: "comment") var comment: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, engagementID: UUID, personID: UUID, rating: Int, comment: String, createdAt: Date) {
        self.$organisation.id = organisationID
        self.$engagement.id = engagementID
        self.$person.id = personID
        self.rating = rating
        self.comment = comment
        self.createdAt = createdAt
    }
}

/// A development area or a result goal an engagement supports (one of the two per row).
final class CoachingLink: Model, TenantOwned, @unchecked Sendable {
    static let schema = "coaching_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<CoachingLink, Organisation> { $organisation }
    @Parent(key: "engagement_id") var engagement: CoachingEngagement
    @OptionalField(key: "area_id") var areaID: UUID?
    @OptionalField(key: "goal_id") var goalID: UUID?

    init() {}

    init(organisationID: UUID, engagementID: UUID, areaID: UUID? = nil, goalID: UUID? = nil) {
        self.$organisation.id = organisationID
        self.$engagement.id = engagementID
        self.areaID = areaID
        self.goalID = goalID
    }
}
