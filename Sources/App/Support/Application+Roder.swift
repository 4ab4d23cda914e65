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
    private struct DecoyKey: StorageKey { typealias Value = String }

    /// The configuration the application was built from.
    var config: AppConfig {
        get {
            guard let box = storage[ConfigKey.self] else { fatalError("configure(_:with:) has not run") }
            return box.config
        }
        set { storage[ConfigKey.self] = ConfigBox(newValue) }
    }

    /// Checked against when nobody has the typed address, so a wrong address takes as
    /// long as a wrong password and timings do not reveal which addresses exist.
    var decoyPasswordHash: String {
        get { storage[DecoyKey.self] ?? "" }
        set { storage[DecoyKey.self] = newValue }
    }
}

extension Request {
    /// The address the request came from: the client's as a trusted proxy names it, or the
    /// connection's peer (see `TrustedProxies`).
    var clientAddress: String {
        application.config.trustedProxies.client(peer: remoteAddress?.ipAddress ?? "unknown", forwardedFor: headers[.xForwardedFor])
    }
}
