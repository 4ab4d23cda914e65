import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// The programme operator's shared events. Creating one makes an ordinary event in every
/// participating organisation (same code, time and place) with that organisation's own
/// invitations; check-in, answers, receipts and reminders then work there unchanged. The
/// operator reads the parts across organisations only here, and only to pool them.
struct SharedEventController: Sendable {
    /// The operator's k: pooled results show from it, and no organisation's group below it.
    static let threshold = AnonymityThreshold.standard

    func home(_ request: Request) async throws -> Response {
        let organisations = try await Organisation.query(on: request.db).all()
        let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, name($0, request)) })
        let shared = try await SharedEvent.query(on: request.db).sort(\.$startsAt, .descending).all()
        let parts = try await Self.parts(of: shared.compactMap(\.id), on: request.db)
        let rows = shared.map { event in
            let own = parts.filter { $0.record.sharedEventID == event.id }
            return OperatorHomePage.EventRow(id: event.id!, title: event.title, startsAt: event.startsAt,
                                             organisations: own.map { names[$0.record.$organisation.id] ?? "–" }.sorted(),
                                             invited: own.reduce(0) { $0 + $1.invited }, attended: own.reduce(0) { $0 + $1.attended },
                                             respondents: own.reduce(0) { $0 + $1.answers.count })
        }
        // Each organisation over the shared events held, oldest first, for its trend.
        let held = Set(shared.filter { $0.endsAt < request.now }.compactMap(\.id))
        let byOrganisation = Dictionary(grouping: parts.filter { $0.record.sharedEventID.map(held.contains) == true && $0.invited > 0 },
                                        by: { $0.record.$organisation.id })
        let attendance = byOrganisation.map { organisationID, own in
            let ordered = own.sorted { $0.record.startsAt < $1.record.startsAt }
            return OperatorHomePage.AttendanceRow(
                name: names[organisationID] ?? "–", attended: own.reduce(0) { $0 + $1.attended }, invited: own.reduce(0) { $0 + $1.invited },
                isFalling: AttendanceTrend.isFalling(rates: ordered.map { Double($0.attended) / Double($0.invited) }))
        }.sorted { $0.name < $1.name }
        return request.html(OperatorHomePage.render(participatingOrganisations: organisations.count, events: rows, attendance: attendance,
                                                    context: try await request.pageContext()))
    }

    func newForm(_ request: Request) async throws -> Response {
        try await form(request, model: SharedEventFormPage.Model())
    }

    func create(_ request: Request) async throws -> Response {
        let localizer = request.localizer()
        let organisations = try await Organisation.query(on: request.db).all()
        struct Choices: Decodable {
            var organisation: [String]?, level: [String]?
            enum CodingKeys: String, CodingKey { case organisation = "organisation", level = "invite-level" }
        }
        let choices = (try? request.content.decode(Choices.self)) ?? Choices()
        let chosen = Set((choices.organisation ?? []).compactMap(UUID.init(uuidString:))).intersection(organisations.compactMap(\.id))
        let levels = Set((choices.level ?? []).compactMap(ManagementLevel.init(rawValue:)))
        let languages = Self.languages(of: organisations.filter { chosen.contains($0.id!) })
        let title = request.localizedField("title", languages: languages), description = request.localizedField("description", languages: languages)
        let field = { (name: String) in ((try? request.content.get(String.self, at: name)) ?? "").trimmingCharacters(in: .whitespaces) }
        let kind = EventKind(rawValue: field("kind")) ?? .leadershipForum
        let timeZone = request.application.config.timeZone
        let starts = EventController.dateTime(field("date"), field("start"), timeZone), ends = EventController.dateTime(field("date"), field("end"), timeZone)
        var errors: [String] = []
        if chosen.count < 2 { errors.append(localizer(.sharedEventOrganisationsRequired)) }
        if title[languages[0]] == nil { errors.append(localizer(.eventTitleRequired, ["language": languages[0].nativeName])) }
        if starts == nil || ends == nil || ends! <= starts! { errors.append(localizer(.eventTimesInvalid)) }
        guard let starts, let ends, errors.isEmpty else {
            return try await form(request, model: SharedEventFormPage.Model(
                kind: kind, title: title, description: description, date: field("date"), startTime: field("start"), endTime: field("end"),
                place: field("place"), chosen: chosen, levels: levels, languages: languages, errors: errors), status: .unprocessableEntity)
        }
        let shared = SharedEvent(kind: kind, title: title, startsAt: starts, endsAt: ends, checkInCode: CheckInCode.generate(), createdAt: request.now)
        shared.eventDescription = description.isEmpty ? nil : description
        shared.place = field("place").isEmpty ? nil : String(field("place").prefix(200))
        try await request.db.transaction { database in
            try await shared.create(on: database)
            for organisationID in chosen {
                let tenant = TenantDatabase(organisationID: organisationID, database: database)
                let part = EventRecord(organisationID: organisationID, kind: kind, title: title, startsAt: starts, endsAt: ends, checkInCode: shared.checkInCode)
                part.eventDescription = shared.eventDescription
                part.place = shared.place
                part.sharedEventID = shared.id
                try await tenant.create(part)
                let invitees = try await tenant.query(Person.self).filter(\.$managementLevel ~~ levels.map(\.rawValue)).all()
                let participants = try invitees.map { EventParticipant(organisationID: organisationID, eventID: try part.requireID(), personID: try $0.requireID()) }
                if !participants.isEmpty { try await participants.create(on: database) }
            }
        }
        try await request.audit(.sharedEventCreated, subject: localizer.text(title)?.text ?? "–", subjectID: shared.id, after: String(chosen.count))
        try await request.setNotice(.sharedEventCreated)
        return request.redirect(to: SiteRoute.sharedEvent(try shared.requireID()).path)
    }

    func show(_ request: Request) async throws -> Response {
        guard let shared = try await SharedEvent.find(request.parameters.get("sharedEventID", as: UUID.self), on: request.db) else { throw Abort(.notFound) }
        let parts = try await Self.parts(of: [shared.requireID()], on: request.db)
        let organisations = Dictionary(uniqueKeysWithValues: try await Organisation.query(on: request.db)
            .filter(\.$id ~~ parts.map { $0.record.$organisation.id }).all().map { ($0.id!, name($0, request)) })
        let groups = parts.map { part in
            PooledFeedback.Group(key: part.record.$organisation.id.uuidString, name: organisations[part.record.$organisation.id] ?? "–",
                                 eligible: part.attended, answers: part.answers)
        }.sorted { $0.name < $1.name }
        let pooled = PooledFeedback(groups: groups, questions: QuestionSet.standard, threshold: Self.threshold)
        let model = SharedEventPage.Model(title: shared.title, kind: shared.eventKind, startsAt: shared.startsAt, endsAt: shared.endsAt, place: shared.place,
                                          checkInCode: shared.checkInCode, checkInAddress: EventController.checkInAddress(request, code: shared.checkInCode),
                                          pooled: pooled, questions: QuestionSet.standard, threshold: Self.threshold.k)
        return request.html(SharedEventPage.render(model, context: try await request.pageContext()))
    }

    // MARK: -

    struct Part {
        let record: EventRecord
        let invited: Int
        let attended: Int
        let answers: [FeedbackAnswer]
    }

    /// Each organisation's part of the shared events, with counts and answers. The one place
    /// that reads events across organisations: on purpose, for the operator's pooled view.
    static func parts(of sharedIDs: [UUID], on database: any Database) async throws -> [Part] {
        guard !sharedIDs.isEmpty else { return [] }
        let records = try await EventRecord.query(on: database).filter(\.$sharedEventID ~~ sharedIDs).all()
        let ids = records.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let participants = Dictionary(grouping: try await EventParticipant.query(on: database).filter(\.$event.$id ~~ ids).all(), by: { $0.$event.id })
        let answers = Dictionary(grouping: try await FeedbackAnswerRecord.query(on: database).filter(\.$event.$id ~~ ids).all(), by: { $0.$event.id })
        return records.map { record in
            let own = participants[record.id!] ?? []
            return Part(record: record, invited: own.count, attended: own.filter { $0.checkedInAt != nil }.count,
                        answers: (answers[record.id!] ?? []).map(\.answer))
        }
    }

    /// Swedish and Finnish first, as the organisations use them.
    static func languages(of organisations: [Organisation]) -> [Language] {
        let used = Set(organisations.flatMap(\.contentLanguages))
        let ordered = Language.allCases.filter { used.contains($0) }
        return ordered.isEmpty ? [.swedish, .finnish] : ordered
    }

    private func form(_ request: Request, model: SharedEventFormPage.Model, status: HTTPStatus = .ok) async throws -> Response {
        var model = model
        let organisations = try await Organisation.query(on: request.db).all()
        model.organisations = organisations.map { InvitationPicker.Choice(id: $0.id!, label: name($0, request)) }.sorted { $0.label < $1.label }
        if model.errors.isEmpty { model.languages = Self.languages(of: organisations) }
        return request.html(SharedEventFormPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func name(_ organisation: Organisation, _ request: Request) -> String {
        request.localizer().text(organisation.name)?.text ?? organisation.slug
    }
}
