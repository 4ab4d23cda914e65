import Foundation

/// A single-use link, sent by mail, with which a person sets their own password: the invitation
/// a new account gets, or the reset "Forgot your password?" sends. Only a hash of the link's
/// secret is stored; the administrator never types or sees a password.
public enum AccountLinkPurpose: String, Sendable, CaseIterable {
    case invitation
    case passwordReset = "password-reset"

    /// How long a link can be used after it is made: a week to accept an invitation (holidays,
    /// a full inbox), a day for a reset somebody has just asked for.
    public var validity: TimeInterval {
        switch self {
        case .invitation: 7 * 24 * 3600
        case .passwordReset: 24 * 3600
        }
    }
}

/// What became of a link, as its page tells the person who opens it.
public enum AccountLinkStatus: Sendable, Hashable {
    case usable
    /// A password was set with it already.
    case used
    case expired
    /// A newer link was sent to the same account (or the password was set another way).
    case superseded

    /// The state of a stored link at `now`. A used link stays used, whatever came later.
    public static func of(expiresAt: Date, usedAt: Date?, supersededAt: Date?, now: Date) -> AccountLinkStatus {
        if usedAt != nil { return .used }
        if supersededAt != nil { return .superseded }
        return now < expiresAt ? .usable : .expired
    }
}

/// How often "Forgot your password?" sends a mail: at most `perAccount` mails to one address
/// and `perClient` requests from one client address within `window`. Past the account's limit
/// the page answers as always and sends nothing (the answer must not tell whether the address
/// has an account); past the client's limit it asks to wait.
public enum PasswordResetThrottle {
    public static let perAccount = 3
    public static let perClient = 10
    public static let window: TimeInterval = 3600

    public static func accountKey(_ email: String) -> String { "reset-account:" + email }
    public static func clientKey(_ address: String) -> String { "reset-client:" + address }

    /// Whether one more mail may go to an account that was sent these (recent) ones.
    public static func mayMail(after sent: [Date], now: Date) -> Bool {
        sent.filter { now.timeIntervalSince($0) < window }.count < perAccount
    }

    /// When a client that made these requests may ask again; nil: now.
    public static func clientWaitsUntil(after requests: [Date], now: Date) -> Date? {
        let recent = requests.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= perClient else { return nil }
        return recent[recent.count - perClient].addingTimeInterval(window)
    }
}

extension MailMessage {
    /// A new account's invitation: who made it, for which organisation, and the link that sets
    /// the password, in the recipient's language.
    public static func invitation(
        to recipient: String, name: String, organisation: String, invitedBy: String, link: String, validUntil: String, localizer: Localizer
    ) -> MailMessage {
        MailMessage(
            recipient: recipient, subject: localizer(.invitationMailSubject(organisation: organisation)),
            body: localizer(.invitationMailBody(name: name, organisation: organisation, inviter: invitedBy, link: link, until: validUntil)) + "\n")
    }

    /// The link "Forgot your password?" sends.
    public static func passwordReset(to recipient: String, name: String, link: String, validUntil: String, localizer: Localizer) -> MailMessage {
        MailMessage(
            recipient: recipient, subject: localizer(.resetMailSubject),
            body: localizer(.resetMailBody(name: name, link: link, until: validUntil)) + "\n")
    }
}
