import Foundation

/// What makes a password acceptable. Length is what matters (NIST SP 800-63B); we do not
/// demand character classes, which only push people to predictable patterns.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumLength = 128

    public enum Problem: Sendable, Hashable {
        case tooShort
        case tooLong
        case sameAsEmail
        case mismatch
    }

    /// The problems with `password` for the account `email`, given the confirmation typed.
    public static func problems(password: String, confirmation: String, email: String) -> [Problem] {
        var problems: [Problem] = []
        if password.count < minimumLength { problems.append(.tooShort) }
        if password.count > maximumLength { problems.append(.tooLong) }
        if !email.isEmpty, password.lowercased() == email.lowercased() { problems.append(.sameAsEmail) }
        if password != confirmation { problems.append(.mismatch) }
        return problems
    }
}

/// E-mail addresses are compared and stored trimmed and lower-cased.
public enum EmailAddress {
    public static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plausibility check, not RFC 5322: something@something.something without spaces.
    public static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !text.contains(where: \.isWhitespace), text.count <= 254
        else { return false }
        return true
    }
}
