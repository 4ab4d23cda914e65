import Fluent
import Foundation
import RoderCore
import SQLKit

/// A leadership forum, seminar, management-group meeting or coaching group.
final class EventRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "events"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<EventRecord, Organisation> { $organisation }
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: LocalizedText
    @OptionalField(key: "description") var eventDescription: LocalizedText?
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @OptionalField(key: "place") var place: String?
    @OptionalField(key: "online_url") var onlineURL: String?
    @OptionalField(key: "capacity") var capacity: Int?
    /// The development area the event's topic belongs to.
    @OptionalField(key: "area_id") var areaID: UUID?
    /// Shown in the room; participants type it to check themselves in.
    @Field(key: "check_in_code") var checkInCode: String
    /// Feedback reminders sent so far (see `ReminderPolicy`), and when the last one went.
    @OptionalField(key: "reminders_sent") var remindersSent: Int?
    @OptionalField(key: "last_reminder_at") var lastReminderAt: Date?
    /// Set when this is one organisation's part of an event the programme operator runs for
    /// several (`SharedEvent`): its people, attendance and answers stay in this organisation.
    @OptionalField(key: "shared_event_id") var sharedEventID: UUID?
    /// "Helena Lindqvist (host), Anna Forsman (expert)": free text, experts are often from outside.
    @OptionalField(key: "hosts") var hosts: String?
    /// The hosts' and experts' preparation, all together (working time, `TimeSource.preparation`).
    @OptionalField(key: "preparation_minutes") var preparationMinutes: Int?
    /// The programme's result goals the event deals with.
    @OptionalField(key: "goal_ids") var storedGoalIDs: StoredIDs?

    var goalIDs: [UUID]? {
        get { storedGoalIDs?.ids }
        set { storedGoalIDs = newValue.map(StoredIDs.init) }
    }
    /// The accounts of the external coaches who lead the event: they see its feedback.
    @OptionalField(key: "coach_user_ids") var storedCoachUserIDs: StoredIDs?

    var coachUserIDs: [UUID] {
        get { storedCoachUserIDs?.ids ?? [] }
        set { storedCoachUserIDs = newValue.isEmpty ? nil : StoredIDs(ids: newValue) }
    }

    init() {}

    init(organisationID: UUID, kind: EventKind, title: LocalizedText, startsAt: Date, endsAt: Date, checkInCode: String) {
        self.$organisation.id = organisationID
        self.kind = kind.rawValue
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.checkInCode = checkInCode
    }

    var eventKind: EventKind { EventKind(rawValue: kind) ?? .other }
    var checkInWindow: CheckInWindow { CheckInWindow(start: startsAt, end: endsAt) }
}

/// A person invited to an event, and whether they came. Attendance is not anonymous:
/// it is the signal the programme is judged by. Feedback is, and is stored elsewhere.
final class EventParticipant: Model, TenantOwned, @unchecked Sendable {
    static let schema = "event_participants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<EventParticipant, Organisation> { $organisation }
    @Parent(key: "event_id") var event: EventRecord
    @Parent(key: "person_id") var person: Person
    @OptionalField(key: "checked_in_at") var checkedInAt: Date?
    /// "self" (the code) or "host".
    @OptionalField(key: "checked_in_by") var checkedInBy: String?
    /// invited (nil), registered, waitlisted or cancelled.
    @OptionalField(key: "status") var statusCode: String?
    /// When they signed up: the waiting list's order.
    @OptionalField(key: "registered_at") var registeredAt: Date?

    init() {}

    var registration: Registration.State { statusCode.flatMap(Registration.State.init(rawValue:)) ?? .invited }

    init(organisationID: UUID, eventID: UUID, personID: UUID) {
        self.$organisation.id = organisationID
        self.$event.id = eventID
        self.$person.id = personID
    }
}

/// "This person has answered this event's feedback": stops a second answer and lets
/// reminders reach only those who have not. Holds no answer and no time.
final class FeedbackReceipt: Model, TenantOwned, @unchecked Sendable {
    static let schema = "feedback_receipts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<FeedbackReceipt, Organisation> { $organisation }
    @Parent(key: "event_id") var event: EventRecord
    @Parent(key: "person_id") var person: Person

    init() {}

    init(organisationID: UUID, eventID: UUID, personID: UUID) {
        self.id = UUID()
        self.$organisation.id = organisationID
        self.$event.id = eventID
        self.$person.id = personID
    }
}

/// One anonymous answer: no person, no user, no time but the day; its id is random, so
/// neither it nor the table's order tells who answered when (see docs/SECURITY.md).
final class FeedbackAnswerRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "feedback_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<FeedbackAnswerRecord, Organisation> { $organisation }
    @Parent(key: "event_id") var event: EventRecord
    /// "2026-11-29": the day only.
    @Field(key: "answered_on") var answeredOn: String
    @Field(key: "scores") var scores: [String: Int]
    @OptionalField(key: "comment") var comment: String?

    init() {}

    init(organisationID: UUID, eventID: UUID, answeredOn: String, answer: FeedbackAnswer) {
        self.id = UUID()
        self.$organisation.id = organisationID
        self.$event.id = eventID
        self.answeredOn = answeredOn
        self.scores = answer.scores
        self.comment = answer.comment
    }

    var answer: FeedbackAnswer { FeedbackAnswer(scores: scores, comment: comment) }
}

/// The programme owner's words for a half-year's "what you said and what we do" page.
final class FeedbackLoopNote: Model, TenantOwned, @unchecked Sendable {
    static let schema = "feedback_loop_notes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<FeedbackLoopNote, Organisation> { $organisation }
    /// `HalfYear.key`, e.g. "2026-2".
    @Field(key: "period") var period: String
    @Field(key: "heard") var heard: LocalizedText
    @Field(key: "actions") var actions: LocalizedText
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    init() {}

    init(organisationID: UUID, period: HalfYear) {
        self.id = UUID()
        self.$organisation.id = organisationID
        self.period = period.key
        self.heard = LocalizedText()
        self.actions = LocalizedText()
        self.updatedAt = Date()
        self.updatedBy = ""
    }
}

/// An event the programme operator runs for several organisations. Each participating
/// organisation has its own `EventRecord` (same code, time and place) holding its own
/// invitations, attendance and anonymous answers; this row only ties them together, so
/// tenant isolation holds and the operator reads the parts only to pool them.
final class SharedEvent: Model, @unchecked Sendable {
    static let schema = "shared_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: LocalizedText
    @OptionalField(key: "description") var eventDescription: LocalizedText?
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @OptionalField(key: "place") var place: String?
    @Field(key: "check_in_code") var checkInCode: String
    @Field(key: "created_at") var createdAt: Date
    /// What the operator paid for the event without VAT, divided among the organisations by
    /// attendance (`SharedCostSplit`).
    @OptionalField(key: "cost_cents") var costCents: Int?

    init() {}

    init(kind: EventKind, title: LocalizedText, startsAt: Date, endsAt: Date, checkInCode: String, createdAt: Date) {
        self.id = UUID()
        self.kind = kind.rawValue
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.checkInCode = checkInCode
        self.createdAt = createdAt
    }

    var eventKind: EventKind { EventKind(rawValue: kind) ?? .other }
}

/// An event's material: a link, or a checked file (`MaterialFile`) kept in the database so a
/// backup has it too.
final class EventMaterial: Model, TenantOwned, @unchecked Sendable {
    static let schema = "event_materials"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<EventMaterial, Organisation> { $organisation }
    @Parent(key: "event_id") var event: EventRecord
    @Field(key: "title") var title: String
    @OptionalField(key: "url") var url: String?
    @OptionalField(key: "file_name") var fileName: String?
    @OptionalField(key: "content_type") var contentType: String?
    @OptionalField(key: "size") var size: Int?
    @OptionalField(key: "content") var content: Data?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, eventID: UUID, title: String, createdAt: Date) {
        self.id = UUID()
        self.$organisation.id = organisationID
        self.$event.id = eventID
        self.title = title
        self.createdAt = createdAt
    }
}
