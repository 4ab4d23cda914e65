import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// A session as every request needs it: the session row, its signed-in user (nil before
/// sign-in) and the user's memberships with their organisations — as plain values.
/// `RequestState` makes Fluent models of them only when a handler asks for one: making the
/// four models (each field a property wrapper of its own) cost more than reading the rows,
/// and most requests, such as a feedback answer, need only a few identifiers.
struct LoadedSession: Sendable {
    var session: SessionRecord
    let user: UserRecord?
    let memberships: [MembershipRecord]
}

/// Reads a request's session for `SessionMiddleware`: session, user, memberships and
/// organisations in one plain-SQL query (Fluent would make three, and build every model by
/// reflection). It runs before every request. A test (`SessionLoadingTests.columnsCoverModels`)
/// checks the column lists below against the models, so a field added to a model cannot be
/// forgotten here.
enum SessionLoader {
    static let sessionColumns = ["id", "token_hash", "user_id", "organisation_id", "csrf_token", "notice", "created_at", "last_seen_at"]
    static let userColumns = ["id", "email", "name", "password_hash", "language", "is_active", "is_programme_operator",
                              "calendar_token_hash", "last_sign_in_at", "created_at"]
    static let membershipColumns = ["id", "organisation_id", "user_id", "roles", "person_id"]
    static let organisationColumns = ["id", "name", "slug", "content_languages", "created_at", "span_target_min", "span_target_max", "import_mapping"]

    /// The query up to the token hash, written once: it names 31 columns.
    private static let queryHead: String = {
        func columns(_ table: String, _ names: [String]) -> String {
            names.map { "\(table).\($0) AS \(table)_\($0)" }.joined(separator: ", ")
        }
        let select = [columns("s", sessionColumns), columns("u", userColumns), columns("m", membershipColumns), columns("o", organisationColumns)]
            .joined(separator: ", ")
        return """
            SELECT \(select)
            FROM sessions s
            LEFT JOIN users u ON u.id = s.user_id
            LEFT JOIN memberships m ON m.user_id = u.id
            LEFT JOIN organisations o ON o.id = m.organisation_id
            WHERE s.token_hash = 
            """
    }()

    /// The session whose token is `token`, or nil.
    static func load(token: String, on database: any Database) async throws -> LoadedSession? {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.raw("\(unsafeRaw: queryHead)\(bind: SessionStore.hash(token))").all()
        guard let first = rows.first else { return nil }
        return LoadedSession(
            session: try SessionRecord(row: first),
            user: try first.decodeNil(column: "u_id") ? nil : UserRecord(row: first),
            memberships: try rows.filter { try !$0.decodeNil(column: "m_id") }.map { row in
                try MembershipRecord(row: row, organisation: OrganisationRecord(row: row))
            })
    }
}

// The rows of `SessionLoader.load` as values, and the models made from them: marked as
// stored, so that a later `save` updates them. Every field is set: saving writes them all
// back, unchanged unless changed.

/// A `UserSession` row.
struct SessionRecord: Sendable {
    let id: UUID
    let tokenHash: String
    let userID: UUID?
    var organisationID: UUID?
    let csrfToken: String
    let notice: String?
    let createdAt: Date
    var lastSeenAt: Date

    fileprivate init(row: any SQLRow) throws {
        id = try row.uuid("s_id")
        tokenHash = try row.decode(column: "s_token_hash", as: String.self)
        userID = try row.optionalUUID("s_user_id")
        organisationID = try row.optionalUUID("s_organisation_id")
        csrfToken = try row.decode(column: "s_csrf_token", as: String.self)
        notice = try row.decode(column: "s_notice", as: String?.self)
        createdAt = try row.decode(column: "s_created_at", as: Date.self)
        lastSeenAt = try row.decode(column: "s_last_seen_at", as: Date.self)
    }

    var model: UserSession {
        let session = UserSession(tokenHash: tokenHash, userID: userID, organisationID: organisationID, csrfToken: csrfToken, now: createdAt)
        session.id = id
        session.notice = notice
        session.lastSeenAt = lastSeenAt
        session.$id.exists = true
        return session
    }
}

/// A `User` row.
struct UserRecord: Sendable {
    let id: UUID
    let email: String
    let name: String
    let passwordHash: String
    let languageCode: String?
    let isActive: Bool
    let isProgrammeOperator: Bool
    let calendarTokenHash: String?
    let lastSignInAt: Date?
    let createdAt: Date

    fileprivate init(row: any SQLRow) throws {
        id = try row.uuid("u_id")
        email = try row.decode(column: "u_email", as: String.self)
        name = try row.decode(column: "u_name", as: String.self)
        passwordHash = try row.decode(column: "u_password_hash", as: String.self)
        languageCode = try row.decode(column: "u_language", as: String?.self)
        isActive = try row.decode(column: "u_is_active", as: Bool.self)
        isProgrammeOperator = try row.decode(column: "u_is_programme_operator", as: Bool.self)
        calendarTokenHash = try row.decode(column: "u_calendar_token_hash", as: String?.self)
        lastSignInAt = try row.decode(column: "u_last_sign_in_at", as: Date?.self)
        createdAt = try row.decode(column: "u_created_at", as: Date.self)
    }

    var model: User {
        let user = User()
        user.id = id
        user.email = email
        user.name = name
        user.passwordHash = passwordHash
        user.languageCode = languageCode
        user.isActive = isActive
        user.isProgrammeOperator = isProgrammeOperator
        user.calendarTokenHash = calendarTokenHash
        user.lastSignInAt = lastSignInAt
        user.createdAt = createdAt
        user.$id.exists = true
        return user
    }
}

/// A `Membership` row, with its organisation.
struct MembershipRecord: Sendable {
    let id: UUID
    let organisationID: UUID
    let userID: UUID
    let roleCodes: String
    let personID: UUID?
    let organisation: OrganisationRecord

    fileprivate init(row: any SQLRow, organisation: OrganisationRecord) throws {
        id = try row.uuid("m_id")
        organisationID = try row.uuid("m_organisation_id")
        userID = try row.uuid("m_user_id")
        roleCodes = try row.decode(column: "m_roles", as: String.self)
        personID = try row.optionalUUID("m_person_id")
        self.organisation = organisation
    }

    var roles: Set<Role> { Membership.roles(from: roleCodes) }

    /// With `organisation` loaded (`organisationModel`: the model to use for it).
    func model(organisation organisationModel: Organisation) -> Membership {
        let membership = Membership()
        membership.id = id
        membership.$organisation.id = organisationID
        membership.$user.id = userID
        membership.roleCodes = roleCodes
        membership.$person.id = personID
        membership.$id.exists = true
        membership.$organisation.value = organisationModel
        return membership
    }
}

/// An `Organisation` row.
struct OrganisationRecord: Sendable {
    let id: UUID
    let name: LocalizedText
    let slug: String
    let contentLanguageCodes: String
    let createdAt: Date
    let spanTargetMinimum: Int?
    let spanTargetMaximum: Int?
    let rememberedImportMapping: [String: String]?

    fileprivate init(row: any SQLRow) throws {
        id = try row.uuid("o_id")
        name = try row.decode(column: "o_name", as: LocalizedText.self)
        slug = try row.decode(column: "o_slug", as: String.self)
        contentLanguageCodes = try row.decode(column: "o_content_languages", as: String.self)
        createdAt = try row.decode(column: "o_created_at", as: Date.self)
        spanTargetMinimum = try row.decode(column: "o_span_target_min", as: Int?.self)
        spanTargetMaximum = try row.decode(column: "o_span_target_max", as: Int?.self)
        rememberedImportMapping = try row.decode(column: "o_import_mapping", as: [String: String]?.self)
    }

    var model: Organisation {
        let organisation = Organisation()
        organisation.id = id
        organisation.name = name
        organisation.slug = slug
        organisation.contentLanguageCodes = contentLanguageCodes
        organisation.createdAt = createdAt
        organisation.spanTargetMinimum = spanTargetMinimum
        organisation.spanTargetMaximum = spanTargetMaximum
        organisation.rememberedImportMapping = rememberedImportMapping
        organisation.$id.exists = true
        return organisation
    }
}
