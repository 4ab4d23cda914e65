import Foundation
import Testing

@testable import RoderCore

@Suite("Invitation and reset links")
struct AccountLinkRulesTests {
    let start = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("A link is usable until it expires; used and superseded win over expiry, used over superseded")
    func status() {
        let expires = start.addingTimeInterval(AccountLinkPurpose.invitation.validity)
        #expect(AccountLinkStatus.of(expiresAt: expires, usedAt: nil, supersededAt: nil, now: start) == .usable)
        #expect(AccountLinkStatus.of(expiresAt: expires, usedAt: nil, supersededAt: nil, now: expires.addingTimeInterval(-1)) == .usable)
        #expect(AccountLinkStatus.of(expiresAt: expires, usedAt: nil, supersededAt: nil, now: expires) == .expired)
        #expect(AccountLinkStatus.of(expiresAt: expires, usedAt: start, supersededAt: nil, now: expires.addingTimeInterval(9)) == .used)
        #expect(AccountLinkStatus.of(expiresAt: expires, usedAt: nil, supersededAt: start, now: expires.addingTimeInterval(9)) == .superseded)
        #expect(AccountLinkStatus.of(expiresAt: expires, usedAt: start, supersededAt: start, now: start) == .used)
        #expect(AccountLinkPurpose.invitation.validity == 7 * 24 * 3600)
        #expect(AccountLinkPurpose.passwordReset.validity < AccountLinkPurpose.invitation.validity)
    }

    @Test("Three reset mails an hour per account; a client waits once it has asked ten times in the hour")
    func throttle() {
        let minute: TimeInterval = 60
        let sent = [start, start.addingTimeInterval(minute), start.addingTimeInterval(2 * minute)]
        #expect(PasswordResetThrottle.mayMail(after: Array(sent.prefix(2)), now: start.addingTimeInterval(3 * minute)))
        #expect(!PasswordResetThrottle.mayMail(after: sent, now: start.addingTimeInterval(3 * minute)))
        // An hour after the first, one more may go.
        #expect(PasswordResetThrottle.mayMail(after: sent, now: start.addingTimeInterval(3600)))

        let requests = (0..<10).map { start.addingTimeInterval(Double($0) * minute) }
        #expect(PasswordResetThrottle.clientWaitsUntil(after: Array(requests.prefix(9)), now: start.addingTimeInterval(10 * minute)) == nil)
        #expect(PasswordResetThrottle.clientWaitsUntil(after: requests, now: start.addingTimeInterval(10 * minute)) == start.addingTimeInterval(3600))
        #expect(PasswordResetThrottle.clientWaitsUntil(after: requests, now: start.addingTimeInterval(3600)) == nil)
    }

    @Test("The mails name the person, the organisation and the sender, carry the link and its last day, in each language")
    func mails() {
        for language in Language.allCases {
            let localizer = Localizer(language: language)
            let invitation = MailMessage.invitation(
                to: "oona@town.fi", name: "Oona", organisation: "Kivikoski", invitedBy: "Sari Koski", link: "https://roder.example/password/choose?token=x",
                validUntil: "12.12.2026", localizer: localizer)
            #expect(invitation.recipient == "oona@town.fi" && invitation.subject.contains("Kivikoski"))
            for part in ["Oona", "Kivikoski", "Sari Koski", "https://roder.example/password/choose?token=x", "12.12.2026"] {
                #expect(invitation.body.contains(part), "\(language) invitation lacks \(part)")
            }
            let reset = MailMessage.passwordReset(
                to: "oona@town.fi", name: "Oona", link: "https://roder.example/password/choose?token=y", validUntil: "6.12.2026", localizer: localizer)
            #expect(reset.body.contains("Oona") && reset.body.contains("token=y") && reset.body.contains("6.12.2026"))
        }
    }
}
