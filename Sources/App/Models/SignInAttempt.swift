import Fluent
import Foundation
import RoderCore

/// One sign-in attempt, for one key: the account's (`account:<e-mail>`) or the client
/// address's (`address:<ip>`). Written before the password is checked; see `SignInThrottle`.
final class SignInAttempt: Model, @unchecked Sendable {
    static let schema = "sign_in_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}

/// Sign-in throttling kept in the database, so that every Roder process counts the same
/// attempts and a restart forgets nothing.
enum SignInAttempts {
    /// An attempt written to the store, with the verdict on it.
    struct Pending {
        let accountAttemptID: UUID
        let addressAttemptID: UUID
        let verdict: SignInThrottle.Verdict
    }

    /// Writes the attempt for both keys, then decides from what the store holds.
    static func begin(email: String, address: String, now: Date, on database: any Database) async throws -> Pending {
        let accountKey = SignInThrottle.accountKey(email), addressKey = SignInThrottle.addressKey(address)
        let account = SignInAttempt(key: accountKey, at: now), fromAddress = SignInAttempt(key: addressKey, at: now)
        // Written before anything is counted: two attempts at the same moment see each other.
        try await account.create(on: database)
        try await fromAddress.create(on: database)
        let since = now.addingTimeInterval(-SignInThrottle.retention)
        func dates(_ key: String) async throws -> [Date] {
            try await SignInAttempt.query(on: database).filter(\.$key == key).filter(\.$at > since).all(\.$at)
        }
        let verdict = SignInThrottle.verdict(accountAttempts: try await dates(accountKey), addressAttempts: try await dates(addressKey), now: now)
        return Pending(accountAttemptID: try account.requireID(), addressAttemptID: try fromAddress.requireID(), verdict: verdict)
    }

    /// Refused without a check: not a failure, so it does not prolong the lock.
    static func withdraw(_ pending: Pending, on database: any Database) async throws {
        try await SignInAttempt.query(on: database).filter(\.$id ~~ [pending.accountAttemptID, pending.addressAttemptID]).delete()
    }

    /// The right password: the account's failures are forgiven; the address's are not (one
    /// good password must not wipe out a spray across many accounts), only this attempt.
    static func succeeded(_ pending: Pending, email: String, on database: any Database) async throws {
        try await SignInAttempt.query(on: database).filter(\.$key == SignInThrottle.accountKey(email)).delete()
        try await SignInAttempt.query(on: database).filter(\.$id == pending.addressAttemptID).delete()
    }

    /// Attempts old enough not to count any more.
    /// Sign-in attempts before `cutoff`, and the password-reset requests (kept here under their
    /// own keys) older than their longer window.
    static func purge(before cutoff: Date, resetRequestsBefore resetCutoff: Date, on database: any Database) async throws {
        try await SignInAttempt.query(on: database).filter(\.$at < cutoff).filter(\.$key !=~ "reset-").delete()
        try await SignInAttempt.query(on: database).filter(\.$at < resetCutoff).delete()
    }
}
