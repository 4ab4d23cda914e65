import Fluent
import Foundation
import RoderCore
import SQLKit

/// Reminders to give feedback: mail to everyone who attended an event and has no "has
/// answered" receipt yet, queued in the outbox for `roder send-mail`. The host asks for one
/// on the event page, and `send-mail` queues the scheduled ones (`ReminderPolicy`). Nobody
/// but the outbox learns who has not answered: the page shows only how many.
enum FeedbackReminders {
    struct Recipient {
        let name: String
        /// The signed-in account's address, else the address in the organisation's register.
        let address: String?
        let language: Language?
    }

    /// Attendees without a receipt, read in one query.
    static func recipients(organisationID: UUID, eventID: UUID, on database: any Database) async throws -> [Recipient] {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        // The receipts' key columns are declared BLOB on SQLite (`SQLiteFeedbackTables`): compared
        // with the participants' TEXT columns as they are, SQLite converts the receipts' side and
        // scans every receipt for each attendee. `+` drops the affinity so the key is used.
        let unaffined = sql.dialect.name == "sqlite" ? "+" : ""
        let rows = try await sql.resultRows(
            """
            SELECT p.id AS person_id, p.name AS name, p.email AS person_email, u.email AS user_email, u.language AS language
            FROM event_participants ep
            JOIN people p ON p.id = ep.person_id
            LEFT JOIN memberships m ON m.person_id = p.id AND m.organisation_id = ep.organisation_id
            LEFT JOIN users u ON u.id = m.user_id AND u.is_active = \(bind: true)
            WHERE ep.organisation_id = \(bind: organisationID) AND ep.event_id = \(bind: eventID) AND ep.checked_in_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM feedback_receipts r
                              WHERE r.event_id = \(unsafeRaw: unaffined)ep.event_id AND r.person_id = \(unsafeRaw: unaffined)ep.person_id
                                AND r.organisation_id = ep.organisation_id)
            """
        )
        return try onePerPerson(rows)
    }

    /// Rows of `person_id, name, person_email, user_email, language` as recipients, one per
    /// person (a person with two accounts is still reminded once), by name.
    static func onePerPerson(_ rows: [any SQLRow]) throws -> [Recipient] {
        var byPerson: [UUID: Recipient] = [:]
        for row in rows {
            let personID = try row.decode(column: "person_id", as: UUID.self)
            let name = try row.decode(column: "name", as: String.self)
            let address = try row.decode(column: "user_email", as: String?.self) ?? row.decode(column: "person_email", as: String?.self)
            let language = try row.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:))
            if byPerson[personID]?.address == nil { byPerson[personID] = Recipient(name: name, address: address, language: language) }
        }
        return byPerson.values.sorted { $0.name < $1.name }
    }

    /// Puts a reminder for each attendee who has not answered into the outbox and counts it
    /// on the event. Returns how many mails were queued (those without an address are skipped).
    @discardableResult
    static func queue(event: EventRecord, organisation: Organisation, config: AppConfig, now: Date, on database: any Database) async throws -> Int {
        let eventID = try event.requireID(), organisationID = try organisation.requireID()
        let recipients = try await recipients(organisationID: organisationID, eventID: eventID, on: database)
        // Everyone has answered: nothing to send, and nothing to count against the limit.
        guard !recipients.isEmpty else { return 0 }
        guard let link = URL(string: config.absoluteURL(SiteRoute.eventFeedback(eventID).path)) else { return 0 }
        let mails = recipients.compactMap { recipient -> OutboxMail? in
            guard let address = recipient.address, !address.isEmpty else { return nil }
            let language = recipient.language ?? organisation.contentLanguages.first ?? config.defaultLanguage
            let localizer = Localizer(language: language, timeZone: config.timeZone, contentLanguages: organisation.contentLanguages)
            let message = MailMessage.feedbackReminder(
                to: address, name: recipient.name, eventTitle: localizer.text(event.title)?.text ?? "–",
                eventDate: localizer.date(event.startsAt), link: link, localizer: localizer)
            return OutboxMail(organisationID: organisationID, message: message, createdAt: now)
        }
        try await database.transaction { transaction in
            if !mails.isEmpty { try await mails.create(on: transaction) }
            event.remindersSent = (event.remindersSent ?? 0) + 1
            event.lastReminderAt = now
            try await event.save(on: transaction)
        }
        return mails.count
    }

    /// The scheduled reminders that are due, across organisations (run by `send-mail`).
    /// Returns the number of events reminded about.
    static func queueDue(config: AppConfig, now: Date, policy: ReminderPolicy = .standard, on database: any Database) async throws -> Int {
        let candidates = try await EventRecord.query(on: database)
            .filter(\.$endsAt <= now)
            .filter(\.$endsAt >= now.addingTimeInterval(-policy.closesAfter))
            .with(\.$organisation)
            .all()
        var reminded = 0
        for event in candidates
        where policy.isAutomaticDue(
            eventEnd: event.endsAt, sent: event.remindersSent ?? 0,
            lastSentAt: event.lastReminderAt, now: now)
        {
            if try await queue(event: event, organisation: event.organisation, config: config, now: now, on: database) > 0 { reminded += 1 }
        }
        return reminded
    }
}
