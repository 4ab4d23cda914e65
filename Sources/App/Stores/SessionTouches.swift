import Foundation
import Logging
import NIOConcurrencyHelpers
import Vapor

/// The sessions' once-a-minute touches (`last_seen_at`, for the idle timeout), noted by
/// `SessionMiddleware` and written a moment later, all that were noted meanwhile in one
/// statement, through `FeedbackWriter`'s line (SQLite takes one writer at a time).
///
/// No request waits for its touch. When they did, a page view that was due waited for a
/// write, and after a seminar every answer's session is due: 500 answers sent at once carried
/// 500 touches in their transactions, and the last in line waited for all of them. A touch
/// lost in a crash costs at most an idle timeout a second early.
final class SessionTouches: Sendable {
    private struct Pending {
        var sessions: Set<UUID> = []
        var latest = Date.distantPast
        /// Writes them `delay` after the first was noted, unless `flush` comes first.
        var scheduledFlush: Task<Void, Never>?
        /// The write under way, if any: a `flush` that finds nothing new waits for it.
        var writing: Task<Void, Never>?
        var isClosed = false
    }

    private let pending = NIOLockedValueBox(Pending())
    private let delay: Duration
    private let logger: Logger
    private let write: @Sendable (FeedbackWriter.Touch) async throws -> Void

    /// `delay`: how long noted touches wait to be written together; the idle timeout counts
    /// in hours. `write`: where they go (`FeedbackWriter.touch`).
    init(delay: Duration = .seconds(1), logger: Logger, write: @escaping @Sendable (FeedbackWriter.Touch) async throws -> Void) {
        self.delay = delay
        self.logger = logger
        self.write = write
    }

    /// Notes that `sessionID` was in use at `moment`; returns at once.
    func note(_ sessionID: UUID, at moment: Date) {
        pending.withLockedValue { pending in
            guard !pending.isClosed else { return }
            pending.sessions.insert(sessionID)
            pending.latest = max(pending.latest, moment)
            guard pending.scheduledFlush == nil else { return }
            pending.scheduledFlush = Task { [delay] in
                // Cancelled: someone flushed first.
                guard (try? await Task.sleep(for: delay)) != nil else { return }
                await self.flush()
            }
        }
    }

    /// Writes the touches noted so far, with the latest moment among them: they lie at most
    /// `delay` apart. Tests call it to see them written; shutdown, to write the last ones.
    func flush() async {
        let underWay = pending.withLockedValue { pending -> Task<Void, Never>? in
            pending.scheduledFlush?.cancel()
            pending.scheduledFlush = nil
            guard !pending.sessions.isEmpty else { return pending.writing }
            let touch = FeedbackWriter.Touch(sessionIDs: Array(pending.sessions), at: pending.latest)
            pending.sessions = []
            pending.latest = .distantPast
            // After the write before it, so that a flush returns only once all noted so far are written.
            let previous = pending.writing
            let writing = Task { [write, logger] in
                await previous?.value
                do {
                    try await write(touch)
                } catch {
                    logger.warning("Could not note that \(touch.sessionIDs.count) sessions were in use: \(error)")
                }
            }
            pending.writing = writing
            return writing
        }
        await underWay?.value
    }

    /// What is still to be written (tests).
    var pendingSessions: Set<UUID> { pending.withLockedValue { $0.sessions } }
}

extension SessionTouches: LifecycleHandler {
    /// Takes no more, then writes the last touches while the writer is still open (lifecycle
    /// handlers shut down in reverse order: this one is registered after the writer's
    /// connection). Closed first, so nothing noted meanwhile waits for a writer that is gone.
    func shutdownAsync(_ application: Application) async {
        pending.withLockedValue { $0.isClosed = true }
        await flush()
    }
}

extension Application {
    private struct SessionTouchesKey: StorageKey { typealias Value = SessionTouches }

    /// Set up by `configure`, with the writer.
    var sessionTouches: SessionTouches {
        get {
            guard let touches = storage[SessionTouchesKey.self] else { fatalError("configure(_:with:) has not run") }
            return touches
        }
        set { storage[SessionTouchesKey.self] = newValue }
    }
}
