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
    // No metrics backend is set up: Vapor would still build each request's route path,
    // labels and a counter and a timer, to hand them to the no-op one.
    app.http.server.configuration.reportMetrics = false

    // Middleware, outermost first. Vapor's own error middleware is replaced by ours, which
    // renders a localised page (ErrorResponder).
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware(secure: config.secureCookies))
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SessionMiddleware(config: config))

    // Passwords
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.decoyPasswordHash = try Bcrypt.hash("decoy-\(UUID())", cost: config.bcryptCost)

    // Database
    let sqliteFile = try await DatabaseSetup.configure(app, config: config)
    // The fast path (Stores/): batched reads per event loop, on SQLite on read-only
    // connections with threads of their own (ReadLanes), and one writer line.
    let databases = app.databases, logger = app.logger, eventLoops = app.eventLoopGroup
    let database: @Sendable (any EventLoop) -> any Database = { databases.database(logger: logger, on: $0)! }
    let readLanes = ReadLanes(group: eventLoops, sqliteFile: sqliteFile, logger: logger, database: database)
    for connection in readLanes.sqliteConnections { app.lifecycle.use(connection) }
    app.sessionLoader = SessionLoader(group: eventLoops, lanes: readLanes)
    app.feedbackGate = FeedbackGate(group: eventLoops, lanes: readLanes)
    // The writer of feedback answers and receipts logs nothing below a warning, whatever the
    // configured level: a statement logged at debug beside the next one could tie a receipt
    // to its answer.
    var quietLogger = logger
    quietLogger.logLevel = max(logger.logLevel, .warning)
    if let sqliteFile {
        // On SQLite the writer has a connection and a thread of its own (see there why).
        let connection = DedicatedSQLiteConnection(path: sqliteFile, use: .writer, eventLoop: eventLoops.any(), logger: quietLogger)
        app.lifecycle.use(connection)
        app.feedbackWriter = FeedbackWriter(destination: .sqlite(connection))
    } else {
        app.feedbackWriter = FeedbackWriter(destination: .database { [quietLogger] in databases.database(logger: quietLogger, on: eventLoops.any())! })
    }
    // After the writer's connection: shut down before it, so the last touches are written.
    let touches = SessionTouches(logger: logger) { [writer = app.feedbackWriter] in try await writer.touch($0) }
    app.sessionTouches = touches
    app.lifecycle.use(touches)
    app.lifecycle.use(Housekeeping())

    // Migrations
    app.migrations.add(Migrations.all)

    // Commands
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(ImportOrganisationCommand(), as: "import-organisation")
    app.asyncCommands.use(OrganisationBenchmarkCommand(), as: "benchmark-organisation")
    app.asyncCommands.use(StrategyBenchmarkCommand(), as: "benchmark-strategy")
    app.asyncCommands.use(CoachingBenchmarkCommand(), as: "benchmark-coaching")
    app.asyncCommands.use(ReportBenchmarkCommand(), as: "benchmark-report")
    app.asyncCommands.use(PageBenchmarkCommand(), as: "benchmark-pages")
    app.asyncCommands.use(FeedbackLoadCommand(), as: "benchmark-feedback")
    app.asyncCommands.use(SendMailCommand(), as: "send-mail")

    // Routes
    try routes(app)
}

enum DatabaseSetup {
    /// Sets up the database; the SQLite file, if SQLite is used.
    static func configure(_ app: Application, config: AppConfig) async throws -> String? {
        switch config.database {
        case .sqliteMemory, .sqliteCopy:
            // A file in the temporary directory, removed at shutdown: SQLiteKit's in-memory
            // databases are temporary files as well (its SQLite has no shared cache), but
            // this one has a path the writer's own connection can open.
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("roder-\(UUID().uuidString).sqlite").path
            if case .sqliteCopy(let original) = config.database { try FileManager.default.copyItem(atPath: original, toPath: path) }
            app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
            app.lifecycle.use(TemporaryDatabaseFile(path: path))
            return path
        case .sqliteFile(let path):
            try OwnerOnlyFile.prepare(path)
            // No SQL in the logs at any level: statements carry people's answers and names.
            app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
            return path
        case .postgres(let url):
            // SQL only at trace (the PostgreSQL driver cannot turn it off); the feedback writer's
            // statements not even then (its logger stops below warnings).
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url), sqlLogLevel: .trace), as: .psql)
            return nil
        }
    }

    /// Removes a throw-away database, with its write-ahead log, when the application shuts down.
    private struct TemporaryDatabaseFile: LifecycleHandler {
        let path: String

        func shutdownAsync(_ application: Application) async {
            for file in [path, path + "-wal", path + "-shm", path + "-journal"] { try? FileManager.default.removeItem(atPath: file) }
        }
    }

    /// SQLite settings: write-ahead logging lets readers work while a write is under way.
    /// `synchronous=FULL` syncs the log at every commit, so a write Roder has acknowledged
    /// survives a power cut, not only a crash of the process (with NORMAL, the last commits
    /// before a power cut may be lost). Group commit (`FeedbackWriter`) keeps that one sync
    /// per batch where writes come in waves. The journal mode belongs to the file, the
    /// synchronous setting to each connection — and Fluent keeps one connection per event loop.
    /// Each connection keeps up to 32 MiB of pages instead of SQLite's default 2 MiB: a yearly
    /// report reads most of a large town's year, which a small cache read again from the file
    /// (a system call and a copy per page) on every request. Memory is taken only as pages are read.
    static func tuneSQLite(_ app: Application) async throws {
        if case .postgres = app.config.database { return }
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let sql = app.databases.database(logger: app.logger, on: eventLoop) as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA synchronous=FULL").run()
            try await sql.raw("PRAGMA cache_size=-32768").run()
        }
    }
}
