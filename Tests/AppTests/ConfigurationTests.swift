import Foundation
import Testing

@testable import App

@Suite("Configuration")
struct ConfigurationTests {
    @Test("Without settings Roder uses SQLite in ./data on 127.0.0.1:8080")
    func defaults() throws {
        let config = try AppConfig.fromEnvironment([:], demo: false)
        #expect(config.database == .sqliteFile(path: "data/roder.sqlite"))
        #expect(config.host == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(!config.secureCookies)
        #expect(try AppConfig.fromEnvironment([:], demo: true).database == .sqliteFile(path: "data/demo.sqlite"))
    }

    @Test("DATABASE_URL switches to PostgreSQL; https switches on secure cookies")
    func postgresAndHTTPS() throws {
        let config = try AppConfig.fromEnvironment(
            [
                "DATABASE_URL": "postgres://roder:secret@db:5432/roder", "RODER_PUBLIC_URL": "https://roder.town.fi",
            ], demo: false)
        #expect(config.database == .postgres(url: "postgres://roder:secret@db:5432/roder"))
        #expect(config.secureCookies)
    }

    @Test("Every wrong value is reported at once, saying what to set")
    func errorsListEverything() {
        #expect {
            try AppConfig.fromEnvironment(
                [
                    "DATABASE_URL": "mysql://x", "RODER_PORT": "eighty", "RODER_DEFAULT_LANGUAGE": "de",
                    "RODER_SESSION_IDLE_MINUTES": "-5", "RODER_TIME_ZONE": "Mars/Olympus",
                    "RODER_SESSION_MAX_MINUTES": "9223372036854775807", "RODER_TRUSTED_PROXIES": "10.0.0.1, proxy.local",
                ], demo: false)
        } throws: { error in
            let message = (error as? ConfigurationError)?.description ?? ""
            return [
                "DATABASE_URL", "RODER_PORT", "RODER_DEFAULT_LANGUAGE", "RODER_SESSION_IDLE_MINUTES", "RODER_TIME_ZONE",
                "RODER_SESSION_MAX_MINUTES", "RODER_TRUSTED_PROXIES must list addresses or networks such as 10.0.0.5, 10.1.0.0/16 (not \"proxy.local\")",
            ]
            .allSatisfy(message.contains)
        }
    }

    @Test("Trusted proxies name the client for sign-in throttling")
    func trustedProxies() throws {
        let config = try AppConfig.fromEnvironment(["RODER_TRUSTED_PROXIES": "127.0.0.1 10.0.0.0/8"], demo: false)
        #expect(config.trustedProxies.client(peer: "10.2.3.4", forwardedFor: ["203.0.113.5"]) == "203.0.113.5")
        #expect(try AppConfig.fromEnvironment([:], demo: false).trustedProxies.client(peer: "10.2.3.4", forwardedFor: ["203.0.113.5"]) == "10.2.3.4")
    }

    @Test("The database file, its log and backups are created readable by the owner only; an existing file is narrowed")
    func ownerOnlyFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-modes-\(UUID().uuidString)/data").path
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: folder).deletingLastPathComponent().path) }
        func mode(_ path: String) throws -> Int { try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1 }
        try OwnerOnlyFile.prepare(folder + "/roder.sqlite")
        #expect(try mode(folder) == 0o700)
        #expect(try mode(folder + "/roder.sqlite") == 0o600)
        // A log left readable by an older version, or copied in by hand, is narrowed too.
        #expect(FileManager.default.createFile(atPath: folder + "/roder.sqlite-wal", contents: Data(), attributes: [.posixPermissions: 0o644]))
        try OwnerOnlyFile.prepare(folder + "/roder.sqlite")
        #expect(try mode(folder + "/roder.sqlite-wal") == 0o600)
    }
}
