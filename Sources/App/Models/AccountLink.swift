import Fluent
import Foundation
import RoderCore

/// A single-use link to choose a password (`AccountLinkPurpose`): the invitation a new account
/// gets, or a reset. Only the SHA-256 of its secret is kept; the secret itself is in the mail
/// alone. Used, expired and superseded links stay until purged, so their page can say which.
final class AccountLink: Model, @unchecked Sendable {
    static let schema = "account_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// The organisation whose administrator sent it; nil for a reset the person asked for.
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "purpose") var purpose: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "superseded_at") var supersededAt: Date?

    init() {}

    init(userID: UUID, organisationID: UUID?, purpose: AccountLinkPurpose, tokenHash: String, now: Date) {
        self.id = UUID()
        self.$user.id = userID
        self.organisationID = organisationID
        self.purpose = purpose.rawValue
        self.tokenHash = tokenHash
        self.createdAt = now
        self.expiresAt = now.addingTimeInterval(purpose.validity)
    }

    func status(now: Date) -> AccountLinkStatus {
        AccountLinkStatus.of(expiresAt: expiresAt, usedAt: usedAt, supersededAt: supersededAt, now: now)
    }
}
