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

@Suite("Accounts from the organisation")
struct AccountCandidatesTests {
    func id(_ number: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))! }

    @Test("A unit takes everything under it; levels and every word of the search narrow; top management first, then by name")
    func matching() {
        // 1 ─ 2 ─ 3, and 4 beside 2.
        let parents: [UUID: UUID?] = [id(1): nil, id(2): id(1), id(3): id(2), id(4): id(1)]
        let people = [
            AccountCandidates.Person(id: id(10), name: "Örjan Ek", title: "Rektor", email: "orjan@town.fi", level: .middle, unitID: id(3)),
            AccountCandidates.Person(id: id(11), name: "Anna Berg", title: "Bildningsdirektör", email: "anna@town.fi", level: .middle, unitID: id(2)),
            AccountCandidates.Person(id: id(12), name: "Maija Aalto", title: "Kaupunginjohtaja", email: nil, level: .top, unitID: id(1)),
            AccountCandidates.Person(id: id(13), name: "Kim Staff", title: nil, email: nil, level: .staff, unitID: id(3)),
            AccountCandidates.Person(id: id(14), name: "Bo Lind", title: nil, email: "bo@town.fi", level: .supervisor, unitID: id(4)),
        ]
        #expect(AccountCandidates.matching(people, filter: .managers, parents: parents).map(\.name) == ["Maija Aalto", "Anna Berg", "Örjan Ek", "Bo Lind"])
        #expect(
            AccountCandidates.matching(people, filter: .init(levels: Set(ManagementLevel.allCases), unitID: id(2)), parents: parents).map(\.name)
                == ["Anna Berg", "Örjan Ek", "Kim Staff"])
        #expect(AccountCandidates.matching(people, filter: .init(levels: [.middle], search: "  REKTOR  örjan "), parents: parents).map(\.name) == ["Örjan Ek"])
        #expect(AccountCandidates.matching(people, filter: .init(levels: [.middle], search: "town.fi berg"), parents: parents).map(\.name) == ["Anna Berg"])
        // A cycle in the tree does not hang the subtree.
        let cyclic: [UUID: UUID?] = [id(1): id(2), id(2): id(1)]
        #expect(AccountCandidates.subtree(of: id(1), parents: cyclic) == [id(1), id(2)])
    }

    @Test("Linked people have their account; no address, a shared address or another account's address cannot get one; a user elsewhere is added")
    func states() {
        let people = [
            AccountCandidates.Person(id: id(1), name: "A", title: nil, email: "a@town.fi", level: .middle, unitID: nil),
            AccountCandidates.Person(id: id(2), name: "B", title: nil, email: nil, level: .middle, unitID: nil),
            AccountCandidates.Person(id: id(3), name: "C", title: nil, email: "shared@town.fi", level: .middle, unitID: nil),
            AccountCandidates.Person(id: id(4), name: "D", title: nil, email: "shared@town.fi", level: .staff, unitID: nil),
            AccountCandidates.Person(id: id(5), name: "E", title: nil, email: "e@town.fi", level: .middle, unitID: nil),
            AccountCandidates.Person(id: id(6), name: "F", title: nil, email: "f@town.fi", level: .middle, unitID: nil),
            AccountCandidates.Person(id: id(7), name: "G", title: nil, email: "g@town.fi", level: .top, unitID: nil),
        ]
        let states = AccountCandidates.states(
            of: people, everyone: people, linkedAccounts: [id(1): "Account A"], members: ["e@town.fi": "Someone E"], usersElsewhere: ["f@town.fi"])
        #expect(states[id(1)] == .hasAccount("Account A"))
        #expect(states[id(2)] == .noEmail)
        #expect(states[id(3)] == .emailShared && states[id(4)] == .emailShared)
        #expect(states[id(5)] == .emailInUse("Someone E"))
        #expect(states[id(6)] == .existingUser && states[id(6)]?.canGetAccount == true)
        #expect(states[id(7)] == .available)
        #expect(AccountCandidates.roles(for: .top, topAlsoViewer: true) == [.manager, .viewer])
        #expect(AccountCandidates.roles(for: .top, topAlsoViewer: false) == [.manager])
        #expect(AccountCandidates.roles(for: .middle, topAlsoViewer: true) == [.manager])
    }
}

@Suite("Signing in with the organisation's directory")
struct DirectorySignInRulesTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    var good: DirectorySignIn.Claims {
        DirectorySignIn.Claims(
            issuer: "https://login.example/t/v2.0", audience: ["roder"], expiresAt: now.addingTimeInterval(600), issuedAt: now, nonce: "n0nce",
            email: "Maija.Aaltonen@Kivikoski.fi", emailVerified: true)
    }

    func check(_ claims: DirectorySignIn.Claims) -> Result<String, DirectorySignIn.Problem> {
        DirectorySignIn.email(
            from: claims, issuer: "https://login.example/t/v2.0", clientID: "roder", nonce: "n0nce", allowedDomains: ["kivikoski.fi"], now: now)
    }

    @Test("Good claims give the address, normalised; each wrong claim is named")
    func claims() {
        #expect(check(good) == .success("maija.aaltonen@kivikoski.fi"))
        var claims = good
        claims.issuer = "https://login.example/other/v2.0"
        #expect(check(claims) == .failure(.wrongIssuer))
        claims = good
        claims.audience = ["someone-else"]
        #expect(check(claims) == .failure(.wrongAudience))
        claims = good
        claims.expiresAt = now.addingTimeInterval(-DirectorySignIn.clockSkew - 1)
        #expect(check(claims) == .failure(.expired))
        claims.expiresAt = nil
        #expect(check(claims) == .failure(.expired))
        claims = good
        claims.notBefore = now.addingTimeInterval(DirectorySignIn.clockSkew + 60)
        #expect(check(claims) == .failure(.notYetValid))
        claims = good
        claims.nonce = "n0ncE"
        #expect(check(claims) == .failure(.nonceMismatch))
        claims.nonce = nil
        #expect(check(claims) == .failure(.nonceMismatch))
        claims = good
        claims.emailVerified = false
        #expect(check(claims) == .failure(.emailNotVerified))
        claims = good
        claims.email = "maija@evil.example"
        #expect(check(claims) == .failure(.domainNotAllowed))
        // Entra ID without an `email` claim: its sign-in name.
        claims = good
        claims.email = nil
        claims.preferredUsername = "maija.aaltonen@kivikoski.fi"
        #expect(check(claims) == .success("maija.aaltonen@kivikoski.fi"))
        claims.preferredUsername = "not an address"
        #expect(check(claims) == .failure(.noEmail))
    }

    @Test("Domains typed by an administrator are read leniently and checked strictly")
    func domains() {
        let read = DirectorySignIn.domains(" Kivikoski.FI, @kivikoski.example;kivikoski.fi  a..b, -x.fi, not_a.fi, localhost ")
        #expect(read.domains == ["kivikoski.fi", "kivikoski.example"])
        #expect(read.invalid == ["a..b", "-x.fi", "not_a.fi", "localhost"])
        #expect(DirectorySignIn.domain(of: "a@b@Kivikoski.fi") == "kivikoski.fi")
        #expect(DirectorySignIn.domain(of: "nobody") == nil)
    }
}
