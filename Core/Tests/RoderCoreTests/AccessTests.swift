import Foundation
import Testing

@testable import RoderCore

@Suite("Access rules")
struct AccessTests {
    let organisation = UUID()

    func principal(_ roles: Set<Role>, operator isOperator: Bool = false, organisation: UUID?? = .none) -> Principal {
        Principal(userID: UUID(), organisationID: organisation ?? self.organisation, roles: roles, isProgrammeOperator: isOperator)
    }

    @Test("Nobody signed in passes only open routes")
    func anonymous() {
        #expect(Access.anyone.allows(nil))
        #expect(!Access.signedIn.allows(nil))
        #expect(!Access.anyOrganisationRole.allows(nil))
        #expect(!Access.programmeOperator.allows(nil))
    }

    @Test("An organisation route needs one of its roles")
    func organisationRoles() {
        let adminOnly = Access.organisation([.administrator])
        #expect(adminOnly.allows(principal([.administrator, .viewer])))
        #expect(!adminOnly.allows(principal([.programmeOwner, .manager, .coach, .viewer])))
    }

    @Test("Roles count only inside an organisation")
    func rolesNeedAnOrganisation() {
        let stray = principal([.administrator], organisation: .some(nil))
        #expect(stray.roles.isEmpty)
        #expect(!Access.organisation([.administrator]).allows(stray))
        #expect(Access.signedIn.allows(stray))
    }

    @Test("The programme operator passes operator routes and no organisation route")
    func programmeOperator() {
        let operatorOnly = principal([], operator: true, organisation: .some(nil))
        #expect(Access.programmeOperator.allows(operatorOnly))
        #expect(!Access.anyOrganisationRole.allows(operatorOnly))
        #expect(!Access.programmeOperator.allows(principal(Set(Role.allCases))))
    }
}

@Suite("Sign-in throttling")
struct SignInThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func seconds(_ offsets: [Double]) -> [Date] { offsets.map { start.addingTimeInterval($0) } }

    @Test("Five failures in fifteen minutes lock the account until the first of them ages out, even for the right password")
    func locksAfterFiveFailures() {
        let failures = seconds([0, 1, 2, 3])
        #expect(
            SignInThrottle.verdict(accountAttempts: failures + [start.addingTimeInterval(5)], addressAttempts: [], now: start.addingTimeInterval(5))
                == .check(addressThrottledUntil: nil))
        let sixth = seconds([0, 1, 2, 3, 5, 6])
        #expect(
            SignInThrottle.verdict(accountAttempts: sixth, addressAttempts: [], now: start.addingTimeInterval(6))
                == .refuse(until: start.addingTimeInterval(15 * 60)))
        // Once the first failure is fifteen minutes old there is room for one more.
        let later = start.addingTimeInterval(15 * 60 + 1)
        #expect(
            SignInThrottle.verdict(accountAttempts: seconds([0, 1, 2, 3, 5]) + [later], addressAttempts: [], now: later) == .check(addressThrottledUntil: nil))
    }

    @Test("Attempts at the same moment: only as many as the limit find room", arguments: [1, 5, 6, 40])
    func concurrentAttempts(count: Int) {
        // Each attempt is stored before it is decided; the n-th to be stored sees n attempts.
        let checked = (1...count).filter { seen in
            if case .check = SignInThrottle.verdict(accountAttempts: Array(repeating: start, count: seen), addressAttempts: [], now: start) { return true }
            return false
        }
        #expect(checked.count == min(count, 5))
    }

    @Test("An address past its limit is told so, but never refused before the password is checked")
    func addressLimit() {
        let spray = Array(repeating: start, count: 31)
        #expect(
            SignInThrottle.verdict(accountAttempts: [start], addressAttempts: spray, now: start.addingTimeInterval(1))
                == .check(addressThrottledUntil: start.addingTimeInterval(15 * 60)))
        #expect(
            SignInThrottle.verdict(accountAttempts: [start], addressAttempts: Array(spray.prefix(30)), now: start.addingTimeInterval(1))
                == .check(addressThrottledUntil: nil))
    }

    @Test("Keys: e-mail addresses in any case are one account")
    func keys() {
        #expect(SignInThrottle.accountKey("ANNA@town.fi") == SignInThrottle.accountKey("anna@town.fi"))
        #expect(SignInThrottle.accountKey("a") != SignInThrottle.addressKey("a"))
    }
}

@Suite("The client's address behind a proxy")
struct TrustedProxyTests {
    let proxies = try! TrustedProxies.parse("10.0.0.5, 192.168.0.0/16 ::1").get()

    @Test(
        "A forwarded address is believed only from a trusted proxy, read from the right",
        arguments: [
            ("10.0.0.5", ["203.0.113.7"], "203.0.113.7"),
            ("10.0.0.5", ["198.51.100.1, 203.0.113.7"], "203.0.113.7"),  // a client-written hop on the left is ignored
            ("10.0.0.5", ["203.0.113.7, 192.168.4.4"], "203.0.113.7"),  // through two trusted proxies
            ("10.0.0.5", ["203.0.113.7", "192.168.4.4"], "203.0.113.7"),  // the header repeated
            ("203.0.113.9", ["1.2.3.4"], "203.0.113.9"),  // not from a proxy: the header is anyone's
            ("10.0.0.5", [], "10.0.0.5"),
            ("10.0.0.5", ["not-an-address, 203.0.113.7"], "203.0.113.7"),
            ("10.0.0.5", ["203.0.113.7, garbage"], "10.0.0.5"),  // a malformed hop: nothing beyond it is believed
            ("10.0.0.5", ["192.168.1.1"], "192.168.1.1"),  // only proxies: the leftmost
            ("::1", ["2001:db8::1"], "2001:db8::1"),
            ("::ffff:10.0.0.5", ["203.0.113.7"], "203.0.113.7"),  // IPv4 mapped into IPv6
        ])
    func client(peer: String, forwarded: [String], client: String) {
        #expect(proxies.client(peer: peer, forwardedFor: forwarded) == client)
    }

    @Test("Networks parse strictly")
    func parsing() {
        #expect(IPNetwork("10.0.0.0/8") != nil && IPNetwork("2001:db8::/32") != nil && IPNetwork("::") != nil)
        for bad in ["10.0.0", "10.0.0.256", "10.0.0.0/33", "1:2:3:4:5:6:7:8:9", "1::2::3", "x", "", "10.0.0.0/-1", "١.٢.٣.٤"] {
            #expect(IPNetwork(bad) == nil, "\(bad)")
        }
        guard case .failure(let error) = TrustedProxies.parse("10.0.0.1, nonsense") else { Issue.record("accepted"); return }
        #expect(error.parts == ["nonsense"])
    }
}

@Suite("Passwords and e-mail addresses")
struct PasswordPolicyTests {
    @Test("A long enough, confirmed password passes")
    func acceptable() {
        #expect(PasswordPolicy.problems(password: "korvapuusti på tisdag", confirmation: "korvapuusti på tisdag", email: "a@b.fi").isEmpty)
    }

    @Test("Short, mismatched or e-mail passwords are refused")
    func refused() {
        #expect(PasswordPolicy.problems(password: "short", confirmation: "short", email: "a@b.fi") == [.tooShort])
        #expect(PasswordPolicy.problems(password: "long enough one", confirmation: "long enough two", email: "a@b.fi") == [.mismatch])
        #expect(PasswordPolicy.problems(password: "anna@town.fi", confirmation: "anna@town.fi", email: "Anna@Town.fi") == [.sameAsEmail])
        #expect(
            PasswordPolicy.problems(password: String(repeating: "x", count: 129), confirmation: String(repeating: "x", count: 129), email: "") == [.tooLong])
    }

    @Test("E-mail addresses are normalised and checked for plausibility")
    func emailAddresses() {
        #expect(EmailAddress.normalised("  Anna.Berg@Town.FI ") == "anna.berg@town.fi")
        #expect(EmailAddress.isPlausible("anna@town.fi"))
        for bad in ["anna", "anna@town", "@town.fi", "anna@@town.fi", "an na@town.fi", "anna@.fi", "anna@town."] {
            #expect(!EmailAddress.isPlausible(bad), "\(bad)")
        }
    }
}

@Suite("Routes")
struct SiteRouteTests {
    @Test("Every link matches the pattern of the endpoint that serves it")
    func linksMatchPatterns() {
        let routes: [SiteRoute] =
            [
                .home, .signIn(), .signOut, .language, .account, .accountPassword, .accountOrganisation,
                .accountCalendar, .calendarFeed(token: "abc"),
                .users, .newUser, .user(UUID()), .auditLog(), .operatorHome, .health, .asset("x.css"),
            ]
            + ProgrammeArea.allCases.map(SiteRoute.area)
        for route in routes {
            let components = route.path.split(separator: "?")[0].split(separator: "/").map(String.init)
            let pattern = route.endpoint.pattern
            #expect(components.count == pattern.count, "\(route)")
            for (component, expected) in zip(components, pattern) where !expected.hasPrefix(":") {
                #expect(component == expected, "\(route)")
            }
        }
    }

    @Test(
        "Only paths a browser reads as this site's are followed",
        arguments: [
            ("/admin/users?x=1", true), ("/", true), ("/events/abc#check-in", true), ("/sign-in?next=%2Faudit", false),
            ("/search?q=%C3%A5", true), ("/a%20b", false), ("/a%41b", true),
            ("https://evil.example", false), ("//evil.example", false), ("/\\evil.example", false), ("\\/evil.example", false),
            ("evil", false), ("", false), ("/ok\r\nSet-Cookie: x", false), ("/\t/evil.example", false), ("/%09/evil.example", false),
            ("/\n/evil.example", false), (" /evil", false), ("/ /evil", false), ("/%2F/evil.example", false), ("/%2f%2fevil.example", false),
            ("/%5C/evil.example", false), ("/%5c%5cevil", false), ("/%00", false), ("/%0a", false), ("/%7F", false), ("/%", false),
            ("/%G1", false), ("/%2", false), ("/%25%32%46", false), ("/\u{0}", false), ("/\u{7F}", false), ("/å", false),
            ("/\u{202E}evil", false), ("/" + String(repeating: "a", count: 3_000), false), ("javascript:alert(1)", false),
            ("/javascript:alert(1)", true),
        ])
    func safeRedirects(path: String, isSafe: Bool) {
        #expect(SiteRoute.isSafeRedirect(path) == isSafe, "\(path.debugDescription)")
    }

    @Test("The page to return to is encoded into the sign-in link")
    func signInNext() {
        #expect(SiteRoute.signIn(next: "/audit?page=2").path == "/sign-in?next=/audit%3Fpage%3D2")
        #expect(SiteRoute.signIn().path == "/sign-in")
    }

    @Test(
        "Text in a link's path or query cannot add a segment, a parameter or a fragment",
        arguments: [
            "abc/../admin", "x?y=1", "a#b", "a&b=c", "%2F", "\"><b>", "a b", "å", "..",
        ])
    func dynamicPartsAreEncoded(_ text: String) {
        let feed = SiteRoute.calendarFeed(token: text).path
        #expect(feed.hasPrefix("/calendar/") && feed.hasSuffix(".ics"))
        let token = feed.dropFirst("/calendar/".count).dropLast(4)
        #expect(!token.contains { "/?#\"<> ".contains($0) } && token.allSatisfy(\.isASCII))
        #expect(token.removingPercentEncoding == text)
        #expect(!SiteRoute.asset(text).path.dropFirst("/assets/".count).contains { "/?#\"<> ".contains($0) })
        let checkIn = SiteRoute.checkInWithCode(text).path
        #expect(!checkIn.dropFirst("/check-in?code=".count).contains { "&#?=\"<> ".contains($0) })
        #expect(URLComponents(string: "https://roder.example" + checkIn)?.queryItems?.first { $0.name == "code" }?.value == text)
    }

    @Test("Every endpoint has a distinct method and path")
    func endpointsAreDistinct() {
        let keys = Endpoint.allCases.map { "\($0.method.rawValue) /\($0.pattern.joined(separator: "/"))" }
        #expect(Set(keys).count == keys.count)
    }
}
