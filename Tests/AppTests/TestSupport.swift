import FluentKit
import FluentPostgresDriver
import Foundation
import NIOConcurrencyHelpers
import RoderCore
import SQLKit
import Testing
import VaporTesting

@testable import App

/// The time as tests want it: fixed, and moved forward on purpose.
final class TestClock: Sendable {
    private let current = NIOLockedValueBox(Date(timeIntervalSince1970: 1_795_000_000))
    var now: Date { current.withLockedValue { $0 } }
    func advance(by interval: TimeInterval) { current.withLockedValue { $0 += interval } }
    var clock: App.Clock { App.Clock { [self] in self.now } }
}

/// The database the tests run on: a throw-away SQLite file by default; PostgreSQL when
/// `RODER_TEST_DATABASE_URL` is set (the test script does that for the second run).
///
/// Migrating and seeding both demo towns takes seconds, and every test needs them, so it is
/// done once per test process into a template — a SQLite file, or the PostgreSQL database
/// named by the URL — and each test starts from a copy of it: a file copy, or
/// `CREATE DATABASE … TEMPLATE` (the role needs CREATEDB, which the test script grants).
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["RODER_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A fresh copy of the seeded template for one test, and how to remove it afterwards.
    static func fresh() async throws -> (config: AppConfig.Database, dispose: @Sendable () async throws -> Void) {
        let template = try await Template.shared.path()
        guard let postgresURL else { return (.sqliteCopy(of: template), {}) }
        let name = "roder_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await Template.shared.administer("CREATE DATABASE \(name) TEMPLATE \(template)")
        return (
            .postgres(url: replacingDatabase(in: postgresURL, with: name)),
            {
                try await Template.shared.administer("DROP DATABASE IF EXISTS \(name)")
            }
        )
    }

    /// `postgres://u:p@host:port/db?x` with another database name.
    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + name
        return components.string ?? url
    }

    /// Seeds the template once, however many tests ask at the same moment.
    actor Template {
        static let shared = Template()
        private var seeding: Task<String, any Error>?
        /// On PostgreSQL: an application connected to the server's `postgres` database, for
        /// creating and dropping the tests' databases (the template may have no connections).
        private var administration: Application?

        /// The template's file path (SQLite) or database name (PostgreSQL).
        func path() async throws -> String {
            if let seeding { return try await seeding.value }
            let task = Task { try await Self.seed() }
            seeding = task
            return try await task.value
        }

        func administer(_ statement: String) async throws {
            if administration == nil, let url = TestDatabase.postgresURL {
                let app = try await Application.make(.testing)
                app.databases.use(
                    .postgres(configuration: try SQLPostgresConfiguration(url: TestDatabase.replacingDatabase(in: url, with: "postgres"))),
                    as: .psql)
                // Another test may have made one while this waited (the actor is reentrant).
                if administration == nil { administration = app } else { try await app.asyncShutdown() }
            }
            guard let sql = administration?.db as? any SQLDatabase else { throw TestDatabaseError.noAdministration }
            try await sql.raw(SQLQueryString(statement)).run()
        }

        private static func seed() async throws -> String {
            let database: AppConfig.Database
            let result: String
            if let url = TestDatabase.postgresURL {
                database = .postgres(url: url)
                result = URLComponents(string: url)?.path.trimmingCharacters(in: CharacterSet(charactersIn: "/")) ?? "roder_test"
            } else {
                result = FileManager.default.temporaryDirectory.appendingPathComponent("roder-template-\(UUID().uuidString).sqlite").path
                database = .sqliteFile(path: result)
            }
            let app = try await Application.make(.testing)
            do {
                try await configure(app, with: AppConfig(database: database, bcryptCost: 4, clock: TestClock().clock))
                if TestDatabase.postgresURL != nil, let sql = app.db as? any SQLDatabase {
                    // The template starts from an empty schema.
                    try await sql.raw("DROP SCHEMA public CASCADE").run()
                    try await sql.raw("CREATE SCHEMA public").run()
                }
                try await app.autoMigrate()
                try await DemoSeeder.seed(app.db, now: TestClock().now, bcryptCost: 4)
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
            return result
        }
    }

    enum TestDatabaseError: Error { case noAdministration }
}

/// Builds the real application on a fresh copy of the database with both demo towns, runs
/// `body`, and shuts it down.
func withRoderApp(
    clock: TestClock = TestClock(),
    secureCookies: Bool = false,
    _ body: (Application, TestClock) async throws -> Void
) async throws {
    let (database, dispose) = try await TestDatabase.fresh()
    let config = AppConfig(database: database, secureCookies: secureCookies, bcryptCost: 4, clock: clock.clock)
    let app = try await Application.make(.testing)
    do {
        try await configure(app, with: config)
        try await DatabaseSetup.tuneSQLite(app)  // as `roder serve` does
        try await body(app, clock)
    } catch {
        try? await app.asyncShutdown()
        try? await dispose()
        throw error
    }
    try await app.asyncShutdown()
    try await dispose()
}

/// The demo accounts by role, as tests sign in with them.
enum Account {
    static let sjobacka = DemoTown.sjobacka()
    static let bergvik = DemoTown.bergvik()

    static func with(_ role: Role) -> DemoTown.AccountSeed {
        sjobacka.accounts.first { $0.roles == [role] }!
    }
    static var programmeOperator: DemoTown.AccountSeed { sjobacka.accounts.first { $0.isProgrammeOperator }! }
    static var bergvikAdministrator: DemoTown.AccountSeed { bergvik.accounts[0] }
}

/// A little browser for HTTP tests: keeps cookies, remembers the last page's CSRF token.
final class TestBrowser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    var acceptLanguage: String?
    private(set) var lastBody = ""

    init(_ app: Application, acceptLanguage: String? = nil) {
        self.app = app
        self.acceptLanguage = acceptLanguage
    }

    /// The CSRF token of the last page that had a form.
    var csrfToken: String? { Self.csrfToken(in: lastBody) }

    static func csrfToken(in body: String) -> String? {
        guard let range = body.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(body[range.upperBound...].prefix { $0 != "\"" })
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form; the CSRF token of the last page is added unless `csrf` is false.
    @discardableResult
    func post(_ path: String, _ form: [(String, String)], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf, let token = csrfToken { fields.append(("_csrf", token)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    /// Posts a file as a browser's upload form does (multipart/form-data), with the CSRF token.
    @discardableResult
    func upload(_ path: String, field: String, fileName: String, content: Data, fields: [(String, String)] = []) async throws -> TestingHTTPResponse {
        let boundary = "----RoderTestBoundary\(UUID().uuidString)"
        var body = Data()
        func append(_ text: String) { body.append(Data(text.utf8)) }
        if let token = csrfToken {
            append("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n")
        }
        for (name, value) in fields {
            append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n")
        body.append(content)
        append("\r\n--\(boundary)--\r\n")
        return try await send(.POST, path, body: ByteBuffer(data: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Follows redirects (at most three).
    @discardableResult
    func follow(_ response: TestingHTTPResponse) async throws -> TestingHTTPResponse {
        var current = response
        for _ in 0..<3 {
            guard (300..<400).contains(current.status.code), let location = current.headers.first(name: .location) else { break }
            current = try await get(location)
        }
        return current
    }

    /// Signs in with the sign-in form, as a person would, and follows to the start page.
    @discardableResult
    func signIn(_ account: DemoTown.AccountSeed) async throws -> TestingHTTPResponse {
        try await signIn(email: account.email, password: account.password)
    }

    @discardableResult
    func signIn(email: String, password: String) async throws -> TestingHTTPResponse {
        try await get("/sign-in")
        let response = try await post("/sign-in", [("email", email), ("password", password)])
        return try await follow(response)
    }

    /// The path (with its token) of the latest invitation or reset link mailed to `email`, as
    /// the person would click it in the outbox's mail.
    func mailedLink(to email: String) async throws -> String {
        let mail = try #require(
            try await OutboxMail.query(on: app.db).filter(\.$recipient == email).sort(\.$createdAt, .descending).first(), "no mail to \(email)")
        let link = try #require(mail.body.firstMatch(of: /https?:\/\/[^\/\s]+(\/password\/choose\?token=[A-Za-z0-9_-]+)/), "no link in the mail")
        return String(link.1)
    }

    /// Opens the latest link mailed to `email` and chooses `password` with it; follows to the
    /// page it leads to (the start page, signed in).
    @discardableResult
    func choosePassword(email: String, password: String) async throws -> TestingHTTPResponse {
        let link = try await mailedLink(to: email)
        try await get(link)
        let token = String(link.split(separator: "=", maxSplits: 1)[1])
        let response = try await post("/password/choose", [("token", token), ("new_password", password), ("confirm_password", password)])
        return try await follow(response)
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> TestingHTTPResponse {
        try await send(method, path, body: body.map { ByteBuffer(string: $0) }, contentType: body == nil ? nil : "application/x-www-form-urlencoded")
    }

    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let acceptLanguage { headers.add(name: .acceptLanguage, value: acceptLanguage) }
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2 else { continue }
            let expired = header.contains("Max-Age=0") || header.contains("1970")
            cookies[pair[0]] = expired ? nil : pair[1]
        }
        lastBody = response.body.string
        return response
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}
