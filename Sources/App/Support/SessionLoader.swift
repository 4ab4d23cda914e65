import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// A session as every request needs it: the session row, its signed-in user (nil before
/// sign-in) and the user's memberships with their organisations.
struct LoadedSession: @unchecked Sendable {
    let session: UserSession
    let user: User?
    /// Each with `organisation` loaded.
    let memberships: [Membership]
}

/// Reads sessions for `SessionMiddleware`: session, user, memberships and organisations in
/// one plain-SQL query, for all requests that arrive together (a `Batcher`). This runs
/// before every request, so it avoids what costs most per row in Fluent: it writes the
/// models from the columns instead of letting Fluent discover their properties by
/// reflection for every row. `SessionLoaderTests` checks the column lists below against the
/// models, so a field added to a model cannot be forgotten here.
struct SessionLoader: Sendable {
    private let batcher: EventLoopBatchers<String, LoadedSession?>

    init(group: any EventLoopGroup, database: @escaping @Sendable (any EventLoop) -> any Database) {
        batcher = EventLoopBatchers(group: group) { eventLoop, tokenHashes in try await Self.load(tokenHashes, on: database(eventLoop)) }
    }

    /// The session whose token is `token`, or nil. `eventLoop`: the request's.
    func load(token: String, on eventLoop: any EventLoop) async throws -> LoadedSession? {
        try await batcher.run(SessionStore.hash(token), on: eventLoop)
    }

    static let sessionColumns = ["id", "token_hash", "user_id", "organisation_id", "csrf_token", "notice", "created_at", "last_seen_at"]
    static let userColumns = ["id", "email", "name", "password_hash", "language", "is_active", "is_programme_operator",
                              "calendar_token_hash", "last_sign_in_at", "created_at"]
    static let membershipColumns = ["id", "organisation_id", "user_id", "roles", "person_id"]
    static let organisationColumns = ["id", "name", "slug", "content_languages", "created_at", "span_target_min", "span_target_max", "import_mapping"]

    /// One `LoadedSession?` per token hash, in order. Each gets its own model instances, even
    /// when two requests of one browser carry the same token: handlers change them.
    static func load(_ tokenHashes: [String], on database: any Database) async throws -> [LoadedSession?] {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        func columns(_ table: String, _ names: [String]) -> String {
            names.map { "\(table).\($0) AS \(table)_\($0)" }.joined(separator: ", ")
        }
        let select = [columns("s", sessionColumns), columns("u", userColumns), columns("m", membershipColumns), columns("o", organisationColumns)]
            .joined(separator: ", ")
        let unique = Array(Set(tokenHashes))
        let rows = try await sql.raw("""
            SELECT \(unsafeRaw: select)
            FROM sessions s
            LEFT JOIN users u ON u.id = s.user_id
            LEFT JOIN memberships m ON m.user_id = u.id
            LEFT JOIN organisations o ON o.id = m.organisation_id
            WHERE s.token_hash IN (\(binds: unique))
            """).all()
        let byHash = Dictionary(grouping: rows) { (try? $0.decode(column: "s_token_hash", as: String.self)) ?? "" }
        // Most sessions of a batch belong to the same organisation or two: each is decoded
        // (its name and import mapping are JSON) once per batch, and copied into each model.
        var organisations: [UUID: Organisation.Columns] = [:]
        func organisation(_ row: any SQLRow) throws -> Organisation {
            let id = try row.uuid("o_id")
            if let columns = organisations[id] { return Organisation(columns) }
            let columns = try Organisation.Columns(row: row, id: id)
            organisations[id] = columns
            return Organisation(columns)
        }
        return try tokenHashes.map { hash in
            guard let rows = byHash[hash], let first = rows.first else { return nil }
            let session = try UserSession(row: first)
            let user = try first.decodeNil(column: "u_id") ? nil : User(row: first)
            let memberships = try rows.filter { try !$0.decodeNil(column: "m_id") }.map { row in
                let membership = try Membership(row: row)
                membership.$organisation.value = try organisation(row)
                return membership
            }
            return LoadedSession(session: session, user: user, memberships: memberships)
        }
    }
}

// Models written from a row of `SessionLoader.load`, marked as stored so that a later `save`
// updates them. Every field is set: saving writes them all back, unchanged unless changed.

private extension UserSession {
    convenience init(row: any SQLRow) throws {
        self.init()
        id = try row.uuid("s_id")
        tokenHash = try row.decode(column: "s_token_hash", as: String.self)
        $user.id = try row.optionalUUID("s_user_id")
        organisationID = try row.optionalUUID("s_organisation_id")
        csrfToken = try row.decode(column: "s_csrf_token", as: String.self)
        notice = try row.decode(column: "s_notice", as: String?.self)
        createdAt = try row.decode(column: "s_created_at", as: Date.self)
        lastSeenAt = try row.decode(column: "s_last_seen_at", as: Date.self)
        $id.exists = true
    }
}

private extension User {
    convenience init(row: any SQLRow) throws {
        self.init()
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
        $id.exists = true
    }
}

private extension Membership {
    convenience init(row: any SQLRow) throws {
        self.init()
        id = try row.uuid("m_id")
        $organisation.id = try row.uuid("m_organisation_id")
        $user.id = try row.uuid("m_user_id")
        roleCodes = try row.decode(column: "m_roles", as: String.self)
        $person.id = try row.optionalUUID("m_person_id")
        $id.exists = true
    }
}

private extension Organisation {
    /// An organisation's columns, decoded once for all the models made from them.
    struct Columns {
        let id: UUID
        let name: LocalizedText
        let slug: String
        let contentLanguageCodes: String
        let createdAt: Date
        let spanTargetMinimum: Int?
        let spanTargetMaximum: Int?
        let rememberedImportMapping: [String: String]?

        init(row: any SQLRow, id: UUID) throws {
            self.id = id
            name = try row.decode(column: "o_name", as: LocalizedText.self)
            slug = try row.decode(column: "o_slug", as: String.self)
            contentLanguageCodes = try row.decode(column: "o_content_languages", as: String.self)
            createdAt = try row.decode(column: "o_created_at", as: Date.self)
            spanTargetMinimum = try row.decode(column: "o_span_target_min", as: Int?.self)
            spanTargetMaximum = try row.decode(column: "o_span_target_max", as: Int?.self)
            rememberedImportMapping = try row.decode(column: "o_import_mapping", as: [String: String]?.self)
        }
    }

    convenience init(_ columns: Columns) {
        self.init()
        id = columns.id
        name = columns.name
        slug = columns.slug
        contentLanguageCodes = columns.contentLanguageCodes
        createdAt = columns.createdAt
        spanTargetMinimum = columns.spanTargetMinimum
        spanTargetMaximum = columns.spanTargetMaximum
        rememberedImportMapping = columns.rememberedImportMapping
        $id.exists = true
    }
}

extension Application {
    private struct SessionLoaderKey: StorageKey { typealias Value = SessionLoader }

    /// Set up by `configure`, before the server takes requests.
    var sessionLoader: SessionLoader {
        get {
            guard let loader = storage[SessionLoaderKey.self] else { fatalError("configure(_:with:) has not run") }
            return loader
        }
        set { storage[SessionLoaderKey.self] = newValue }
    }
}
