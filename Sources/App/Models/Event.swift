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

struct CreateEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Programme.schema).field("anonymity_k", .int).update()
        try await database.schema(EventRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .json, .required)
            .field("description", .json)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place", .string)
            .field("online_url", .string)
            .field("capacity", .int)
            .field("area_id", .uuid, .references(DevelopmentArea.schema, .id, onDelete: .setNull))
            .field("check_in_code", .string, .required)
            .create()
        try await database.schema(EventParticipant.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("checked_in_at", .datetime)
            .field("checked_in_by", .string)
            .unique(on: "event_id", "person_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            // WITHOUT ROWID: rows are kept in the order of their keys, so not even the file's
            // layout says in which order people answered. The unique pair stops a second
            // answer even when two arrive at once. (`ClusterFeedbackByEvent` keys both by event.)
            try await sql.raw("""
                CREATE TABLE feedback_receipts (id BLOB PRIMARY KEY NOT NULL,
                  organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
                  event_id BLOB NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                  person_id BLOB NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                  UNIQUE (event_id, person_id)) WITHOUT ROWID
                """).run()
            try await sql.raw("""
                CREATE TABLE feedback_answers (id BLOB PRIMARY KEY NOT NULL,
                  organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
                  event_id BLOB NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                  answered_on TEXT NOT NULL, scores TEXT NOT NULL, comment TEXT) WITHOUT ROWID
                """).run()
        } else {
            try await database.schema(FeedbackReceipt.schema)
                .id()
                .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
                .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
                .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
                .unique(on: "event_id", "person_id")
                .create()
            try await database.schema(FeedbackAnswerRecord.schema)
                .id()
                .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
                .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
                .field("answered_on", .string, .required)
                .field("scores", .json, .required)
                .field("comment", .string)
                .create()
        }
        try await sql.create(index: "feedback_answers_event").on(FeedbackAnswerRecord.schema).column("event_id").run()
        try await sql.create(index: "event_participants_person").on(EventParticipant.schema).column("person_id").run()
        try await sql.create(index: "events_organisation_start").on(EventRecord.schema).column("organisation_id").column("starts_at").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [FeedbackAnswerRecord.schema, FeedbackReceipt.schema, EventParticipant.schema, EventRecord.schema] {
            try await database.schema(schema).delete()
        }
        try await database.schema(Programme.schema).deleteField("anonymity_k").update()
    }
}

struct AddRegistration: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventParticipant.schema).field("status", .string).update()
        try await database.schema(EventParticipant.schema).field("registered_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventParticipant.schema).deleteField("status").update()
        try await database.schema(EventParticipant.schema).deleteField("registered_at").update()
    }
}

struct AddRemindersAndOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).field("reminders_sent", .int).update()
        try await database.schema(EventRecord.schema).field("last_reminder_at", .datetime).update()
        try await database.schema(OutboxMail.schema)
            .id()
            .field("organisation_id", .uuid, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema).delete()
        try await database.schema(EventRecord.schema).deleteField("reminders_sent").update()
        try await database.schema(EventRecord.schema).deleteField("last_reminder_at").update()
    }
}

struct AddCalendarFeed: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema).field("calendar_token_hash", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "users_calendar_token_hash").on(User.schema).column("calendar_token_hash").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "users_calendar_token_hash").run() }
        try await database.schema(User.schema).deleteField("calendar_token_hash").update()
    }
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

struct CreateFeedbackLoopNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackLoopNote.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("period", .string, .required)
            .field("heard", .json, .required)
            .field("actions", .json, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .unique(on: "organisation_id", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FeedbackLoopNote.schema).delete()
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

struct CreateSharedEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SharedEvent.schema)
            .id()
            .field("kind", .string, .required)
            .field("title", .json, .required)
            .field("description", .json)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place", .string)
            .field("check_in_code", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(EventRecord.schema).field("shared_event_id", .uuid, .references(SharedEvent.schema, .id, onDelete: .setNull)).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "events_shared_event").on(EventRecord.schema).column("shared_event_id").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "events_shared_event").run() }
        try await database.schema(EventRecord.schema).deleteField("shared_event_id").update()
        try await database.schema(SharedEvent.schema).delete()
    }
}

struct AddFeedbackQuestions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Programme.schema).field("feedback_questions", .json).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Programme.schema).deleteField("feedback_questions").update()
    }
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

struct CreateEventMaterials: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventMaterial.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(EventRecord.schema, .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("url", .string)
            .field("file_name", .string)
            .field("content_type", .string)
            .field("size", .int)
            .field("content", .data)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventMaterial.schema).delete()
    }
}

struct AddEventDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).field("hosts", .string).update()
        try await database.schema(EventRecord.schema).field("goal_ids", .json).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).deleteField("hosts").update()
        try await database.schema(EventRecord.schema).deleteField("goal_ids").update()
    }
}

/// On SQLite, feedback receipts and answers are kept together by event: receipts by their
/// natural key (event, person), answers by event and then their random id. Keyed by the
/// random id alone, every receipt and answer of a burst went to a page of its own, and each
/// group the writer committed rewrote hundreds of pages: after a seminar, 25–40 µs per
/// answer, most of it in the commit; kept by event, 5–10 µs (docs/PERFORMANCE.md). Within an
/// event the answers still lie in the order of their random ids, not in the order they came
/// in, and the receipt's own id is no longer a key (nothing looks a receipt up by it).
/// PostgreSQL keeps its tables as they are.
struct ClusterFeedbackByEvent: AsyncMigration {
    /// How the two tables are keyed.
    private enum Keys {
        /// Receipts by (event, person), answers by (event, random id): this migration.
        case byEvent
        /// Both by their random id, with the unique pair and an index on the event: before.
        case byRandomID

        /// Each table's column definitions, the key's columns first: SQLite 3.40's
        /// `PRAGMA integrity_check` (Debian 12's) reports false NULLs in a `WITHOUT ROWID` table
        /// whose key columns are not its leftmost.
        var tables: [(name: String, columns: [String], key: String)] {
            let organisation = "organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE"
            let event = "event_id BLOB NOT NULL REFERENCES events (id) ON DELETE CASCADE"
            let person = "person_id BLOB NOT NULL REFERENCES people (id) ON DELETE CASCADE"
            let answer = ["answered_on TEXT NOT NULL", "scores TEXT NOT NULL", "comment TEXT"]
            return switch self {
            case .byEvent: [
                (FeedbackReceipt.schema, [event, person, "id BLOB NOT NULL", organisation], "PRIMARY KEY (event_id, person_id)"),
                (FeedbackAnswerRecord.schema, [event, "id BLOB NOT NULL", organisation] + answer, "PRIMARY KEY (event_id, id)"),
            ]
            case .byRandomID: [
                (FeedbackReceipt.schema, ["id BLOB NOT NULL", organisation, event, person], "PRIMARY KEY (id), UNIQUE (event_id, person_id)"),
                (FeedbackAnswerRecord.schema, ["id BLOB NOT NULL", organisation, event] + answer, "PRIMARY KEY (id)"),
            ]
            }
        }
    }

    func prepare(on database: any Database) async throws {
        try await rebuild(database, as: .byEvent)
    }

    func revert(on database: any Database) async throws {
        try await rebuild(database, as: .byRandomID)
    }

    /// Both tables anew, keyed as `keys` says, their rows copied, in one transaction.
    private func rebuild(_ database: any Database, as keys: Keys) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
            for table in keys.tables {
                let names = table.columns.map { String($0.prefix { $0 != " " }) }.joined(separator: ", ")
                let definition = (table.columns + [table.key]).joined(separator: ", ")
                try await sql.raw("CREATE TABLE \(unsafeRaw: table.name)_rebuilt (\(unsafeRaw: definition)) WITHOUT ROWID").run()
                try await sql.raw("INSERT INTO \(unsafeRaw: table.name)_rebuilt (\(unsafeRaw: names)) SELECT \(unsafeRaw: names) FROM \(unsafeRaw: table.name)").run()
                try await sql.raw("DROP TABLE \(unsafeRaw: table.name)").run()
                try await sql.raw("ALTER TABLE \(unsafeRaw: table.name)_rebuilt RENAME TO \(unsafeRaw: table.name)").run()
            }
            if case .byRandomID = keys {
                try await sql.create(index: "feedback_answers_event").on(FeedbackAnswerRecord.schema).column("event_id").run()
            }
        }
    }
}

/// External coaches who lead an event (`EventRecord.coachUserIDs`).
struct AddEventCoaches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).field("coach_user_ids", .json).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).deleteField("coach_user_ids").update()
    }
}
