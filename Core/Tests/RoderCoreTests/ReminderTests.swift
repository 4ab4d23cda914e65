import Foundation
import Testing
@testable import RoderCore

@Suite("Feedback reminders: when, how often, and the mail itself")
struct ReminderTests {
    let end = Date(timeIntervalSince1970: 1_795_000_000)
    let policy = ReminderPolicy.standard
    let hour: TimeInterval = 3600

    @Test("The host may remind once the event is over, at most twice, not twice within a day, not after two weeks")
    func manual() {
        #expect(policy.decision(eventEnd: end, sent: 0, lastSentAt: nil, now: end.addingTimeInterval(-60)) == .notEnded)
        #expect(policy.decision(eventEnd: end, sent: 0, lastSentAt: nil, now: end.addingTimeInterval(60)) == .allowed)
        let first = end.addingTimeInterval(2 * hour)
        #expect(policy.decision(eventEnd: end, sent: 1, lastSentAt: first, now: first.addingTimeInterval(5 * hour))
                == .tooSoon(nextAt: first.addingTimeInterval(20 * hour)))
        #expect(policy.decision(eventEnd: end, sent: 1, lastSentAt: first, now: first.addingTimeInterval(21 * hour)) == .allowed)
        #expect(policy.decision(eventEnd: end, sent: 2, lastSentAt: first, now: first.addingTimeInterval(48 * hour)) == .limitReached)
        #expect(policy.decision(eventEnd: end, sent: 0, lastSentAt: nil, now: end.addingTimeInterval(15 * 24 * hour)) == .closed)
    }

    @Test("Automatic reminders fall due one and three days after the event; a manual one counts towards them")
    func automatic() {
        #expect(!policy.isAutomaticDue(eventEnd: end, sent: 0, lastSentAt: nil, now: end.addingTimeInterval(23 * hour)))
        #expect(policy.isAutomaticDue(eventEnd: end, sent: 0, lastSentAt: nil, now: end.addingTimeInterval(25 * hour)))
        let first = end.addingTimeInterval(25 * hour)
        #expect(!policy.isAutomaticDue(eventEnd: end, sent: 1, lastSentAt: first, now: end.addingTimeInterval(48 * hour)))
        #expect(policy.isAutomaticDue(eventEnd: end, sent: 1, lastSentAt: first, now: end.addingTimeInterval(73 * hour)))
        #expect(!policy.isAutomaticDue(eventEnd: end, sent: 2, lastSentAt: first, now: end.addingTimeInterval(100 * hour)))
        // The host reminded two hours after the end: the second reminder waits for day three.
        #expect(!policy.isAutomaticDue(eventEnd: end, sent: 1, lastSentAt: end.addingTimeInterval(2 * hour), now: end.addingTimeInterval(30 * hour)))
    }

    @Test("The reminder speaks the recipient's language, links to the form, and its subject is encoded for mail headers")
    func mail() throws {
        let link = try #require(URL(string: "https://roder.example.fi/events/abc/feedback"))
        let swedish = MailMessage.feedbackReminder(to: "karin@sjobacka.example", name: "Karin Sandell", eventTitle: "Ledarforum: Tillit",
                                                   eventDate: "3.3.2026", link: link, localizer: Localizer(language: .swedish))
        #expect(swedish.subject == "Påminnelse: din respons på Ledarforum: Tillit")
        #expect(swedish.body.contains("Hej Karin Sandell") && swedish.body.contains(link.absoluteString) && swedish.body.contains("utan ditt namn"))
        let finnish = MailMessage.feedbackReminder(to: "x@y.fi", name: "Aino", eventTitle: "Johtajafoorumi", eventDate: "3.3.2026", link: link,
                                                   localizer: Localizer(language: .finnish))
        #expect(finnish.body.contains("ilman nimeäsi"))

        let text = swedish.rfc5322(from: "roder@sjobacka.example", date: end, messageID: "1@roder")
        let headers = try #require(text.components(separatedBy: "\n\n").first)
        #expect(headers.contains("To: karin@sjobacka.example"))
        #expect(headers.contains("Subject: =?utf-8?B?" + Data(swedish.subject.utf8).base64EncodedString() + "?="))
        #expect(headers.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(text.hasSuffix(swedish.body))
    }

    @Test("A line break in an address or subject cannot add a header")
    func headerInjection() {
        let message = MailMessage(recipient: "a@b.example\nBcc: everyone@b.example", subject: "Hi\r\nBcc: x@y", body: "text")
        let text = message.rfc5322(from: "roder@localhost", date: end, messageID: "2@roder")
        let headers = text.components(separatedBy: "\n\n")[0].components(separatedBy: "\n")
        #expect(!headers.contains { $0.hasPrefix("Bcc:") })
    }
}
