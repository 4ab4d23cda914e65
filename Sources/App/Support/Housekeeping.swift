import Fluent
import Foundation
import NIOConcurrencyHelpers
import RoderCore
import Vapor

/// What is kept only for a while is removed on a schedule, not only when someone happens to
/// sign in: expired sessions, sign-in attempts too old to count, undeliverable mail and long-expired account links.
struct Housekeeping: LifecycleHandler {
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)
    let interval: Duration

    init(interval: Duration = .seconds(10 * 60)) { self.interval = interval }

    /// One round (tests call it directly).
    static func run(_ app: Application) async throws {
        let now = app.config.clock.now()
        try await SessionStore.purgeExpired(on: app.db, config: app.config)
        try await SignInAttempts.purge(
            before: now.addingTimeInterval(-SignInThrottle.retention), resetRequestsBefore: now.addingTimeInterval(-PasswordResetThrottle.window),
            on: app.db)
        try await MailSender.purgeUndeliverable(before: now.addingTimeInterval(-7 * 24 * 3600), on: app.db)
        // A month after expiry a link's page has nothing left to explain.
        try await AccountLinks.purge(before: now.addingTimeInterval(-30 * 24 * 3600), on: app.db)
    }

    func didBootAsync(_ application: Application) async throws {
        let interval = self.interval
        let round = Task {
            while (try? await Task.sleep(for: interval)) != nil {
                do { try await Self.run(application) } catch { application.logger.warning("Housekeeping failed: \(String(describing: error))") }
            }
        }
        task.withLockedValue { $0 = round }
    }

    func shutdownAsync(_ application: Application) async {
        task.withLockedValue { $0?.cancel() }
    }
}
