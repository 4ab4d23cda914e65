import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import RoderCore
import Vapor

/// Builds the application from `config`: middleware, database, migrations, commands,
/// routes — the table of contents, with no logic beyond wiring.
public func configure(_ app: Application, with config: AppConfig) async throws {
    app.config = config
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    // Room for the connections a room full of phones opens at once when a seminar ends: with
    // Vapor's 256, the rest of a burst of 500 waited a whole second for the SYN retry. The
    // kernel caps it at net.core.somaxconn (4096 on current Debian).
    app.http.server.configuration.backlog = 4096
    // Browsers never compress what they send; Vapor's default inflates gzip request bodies,
    // a decompression step on every request's path and a way to smuggle in a large body.
    app.http.server.configuration.requestDecompression = .disabled

    // Middleware, outermost first, run in one task. Vapor's own error middleware is replaced by ours.
    app.middleware = Middlewares()
    app.middleware.use(OneTaskMiddleware(chain: [
        SecurityHeadersMiddleware(secure: config.secureCookies),
        ErrorPageMiddleware(),
        SessionMiddleware(config: config),
    ]))

    // Passwords
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.decoyPasswordHash = try Bcrypt.hash("decoy-\(UUID())", cost: config.bcryptCost)

    // Database
    try await DatabaseSetup.configure(app, config: config)
    // What the batched paths (`Batcher`) run on: the application's database on an event loop
    // (each has its own connection), not one request's.
    let databases = app.databases, logger = app.logger, eventLoops = app.eventLoopGroup
    let database: @Sendable (any EventLoop) -> any Database = { databases.database(logger: logger, on: $0)! }
    app.sessionLoader = SessionLoader(group: eventLoops, database: database)
    app.feedbackGate = FeedbackGate(group: eventLoops, database: database)
    let writerID = DatabaseSetup.feedbackWriterID(app)
    app.feedbackWriter = FeedbackWriter(group: eventLoops) { databases.database(writerID, logger: logger, on: $0)! }

    // Migrations
    app.migrations.add(Migrations.all)

    // Commands
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(ImportOrganisationCommand(), as: "import-organisation")
    app.asyncCommands.use(OrganisationBenchmarkCommand(), as: "benchmark-organisation")
    app.asyncCommands.use(StrategyBenchmarkCommand(), as: "benchmark-strategy")
    app.asyncCommands.use(FeedbackLoadCommand(), as: "benchmark-feedback")
    app.asyncCommands.use(SendMailCommand(), as: "send-mail")

    // Routes
    try routes(app)
}

enum DatabaseSetup {
    static func configure(_ app: Application, config: AppConfig) async throws {
        switch config.database {
        case .sqliteMemory:
            app.databases.use(.sqlite(.memory), as: .sqlite)
        case .sqliteFile(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
            // The same file again, for `FeedbackWriter` alone: Fluent keeps one SQLite
            // connection per event loop, and a burst's write transactions queued there behind
            // the reads of the requests waiting for them.
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqliteFeedbackWriter, isDefault: false)
        case .postgres(let url):
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url), sqlLogLevel: .debug), as: .psql)
        }
    }

    /// SQLite settings: write-ahead logging lets readers work while a write is under way, and
    /// makes a crash lose no committed write; with it, `synchronous=NORMAL` syncs at
    /// checkpoints instead of at every commit. The journal mode belongs to the file, the
    /// synchronous setting to each connection — and Fluent keeps one connection per event loop.
    static func tuneSQLite(_ app: Application) async throws {
        guard case .sqliteFile = app.config.database else { return }
        for eventLoop in app.eventLoopGroup.makeIterator() {
            for id in [DatabaseID.sqlite, .sqliteFeedbackWriter] {
                guard let sql = app.databases.database(id, logger: app.logger, on: eventLoop) as? any SQLDatabase else { continue }
                try await sql.raw("PRAGMA journal_mode=WAL").run()
                try await sql.raw("PRAGMA synchronous=NORMAL").run()
            }
        }
    }

    /// Where `FeedbackWriter` writes: connections of its own on an SQLite file; otherwise the
    /// application's database (PostgreSQL's pool has connections enough; an in-memory SQLite
    /// database is private to its configuration).
    static func feedbackWriterID(_ app: Application) -> DatabaseID? {
        if case .sqliteFile = app.config.database { return .sqliteFeedbackWriter }
        return nil
    }
}

extension DatabaseID {
    /// The SQLite file again, for the feedback writer's transactions (`DatabaseSetup.configure`).
    static let sqliteFeedbackWriter = DatabaseID(string: "sqlite-feedback-writer")
}
