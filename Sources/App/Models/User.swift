import Fluent
import Foundation
import RoderCore

/// A person who can sign in. Users are not owned by one organisation: a coach may work
/// for several. What they may do in an organisation is their `Membership` there.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    /// Stored normalised (trimmed, lower-case); unique.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    /// Bcrypt hash; the password itself is never stored.
    @Field(key: "password_hash") var passwordHash: String
    /// Preferred interface language code; nil means "follow the browser".
    @OptionalField(key: "language") var languageCode: String?
    @Field(key: "is_active") var isActive: Bool
    @Field(key: "is_programme_operator") var isProgrammeOperator: Bool
    /// SHA-256 of the secret in the personal calendar feed's address; nil when there is none.
    @OptionalField(key: "calendar_token_hash") var calendarTokenHash: String?
    @OptionalField(key: "last_sign_in_at") var lastSignInAt: Date?
    @Field(key: "created_at") var createdAt: Date

    @Children(for: \.$user) var memberships: [Membership]

    init() {}

    init(
        id: UUID? = nil, email: String, name: String, passwordHash: String, language: Language?,
        isActive: Bool = true, isProgrammeOperator: Bool = false, createdAt: Date
    ) {
        self.id = id
        self.email = EmailAddress.normalised(email)
        self.name = name
        self.passwordHash = passwordHash
        self.languageCode = language?.code
        self.isActive = isActive
        self.isProgrammeOperator = isProgrammeOperator
        self.createdAt = createdAt
    }

    var language: Language? { languageCode.flatMap(Language.init(rawValue:)) }
}

/// A user's roles in one organisation, and the person of that organisation the user is
/// (a manager's account is linked to the manager as responsible person).
final class Membership: Model, TenantOwned, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<Membership, Organisation> { $organisation }
    @Parent(key: "user_id") var user: User
    /// Role codes, comma-separated, e.g. `programme_owner,administrator`.
    @Field(key: "roles") var roleCodes: String
    @OptionalParent(key: "person_id") var person: Person?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, userID: UUID, roles: Set<Role>, personID: UUID? = nil) {
        self.id = id
        self.$organisation.id = organisationID
        self.$user.id = userID
        self.roleCodes = Membership.codes(for: roles)
        self.$person.id = personID
    }

    var roles: Set<Role> {
        get { Self.roles(from: roleCodes) }
        set { roleCodes = Membership.codes(for: newValue) }
    }

    static func roles(from codes: String) -> Set<Role> {
        Set(codes.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }

    /// Sorted, so the stored text and the audit log are stable.
    static func codes(for roles: Set<Role>) -> String {
        Role.allCases.filter(roles.contains).map(\.rawValue).joined(separator: ",")
    }
}
