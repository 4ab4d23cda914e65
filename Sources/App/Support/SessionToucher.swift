import Fluent
import Foundation
import SQLKit
import Vapor

/// Notes that sessions are in use, for their idle timeout: each at most once a minute
/// (`SessionMiddleware`), and the sessions of requests that arrive together in one statement
/// (an `EventLoopBatchers`). After a seminar every phone's session was last seen when its
/// feedback form was opened, a minute or more before "Send": 500 single-row writes then met
/// the feedback writer's transaction at SQLite's write lock, where SQLiteNIO retries a locked
/// write at once, again and again, on a worker thread — the burst took three times as long.
struct SessionToucher: Sendable {
    struct Touch: Sendable {
        let sessionID: UUID
        let at: Date
    }

    private let batcher: EventLoopBatchers<Touch, Void>

    init(group: any EventLoopGroup, database: @escaping @Sendable (any EventLoop) -> any Database) {
        batcher = EventLoopBatchers(group: group) { eventLoop, touches in try await Self.touch(touches, on: database(eventLoop)) }
    }

    /// `eventLoop`: the request's.
    func touch(_ sessionID: UUID, at moment: Date, on eventLoop: any EventLoop) async throws {
        try await batcher.run(Touch(sessionID: sessionID, at: moment), on: eventLoop)
    }

    /// One statement for the batch, with its latest moment: the touches of a batch are
    /// milliseconds apart, and the idle timeout counts in hours.
    static func touch(_ touches: [Touch], on database: any Database) async throws -> [Void] {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        guard let latest = touches.map(\.at).max() else { return [] }
        try await sql.update(UserSession.schema)
            .set("last_seen_at", to: SQLBind(latest))
            .where("id", .in, SQLBind.group(Array(Set(touches.map(\.sessionID)))))
            .run()
        return touches.map { _ in () }
    }
}

extension Application {
    private struct SessionToucherKey: StorageKey { typealias Value = SessionToucher }

    /// Set up by `configure`, before the server takes requests.
    var sessionToucher: SessionToucher {
        get {
            guard let toucher = storage[SessionToucherKey.self] else { fatalError("configure(_:with:) has not run") }
            return toucher
        }
        set { storage[SessionToucherKey.self] = newValue }
    }
}
