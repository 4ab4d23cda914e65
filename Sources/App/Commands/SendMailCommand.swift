import Fluent
import Foundation
import RoderCore
import Vapor

/// `roder send-mail [--dry-run]`: queues the feedback reminders that are due, then hands
/// every unsent mail in the outbox to the system's `sendmail` (`RODER_SENDMAIL`, default
/// /usr/sbin/sendmail). Run it from cron or a systemd timer, e.g. every ten minutes; each
/// line it prints says what was sent to whom.
struct SendMailCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "dry-run", help: "Queue due reminders and list what would be sent, without sending.")
        var dryRun: Bool
    }

    var help: String { "Queues due feedback reminders and sends the mail outbox through sendmail." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let config = app.config, now = config.clock.now()
        let reminded = try await FeedbackReminders.queueDue(config: config, now: now, on: app.db)
        context.console.print("Feedback reminders queued for \(reminded) event(s).")
        if signature.dryRun {
            let pending = try await OutboxMail.query(on: app.db).filter(\.$sentAt == nil).sort(\.$createdAt).all()
            for mail in pending { context.console.print("would send  \(mail.recipient)  \(mail.subject)") }
            context.console.print("\(pending.count) mail(s) waiting; nothing sent (--dry-run).")
            return
        }
        let sender = MailSender(sendmailPath: config.sendmailPath, sender: config.mailFrom)
        let report = try await sender.sendPending(on: app.db, now: now) { context.console.print($0) }
        context.console.print("Sent \(report.sent), failed \(report.failed).")
        if report.failed > 0 { throw CommandError("\(report.failed) mail(s) could not be handed to \(config.sendmailPath); they stay in the outbox.") }
    }
}
