import Fluent
import Foundation
import RoderCore

/// Hands the outbox to the system's `sendmail` (Postfix, msmtp, … — whatever the server uses),
/// one message at a time. A sent mail's row is deleted: reminders go to those who had not
/// answered, and that must not outlive the sending. A refused one stays with the error, and is
/// tried again next time, at most `maximumAttempts` times, then kept a week and removed.
struct MailSender {
    static let maximumAttempts = 5

    struct Report: Equatable {
        var sent = 0
        var failed = 0
    }

    let sendmailPath: String
    let sender: String

    func sendPending(on database: any Database, now: Date, log: (String) -> Void) async throws -> Report {
        let pending = try await OutboxMail.query(on: database)
            .filter(\.$sentAt == nil)
            .filter(\.$attempts < Self.maximumAttempts)
            .sort(\.$createdAt)
            .all()
        var report = Report()
        for mail in pending {
            let message = MailMessage(recipient: mail.recipient, subject: mail.subject, body: mail.body)
            let text = message.rfc5322(from: sender, date: now, messageID: "\(mail.id!.uuidString.lowercased())@roder")
            // A reminder's recipient is someone who had not answered: once the mail is handed
            // over, Roder keeps no record of it — the row goes, and the log line names no one.
            let reference = String(mail.id!.uuidString.lowercased().prefix(8))
            do {
                try deliver(text)
                try await mail.delete(on: database)
                report.sent += 1
                log("sent     \(reference)  \(mail.subject)")
            } catch {
                mail.attempts += 1
                mail.lastError = String(describing: error)
                report.failed += 1
                log("FAILED   \(reference)  \(mail.subject): \(error)")
                try await mail.save(on: database)
            }
        }
        return report
    }

    /// Mail that could not be handed over after every attempt is kept a week for the operator
    /// to see why, then removed with its recipient.
    static func purgeUndeliverable(before cutoff: Date, on database: any Database) async throws {
        try await OutboxMail.query(on: database).filter(\.$attempts >= maximumAttempts).filter(\.$createdAt < cutoff).delete()
    }

    struct SendmailFailed: Error, CustomStringConvertible {
        let status: Int32
        let output: String
        var description: String { "sendmail exited with \(status)" + (output.isEmpty ? "" : ": \(output)") }
    }

    /// `sendmail -t -i`: recipients from the headers, a line with a single dot is not the end.
    private func deliver(_ message: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sendmailPath)
        process.arguments = ["-t", "-i"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        // A sendmail that exits without reading must not take Roder down with SIGPIPE; the
        // failed write then shows as its exit status below.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try? input.fileHandleForWriting.close()
        // Read before waiting: a chatty sendmail could otherwise fill the pipe and never exit.
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SendmailFailed(status: process.terminationStatus, output: String(said.prefix(500))) }
    }
}
