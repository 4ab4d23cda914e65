import Foundation

/// Signing in with an organisation's own directory (Microsoft Entra ID or another OpenID Connect
/// provider): the checks an ID token's claims must pass once its signature is verified, and the
/// organisation's allowed e-mail domains. A person is matched to an existing account by e-mail;
/// nobody gets an account by signing in.
public enum DirectorySignIn {
    /// The claims of an ID token that Roder reads.
    public struct Claims: Sendable, Hashable {
        public var issuer: String?
        public var audience: [String]
        public var expiresAt: Date?
        public var issuedAt: Date?
        public var notBefore: Date?
        public var nonce: String?
        public var email: String?
        public var emailVerified: Bool?
        /// Entra ID's sign-in name, an address when the directory gives no `email`.
        public var preferredUsername: String?

        public init(
            issuer: String?, audience: [String], expiresAt: Date?, issuedAt: Date? = nil, notBefore: Date? = nil, nonce: String?, email: String?,
            emailVerified: Bool? = nil, preferredUsername: String? = nil
        ) {
            self.issuer = issuer
            self.audience = audience
            self.expiresAt = expiresAt
            self.issuedAt = issuedAt
            self.notBefore = notBefore
            self.nonce = nonce
            self.email = email
            self.emailVerified = emailVerified
            self.preferredUsername = preferredUsername
        }
    }

    public enum Problem: String, Error, Sendable, Hashable, CaseIterable {
        case wrongIssuer = "wrong-issuer"
        case wrongAudience = "wrong-audience"
        case expired
        case notYetValid = "not-yet-valid"
        case nonceMismatch = "nonce-mismatch"
        case noEmail = "no-email"
        case emailNotVerified = "email-not-verified"
        case domainNotAllowed = "domain-not-allowed"
    }

    /// How far the provider's clock may be from ours.
    public static let clockSkew: TimeInterval = 120

    /// The signed-in person's address, normalised, if the claims pass every check.
    public static func email(
        from claims: Claims, issuer: String, clientID: String, nonce: String, allowedDomains: [String], now: Date
    ) -> Result<String, Problem> {
        guard claims.issuer == issuer else { return .failure(.wrongIssuer) }
        guard claims.audience.contains(clientID) else { return .failure(.wrongAudience) }
        guard let expiresAt = claims.expiresAt, now.timeIntervalSince(expiresAt) < clockSkew else { return .failure(.expired) }
        if let notBefore = claims.notBefore, notBefore.timeIntervalSince(now) > clockSkew { return .failure(.notYetValid) }
        if let issuedAt = claims.issuedAt, issuedAt.timeIntervalSince(now) > clockSkew { return .failure(.notYetValid) }
        guard let sent = claims.nonce, constantTimeEqual(sent, nonce) else { return .failure(.nonceMismatch) }
        if claims.emailVerified == false { return .failure(.emailNotVerified) }
        let candidates = [claims.email, claims.preferredUsername].compactMap { $0.map(EmailAddress.normalised) }
        guard let email = candidates.first(where: EmailAddress.isPlausible) else { return .failure(.noEmail) }
        guard let domain = domain(of: email), allowedDomains.contains(domain) else { return .failure(.domainNotAllowed) }
        return .success(email)
    }

    /// The domains an administrator typed ("kivikoski.fi, kivikoski.example"): lower case, in
    /// order, without repeats; `invalid` holds what is not a domain name.
    public static func domains(_ text: String) -> (domains: [String], invalid: [String]) {
        var domains: [String] = [], invalid: [String] = []
        for part in text.lowercased().split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
            let domain = String(part.hasPrefix("@") ? part.dropFirst() : part)
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            let isDomain =
                labels.count >= 2 && domain.utf8.count <= 253
                && labels.allSatisfy { label in
                    !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                        && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
                }
            if !isDomain {
                invalid.append(domain)
            } else if !domains.contains(domain) {
                domains.append(domain)
            }
        }
        return (domains, invalid)
    }

    /// The part of an address after its last "@".
    public static func domain(of email: String) -> String? {
        guard let at = email.lastIndex(of: "@") else { return nil }
        let domain = email[email.index(after: at)...]
        return domain.isEmpty ? nil : String(domain).lowercased()
    }

    /// A comparison whose time does not depend on where the texts differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
