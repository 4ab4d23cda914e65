import Fluent
import Foundation
import Vapor

/// Creates and looks up sessions by the token in the browser's cookie.
enum SessionStore {
    /// 32 random bytes, URL-safe Base64.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return base64URL(Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }))
    }

    /// URL-safe Base64 without padding (RFC 4648, 5): tokens, and PKCE's challenge.
    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether `token` could be one of `randomToken`'s: 43 URL-safe Base64 characters. A cookie
    /// that is not is ignored rather than trusted.
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 43
            && token.utf8.allSatisfy { byte in
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
    }

    static func hash(_ token: String) -> String {
        // Hex by hand: `String(format:)` per byte cost more than the hash itself, on every request.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    static func create(userID: UUID?, organisationID: UUID?, on database: any Database, now: Date) async throws -> (UserSession, token: String) {
        let token = randomToken()
        let session = UserSession(
            tokenHash: hash(token), userID: userID, organisationID: organisationID,
            csrfToken: randomToken(), now: now)
        try await session.create(on: database)
        return (session, token)
    }

    /// Removes sessions nobody can use any more, so the table does not grow forever.
    static func purgeExpired(on database: any Database, config: AppConfig) async throws {
        let now = config.clock.now()
        try await UserSession.query(on: database)
            .filter(\.$lastSeenAt < now.addingTimeInterval(-config.sessionIdleTimeout))
            .delete()
        try await UserSession.query(on: database)
            .filter(\.$createdAt < now.addingTimeInterval(-config.sessionMaximumLifetime))
            .delete()
    }

    /// Whether a session has timed out: idle for too long, or simply too old.
    static func isExpired(_ session: SessionRecord, config: AppConfig, now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeenAt) > config.sessionIdleTimeout
            || now.timeIntervalSince(session.createdAt) > config.sessionMaximumLifetime
    }

    /// Constant-time comparison, so the token cannot be guessed byte by byte from timings.
    static func tokensMatch(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count, !left.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
