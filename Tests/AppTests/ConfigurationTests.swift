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
        let config = try AppConfig.fromEnvironment([
            "DATABASE_URL": "postgres://roder:secret@db:5432/roder", "RODER_PUBLIC_URL": "https://roder.town.fi",
        ], demo: false)
        #expect(config.database == .postgres(url: "postgres://roder:secret@db:5432/roder"))
        #expect(config.secureCookies)
    }

    @Test("Every wrong value is reported at once, saying what to set")
    func errorsListEverything() {
        #expect {
            try AppConfig.fromEnvironment([
                "DATABASE_URL": "mysql://x", "RODER_PORT": "eighty", "RODER_DEFAULT_LANGUAGE": "de",
                "RODER_SESSION_IDLE_MINUTES": "-5", "RODER_TIME_ZONE": "Mars/Olympus",
            ], demo: false)
        } throws: { error in
            let message = (error as? ConfigurationError)?.description ?? ""
            return ["DATABASE_URL", "RODER_PORT", "RODER_DEFAULT_LANGUAGE", "RODER_SESSION_IDLE_MINUTES", "RODER_TIME_ZONE"]
                .allSatisfy(message.contains)
        }
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
        FileManager.default.createFile(atPath: folder + "/roder.sqlite-wal", contents: Data(), attributes: [.posixPermissions: 0o644])
        try OwnerOnlyFile.prepare(folder + "/roder.sqlite")
        #expect(try mode(folder + "/roder.sqlite-wal") == 0o600)
    }
}
