import Fluent
import Foundation
import RoderCore

/// One change made through Roder. Rows are only ever inserted.
final class AuditRecord: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    /// nil for installation-wide changes (an organisation created from the command line).
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "actor_user_id") var actorUserID: UUID?
    /// The actor's name when the change was made, kept even if the user is renamed.
    @OptionalField(key: "actor_name") var actorName: String?
    @Field(key: "action") var action: String
    @Field(key: "subject") var subject: String
    @OptionalField(key: "subject_id") var subjectID: UUID?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "at") var at: Date

    init() {}

    init(
        organisationID: UUID?, actorUserID: UUID?, actorName: String?, action: AuditAction,
        subject: String, subjectID: UUID?, before: String?, after: String?, at: Date
    ) {
        self.organisationID = organisationID
        self.actorUserID = actorUserID
        self.actorName = actorName
        self.action = action.rawValue
        self.subject = subject
        self.subjectID = subjectID
        self.before = before
        self.after = after
        self.at = at
    }

    var entry: AuditEntry? {
        AuditAction(rawValue: action).map {
            AuditEntry(at: at, actorName: actorName, action: $0, subject: subject, before: before, after: after)
        }
    }
}
