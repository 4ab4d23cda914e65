import Foundation

/// Slows down password guessing: after too many failed sign-ins for one account, or from
/// one network address, further attempts are refused for a while, even with the right
/// password. Pure value type; the caller supplies the time, so tests need no waiting.
public struct SignInThrottle: Sendable {
    public struct Policy: Sendable {
        /// Failures tolerated inside `window` before a lockout starts.
        public var maximumFailures: Int
        public var window: TimeInterval
        public var lockout: TimeInterval

        public init(maximumFailures: Int, window: TimeInterval, lockout: TimeInterval) {
            self.maximumFailures = maximumFailures
            self.window = window
            self.lockout = lockout
        }

        /// Five wrong passwords for one account in 15 minutes lock it for 15 minutes.
        public static let perAccount = Policy(maximumFailures: 5, window: 15 * 60, lockout: 15 * 60)
        /// An address trying many accounts gets more room (a shared office NAT), but not unlimited.
        public static let perAddress = Policy(maximumFailures: 30, window: 15 * 60, lockout: 15 * 60)
    }

    private var failures: [String: [Date]] = [:]
    private let accountPolicy: Policy
    private let addressPolicy: Policy

    public init(accountPolicy: Policy = .perAccount, addressPolicy: Policy = .perAddress) {
        self.accountPolicy = accountPolicy
        self.addressPolicy = addressPolicy
    }

    /// When the account or address may try again, or nil if it may try now.
    public func retryAfter(account: String, address: String, now: Date) -> Date? {
        [lockedUntil(Self.accountKey(account), policy: accountPolicy, now: now),
         lockedUntil(Self.addressKey(address), policy: addressPolicy, now: now)]
            .compactMap { $0 }
            .max()
    }

    public mutating func recordFailure(account: String, address: String, now: Date) {
        for (key, policy) in [(Self.accountKey(account), accountPolicy), (Self.addressKey(address), addressPolicy)] {
            var recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < max(policy.window, policy.lockout) }
            recent.append(now)
            failures[key] = recent
        }
    }

    /// A successful sign-in clears the account's record (not the address's: one good
    /// password must not reset a spray across many accounts).
    public mutating func recordSuccess(account: String) {
        failures[Self.accountKey(account)] = nil
    }

    private func lockedUntil(_ key: String, policy: Policy, now: Date) -> Date? {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < policy.window }
        guard recent.count >= policy.maximumFailures, let last = recent.last else { return nil }
        let until = last.addingTimeInterval(policy.lockout)
        return until > now ? until : nil
    }

    private static func accountKey(_ account: String) -> String { "account:" + account.lowercased() }
    private static func addressKey(_ address: String) -> String { "address:" + address }
}
