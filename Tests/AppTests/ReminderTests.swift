import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

/// Reminders to give feedback reach only attendees who have not answered, a limited number
/// of times, through the outbox; `send-mail` hands the outbox to sendmail and logs it.
@Suite("Feedback reminders and the mail outbox", .serialized)
struct ReminderAppTests {
    /// A seminar the three managers attended; the first of them answered.
    static func heldSeminar(_ app: Application, clock: TestClock) async throws -> (path: String, event: EventRecord) {
        let (path, event) = try await EventTests.seminar(app, clock: clock)
        var browsers: [TestBrowser] = []
        for email in EventTests.managers { browsers.append(try await EventTests.attendee(app, email: email, event: event, path: path)) }
        #expect(try await EventTests.answer(browsers[0], path: path).status == .seeOther)
        return (path, event)
    }

    static func owner(_ app: Application) async throws -> TestBrowser {
        let owner = TestBrowser(app, acceptLanguage: "sv")
        try await owner.signIn(Account.with(.programmeOwner))
        return owner
    }

    @Test("After the event the host reminds those who have not answered — never the one who has; not twice in a day")
    func hostReminds() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await Self.heldSeminar(app, clock: clock)
            var owner = try await Self.owner(app)
            try await owner.get(path)
            let early = try await owner.post(path + "/reminders", [])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("när evenemanget är slut"))
            #expect(try await OutboxMail.query(on: app.db).count() == 0)

            clock.advance(by: 3 * 3600)
            owner = try await Self.owner(app)
            let page = try await owner.get(path)
            #expect(page.body.string.contains("2 av 3 deltagare har inte svarat ännu"))
            let sent = try await owner.post(path + "/reminders", [])
            #expect(sent.status == .seeOther)
            let mails = try await OutboxMail.query(on: app.db).sort(\.$recipient).all()
            #expect(mails.map(\.recipient) == ["chef2@sjobacka.example", "chef3@sjobacka.example"])
            #expect(mails.allSatisfy { $0.subject == "Påminnelse: din respons på Seminarium om arbetssätt" && $0.sentAt == nil })
            #expect(mails[0].body.contains("http://127.0.0.1:8080" + SiteRoute.eventFeedback(event.id!).path))
            // The page says how many, never who.
            let after = try await owner.get(path)
            #expect(after.body.string.contains("Påminnelser skickade: 1 av högst 2"))

            let again = try await owner.post(path + "/reminders", [])
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("En påminnelse skickades nyligen"))
            #expect(try await OutboxMail.query(on: app.db).count() == 2)

            // A manager cannot send reminders.
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(path)
            #expect(try await manager.post(path + "/reminders", []).status == .forbidden)
        }
    }

    @Test("send-mail queues the reminder due on day three, hands the outbox to sendmail and logs it; a failure stays for the next run")
    func sendMail() async throws {
        try await withRoderApp { app, clock in
            let (_, event) = try await Self.heldSeminar(app, clock: clock)
            let config = app.config
            // Not due yet: the event has only just ended.
            clock.advance(by: 3 * 3600)
            #expect(try await FeedbackReminders.queueDue(config: config, now: clock.now, on: app.db) == 0)
            clock.advance(by: 23 * 3600)
            #expect(try await FeedbackReminders.queueDue(config: config, now: clock.now, on: app.db) == 1)
            #expect(try await FeedbackReminders.queueDue(config: config, now: clock.now, on: app.db) == 0)
            #expect(try await OutboxMail.query(on: app.db).count() == 2)

            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-mail-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let delivered = folder.appendingPathComponent("delivered.txt").path
            let sendmail = try Self.script(
                in: folder, name: "sendmail", body: "echo \"ARGS $*\" >> '\(delivered)'\ncat >> '\(delivered)'\necho '-----' >> '\(delivered)'")
            var lines: [String] = []
            let report = try await MailSender(sendmailPath: sendmail, sender: "roder@sjobacka.example").sendPending(on: app.db, now: clock.now) {
                lines.append($0)
            }
            #expect(report == MailSender.Report(sent: 2, failed: 0))
            let text = try String(contentsOfFile: delivered, encoding: .utf8)
            #expect(text.components(separatedBy: "ARGS -t -i").count == 3)
            #expect(text.contains("To: chef2@sjobacka.example") && text.contains("To: chef3@sjobacka.example") && !text.contains("To: chef@"))
            #expect(text.contains("Subject: =?utf-8?B?"))
            #expect(text.contains("From: roder@sjobacka.example"))
            #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix("sent") })
            // Handed over, a reminder leaves no record of who had not answered: not in the
            // outbox, not in the log.
            #expect(try await OutboxMail.query(on: app.db).count() == 0)
            #expect(!lines.contains { $0.contains("chef2@") || $0.contains("chef3@") })
            // Nothing is sent twice.
            #expect(try await MailSender(sendmailPath: sendmail, sender: "r@x").sendPending(on: app.db, now: clock.now) { _ in } == .init(sent: 0, failed: 0))

            // Day three: the second and last reminder; this time sendmail refuses it.
            clock.advance(by: 2 * 24 * 3600)
            #expect(try await FeedbackReminders.queueDue(config: config, now: clock.now, on: app.db) == 1)
            let broken = try Self.script(in: folder, name: "broken-sendmail", body: "echo 'mail queue full' >&2\nexit 75")
            let failed = try await MailSender(sendmailPath: broken, sender: "r@x").sendPending(on: app.db, now: clock.now) { _ in }
            #expect(failed == .init(sent: 0, failed: 2))
            let waiting = try await OutboxMail.query(on: app.db).filter(\.$sentAt == nil).all()
            #expect(waiting.count == 2 && waiting.allSatisfy { $0.attempts == 1 && ($0.lastError ?? "").contains("mail queue full") })
            // The limit holds: no third reminder.
            clock.advance(by: 2 * 24 * 3600)
            #expect(try await FeedbackReminders.queueDue(config: config, now: clock.now, on: app.db) == 0)
            #expect(try await EventRecord.find(event.id, on: app.db)?.remindersSent == 2)
        }
    }

    @Test("When everyone who came has answered, no reminder goes and none is counted")
    func everyoneAnswered() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            for email in EventTests.managers {
                let manager = try await EventTests.attendee(app, email: email, event: event, path: path)
                #expect(try await EventTests.answer(manager, path: path).status == .seeOther)
            }
            clock.advance(by: 26 * 3600)
            #expect(try await FeedbackReminders.queueDue(config: app.config, now: clock.now, on: app.db) == 0)
            #expect(try await OutboxMail.query(on: app.db).count() == 0)
            #expect(try await EventRecord.find(event.id, on: app.db)?.remindersSent == nil)
        }
    }

    static func script(in folder: URL, name: String, body: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
