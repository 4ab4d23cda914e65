import Foundation
import RoderCore

/// Everything Roder reads from its environment, read and checked once at start.
/// `configure` builds the whole application from one of these, and tests build theirs
/// by hand (in-memory SQLite, a fixed clock), so they run the same code as production.
public struct AppConfig: Sendable {
    public enum Database: Sendable, Equatable {
        /// A SQLite file; created with its folder if missing.
        case sqliteFile(path: String)
        /// A private throw-away SQLite database, removed when the application shuts down (tests).
        case sqliteMemory
        /// A private throw-away copy of a SQLite file, removed when the application shuts down:
        /// tests start from a database seeded once (`TestDatabase`) instead of seeding anew.
        case sqliteCopy(of: String)
        /// PostgreSQL at this URL (`postgres://user:password@host:port/database`).
        case postgres(url: String)
    }

    public var database: Database
    /// Where `serve` listens unless `--hostname`/`--port` say otherwise.
    public var host: String
    public var port: Int
    /// The folder for the SQLite file and backups.
    public var dataDirectory: String
    /// When Roder is reached over https (directly or behind a proxy), its cookies are
    /// marked Secure and use the `__Host-` prefix.
    public var secureCookies: Bool
    /// How long a signed-in session lasts without activity, and at most.
    public var sessionIdleTimeout: TimeInterval
    public var sessionMaximumLifetime: TimeInterval
    /// Interface language when neither the user, a cookie nor the browser says otherwise.
    public var defaultLanguage: Language
    public var timeZone: TimeZone
    /// Bcrypt work factor. 12 in production; tests lower it to stay fast.
    public var bcryptCost: Int
    /// Start with a fresh demo database and print its sign-in details.
    public var demo: Bool
    /// Where "now" comes from; tests pin it.
    public var clock: Clock
    /// The address users reach Roder at, for links in mail (`RODER_PUBLIC_URL`).
    public var publicURL: String
    /// The sender of Roder's mail, and the program that delivers it.
    public var mailFrom: String
    public var sendmailPath: String
    /// Reverse proxies whose `X-Forwarded-For` names the client (`RODER_TRUSTED_PROXIES`);
    /// none by default, so the header of a request straight from the internet is ignored.
    public var trustedProxies: TrustedProxies

    public init(
        database: Database, host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "data", secureCookies: Bool = false,
        sessionIdleTimeout: TimeInterval = 2 * 60 * 60, sessionMaximumLifetime: TimeInterval = 12 * 60 * 60,
        defaultLanguage: Language = .swedish, timeZone: TimeZone = .helsinki, bcryptCost: Int = 12,
        demo: Bool = false, clock: Clock = .system, publicURL: String? = nil, mailFrom: String = "roder@localhost",
        sendmailPath: String = "/usr/sbin/sendmail", trustedProxies: TrustedProxies = TrustedProxies(networks: [])
    ) {
        self.trustedProxies = trustedProxies
        self.publicURL = publicURL ?? "http://\(host):\(port)"
        self.mailFrom = mailFrom
        self.sendmailPath = sendmailPath
        self.database = database
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.secureCookies = secureCookies
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionMaximumLifetime = sessionMaximumLifetime
        self.defaultLanguage = defaultLanguage
        self.timeZone = timeZone
        self.bcryptCost = bcryptCost
        self.demo = demo
        self.clock = clock
    }

    /// `path` as an address users can open from a mail or another device (`publicURL` + path).
    public func absoluteURL(_ path: String) -> String {
        (publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL) + path
    }

    /// Reads the configuration from environment variables. Every problem is collected, so
    /// one start-up tells the operator everything to fix.
    public static func fromEnvironment(_ environment: [String: String], demo: Bool) throws(ConfigurationError) -> AppConfig {
        var problems: [String] = []
        let dataDirectory = environment["RODER_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"

        let database: Database
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                database = .postgres(url: url)
            } else {
                problems.append("DATABASE_URL must start with postgres:// (got \"\(url.prefix(12))…\"); leave it unset to use SQLite.")
                database = .sqliteMemory
            }
        } else {
            let file = environment["RODER_SQLITE_FILE"].flatMap { $0.isEmpty ? nil : $0 }
            database = .sqliteFile(path: file ?? (dataDirectory + "/" + (demo ? "demo.sqlite" : "roder.sqlite")))
        }

        let host = environment["RODER_HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        var port = 8080
        if let text = environment["RODER_PORT"], !text.isEmpty {
            if let number = Int(text), (1...65535).contains(number) {
                port = number
            } else {
                problems.append("RODER_PORT must be a port number from 1 to 65535 (got \"\(text)\").")
            }
        }

        var secureCookies = false
        let publicURL = environment["RODER_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let publicURL {
            if publicURL.hasPrefix("https://") {
                secureCookies = true
            } else if !publicURL.hasPrefix("http://") {
                problems.append("RODER_PUBLIC_URL must be an http:// or https:// address, such as https://roder.example.fi.")
            }
        }

        func minutes(_ name: String, default value: Int) -> TimeInterval {
            guard let text = environment[name], !text.isEmpty else { return TimeInterval(value * 60) }
            guard text.count <= 6, let number = Int(text), (1...525_600).contains(number) else {
                problems.append("\(name) must be a whole number of minutes from 1 to 525600, a year (got \"\(text.prefix(20))\").")
                return TimeInterval(value * 60)
            }
            return TimeInterval(number * 60)
        }
        let idle = minutes("RODER_SESSION_IDLE_MINUTES", default: 120)
        let maximum = minutes("RODER_SESSION_MAX_MINUTES", default: 720)

        var defaultLanguage = Language.swedish
        if let code = environment["RODER_DEFAULT_LANGUAGE"], !code.isEmpty {
            if let language = Language(rawValue: code) {
                defaultLanguage = language
            } else {
                problems.append("RODER_DEFAULT_LANGUAGE must be one of sv, fi, en (got \"\(code)\").")
            }
        }

        var timeZone = TimeZone.helsinki
        if let identifier = environment["RODER_TIME_ZONE"], !identifier.isEmpty {
            if let zone = TimeZone(identifier: identifier) {
                timeZone = zone
            } else {
                problems.append("RODER_TIME_ZONE must be a time-zone name such as Europe/Helsinki or Europe/Stockholm (got \"\(identifier)\").")
            }
        }

        var bcryptCost = 12
        if let text = environment["RODER_BCRYPT_COST"], !text.isEmpty {
            if let cost = Int(text), (4...31).contains(cost) {
                bcryptCost = cost
            } else {
                problems.append("RODER_BCRYPT_COST must be a whole number from 4 to 31 (got \"\(text)\").")
            }
        }

        var trustedProxies = TrustedProxies(networks: [])
        if let text = environment["RODER_TRUSTED_PROXIES"], !text.isEmpty {
            switch TrustedProxies.parse(text) {
            case .success(let parsed): trustedProxies = parsed
            case .failure(let error):
                problems.append(
                    "RODER_TRUSTED_PROXIES must list addresses or networks such as 10.0.0.5, 10.1.0.0/16 (not \(error.parts.map { "\"\($0.prefix(40))\"" }.joined(separator: ", ")))."
                )
            }
        }

        guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
        return AppConfig(
            database: database, host: host, port: port, dataDirectory: dataDirectory, secureCookies: secureCookies,
            sessionIdleTimeout: idle, sessionMaximumLifetime: maximum, defaultLanguage: defaultLanguage,
            timeZone: timeZone, bcryptCost: bcryptCost, demo: demo, publicURL: publicURL,
            mailFrom: environment["RODER_MAIL_FROM"].flatMap { $0.isEmpty ? nil : $0 } ?? "roder@localhost",
            sendmailPath: environment["RODER_SENDMAIL"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/sbin/sendmail",
            trustedProxies: trustedProxies
        )
    }
}

public struct ConfigurationError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String {
        "Roder cannot start; fix its configuration (environment variables):\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}

/// The source of the current time. Injected so tests can move time forward (session expiry,
/// sign-in throttling) without waiting.
public struct Clock: Sendable {
    public let now: @Sendable () -> Date
    public init(now: @escaping @Sendable () -> Date) { self.now = now }
    public static let system = Clock { Date() }
}
