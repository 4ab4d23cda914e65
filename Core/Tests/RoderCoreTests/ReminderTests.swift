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
        #expect(
            policy.decision(eventEnd: end, sent: 1, lastSentAt: first, now: first.addingTimeInterval(5 * hour))
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
        let swedish = MailMessage.feedbackReminder(
            to: "karin@sjobacka.example", name: "Karin Sandell", eventTitle: "Ledarforum: Tillit",
            eventDate: "3.3.2026", link: link, localizer: Localizer(language: .swedish))
        #expect(swedish.subject == "Påminnelse: din respons på Ledarforum: Tillit")
        #expect(swedish.body.contains("Hej Karin Sandell") && swedish.body.contains(link.absoluteString) && swedish.body.contains("utan ditt namn"))
        let finnish = MailMessage.feedbackReminder(
            to: "x@y.fi", name: "Aino", eventTitle: "Johtajafoorumi", eventDate: "3.3.2026", link: link,
            localizer: Localizer(language: .finnish))
        #expect(finnish.body.contains("ilman nimeäsi"))

        let text = swedish.rfc5322(from: "roder@sjobacka.example", date: end, messageID: "1@roder")
        let headers = try #require(text.components(separatedBy: "\n\n").first)
        #expect(headers.contains("To: karin@sjobacka.example"))
        #expect(headers.contains("Subject: =?utf-8?B?" + Data(swedish.subject.utf8).base64EncodedString() + "?="))
        #expect(headers.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(text.hasSuffix(swedish.body))
    }

    @Test("No form of line break in an address, subject or id can add a header", arguments: Injection.lineBreaks)
    func headerInjection(lineBreak: String) {
        let message = MailMessage(recipient: "a@b.example\(lineBreak)Bcc: everyone@b.example", subject: "Hi\(lineBreak)Bcc: x@y", body: "text")
        let text = message.rfc5322(from: "roder@localhost\(lineBreak)Bcc: z@y", date: end, messageID: "2@roder\(lineBreak)Bcc: w@y")
        let head = text.components(separatedBy: "\n\n")[0]
        let lines = head.components(separatedBy: "\n")
        #expect(
            lines.map { String($0.prefix { $0 != ":" }) } == [
                "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
            ])
        // Only the LFs that separate headers: no other line break, not even inside a line.
        #expect(!head.unicodeScalars.contains { $0 != "\n" && Injection.isLineBreakOrControl($0) })
    }

    @Test("An address names one recipient: no second address after a comma or semicolon, no display name")
    func oneRecipient() {
        let text = MailMessage(recipient: "a@b.example, everyone@b.example; \"Boss\" <boss@b.example>", subject: "Hi", body: "text")
            .rfc5322(from: "roder@localhost", date: end, messageID: "3@roder")
        let to = text.components(separatedBy: "\n").first { $0.hasPrefix("To: ") }
        #expect(to == "To: a@b.exampleeveryone@b.exampleBossboss@b.example")
    }
}

/// The line breaks of Unicode, each of which some reader of mail, calendars or spreadsheets
/// treats as the end of a line. "\r\n" is one Swift `Character`.
enum Injection {
    static let lineBreaks = ["\r\n", "\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\r", "\r\r\n"]

    static func isLineBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
