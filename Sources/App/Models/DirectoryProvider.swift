import Fluent
import Foundation
import RoderCore

/// An organisation's own directory (OpenID Connect) to sign in with: at most one per
/// organisation. The client secret is what the directory issued to Roder for this organisation;
/// it is stored to talk to the directory and never shown again.
final class DirectoryProvider: Model, @unchecked Sendable {
    static let schema = "directory_providers"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "issuer") var issuer: String
    @Field(key: "client_id") var clientID: String
    @Field(key: "client_secret") var clientSecret: String
    /// Allowed e-mail domains, comma-separated, lower case.
    @Field(key: "domains") var domainList: String
    /// Whether the organisation's people may still sign in with a password.
    @Field(key: "allows_password") var allowsPassword: Bool
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(organisationID: UUID, now: Date) {
        self.id = UUID()
        self.organisationID = organisationID
        self.name = ""
        self.issuer = ""
        self.clientID = ""
        self.clientSecret = ""
        self.domainList = ""
        self.allowsPassword = true
        self.updatedAt = now
    }

    var domains: [String] { domainList.split(separator: ",").map(String.init) }
}

/// One sign-in through a directory under way: what the callback must find again (the state),
/// and what it checks the answer against (nonce, PKCE verifier). Bound to the browser that began
/// it (the hash of its CSRF token, which a visitor has as a cookie) and used once: the callback
/// deletes it, so a replayed answer, or one brought to another browser, finds nothing.
final class DirectorySignInAttempt: Model, @unchecked Sendable {
    static let schema = "directory_sign_in_attempts"
    /// How long the person has at the directory's sign-in page.
    static let lifetime: TimeInterval = 10 * 60

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: DirectoryProvider
    @Field(key: "browser_hash") var browserHash: String
    @Field(key: "state_hash") var stateHash: String
    @Field(key: "nonce") var nonce: String
    @Field(key: "code_verifier") var codeVerifier: String
    @OptionalField(key: "next") var next: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(providerID: UUID, browserHash: String, stateHash: String, nonce: String, codeVerifier: String, next: String?, now: Date) {
        self.id = UUID()
        self.$provider.id = providerID
        self.browserHash = browserHash
        self.stateHash = stateHash
        self.nonce = nonce
        self.codeVerifier = codeVerifier
        self.next = next
        self.createdAt = now
    }
}
