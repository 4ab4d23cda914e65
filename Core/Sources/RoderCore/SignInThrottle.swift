import Foundation

/// Slows down password guessing, decided from the attempts a shared store holds (the
/// database, so that several Roder processes count together).
///
/// Every attempt is written to the store *before* its password is checked, and the
/// decision counts the attempts written so far, its own included. Forty attempts sent at
/// the same moment therefore cannot all be checked: only those that find fewer than the
/// limit ahead of them are (at most `maximumFailures`). An attempt that is refused without
/// a check is removed again, as is one whose password was right, so what stays in the store
/// is failures, and attempts in flight.
///
/// Two limits, with different powers:
/// - **per account**: after five failures in fifteen minutes the account is locked for the
///   rest of that window, even for the right password (that is what stops guessing);
/// - **per address**: an address with thirty failures in fifteen minutes is told so when it
///   is wrong again, but a right password for an account that is not itself locked is let
///   in: a whole town behind one address must not be locked out by one guesser.
public enum SignInThrottle {
    public struct Policy: Sendable, Hashable {
        /// Attempts tolerated inside `window`; the next one is throttled.
        public var maximumFailures: Int
        public var window: TimeInterval

        public init(maximumFailures: Int, window: TimeInterval) {
            self.maximumFailures = maximumFailures
            self.window = window
        }

        public static let perAccount = Policy(maximumFailures: 5, window: 15 * 60)
        public static let perAddress = Policy(maximumFailures: 30, window: 15 * 60)

        /// When attempts in `dates` (the store's, within the window, this one's included)
        /// leave room again, or nil if this attempt is within the limit.
        public func throttledUntil(_ dates: [Date], now: Date) -> Date? {
            let recent = dates.filter { now.timeIntervalSince($0) < window }.sorted()
            guard recent.count > maximumFailures else { return nil }
            // The limit has room again once all but `maximumFailures - 1` of the others have aged out.
            let others = recent.count - 1
            let oldestThatMustAge = recent[others - maximumFailures]
            return max(now, oldestThatMustAge.addingTimeInterval(window))
        }
    }

    /// What to do with an attempt, given the store's attempts for its account and address.
    public enum Verdict: Sendable, Hashable {
        /// The account is locked: refuse without checking the password.
        case refuse(until: Date)
        /// Check the password. If it is wrong and `addressThrottledUntil` is set, say the
        /// address is throttled; if it is right, sign in whatever the address's count.
        case check(addressThrottledUntil: Date?)
    }

    /// The longest any attempt matters: older ones may be deleted.
    public static let retention: TimeInterval = max(Policy.perAccount.window, Policy.perAddress.window)

    public static func verdict(
        accountAttempts: [Date], addressAttempts: [Date], now: Date,
        account: Policy = .perAccount, address: Policy = .perAddress
    ) -> Verdict {
        if let until = account.throttledUntil(accountAttempts, now: now) { return .refuse(until: until) }
        return .check(addressThrottledUntil: address.throttledUntil(addressAttempts, now: now))
    }

    public static func accountKey(_ email: String) -> String { "account:" + email.lowercased() }
    public static func addressKey(_ address: String) -> String { "address:" + address }
}

/// The address a request came from. Behind a reverse proxy every request comes from the
/// proxy; the proxy names the client in `X-Forwarded-For`. That header is believed only
/// when the request comes from a proxy the operator has named (`RODER_TRUSTED_PROXIES`), and
/// read from the right: each trusted proxy appends the address it saw, so the first address
/// from the right that is not a trusted proxy is the client (anything further left was
/// written by the client itself and may be made up).
public struct TrustedProxies: Sendable, Hashable {
    public let networks: [IPNetwork]

    public init(networks: [IPNetwork]) { self.networks = networks }

    /// "10.0.0.5, 10.1.0.0/16, ::1": addresses or networks, separated by commas or spaces.
    /// A failure names the parts that are neither.
    public static func parse(_ text: String) -> Result<TrustedProxies, InvalidNetworks> {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        let parsed = parts.map { ($0, IPNetwork($0)) }
        let invalid = parsed.filter { $0.1 == nil }.map(\.0)
        guard invalid.isEmpty else { return .failure(InvalidNetworks(parts: invalid)) }
        return .success(TrustedProxies(networks: parsed.compactMap(\.1)))
    }

    public struct InvalidNetworks: Error, Sendable, Hashable { public let parts: [String] }

    public func contains(_ address: String) -> Bool {
        guard let bytes = IPNetwork.bytes(of: address) else { return false }
        return networks.contains { $0.contains(bytes) }
    }

    /// The client's address: the peer, unless the peer is a trusted proxy.
    public func client(peer: String, forwardedFor: [String]) -> String {
        guard contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() {
            guard IPNetwork.bytes(of: hop) != nil else { return peer }  // a malformed hop: trust nothing beyond it
            if !contains(hop) { return hop }
        }
        return hops.first ?? peer
    }
}

/// An IPv4 or IPv6 address, or a network of them ("10.1.0.0/16").
public struct IPNetwork: Sendable, Hashable {
    let address: [UInt8]
    let prefixLength: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first, let address = Self.bytes(of: first) else { return nil }
        let bits = address.count * 8
        if parts.count == 2 {
            guard parts[1].count <= 3, let length = Int(parts[1]), (0...bits).contains(length) else { return nil }
            prefixLength = length
        } else {
            prefixLength = bits
        }
        self.address = address
    }

    func contains(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == address.count else { return false }
        var remaining = prefixLength
        for (mine, theirs) in zip(address, bytes) where remaining > 0 {
            let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
            guard mine & mask == theirs & mask else { return false }
            remaining -= 8
        }
        return true
    }

    /// 4 bytes for IPv4, 16 for IPv6 (an IPv4-mapped IPv6 address counts as IPv4).
    static func bytes(of text: String) -> [UInt8]? {
        if let v4 = ipv4(text) { return v4 }
        guard let v6 = ipv6(text) else { return nil }
        if v6[0..<10].allSatisfy({ $0 == 0 }) && v6[10] == 0xFF && v6[11] == 0xFF { return Array(v6[12...]) }
        return v6
    }

    private static func ipv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                let value = UInt8(part)
            else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    private static func ipv6(_ text: String) -> [UInt8]? {
        guard text.count <= 45, text.contains(":") else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            guard !part.isEmpty else { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let v4 = ipv4(String(piece)) {
                    result += [UInt16(v4[0]) << 8 | UInt16(v4[1]), UInt16(v4[2]) << 8 | UInt16(v4[3])]
                } else {
                    guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                    result.append(value)
                }
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        let tail = halves.count == 2 ? groups(halves[1]) : []
        guard let tail else { return nil }
        let missing = 8 - head.count - tail.count
        guard halves.count == 2 ? missing >= 1 : missing == 0 else { return nil }
        let all = head + Array(repeating: 0, count: halves.count == 2 ? missing : 0) + tail
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}
