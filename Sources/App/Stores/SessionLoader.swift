import Fluent
import FluentSQLiteDriver
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

/// Reads sessions for `SessionMiddleware`: session, user, memberships and organisations in
/// one plain-SQL query, for all requests that arrive together (a `Batcher`). This runs
/// before every request, so it avoids what costs most per row in Fluent: it reads plain
/// values from the columns (models are made from them later, if at all) instead of letting
/// Fluent discover the models' properties by reflection for every row. A test
/// (`BatchingTests.columnsCoverModels`) checks the column lists below against the models, so
/// a field added to a model cannot be forgotten here.
struct SessionLoader: Sendable {
    private let batcher: EventLoopBatchers<String, LoadedSession?>

    init(group: any EventLoopGroup, lanes: ReadLanes) {
        batcher = EventLoopBatchers(group: group, executor: { lanes.lane(for: $0).executor }) { eventLoop, tokenHashes in
            try await Self.load(tokenHashes, from: lanes.lane(for: eventLoop))
        }
    }

    /// The session whose token is `token`, or nil. `eventLoop`: the request's.
    func load(token: String, on eventLoop: any EventLoop) async throws -> LoadedSession? {
        try await batcher.run(SessionStore.hash(token), on: eventLoop)
    }

    static let sessionColumns = ["id", "token_hash", "user_id", "organisation_id", "csrf_token", "notice", "created_at", "last_seen_at"]
    static let userColumns = [
        "id", "email", "name", "password_hash", "language", "is_active", "is_programme_operator",
        "calendar_token_hash", "last_sign_in_at", "created_at",
    ]
    static let membershipColumns = ["id", "organisation_id", "user_id", "roles", "person_id"]
    static let organisationColumns = ["id", "name", "slug", "content_languages", "created_at", "span_target_min", "span_target_max", "import_mapping"]

    /// The query up to its list of token hashes, written once: it names 31 columns.
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
            WHERE s.token_hash IN (
            """
    }()

    /// One `LoadedSession?` per token hash, in order.
    static func load(_ tokenHashes: [String], from lane: ReadLanes.Lane) async throws -> [LoadedSession?] {
        switch lane {
        case .sqlite(let connection): try await connection.read { try await load(tokenHashes, sqlite: $0) }
        case .database(let database): try await load(tokenHashes, on: database)
        }
    }

    /// One `LoadedSession?` per token hash, in order.
    static func load(_ tokenHashes: [String], on database: any Database) async throws -> [LoadedSession?] {
        if let sqlite = database as? any SQLiteDatabase { return try await load(tokenHashes, sqlite: sqlite) }
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let unique = Array(Set(tokenHashes))
        let rows = try await sql.raw("\(unsafeRaw: queryHead)\(binds: unique))").all()
        return try assemble(tokenHashes, rows: rows.map(SQLKitSessionRow.init))
    }

    /// On SQLite the rows are read as SQLite hands them over: through SQLKit every column
    /// went through a Codable decoder and a dynamic cast, most of the cost of a batch.
    private static func load(_ tokenHashes: [String], sqlite: any SQLiteDatabase) async throws -> [LoadedSession?] {
        let unique = Array(Set(tokenHashes))
        let rows = try await sqlite.query(queryHead + unique.map { _ in "?" }.joined(separator: ", ") + ")", unique.map { .text($0) })
        return try assemble(tokenHashes, rows: rows.map(SQLiteSessionRow.init))
    }

    private static func assemble<Row: SessionRow>(_ tokenHashes: [String], rows: [Row]) throws -> [LoadedSession?] {
        let byHash = Dictionary(grouping: rows) { (try? $0.string("s_token_hash")) ?? "" }
        // Most sessions of a batch belong to the same organisation or two: each is decoded
        // (its name and import mapping are JSON) once per batch.
        var organisations: [UUID: OrganisationRecord] = [:]
        func organisation(_ row: Row) throws -> OrganisationRecord {
            let id = try row.uuid("o_id")
            if let known = organisations[id] { return known }
            let decoded = try OrganisationRecord(row: row, id: id)
            organisations[id] = decoded
            return decoded
        }
        return try tokenHashes.map { hash in
            guard let rows = byHash[hash], let first = rows.first else { return nil }
            return LoadedSession(
                session: try SessionRecord(row: first),
                user: try first.isNull("u_id") ? nil : UserRecord(row: first),
                memberships: try rows.filter { try !$0.isNull("m_id") }.map { try MembershipRecord(row: $0, organisation: organisation($0)) })
        }
    }
}

/// A row of `SessionLoader.load`, as the models below read it: from SQLite directly, or
/// through SQLKit (PostgreSQL).
private protocol SessionRow {
    func isNull(_ column: String) throws -> Bool
    func string(_ column: String) throws -> String
    func uuid(_ column: String) throws -> UUID
    func bool(_ column: String) throws -> Bool
    func date(_ column: String) throws -> Date
    func int(_ column: String) throws -> Int
    /// A column holding JSON (an organisation's name and import mapping).
    func json<Value: Decodable>(_ column: String, as type: Value.Type) throws -> Value
}

private extension SessionRow {
    func optional<Value>(_ column: String, _ read: (String) throws -> Value) throws -> Value? {
        try isNull(column) ? nil : read(column)
    }
}

/// SQLite's own row, read with SQLiteNIO's conversions — the ones SQLKit's decoder ends in.
private struct SQLiteSessionRow: SessionRow {
    let row: SQLiteRow

    func isNull(_ column: String) throws -> Bool { try data(column) == .null }
    func string(_ column: String) throws -> String { try convert(column) }
    func uuid(_ column: String) throws -> UUID { try row.uuid(column) }
    func bool(_ column: String) throws -> Bool { try convert(column) }
    func date(_ column: String) throws -> Date { try convert(column) }
    func int(_ column: String) throws -> Int { try convert(column) }
    func json<Value: Decodable>(_ column: String, as type: Value.Type) throws -> Value {
        try SQLiteDataDecoder().decode(Value.self, from: data(column))
    }

    private func data(_ column: String) throws -> SQLiteData {
        guard let data = row.column(column) else { throw Self.mismatch(column, "no such column") }
        return data
    }

    private func convert<Value: SQLiteDataConvertible>(_ column: String) throws -> Value {
        let data = try data(column)
        guard let value = Value(sqliteData: data) else { throw Self.mismatch(column, "\(data)") }
        return value
    }

    private static func mismatch(_ column: String, _ found: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "\(column): \(found)"))
    }
}

/// Any SQLKit row (PostgreSQL).
private struct SQLKitSessionRow: SessionRow {
    let row: any SQLRow

    func isNull(_ column: String) throws -> Bool { try row.decodeNil(column: column) }
    func string(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
    func uuid(_ column: String) throws -> UUID { try row.uuid(column) }
    func bool(_ column: String) throws -> Bool { try row.decode(column: column, as: Bool.self) }
    func date(_ column: String) throws -> Date { try row.decode(column: column, as: Date.self) }
    func int(_ column: String) throws -> Int { try row.decode(column: column, as: Int.self) }
    func json<Value: Decodable>(_ column: String, as type: Value.Type) throws -> Value { try row.decode(column: column, as: Value.self) }
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

    fileprivate init(row: some SessionRow) throws {
        id = try row.uuid("s_id")
        tokenHash = try row.string("s_token_hash")
        userID = try row.optional("s_user_id", row.uuid)
        organisationID = try row.optional("s_organisation_id", row.uuid)
        csrfToken = try row.string("s_csrf_token")
        notice = try row.optional("s_notice", row.string)
        createdAt = try row.date("s_created_at")
        lastSeenAt = try row.date("s_last_seen_at")
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

    fileprivate init(row: some SessionRow) throws {
        id = try row.uuid("u_id")
        email = try row.string("u_email")
        name = try row.string("u_name")
        passwordHash = try row.string("u_password_hash")
        languageCode = try row.optional("u_language", row.string)
        isActive = try row.bool("u_is_active")
        isProgrammeOperator = try row.bool("u_is_programme_operator")
        calendarTokenHash = try row.optional("u_calendar_token_hash", row.string)
        lastSignInAt = try row.optional("u_last_sign_in_at", row.date)
        createdAt = try row.date("u_created_at")
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

    fileprivate init(row: some SessionRow, organisation: OrganisationRecord) throws {
        id = try row.uuid("m_id")
        organisationID = try row.uuid("m_organisation_id")
        userID = try row.uuid("m_user_id")
        roleCodes = try row.string("m_roles")
        personID = try row.optional("m_person_id", row.uuid)
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

/// An `Organisation` row, decoded once for all the memberships of a batch that belong to it.
struct OrganisationRecord: Sendable {
    let id: UUID
    let name: LocalizedText
    let slug: String
    let contentLanguageCodes: String
    let createdAt: Date
    let spanTargetMinimum: Int?
    let spanTargetMaximum: Int?
    let rememberedImportMapping: [String: String]?

    fileprivate init(row: some SessionRow, id: UUID) throws {
        self.id = id
        name = try row.json("o_name", as: LocalizedText.self)
        slug = try row.string("o_slug")
        contentLanguageCodes = try row.string("o_content_languages")
        createdAt = try row.date("o_created_at")
        spanTargetMinimum = try row.optional("o_span_target_min", row.int)
        spanTargetMaximum = try row.optional("o_span_target_max", row.int)
        rememberedImportMapping = try row.optional("o_import_mapping") { try row.json($0, as: [String: String].self) }
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
