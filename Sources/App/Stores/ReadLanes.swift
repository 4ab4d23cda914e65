import Fluent
import NIOCore
import SQLiteNIO
import Vapor

/// Where the batched reads of each event loop's requests run (`SessionLoader`, `FeedbackGate`).
///
/// On SQLite each event loop has a connection and a thread of its own
/// (`DedicatedSQLiteConnection`, read only): a batch is read, decoded and handed back to its
/// requests there, in one trip. Through Fluent's connection each row of a result came back to
/// the event loop as a task of its own, and the batch went back and forth between the loop
/// and a worker thread three times — each time behind everything else a burst had given
/// the loop to do. WAL lets these connections read while the writer writes.
struct ReadLanes: Sendable {
    /// One event loop's: its own SQLite connection, or the application's database.
    enum Lane: Sendable {
        case sqlite(DedicatedSQLiteConnection)
        /// Any other database (PostgreSQL), or an event loop of another group.
        case database(any Database)

        /// Where the lane's batches are worked on: the SQLite connection's thread.
        var executor: (any TaskExecutor)? {
            if case .sqlite(let connection) = self { return connection.executor }
            return nil
        }
    }

    private let connections: [ObjectIdentifier: DedicatedSQLiteConnection]
    private let database: @Sendable (any EventLoop) -> any Database

    /// `sqliteFile`: the SQLite database, if that is what the application uses; then each
    /// event loop of `group` gets its own reading connection. `database`: the application's
    /// database on an event loop, for everything else.
    init(group: any EventLoopGroup, sqliteFile: String?, logger: Logger, database: @escaping @Sendable (any EventLoop) -> any Database) {
        var connections: [ObjectIdentifier: DedicatedSQLiteConnection] = [:]
        if let sqliteFile {
            for eventLoop in group.makeIterator() {
                connections[ObjectIdentifier(eventLoop)] = DedicatedSQLiteConnection(path: sqliteFile, use: .reader, eventLoop: eventLoop, logger: logger)
            }
        }
        self.connections = connections
        self.database = database
    }

    func lane(for eventLoop: any EventLoop) -> Lane {
        connections[ObjectIdentifier(eventLoop)].map(Lane.sqlite) ?? .database(database(eventLoop))
    }

    /// The SQLite connections, to be closed at shutdown.
    var sqliteConnections: [DedicatedSQLiteConnection] { Array(connections.values) }
}
