import Fluent
import Foundation

/// A browser's session, signed in or not. The cookie carries a random token; only its
/// SHA-256 is stored, so a copy of the database cannot be used to take over sessions.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @OptionalParent(key: "user_id") var user: User?
    /// The organisation the user is working in (they may belong to several).
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    /// Every state-changing form must carry this token.
    @Field(key: "csrf_token") var csrfToken: String
    /// A one-off message for the next page (see `Notice`).
    @OptionalField(key: "notice") var notice: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}

    init(tokenHash: String, userID: UUID?, organisationID: UUID?, csrfToken: String, now: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.organisationID = organisationID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
    }
}
