import Foundation

/// When attendees who have not answered yet are reminded: automatically one and three days
/// after the event, or earlier when the host asks — at most `limit` times in all, never twice
/// within `minimumGap`, and not once feedback has gone quiet (`closesAfter` the event).
/// Reminders reach only those without a "has answered" receipt; nobody else learns who they are.
public struct ReminderPolicy: Sendable, Hashable {
    public static let standard = ReminderPolicy()

    public var limit: Int = 2
    /// After the event's end, when the first, second, … automatic reminder goes out.
    public var automaticAfter: [TimeInterval] = [24 * 3600, 3 * 24 * 3600]
    public var minimumGap: TimeInterval = 20 * 3600
    public var closesAfter: TimeInterval = 14 * 24 * 3600

    public init() {}

    public enum Decision: Sendable, Hashable {
        case allowed
        /// The event has not ended yet: nobody could have answered.
        case notEnded
        case limitReached
        /// The last reminder went out less than `minimumGap` ago.
        case tooSoon(nextAt: Date)
        /// Too long after the event for a reminder to be welcome.
        case closed
    }

    /// Whether the host may send a reminder now.
    public func decision(eventEnd: Date, sent: Int, lastSentAt: Date?, now: Date) -> Decision {
        guard now >= eventEnd else { return .notEnded }
        guard now <= eventEnd.addingTimeInterval(closesAfter) else { return .closed }
        guard sent < limit else { return .limitReached }
        if let lastSentAt, now.timeIntervalSince(lastSentAt) < minimumGap { return .tooSoon(nextAt: lastSentAt.addingTimeInterval(minimumGap)) }
        return .allowed
    }

    /// Whether the scheduled reminder number `sent + 1` is due (the mail command asks this).
    public func isAutomaticDue(eventEnd: Date, sent: Int, lastSentAt: Date?, now: Date) -> Bool {
        guard decision(eventEnd: eventEnd, sent: sent, lastSentAt: lastSentAt, now: now) == .allowed,
            sent < automaticAfter.count
        else { return false }
        return now >= eventEnd.addingTimeInterval(automaticAfter[sent])
    }
}

/// A plain-text mail ready for the outbox.
public struct MailMessage: Sendable, Hashable {
    public var recipient: String
    public var subject: String
    public var body: String

    public init(recipient: String, subject: String, body: String) {
        self.recipient = recipient
        self.subject = subject
        self.body = body
    }

    /// The reminder to give feedback, in the recipient's language.
    public static func feedbackReminder(
        to recipient: String, name: String, eventTitle: String, eventDate: String, link: URL,
        localizer: Localizer
    ) -> MailMessage {
        MailMessage(
            recipient: recipient,
            subject: localizer(.reminderSubject(event: eventTitle)),
            body: localizer(.reminderBody(name: name, event: eventTitle, date: eventDate, link: link.absoluteString)) + "\n")
    }

    /// The message as `sendmail -t` reads it: UTF-8 text, the subject encoded for headers.
    public func rfc5322(from sender: String, date: Date, messageID: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let headers = [
            "From: \(Self.singleAddress(sender))",
            "To: \(Self.singleAddress(recipient))",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(formatter.string(from: date))",
            "Message-ID: <\(Self.singleAddress(messageID))>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        let text = body.replacingOccurrences(of: "\r\n", with: "\n")
        return headers.joined(separator: "\n") + "\n\n" + text
    }

    /// No line break of any form in a header, nor any other control character: they would
    /// let a value end its header and add headers of its own. Looked at scalar by scalar, as
    /// "\r\n" is one Swift `Character`, equal to neither "\r" nor "\n".
    static func headerSafe(_ value: String) -> String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.filter { scalar in
                    !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}")
                }))
    }

    /// One address and nothing else: without spaces, commas, semicolons, angle brackets,
    /// quotes or parentheses an address from a hand-typed or imported e-mail field cannot
    /// name a second recipient or a display name.
    static func singleAddress(_ value: String) -> String {
        String(String.UnicodeScalarView(headerSafe(value).unicodeScalars.filter { !" ,;<>\"()\\".unicodeScalars.contains($0) && !$0.properties.isWhitespace }))
    }

    /// RFC 2047: a subject with å, ä, ö as `=?utf-8?B?…?=`; plain ASCII as it is.
    static func encodedWord(_ text: String) -> String {
        let safe = headerSafe(text)
        guard !safe.allSatisfy({ $0.isASCII }) else { return safe }
        return "=?utf-8?B?" + Data(safe.utf8).base64EncodedString() + "?="
    }
}
