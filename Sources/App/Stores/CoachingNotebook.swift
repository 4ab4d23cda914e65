import Fluent
import Foundation
import RoderCore

/// The only way to coaching notes and agreed actions. Their models are private to this file,
/// so no page, export, audit entry or mail can read a note's text except through a notebook
/// opened for a `CoachingReader`, and the notebook selects in the database only what that
/// reader may read (`CoachingReader.mayRead`): the programme owner, an administrator, the
/// operator and other coaches are outsiders and get counts, never text.
struct CoachingNotebook: Sendable {
    static let noteTable = "coaching_notes"
    static let actionTable = "coaching_actions"

    let tenant: TenantDatabase
    let engagementID: UUID
    let reader: CoachingReader

    struct Note: Sendable {
        let kind: CoachingNoteKind
        let authorUserID: UUID
        let at: Date
        let text: String
    }

    struct Action: Sendable {
        let id: UUID
        let text: String
        let due: Date
        let doneAt: Date?
        /// The programme result goal the action serves, if any.
        var resultGoalID: UUID? = nil
    }

    enum Refusal: Error { case mayNotWrite }

    /// The notes this reader may read, newest first.
    func notes() async throws -> [Note] {
        let query = tenant.query(NoteRecord.self).filter(\.$engagementID == engagementID)
        switch reader {
        case .outsider: return []
        case .coach: query.filter(\.$kind ~~ [CoachingNoteKind.coachPrivate.rawValue, CoachingNoteKind.shared.rawValue])
        case .participant(let personID):
            query.group(.or) { either in
                either.filter(\.$kind == CoachingNoteKind.shared.rawValue)
                either.group(.and) { own in
                    own.filter(\.$kind == CoachingNoteKind.reflection.rawValue).filter(\.$authorPersonID == personID)
                }
            }
        }
        return try await query.sort(\.$createdAt, .descending).all().compactMap { record in
            guard let kind = CoachingNoteKind(rawValue: record.kind), reader.mayRead(kind, authorPersonID: record.authorPersonID) else { return nil }
            return Note(kind: kind, authorUserID: record.authorUserID, at: record.createdAt, text: record.text)
        }
    }

    /// How many notes the engagement has, of every kind: what an outsider may know.
    func noteCount() async throws -> Int {
        try await tenant.query(NoteRecord.self).filter(\.$engagementID == engagementID).count()
    }

    func add(_ kind: CoachingNoteKind, text: String, authorUserID: UUID, at: Date) async throws {
        guard reader.writableKinds.contains(kind) else { throw Refusal.mayNotWrite }
        let authorPersonID: UUID? = if case .participant(let personID) = reader { personID } else { nil }
        try await tenant.create(
            NoteRecord(engagementID: engagementID, kind: kind, authorUserID: authorUserID, authorPersonID: authorPersonID, text: text, at: at))
    }

    /// The agreed actions, shared by the coach and the coachees; none for anyone else.
    func actions() async throws -> [Action] {
        guard reader.sharesActions else { return [] }
        return try await tenant.query(ActionRecord.self).filter(\.$engagementID == engagementID).sort(\.$due).all().map {
            Action(id: $0.id ?? UUID(), text: $0.text, due: $0.due, doneAt: $0.doneAt, resultGoalID: $0.resultGoalID)
        }
    }

    func addAction(text: String, due: Date, resultGoalID: UUID? = nil, at: Date) async throws {
        guard reader.sharesActions else { throw Refusal.mayNotWrite }
        let action = ActionRecord(engagementID: engagementID, text: text, due: due, at: at)
        action.resultGoalID = resultGoalID
        try await tenant.create(action)
    }

    /// Marks an action of this engagement done or open again; false if it is not one of its actions.
    func setAction(_ actionID: UUID, done: Bool, at: Date) async throws -> Bool {
        guard reader.sharesActions,
            let action = try await tenant.query(ActionRecord.self).filter(\.$id == actionID).filter(\.$engagementID == engagementID).first()
        else { return false }
        action.doneAt = done ? (action.doneAt ?? at) : nil
        try await action.save(on: tenant.database)
        return true
    }

    /// The engagement an action belongs to, so the caller can open the notebook for it.
    static func engagementOfAction(_ actionID: UUID, in tenant: TenantDatabase) async throws -> UUID? {
        try await tenant.query(ActionRecord.self).filter(\.$id == actionID).first()?.engagementID
    }

    /// The open actions of several engagements at once, for a start page: only of those where
    /// the reader shares the actions (as coach or coachee), earliest due first.
    static func openActions(_ readers: [UUID: CoachingReader], in tenant: TenantDatabase) async throws -> [(engagementID: UUID, action: Action)] {
        let shared = readers.filter { $0.value.sharesActions }.map(\.key)
        guard !shared.isEmpty else { return [] }
        return try await tenant.query(ActionRecord.self).filter(\.$engagementID ~~ shared).filter(\.$doneAt == nil).sort(\.$due).all().map {
            (engagementID: $0.engagementID, action: Action(id: $0.id ?? UUID(), text: $0.text, due: $0.due, doneAt: nil))
        }
    }

    /// Deletes every note of an engagement, unread, and returns how many there were. The caller
    /// checks that the engagement has ended and that its coach or the programme owner asks.
    static func deleteNotes(of engagementID: UUID, in tenant: TenantDatabase) async throws -> Int {
        let notes = tenant.query(NoteRecord.self).filter(\.$engagementID == engagementID)
        let count = try await notes.count()
        try await tenant.query(NoteRecord.self).filter(\.$engagementID == engagementID).delete()
        return count
    }

    /// Open actions per engagement: counts only, for the lists of the coach and the coachees.
    static func openActionCounts(_ engagementIDs: [UUID], in tenant: TenantDatabase) async throws -> [UUID: Int] {
        guard !engagementIDs.isEmpty else { return [:] }
        let open = try await tenant.query(ActionRecord.self).filter(\.$engagementID ~~ engagementIDs).filter(\.$doneAt == nil).all(\.$engagementID)
        return open.reduce(into: [:]) { counts, id in counts[id, default: 0] += 1 }
    }
}

private final class NoteRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = CoachingNotebook.noteTable

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<NoteRecord, Organisation> { $organisation }
    @Field(key: "engagement_id") var engagementID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "author_user_id") var authorUserID: UUID
    @OptionalField(key: "author_person_id") var authorPersonID: UUID?
    @Field(key: "text") var text: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(engagementID: UUID, kind: CoachingNoteKind, authorUserID: UUID, authorPersonID: UUID?, text: String, at: Date) {
        self.engagementID = engagementID
        self.kind = kind.rawValue
        self.authorUserID = authorUserID
        self.authorPersonID = authorPersonID
        self.text = text
        self.createdAt = at
    }
}

private final class ActionRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = CoachingNotebook.actionTable

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<ActionRecord, Organisation> { $organisation }
    @Field(key: "engagement_id") var engagementID: UUID
    @Field(key: "text") var text: String
    @Field(key: "due") var due: Date
    @OptionalField(key: "done_at") var doneAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "result_goal_id") var resultGoalID: UUID?

    init() {}

    init(engagementID: UUID, text: String, due: Date, at: Date) {
        self.engagementID = engagementID
        self.text = text
        self.due = due
        self.createdAt = at
    }
}
