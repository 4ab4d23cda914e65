import Fluent
import Foundation
import Logging
import NIOCore
import NIOPosix
import RoderCore
import Vapor

/// Starts Roder: `roder serve` (the default), `roder demo`, `roder migrate`,
/// `roder create-admin`, `roder backup`. `demo` is `serve` on a fresh demo database.
public enum Entrypoint {
    /// Runs Swift concurrency's jobs on NIO's event loops instead of on a second pool of
    /// threads, so that an `await` in a handler does not switch threads for every database
    /// answer, as Vapor's template does (docs/PERFORMANCE.md, "What mattered"). What blocks
    /// stays off the event loops: SQLite and password hashing run on the thread pool.
    /// Must be called first, from the main thread; false if it could not be installed.
    @discardableResult
    public static func runConcurrencyOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    public static func main() async {
        var arguments = ProcessInfo.processInfo.arguments
        let demo = arguments.count > 1 && arguments[1] == "demo"
        if demo { arguments[1] = "serve" }

        do {
            var environment = try Environment.detect(arguments: arguments)
            try LoggingSystem.bootstrap(from: &environment)
            let config: AppConfig
            do {
                config = try AppConfig.fromEnvironment(ProcessInfo.processInfo.environment, demo: demo)
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                exit(2)
            }
            let app = try await Application.make(environment)
            do {
                if demo { try DemoSeeder.removeDemoDatabase(config: config) }
                try await configure(app, with: config)
                if isServing(arguments) {
                    try await app.autoMigrate()
                    try await DatabaseSetup.tuneSQLite(app)
                    try await SessionStore.purgeExpired(on: app.db, config: config)
                    if demo {
                        let accounts = try await DemoSeeder.seed(app.db, now: config.clock.now(), bcryptCost: config.bcryptCost)
                        DemoSeeder.printWelcome(accounts: accounts, arguments: arguments)
                    }
                }
                try await app.execute()
            } catch let error as CommandError {
                // A command's own message, as it wrote it, and its exit status.
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                try? await app.asyncShutdown()
                exit(error.exitCode)
            } catch {
                app.logger.report(error: error)
                try? await app.asyncShutdown()
                exit(1)
            }
            try await app.asyncShutdown()
        } catch {
            FileHandle.standardError.write(Data("Roder could not start: \(error)\n".utf8))
            exit(1)
        }
    }

    /// `roder`, `roder serve …`: the commands that run the web server.
    private static func isServing(_ arguments: [String]) -> Bool {
        arguments.count < 2 || arguments[1] == "serve" || arguments[1].hasPrefix("-")
    }
}
