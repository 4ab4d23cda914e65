import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SQLiteNIO
import Vapor

/// A SQLite connection of Roder's own, with a thread of its own: `FeedbackWriter`'s, and one
/// per event loop for the batched reads (`ReadLanes`).
///
/// Fluent keeps one SQLite connection per event loop, and as many worker threads. SQLiteNIO
/// retries a write that finds the file locked at once, again and again, on its thread: with
/// more connections than threads, waiting writes could hold every thread while the holder of
/// the lock waited for one (a deadlock the feedback benchmark found), and a writer on one of
/// Fluent's connections held up every read of its event loop during a group. A connection and
/// a thread of their own avoid both. The thread is also the Swift task executor the
/// connection's batches run on (`executor`), so a batch's statements follow one another, and
/// its rows are decoded, without changing threads: through Fluent's connection each row came
/// back to the event loop as a task of its own (docs/PERFORMANCE.md).
///
/// Opened at first use, closed when the application shuts down.
final class DedicatedSQLiteConnection: Sendable {
    enum Use: Sendable {
        /// Writes (foreign keys enforced, as on Fluent's connections).
        case writer
        /// Reads only: SQLite refuses any write on it.
        case reader
    }

    private let path: String
    private let use: Use
    private let thread: NIOThreadPool
    private let eventLoop: any EventLoop
    private let logger: Logger
    /// The connection, opened (or being opened) by the first to need it; the others wait for
    /// the same opening. Two batchers may share a reader (`EventLoopBatchers`' lane for other
    /// groups' event loops), and opening suspends.
    private let connection = NIOLockedValueBox<Task<SQLiteConnection, any Error>?>(nil)
    /// Runs Swift tasks' work on the connection's thread (`withTaskExecutorPreference`, `Task(executorPreference:)`).
    let executor: ThreadTaskExecutor

    /// `path`: the database file, the one Fluent's connections open. `eventLoop`: for the
    /// connection's futures, which Roder does not use.
    init(path: String, use: Use, eventLoop: any EventLoop, logger: Logger) {
        self.path = path
        self.use = use
        self.eventLoop = eventLoop
        self.logger = logger
        thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        executor = ThreadTaskExecutor(thread: thread)
    }

    /// Runs `body` with the connection, on its thread.
    func read<Result: Sendable>(_ body: @Sendable (SQLiteConnection) async throws -> Result) async throws -> Result {
        try await withTaskExecutorPreference(executor) { try await body(try await open()) }
    }

    /// Runs `body` in a transaction that takes SQLite's write lock at once (`BEGIN IMMEDIATE`:
    /// a deferred one could find the file locked at its first write), commits it, or rolls it
    /// back when `body` throws. One at a time: `FeedbackWriter`'s line ensures it.
    func transaction<Result: Sendable>(_ body: @Sendable (SQLiteConnection) async throws -> Result) async throws -> Result {
        try await withTaskExecutorPreference(executor) {
            let connection = try await open()
            _ = try await connection.query("BEGIN IMMEDIATE")
            do {
                let result = try await body(connection)
                _ = try await connection.query("COMMIT")
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK")
                throw error
            }
        }
    }

    /// Copies everything in the write-ahead log into the database file and empties the log
    /// (`wal_checkpoint(TRUNCATE)`), waiting for readers still on an older snapshot. The log
    /// holds each written page as it was before and after a commit: `FeedbackWriter` empties it
    /// after a group of answers, so the file never shows which answer came with which receipt.
    /// Says whether the log is empty now (false: a reader kept it, the next call tries again).
    @discardableResult
    func truncateLog() async throws -> Bool {
        try await withTaskExecutorPreference(executor) {
            // One row: (busy, frames in the log, frames copied); busy is 0 once it is emptied.
            let row = try await open().query("PRAGMA wal_checkpoint(TRUNCATE)").first
            return row?.column("busy")?.integer == 0
        }
    }

    private func open() async throws -> SQLiteConnection {
        let opening = connection.withLockedValue { current in
            if let current { return current }
            let opening = Task(executorPreference: executor) { try await self.connect() }
            current = opening
            return opening
        }
        do {
            return try await opening.value
        } catch {
            // The next use tries again.
            connection.withLockedValue { if $0 == opening { $0 = nil } }
            throw error
        }
    }

    private func connect() async throws -> SQLiteConnection {
        let opened = try await SQLiteConnection.open(storage: .file(path: path), threadPool: thread, logger: logger, on: eventLoop)
        // As Fluent's connections are set up (`DatabaseSetup.tuneSQLite`); the writer empties
        // the log at once: what a crash before the last checkpoint left in it goes.
        let pragmas =
            switch use {
            case .writer: ["PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA wal_checkpoint(TRUNCATE)"]
            case .reader: ["PRAGMA query_only = ON"]
            }
        do {
            for pragma in pragmas { _ = try await opened.query(pragma) }
        } catch {
            try? await opened.close()
            throw error
        }
        return opened
    }

    func close() async {
        let opening = connection.withLockedValue { current in
            defer { current = nil }
            return current
        }
        if let opening, let opened = try? await opening.value {
            try? await opened.close()
        }
        try? await thread.shutdownGracefully()
    }
}

extension DedicatedSQLiteConnection: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await close()
    }
}

/// A Swift task executor on the one thread of a `NIOThreadPool`: tasks that prefer it run
/// their jobs there, between the blocking work the pool is given.
final class ThreadTaskExecutor: TaskExecutor {
    private let thread: NIOThreadPool

    init(thread: NIOThreadPool) {
        self.thread = thread
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        thread.submit { _ in job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
