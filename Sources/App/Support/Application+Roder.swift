import Foundation
import RoderCore
import Vapor

extension Application {
    /// In a box: read a few times per request, the value would be copied whole out of the
    /// type-erased storage each time; from a class only the fields read are.
    private final class ConfigBox: Sendable {
        let config: AppConfig
        init(_ config: AppConfig) { self.config = config }
    }

    private struct ConfigKey: StorageKey { typealias Value = ConfigBox }
    private struct ThrottleKey: StorageKey { typealias Value = SignInGuard }
    private struct DecoyKey: StorageKey { typealias Value = String }

    /// The configuration the application was built from.
    var config: AppConfig {
        get {
            guard let box = storage[ConfigKey.self] else { fatalError("configure(_:with:) has not run") }
            return box.config
        }
        set { storage[ConfigKey.self] = ConfigBox(newValue) }
    }

    var signInThrottle: SignInGuard {
        if let existing = storage[ThrottleKey.self] { return existing }
        let created = SignInGuard()
        storage[ThrottleKey.self] = created
        return created
    }

    /// Checked against when nobody has the typed address, so a wrong address takes as
    /// long as a wrong password and timings do not reveal which addresses exist.
    var decoyPasswordHash: String {
        get { storage[DecoyKey.self] ?? "" }
        set { storage[DecoyKey.self] = newValue }
    }
}

/// The process-wide sign-in throttle. In memory: a restart forgets it, which is fine for
/// slowing guessing down; it is not an account lock.
actor SignInGuard {
    private var throttle = SignInThrottle()

    func retryAfter(account: String, address: String, now: Date) -> Date? {
        throttle.retryAfter(account: account, address: address, now: now)
    }

    func recordFailure(account: String, address: String, now: Date) {
        throttle.recordFailure(account: account, address: address, now: now)
    }

    func recordSuccess(account: String) {
        throttle.recordSuccess(account: account)
    }
}
