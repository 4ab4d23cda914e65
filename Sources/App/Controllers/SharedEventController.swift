import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
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
            return OperatorHomePage.EventRow(
                id: event.id!, title: event.title, startsAt: event.startsAt,
                organisations: own.map { names[$0.record.$organisation.id] ?? "–" }.sorted(),
                invited: own.reduce(0) { $0 + $1.invited }, attended: own.reduce(0) { $0 + $1.attended },
                respondents: own.reduce(0) { $0 + $1.answers.count })
        }
        // Each organisation over the shared events held, oldest first, for its trend.
        let held = Set(shared.filter { $0.endsAt < request.now }.compactMap(\.id))
        let byOrganisation = Dictionary(
            grouping: parts.filter { $0.record.sharedEventID.map(held.contains) == true && $0.invited > 0 },
            by: { $0.record.$organisation.id })
        let attendance = byOrganisation.map { organisationID, own in
            let ordered = own.sorted { $0.record.startsAt < $1.record.startsAt }
            return OperatorHomePage.AttendanceRow(
                name: names[organisationID] ?? "–", attended: own.reduce(0) { $0 + $1.attended }, invited: own.reduce(0) { $0 + $1.invited },
                isFalling: AttendanceTrend.isFalling(rates: ordered.map { Double($0.attended) / Double($0.invited) }))
        }.sorted { $0.name < $1.name }
        return request.html(
            OperatorHomePage.render(
                participatingOrganisations: organisations.count, events: rows, attendance: attendance,
                context: try await request.pageContext()))
    }

    func newForm(_ request: Request) async throws -> Response {
        try await form(request, model: SharedEventFormPage.Model())
    }

    func create(_ request: Request) async throws -> Response {
        let localizer = request.localizer()
        let organisations = try await Organisation.query(on: request.db).all()
        let fields = request.form
        let chosen = Set(fields.values("organisation").compactMap(UUID.init(uuidString:))).intersection(organisations.compactMap(\.id))
        let levels = Set(fields.values("invite-level").compactMap(ManagementLevel.init(rawValue:)))
        var (typed, times) = readBasics(request, languages: Self.languages(of: organisations.filter { chosen.contains($0.id!) }))
        typed.chosen = chosen
        typed.levels = levels
        if chosen.count < 2 { typed.errors.insert(localizer(.sharedEventOrganisationsRequired), at: 0) }
        guard let times, typed.errors.isEmpty else { return try await form(request, model: typed, status: .unprocessableEntity) }
        let shared = SharedEvent(
            kind: typed.kind, title: typed.title, startsAt: times.starts, endsAt: times.ends, checkInCode: CheckInCode.generate(),
            createdAt: request.now)
        Self.apply(typed, times: times, to: shared)
        try await request.db.transaction { database in
            try await shared.create(on: database)
            for organisationID in chosen {
                let tenant = TenantDatabase(organisationID: organisationID, database: database)
                let part = EventRecord(
                    organisationID: organisationID, kind: shared.eventKind, title: shared.title, startsAt: shared.startsAt,
                    endsAt: shared.endsAt, checkInCode: shared.checkInCode)
                Self.copy(shared, to: part)
                part.sharedEventID = shared.id
                try await tenant.create(part)
                let invitees = try await tenant.query(Person.self).filter(\.$managementLevel ~~ levels.map(\.rawValue)).all()
                let participants = try invitees.map {
                    EventParticipant(organisationID: organisationID, eventID: try part.requireID(), personID: try $0.requireID())
                }
                if !participants.isEmpty { try await participants.create(on: database) }
            }
        }
        try await request.audit(.sharedEventCreated, subject: localizer.text(typed.title)?.text ?? "–", subjectID: shared.id, after: String(chosen.count))
        try await request.setNotice(.sharedEventCreated)
        return request.redirect(to: SiteRoute.sharedEvent(try shared.requireID()).path)
    }

    /// The operator's form for changing a shared event's what, when and where.
    func editForm(_ request: Request) async throws -> Response {
        let (shared, languages) = try await loadForEditing(request)
        let timeZone = request.application.config.timeZone
        return try await form(
            request,
            model: SharedEventFormPage.Model(
                kind: shared.eventKind, title: shared.title, description: shared.eventDescription ?? LocalizedText(),
                date: EventController.day(shared.startsAt, timeZone), startTime: EventController.time(shared.startsAt, timeZone),
                endTime: EventController.time(shared.endsAt, timeZone), place: shared.place ?? "",
                cost: shared.costCents.map { request.localizer().moneyInput(Money(cents: $0)) } ?? "", languages: languages, editing: shared.id))
    }

    /// Saves the change in the shared event and in every organisation's part of it, at once;
    /// their invitations, attendance and answers stay.
    func update(_ request: Request) async throws -> Response {
        let (shared, languages) = try await loadForEditing(request)
        var (typed, times) = readBasics(request, languages: languages)
        typed.editing = shared.id
        guard let times else { return try await form(request, model: typed, status: .unprocessableEntity) }
        let sharedID = try shared.requireID()
        Self.apply(typed, times: times, to: shared)
        try await request.db.transaction { database in
            try await shared.save(on: database)
            // Every organisation's part, whichever tenant: the operator runs the event for all of them.
            for part in try await EventRecord.query(on: database).filter(\.$sharedEventID == sharedID).all() {
                Self.copy(shared, to: part)
                try await part.save(on: database)
            }
        }
        try await request.audit(.sharedEventChanged, subject: request.localizer().text(shared.title)?.text ?? "–", subjectID: sharedID)
        try await request.setNotice(.eventSaved)
        return request.redirect(to: SiteRoute.sharedEvent(sharedID).path)
    }

    private func loadForEditing(_ request: Request) async throws -> (SharedEvent, [Language]) {
        guard let shared = try await SharedEvent.find(request.parameters.uuid("sharedEventID"), on: request.db) else { throw Abort(.notFound) }
        let organisationIDs = try await EventRecord.query(on: request.db).filter(\.$sharedEventID == shared.requireID()).all().map { $0.$organisation.id }
        let organisations = organisationIDs.isEmpty ? [] : try await Organisation.query(on: request.db).filter(\.$id ~~ organisationIDs).all()
        return (shared, Self.languages(of: organisations))
    }

    /// Kind, titles, description, time and place as typed (kept for a refusal, with the
    /// reasons in `errors`) and, when they check out, the start and end.
    private func readBasics(_ request: Request, languages: [Language]) -> (typed: SharedEventFormPage.Model, times: (starts: Date, ends: Date)?) {
        let basics = EventController.readBasics(request, languages: languages, defaultKind: .leadershipForum)
        var typed = SharedEventFormPage.Model(
            kind: basics.kind, title: basics.title, description: basics.description, date: basics.date, startTime: basics.start,
            endTime: basics.end, place: basics.place, cost: String((request.form["cost"] ?? "").trimmed.prefix(40)), languages: languages,
            errors: basics.errors)
        if !typed.cost.isEmpty && Money(typed: typed.cost) == nil { typed.errors.append(request.localizer()(.sharedEventCostInvalid)) }
        return (typed, typed.errors.isEmpty ? basics.times : nil)
    }

    private static func apply(_ typed: SharedEventFormPage.Model, times: (starts: Date, ends: Date), to shared: SharedEvent) {
        shared.kind = typed.kind.rawValue
        shared.title = typed.title
        shared.eventDescription = typed.description.isEmpty ? nil : typed.description
        shared.startsAt = times.starts
        shared.endsAt = times.ends
        shared.place = typed.place.isEmpty ? nil : String(typed.place.prefix(200))
        shared.costCents = Money(typed: typed.cost)?.cents
    }

    /// What every organisation's part repeats of the shared event.
    private static func copy(_ shared: SharedEvent, to part: EventRecord) {
        part.kind = shared.kind
        part.title = shared.title
        part.eventDescription = shared.eventDescription
        part.startsAt = shared.startsAt
        part.endsAt = shared.endsAt
        part.place = shared.place
    }

    func show(_ request: Request) async throws -> Response {
        guard let shared = try await SharedEvent.find(request.parameters.uuid("sharedEventID"), on: request.db) else { throw Abort(.notFound) }
        let parts = try await Self.parts(of: [shared.requireID()], on: request.db)
        let organisations = Dictionary(
            uniqueKeysWithValues: try await Organisation.query(on: request.db)
                .filter(\.$id ~~ parts.map { $0.record.$organisation.id }).all().map { ($0.id!, name($0, request)) })
        let groups = parts.map { part in
            PooledFeedback.Group(
                key: part.record.$organisation.id.uuidString, name: organisations[part.record.$organisation.id] ?? "–",
                eligible: part.attended, answers: part.answers)
        }.sorted { $0.name < $1.name }
        let pooled = PooledFeedback(groups: groups, questions: QuestionSet.standard, threshold: Self.threshold)
        let cost = shared.costCents.map(Money.init(cents:))
        let shares = SharedCostSplit.shares(
            of: cost ?? .zero,
            attendedByOrganisation: Dictionary(parts.map { ($0.record.$organisation.id, $0.attended) }, uniquingKeysWith: +))
        var model = SharedEventPage.Model(
            title: shared.title, kind: shared.eventKind, startsAt: shared.startsAt, endsAt: shared.endsAt, place: shared.place,
            checkInCode: shared.checkInCode, checkInAddress: EventController.checkInAddress(request, code: shared.checkInCode),
            pooled: pooled, questions: QuestionSet.standard, threshold: Self.threshold.k, id: shared.id)
        model.cost = cost
        model.costShares = parts.map { part in
            SharedEventPage.CostShare(
                name: organisations[part.record.$organisation.id] ?? "–", attended: part.attended, share: shares[part.record.$organisation.id] ?? .zero)
        }.sorted { $0.name < $1.name }
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
        // Invitations and check-ins as each part keeps them (`AddEventCounts`).
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        var counts: [UUID: (invited: Int, attended: Int)] = [:]
        for row in try await sql.resultRows("SELECT id, invited_count, checked_in_count FROM events WHERE id IN (\(binds: ids))") {
            counts[try row.uuid("id")] = (try row.decode(column: "invited_count", as: Int.self), try row.decode(column: "checked_in_count", as: Int.self))
        }
        // Each organisation's part as released: the pool moves in steps of k per part.
        let pools = Dictionary(uniqueKeysWithValues: records.compactMap { record in record.sharedEventID.map { (record.id!, $0) } })
        let released = try await ReleasedFeedback.answers(of: records.map { ($0.id!, $0.$organisation.id) }, pools: pools, threshold: threshold, on: database)
        return records.map { record in
            let own = counts[record.id!] ?? (0, 0)
            return Part(
                record: record, invited: own.invited, attended: own.attended,
                answers: released[record.id!]?.answers ?? [])
        }
    }

    /// How many attended each shared event, per organisation: what the operator's cost of an
    /// event is split by. Counts only, across organisations, like `parts`.
    static func attendanceByOrganisation(_ sharedIDs: [UUID], on sql: any SQLDatabase) async throws -> [UUID: [UUID: Int]] {
        guard !sharedIDs.isEmpty else { return [:] }
        let rows = try await sql.resultRows(
            """
            SELECT e.shared_event_id, e.organisation_id, COUNT(p.checked_in_at) AS attended
            FROM events e LEFT JOIN event_participants p ON p.event_id = e.id
            WHERE e.shared_event_id IN (\(binds: sharedIDs)) GROUP BY e.shared_event_id, e.organisation_id
            """
        )
        var attendance: [UUID: [UUID: Int]] = [:]
        for row in rows {
            attendance[try row.uuid("shared_event_id"), default: [:]][try row.uuid("organisation_id")] = try row.decode(column: "attended", as: Int.self)
        }
        return attendance
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
        // A new event offers every language in use; a change keeps to those of its organisations.
        if model.errors.isEmpty && model.editing == nil { model.languages = Self.languages(of: organisations) }
        return request.html(SharedEventFormPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func name(_ organisation: Organisation, _ request: Request) -> String {
        request.localizer().text(organisation.name)?.text ?? organisation.slug
    }
}
