import Fluent
import Foundation
import RoderCore
import Vapor

/// The personal calendar feed: every event the user is invited to or signed up for and every
/// coaching session they coach or are coached in, in every organisation they belong to, as one
/// iCalendar file that calendar apps fetch on their own. They send no cookies, so the secret in the address is the key (only its hash is stored).
struct CalendarFeedController: Sendable {
    /// Events further back than this are left out: a calendar app keeps what it has seen.
    static let history: TimeInterval = 180 * 24 * 3600

    func feed(_ request: Request) async throws -> Response {
        guard let file = request.parameters.get("file"), file.hasSuffix(".ics") else { throw Abort(.notFound) }
        let token = String(file.dropLast(4))
        guard !token.isEmpty,
            let user = try await User.query(on: request.db).filter(\.$calendarTokenHash == SessionStore.hash(token)).first(),
            user.isActive
        else { throw Abort(.notFound) }
        let memberships = try await Membership.query(on: request.db).filter(\.$user.$id == user.requireID()).with(\.$organisation).all()
        var entries: [ICalendar.Entry] = []
        for membership in memberships {
            let tenant = TenantDatabase(organisationID: membership.$organisation.id, database: request.db)
            let localizer = Localizer(
                language: user.language ?? membership.organisation.contentLanguages.first ?? .swedish,
                timeZone: request.application.config.timeZone, contentLanguages: membership.organisation.contentLanguages)
            // Coaching sessions: those the user coaches (a coach need not be a person of the
            // organisation) and those they are coached in.
            entries += try await CoachingQuery.calendarEntries(
                userID: try user.requireID(), personID: membership.$person.id, in: tenant, since: request.now.addingTimeInterval(-Self.history),
                localizer: localizer)
            guard let personID = membership.$person.id else { continue }
            let mine = try await tenant.query(EventParticipant.self).filter(\.$person.$id == personID).all()
                .filter { $0.registration != .cancelled }
            let eventIDs = mine.map { $0.$event.id }
            guard !eventIDs.isEmpty else { continue }
            let events = try await tenant.query(EventRecord.self).filter(\.$id ~~ eventIDs)
                .filter(\.$endsAt >= request.now.addingTimeInterval(-Self.history)).sort(\.$startsAt).all()
            entries += events.map { event in
                ICalendar.Entry(
                    uid: "\(event.id!.uuidString.lowercased())@roder", title: localizer.text(event.title)?.text ?? "–",
                    description: event.eventDescription.flatMap { localizer.text($0)?.text }, location: event.place ?? event.onlineURL,
                    start: event.startsAt, end: event.endsAt)
            }
        }
        let language = user.language ?? .swedish
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=900")
        return Response(
            status: .ok, headers: headers,
            body: .init(string: ICalendar.calendar(entries, name: Localizer(language: language)(.calendarFeedName), stamp: request.now)))
    }
}
