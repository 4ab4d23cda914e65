import Fluent
import Foundation
import RoderCore

/// A mail waiting to be sent: `roder send-mail` hands it to the system's `sendmail` and then
/// deletes it (`MailSender`). `sent_at` is left from when sent mail was kept; it stays empty.
final class OutboxMail: Model, @unchecked Sendable {
    static let schema = "mail_outbox"

    @ID(key: .id) var id: UUID?
    /// Whose mail it is; nil for mail of the installation itself.
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?
    /// Failed hand-overs to sendmail, and what it said the last time.
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?

    init() {}

    init(organisationID: UUID?, message: MailMessage, createdAt: Date) {
        self.id = UUID()
        self.$organisation.id = organisationID
        self.recipient = message.recipient
        self.subject = message.subject
        self.body = message.body
        self.createdAt = createdAt
        self.attempts = 0
    }
}
