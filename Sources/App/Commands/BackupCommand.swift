import Fluent
import FluentSQLiteDriver
import RoderCore
import Vapor

/// `roder backup [--to FILE]` writes a consistent copy of the SQLite database, safe while
/// the server is running (SQLite's `VACUUM INTO` reads one snapshot of the file).
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "Where to write the copy (default: data/backups/roder-<time>.sqlite).")
        var destination: String?
    }

    var help: String { "Writes a consistent copy of the SQLite database, also while Roder runs." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard case .sqliteFile = app.config.database, let sql = app.db as? any SQLDatabase else {
            throw CommandError("Roder is using PostgreSQL (DATABASE_URL is set): back it up with pg_dump, e.g. pg_dump \"$DATABASE_URL\" > roder.sql")
        }
        let destination = signature.destination ?? Self.defaultDestination(config: app.config)
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw CommandError("\(destination) exists already; choose another file with --to.")
        }
        // An empty file, the owner's alone, that VACUUM INTO then fills.
        try OwnerOnlyFile.prepare(destination)
        try await sql.raw("VACUUM INTO \(bind: destination)").run()
        let size = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? Int) ?? 0
        context.console.success("Backed up to \(destination) (\(size / 1024) KiB).")
    }

    static func defaultDestination(config: AppConfig) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.timeZone = config.timeZone
        return "\(config.dataDirectory)/backups/roder-\(formatter.string(from: config.clock.now())).sqlite"
    }
}
