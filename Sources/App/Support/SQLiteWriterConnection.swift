import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SQLiteNIO
import Vapor

/// `FeedbackWriter`'s own SQLite connection, with a worker thread and an event loop of its own.
///
/// Fluent keeps one SQLite connection per event loop, and they share as many worker threads.
/// When the writer used one of them, a group's transaction held that event loop's connection:
/// every session and every check of the requests on that loop waited behind the write, while
/// in WAL mode SQLite would have let them read. On a connection of its own the writer never
/// holds a reader up. On a thread of its own it can also never wait for a thread: SQLiteNIO
/// retries a write that finds the file locked at once, again and again, on its thread, and a
/// writer that needed one of the shared threads for its next statement while waiting writes
/// held both of them would wait for ever (ARCHITECTURE.md, "Threads"). Its event loop is where
/// a transaction's statements follow one another, never queued behind a burst of requests.
///
/// Opened at the first write, closed when the application shuts down.
final class SQLiteWriterConnection: Sendable {
    private let path: String
    private let threadPool: NIOThreadPool
    private let eventLoopGroup: MultiThreadedEventLoopGroup
    private let logger: Logger
    private let connection = NIOLockedValueBox<SQLiteConnection?>(nil)

    /// `path`: the database file, the one Fluent's connections open.
    init(path: String, logger: Logger) {
        self.path = path
        self.logger = logger
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    /// Runs `body`'s statements in a transaction that takes SQLite's write lock at once
    /// (`BEGIN IMMEDIATE`: a deferred one could find the file locked at its first write),
    /// commits it, or rolls it back when `body` fails. One at a time: `FeedbackWriter`'s line
    /// ensures it.
    func transaction<Result: Sendable>(_ body: @escaping @Sendable (SQLiteConnection) -> EventLoopFuture<Result>) async throws -> Result {
        let connection = try await open()
        return try await connection.query("BEGIN IMMEDIATE").flatMap { _ in
            body(connection).flatMap { result in connection.query("COMMIT").map { _ in result } }
                .flatMapError { error in connection.query("ROLLBACK").flatMapThrowing { _ in throw error } }
        }.get()
    }

    private func open() async throws -> SQLiteConnection {
        if let open = connection.withLockedValue({ $0 }) { return open }
        let opened = try await SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool, logger: logger, on: eventLoopGroup.next())
        // As Fluent's connections are set up (foreign keys; `DatabaseSetup.tuneSQLite`).
        for pragma in ["PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"] {
            _ = try await opened.query(pragma)
        }
        connection.withLockedValue { $0 = opened }
        return opened
    }

    func close() async {
        if let open = connection.withLockedValue({ current in defer { current = nil }; return current }) {
            try? await open.close()
        }
        try? await threadPool.shutdownGracefully()
        try? await eventLoopGroup.shutdownGracefully()
    }
}

extension SQLiteWriterConnection: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await close()
    }
}
