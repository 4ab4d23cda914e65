import Fluent
import FluentSQLiteDriver
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
        func columns(_ table: String, _ names: [String]) -> String {
            names.map { "\(table).\($0) AS \(table)_\($0)" }.joined(separator: ", ")
        }
        let select = [columns("s", sessionColumns), columns("u", userColumns), columns("m", membershipColumns), columns("o", organisationColumns)]
            .joined(separator: ", ")
        let unique = Array(Set(tokenHashes))
        let head = """
            SELECT \(select)
            FROM sessions s
            LEFT JOIN users u ON u.id = s.user_id
            LEFT JOIN memberships m ON m.user_id = u.id
            LEFT JOIN organisations o ON o.id = m.organisation_id
            WHERE s.token_hash IN (
            """
        // On SQLite the rows are read as SQLite hands them over: through SQLKit every column
        // went through a Codable decoder and a dynamic cast, most of the cost of a batch.
        if let sqlite = database as? any SQLiteDatabase {
            let rows = try await sqlite.query(head + unique.map { _ in "?" }.joined(separator: ", ") + ")", unique.map { .text($0) })
            return try assemble(tokenHashes, rows: rows.map(SQLiteSessionRow.init))
        }
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.raw("\(unsafeRaw: head)\(binds: unique))").all()
        return try assemble(tokenHashes, rows: rows.map(SQLKitSessionRow.init))
    }

    private static func assemble<Row: SessionRow>(_ tokenHashes: [String], rows: [Row]) throws -> [LoadedSession?] {
        let byHash = Dictionary(grouping: rows) { (try? $0.string("s_token_hash")) ?? "" }
        // Most sessions of a batch belong to the same organisation or two: each is decoded
        // (its name and import mapping are JSON) once per batch, and copied into each model.
        var organisations: [UUID: Organisation.Columns] = [:]
        func organisation(_ row: Row) throws -> Organisation {
            let id = try row.uuid("o_id")
            if let columns = organisations[id] { return Organisation(columns) }
            let columns = try Organisation.Columns(row: row, id: id)
            organisations[id] = columns
            return Organisation(columns)
        }
        return try tokenHashes.map { hash in
            guard let rows = byHash[hash], let first = rows.first else { return nil }
            let session = try UserSession(row: first)
            let user = try first.isNull("u_id") ? nil : User(row: first)
            let memberships = try rows.filter { try !$0.isNull("m_id") }.map { row in
                let membership = try Membership(row: row)
                membership.$organisation.value = try organisation(row)
                return membership
            }
            return LoadedSession(session: session, user: user, memberships: memberships)
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

// Models written from a row of `SessionLoader.load`, marked as stored so that a later `save`
// updates them. Every field is set: saving writes them all back, unchanged unless changed.

private extension UserSession {
    convenience init(row: some SessionRow) throws {
        self.init()
        id = try row.uuid("s_id")
        tokenHash = try row.string("s_token_hash")
        $user.id = try row.optional("s_user_id", row.uuid)
        organisationID = try row.optional("s_organisation_id", row.uuid)
        csrfToken = try row.string("s_csrf_token")
        notice = try row.optional("s_notice", row.string)
        createdAt = try row.date("s_created_at")
        lastSeenAt = try row.date("s_last_seen_at")
        $id.exists = true
    }
}

private extension User {
    convenience init(row: some SessionRow) throws {
        self.init()
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
        $id.exists = true
    }
}

private extension Membership {
    convenience init(row: some SessionRow) throws {
        self.init()
        id = try row.uuid("m_id")
        $organisation.id = try row.uuid("m_organisation_id")
        $user.id = try row.uuid("m_user_id")
        roleCodes = try row.string("m_roles")
        $person.id = try row.optional("m_person_id", row.uuid)
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

        init(row: some SessionRow, id: UUID) throws {
            self.id = id
            name = try row.json("o_name", as: LocalizedText.self)
            slug = try row.string("o_slug")
            contentLanguageCodes = try row.string("o_content_languages")
            createdAt = try row.date("o_created_at")
            spanTargetMinimum = try row.optional("o_span_target_min", row.int)
            spanTargetMaximum = try row.optional("o_span_target_max", row.int)
            rememberedImportMapping = try row.optional("o_import_mapping") { try row.json($0, as: [String: String].self) }
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
