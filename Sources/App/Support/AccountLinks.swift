import Fluent
import Foundation
import RoderCore
import RoderViews

/// Invitation and reset links: made, mailed through the outbox, looked up and used. The secret
/// exists in the mail only; what is stored, and what a link is found by, is its SHA-256.
enum AccountLinks {
    /// Makes a new link for `user`, supersedes the user's open ones, and puts the mail in the
    /// outbox, on `database` (the caller's transaction, so that an account and its invitation
    /// are written together or not at all).
    /// `organisation`: whose administrator sends it (named in an invitation); nil for a reset.
    static func send(
        _ purpose: AccountLinkPurpose, to user: User, organisation: Organisation?, sentBy: String?, config: AppConfig, now: Date,
        on database: any Database
    ) async throws {
        let userID = try user.requireID()
        try await supersedeOpenLinks(of: userID, now: now, on: database)
        let token = SessionStore.randomToken()
        let link = AccountLink(userID: userID, organisationID: organisation?.id, purpose: purpose, tokenHash: SessionStore.hash(token), now: now)
        try await link.create(on: database)

        let language = user.language ?? organisation?.contentLanguages.first ?? config.defaultLanguage
        let localizer = Localizer(language: language, timeZone: config.timeZone, contentLanguages: organisation?.contentLanguages ?? [])
        let address = config.absoluteURL(SiteRoute.choosePassword(token: token).path)
        let until = localizer.date(link.expiresAt)
        let message: MailMessage =
            switch purpose {
            case .invitation:
                MailMessage.invitation(
                    to: user.email, name: user.name, organisation: organisation.flatMap { localizer.text($0.name)?.text } ?? "Roder",
                    invitedBy: sentBy ?? "Roder", link: address, validUntil: until, localizer: localizer)
            case .passwordReset:
                MailMessage.passwordReset(to: user.email, name: user.name, link: address, validUntil: until, localizer: localizer)
            }
        try await OutboxMail(organisationID: organisation?.id, message: message, createdAt: now).create(on: database)
    }

    /// Every open link of the user stops working: when a newer one is sent, and when a password
    /// is chosen or changed.
    static func supersedeOpenLinks(of userID: UUID, now: Date, on database: any Database) async throws {
        try await AccountLink.query(on: database).filter(\.$user.$id == userID).filter(\.$usedAt == nil).filter(\.$supersededAt == nil)
            .set(\.$supersededAt, to: now).update()
    }

    /// The stored link a token from a mail belongs to; nil for anything that is not one of ours.
    static func find(token: String, on database: any Database) async throws -> AccountLink? {
        guard SessionStore.isWellFormed(token) else { return nil }
        return try await AccountLink.query(on: database).filter(\.$tokenHash == SessionStore.hash(token)).with(\.$user).first()
    }

    /// Each user's password state for the users list: chosen, or what became of the latest invitation.
    static func passwordStates(of users: [User], now: Date, on database: any Database) async throws -> [UUID: UsersPage.PasswordState] {
        let withoutPassword = users.filter { !$0.hasPassword }.compactMap(\.id)
        var latest: [UUID: AccountLink] = [:]
        if !withoutPassword.isEmpty {
            for link in try await AccountLink.query(on: database).filter(\.$user.$id ~~ withoutPassword).sort(\.$createdAt).all() {
                latest[link.$user.id] = link
            }
        }
        var states: [UUID: UsersPage.PasswordState] = [:]
        for user in users {
            guard let id = user.id else { continue }
            if user.hasPassword {
                states[id] = .chosen
            } else if let link = latest[id] {
                switch link.status(now: now) {
                case .usable: states[id] = .invited(until: link.expiresAt)
                case .expired: states[id] = .invitationExpired
                case .used, .superseded: states[id] = UsersPage.PasswordState.none
                }
            } else {
                states[id] = UsersPage.PasswordState.none
            }
        }
        return states
    }

    /// Links nobody can use any more, kept a while so their page can say what became of them.
    static func purge(before cutoff: Date, on database: any Database) async throws {
        try await AccountLink.query(on: database).filter(\.$expiresAt < cutoff).delete()
    }
}

extension User {
    /// An account made by invitation has no password until its person chooses one; the empty
    /// hash matches nothing (sign-in checks against a decoy instead, in the same time).
    static let noPassword = ""

    var hasPassword: Bool { passwordHash != Self.noPassword }
}
