import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// Forums and seminars: planning (owner), check-in (participants with the room's code, or
/// the host), and anonymous feedback with results shown only from k respondents.
struct EventController: Sendable {
    func list(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        // Every event to come, and the latest held ones unless all were asked for: the list
        // costs what it shows, not every event the town ever held.
        let boundary = request.now.addingTimeInterval(-12 * 3600)
        // Plain rows of the columns the list shows; invitations and check-ins as each event keeps them (`AddEventCounts`).
        func listed(_ select: SQLSelectBuilder) async throws -> [EventSummary] {
            try await select.columns("id", "kind", "title", "starts_at", "place", "shared_event_id", "invited_count", "checked_in_count")
                .orderBy("starts_at", .descending).orderBy("id").rows()
                .map { row in
                    EventSummary(
                        id: try row.uuid("id"), kind: EventKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
                        title: try row.decode(column: "title", as: LocalizedText.self), startsAt: try row.decode(column: "starts_at", as: Date.self),
                        place: try row.decode(column: "place", as: String?.self), invited: try row.decode(column: "invited_count", as: Int.self),
                        attended: try row.decode(column: "checked_in_count", as: Int.self), mine: nil,
                        isShared: try row.optionalUUID("shared_event_id") != nil)
                }
        }
        let upcoming = try await listed(try tenant.select(from: EventRecord.schema).where("starts_at", .greaterThanOrEqual, boundary))
        let showsAllPast = request.query[String.self, at: "past"] == "all"
        let latest = try tenant.select(from: EventRecord.schema).where("starts_at", .lessThan, boundary)
        let held = try await listed(showsAllPast ? latest : latest.limit(EventsPage.pastLimit))
        let heldTotal = held.count < EventsPage.pastLimit ? held.count : try await tenant.query(EventRecord.self).filter(\.$startsAt < boundary).count()
        let events = upcoming + held
        let eventIDs = events.map(\.id)
        let personID = request.state.membership?.$person.id
        let mine =
            personID == nil || eventIDs.isEmpty
            ? [] : try await tenant.query(EventParticipant.self).filter(\.$person.$id == personID!).filter(\.$event.$id ~~ eventIDs).all()
        let myParticipation = Dictionary(mine.map { ($0.$event.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Only events the person took part in can have their receipt; asked by event too, the
        // lookup follows the receipts' key (event, person) instead of reading every receipt.
        let answered =
            mine.isEmpty
            ? []
            : Set(
                try await tenant.query(FeedbackReceipt.self)
                    .filter(\.$event.$id ~~ mine.map { $0.$event.id }).filter(\.$person.$id == personID!).all().map { $0.$event.id })
        let summaries = events.map { event in
            var summary = event
            summary.mine = myParticipation[event.id].map { MyParticipation(checkedIn: $0.checkedInAt != nil, answered: answered.contains(event.id)) }
            return summary
        }
        let html = EventsPage.render(
            upcoming: summaries.filter { $0.startsAt >= boundary }.reversed(),
            past: summaries.filter { $0.startsAt < boundary }, pastTotal: heldTotal,
            canCreate: request.state.membership?.roles.contains(.programmeOwner) == true,
            canSeeAttendance: SiteRoute.attendance.isAllowed(for: request.state.principal),
            context: try await request.pageContext())
        return request.html(html)
    }

    /// A new event; from the competence overview, titled after a common development need.
    func newForm(_ request: Request) async throws -> Response {
        var model = EventFormPage.Model()
        if let themeID = request.query[String.self, at: "competence"].flatMap(UUID.init(uuidString:)),
            let theme = try await request.tenant.find(CompetenceRecord.self, themeID)
        {
            model.title = theme.name
        }
        return try await form(request, model: model)
    }

    /// Creates the event with a fresh check-in code and invites whom the form chose: whole
    /// management levels, units (with the units below) and single people.
    func create(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let choice = Self.invitationChoice(request)
        let (typed, times) = readForm(request)
        guard let times else { return try await form(request, model: typed, choice: choice, status: .unprocessableEntity) }
        let event = EventRecord(
            organisationID: tenant.organisationID, kind: typed.kind, title: typed.title, startsAt: times.starts, endsAt: times.ends,
            checkInCode: CheckInCode.generate())
        try await apply(typed, times: times, to: event, tenant: tenant)
        let invited = try await InvitationOptions.load(tenant, localizer: localizer).invitees(choice)
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            try await tenant.create(event)
            let participants = try invited.map { EventParticipant(organisationID: organisationID, eventID: try event.requireID(), personID: $0) }
            if !participants.isEmpty { try await participants.create(on: database) }
        }
        try await request.audit(.eventCreated, subject: localizer.text(typed.title)?.text ?? "–", subjectID: event.id, after: String(invited.count))
        try await request.setNotice(.eventCreated)
        return request.redirect(to: SiteRoute.event(event.id!).path)
    }

    /// The owner's form for changing an event: what was saved, in the same fields as a new one.
    func editForm(_ request: Request) async throws -> Response {
        let event = try await editableEvent(request)
        let timeZone = request.application.config.timeZone
        var model = EventFormPage.Model(
            kind: event.eventKind, title: event.title, description: event.eventDescription ?? LocalizedText(),
            date: Self.day(event.startsAt, timeZone), startTime: Self.time(event.startsAt, timeZone), endTime: Self.time(event.endsAt, timeZone),
            place: event.place ?? "", areaID: event.areaID, capacity: event.capacity.map(String.init) ?? "", onlineURL: event.onlineURL ?? "",
            hosts: event.hosts ?? "", goalIDs: Set(event.goalIDs ?? []), editing: event.id)
        model.coachIDs = Set(event.coachUserIDs)
        model.preparation = event.preparationMinutes.map { HoursInput.text(minutes: $0, request.localizer()) } ?? ""
        return try await form(request, model: model)
    }

    /// Saves the changed event. The invitations, attendance, answers and check-in code stay;
    /// calendar subscribers see the new time and place at their next refresh.
    func update(_ request: Request) async throws -> Response {
        let event = try await editableEvent(request)
        let tenant = try request.tenant
        var (typed, times) = readForm(request)
        typed.editing = event.id
        guard let times else { return try await form(request, model: typed, status: .unprocessableEntity) }
        try await apply(typed, times: times, to: event, tenant: tenant)
        try await event.save(on: request.db)
        try await request.audit(.eventChanged, subject: request.localizer().text(event.title)?.text ?? "–", subjectID: event.id)
        try await request.setNotice(.eventSaved)
        return request.redirect(to: SiteRoute.event(try event.requireID()).path)
    }

    /// An event of this organisation that its owner may change: not a town's part of a shared
    /// event, whose time and place the programme operator sets for every town at once.
    private func editableEvent(_ request: Request) async throws -> EventRecord {
        let event = try await loadEvent(request)
        guard event.sharedEventID == nil else { throw Abort(.conflict) }
        return event
    }

    /// What a town's event form and the operator's shared-event form both ask — kind, titles,
    /// description, day, times and place — read and checked the same way.
    struct Basics {
        var kind: EventKind
        var title: LocalizedText
        var description: LocalizedText
        var date: String, start: String, end: String, place: String
        var errors: [String]
        /// The start and end; nil unless everything checked out.
        var times: (starts: Date, ends: Date)?
    }

    static func readBasics(_ request: Request, languages: [Language], defaultKind: EventKind) -> Basics {
        let localizer = request.localizer()
        let field = { (name: String) in (request.formField(name) ?? "").trimmingCharacters(in: .whitespaces) }
        var basics = Basics(
            kind: EventKind(rawValue: field("kind")) ?? defaultKind, title: request.form.localized("title", languages: languages),
            description: request.form.localized("description", languages: languages), date: field("date"),
            start: field("start"), end: field("end"), place: field("place"), errors: [])
        let timeZone = request.application.config.timeZone
        let starts = dateTime(basics.date, basics.start, timeZone), ends = dateTime(basics.date, basics.end, timeZone)
        if basics.title[languages[0]] == nil { basics.errors.append(localizer(.eventTitleRequired(language: languages[0].nativeName))) }
        guard let starts, let ends, ends > starts else {
            basics.errors.append(localizer(.eventTimesInvalid))
            return basics
        }
        if basics.errors.isEmpty { basics.times = (starts, ends) }
        return basics
    }

    /// The event form as typed (kept for a refusal, with the reasons in `errors`) and, when
    /// everything checks out, its start and end.
    private func readForm(_ request: Request) -> (typed: EventFormPage.Model, times: (starts: Date, ends: Date)?) {
        let basics = Self.readBasics(request, languages: request.state.organisation?.contentLanguages ?? [.swedish], defaultKind: .seminar)
        let field = { (name: String) in (request.formField(name) ?? "").trimmingCharacters(in: .whitespaces) }
        var typed = EventFormPage.Model(
            kind: basics.kind, title: basics.title, description: basics.description, date: basics.date, startTime: basics.start,
            endTime: basics.end, place: basics.place, areaID: UUID(uuidString: field("area")), capacity: field("capacity"),
            onlineURL: field("onlineURL"), hosts: field("hosts"),
            goalIDs: Set(request.form.values("goal").compactMap(UUID.init(uuidString:))), errors: basics.errors)
        typed.coachIDs = Set(request.form.values("coach").prefix(1_000).compactMap(UUID.init(uuidString:)))
        if !typed.onlineURL.isEmpty, MaterialLink.validated(typed.onlineURL) == nil { typed.errors.append(request.localizer()(.eventOnlineURLInvalid)) }
        if !typed.capacity.isEmpty, Self.capacity(typed.capacity) == nil { typed.errors.append(request.localizer()(.eventCapacityInvalid)) }
        typed.preparation = field("preparation")
        if !typed.preparation.isEmpty, HoursInput.minutes(typed.preparation, limits: WorkingTimeLimits.preparationMinutes) == nil {
            typed.errors.append(request.localizer()(.eventPreparationInvalid(highest: String(WorkingTimeLimits.preparationMinutes.upperBound / 60))))
        }
        return (typed, typed.errors.isEmpty ? basics.times : nil)
    }

    /// Writes a checked form into the event; the area and goals only if they are this organisation's.
    private func apply(_ typed: EventFormPage.Model, times: (starts: Date, ends: Date), to event: EventRecord, tenant: TenantDatabase) async throws {
        event.kind = typed.kind.rawValue
        event.title = typed.title
        event.eventDescription = typed.description.isEmpty ? nil : typed.description
        event.startsAt = times.starts
        event.endsAt = times.ends
        event.place = typed.place.isEmpty ? nil : String(typed.place.prefix(200))
        event.capacity = Self.capacity(typed.capacity)
        event.preparationMinutes = HoursInput.minutes(typed.preparation, limits: WorkingTimeLimits.preparationMinutes)
        event.areaID = try await tenant.find(DevelopmentArea.self, typed.areaID)?.id
        event.onlineURL = MaterialLink.validated(typed.onlineURL)?.absoluteString
        event.hosts = typed.hosts.isEmpty ? nil : String(typed.hosts.prefix(500))
        let goalIDs = Array(typed.goalIDs)
        let knownGoals = goalIDs.isEmpty ? [] : try await tenant.query(ResultGoal.self).filter(\.$id ~~ goalIDs).all().compactMap(\.id)
        event.goalIDs = knownGoals.isEmpty ? nil : knownGoals
        // Only this organisation's coaches: an id from another organisation is dropped.
        let coaches = try await Self.coaches(tenant)
        event.coachUserIDs = coaches.map(\.id).filter(typed.coachIDs.contains)
    }

    /// The organisation's external coaches (active accounts with the coach role), by name.
    static func coaches(_ tenant: TenantDatabase) async throws -> [SelectChoice] {
        try await tenant.query(Membership.self).with(\.$user).all()
            .filter { $0.roles.contains(.coach) && $0.user.isActive }
            .map { SelectChoice(id: $0.$user.id, label: $0.user.name) }
            .sorted { $0.label.localizedStandardCompare($1.label) == .orderedAscending }
    }

    /// Whether the signed-in user may read this event's feedback: anyone of the organisation
    /// but an external coach, who reads only the events they lead.
    static func readsFeedback(of event: EventRecord, _ request: Request) -> Bool {
        guard let membership = request.state.membership else { return false }
        if !membership.roles.isDisjoint(with: Access.readsProgrammeFeedback) { return true }
        return request.state.user?.id.map(event.coachUserIDs.contains) ?? false
    }

    /// The host invites more people before the event ends; those already invited stay as they are.
    func invite(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        let tenant = try request.tenant
        let localizer = request.localizer()
        let choice = Self.invitationChoice(request)
        guard !choice.isEmpty else {
            return try await page(request, event: event, invitationChoice: choice, invitationError: localizer(.inviteNobody), status: .unprocessableEntity)
        }
        let eventID = try event.requireID()
        let already = Set(try await tenant.query(EventParticipant.self).filter(\.$event.$id == eventID).all().map { $0.$person.id })
        let added = try await InvitationOptions.load(tenant, localizer: localizer).invitees(choice).filter { !already.contains($0) }
        let participants = added.map { EventParticipant(organisationID: tenant.organisationID, eventID: eventID, personID: $0) }
        if !participants.isEmpty { try await participants.create(on: request.db) }
        try await request.audit(.peopleInvited, subject: localizer.text(event.title)?.text ?? "–", subjectID: eventID, after: String(added.count))
        try await request.setNotice(.invited)
        return request.redirect(to: SiteRoute.event(eventID).path)
    }

    /// The host adds a link (title and address) or a file (title and upload, checked by
    /// `MaterialFile`). A refusal shows the event page with the reason.
    func addMaterial(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        let tenant = try request.tenant
        let localizer = request.localizer()
        let form = request.form, file = request.uploadedFile("file")
        let title = (form["title"] ?? "").trimmingCharacters(in: .whitespaces)
        func refuse(_ message: String) async throws -> Response {
            try await page(
                request, event: event, materialError: message, typedMaterial: (form["title"] ?? "", form["url"] ?? "", file != nil),
                status: .unprocessableEntity)
        }
        guard !title.isEmpty else { return try await refuse(localizer(.materialTitleRequired)) }
        let material = EventMaterial(
            organisationID: tenant.organisationID, eventID: try event.requireID(), title: String(title.prefix(200)), createdAt: request.now)
        if let file {
            let bytes = Array(file.data.readableBytesView)
            switch MaterialFile.check(fileName: file.filename, content: bytes) {
            case .success(let kind):
                material.fileName = String(file.filename.suffix(200))
                material.contentType = kind.contentType
                material.size = bytes.count
                material.content = Data(bytes)
            case .failure(.empty): return try await refuse(localizer(.materialFileMissing))
            case .failure(.tooLarge): return try await refuse(localizer(.materialFileTooLarge))
            case .failure(.typeNotAllowed): return try await refuse(localizer(.materialFileType))
            }
        } else {
            guard let url = MaterialLink.validated(form["url"] ?? "") else { return try await refuse(localizer(.materialURLInvalid)) }
            material.url = url.absoluteString
        }
        try await tenant.create(material)
        try await request.audit(.materialChanged, subject: localizer.text(event.title)?.text ?? "–", subjectID: event.id, after: "+ " + material.title)
        try await request.setNotice(.materialAdded)
        return request.redirect(to: SiteRoute.event(try event.requireID()).path + "#materials")
    }

    /// A material file, as a download: never shown inline, so a file cannot act as a page.
    func material(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        guard
            let material = try await request.tenant.query(EventMaterial.self).filter(\.$id == request.parameters.uuid("materialID") ?? UUID())
                .filter(\.$event.$id == event.requireID()).first(),
            let content = material.content, let contentType = material.contentType
        else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.contentDisposition = .init(.attachment, filename: MaterialFile.downloadName(material.fileName ?? "material"))
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: content))
    }

    func removeMaterial(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        guard
            let material = try await request.tenant.query(EventMaterial.self).filter(\.$id == request.parameters.uuid("materialID") ?? UUID())
                .filter(\.$event.$id == event.requireID()).first()
        else { throw Abort(.notFound) }
        try await material.delete(on: request.db)
        try await request.audit(
            .materialChanged, subject: request.localizer().text(event.title)?.text ?? "–", subjectID: event.id, after: "− " + material.title)
        try await request.setNotice(.materialRemoved)
        return request.redirect(to: SiteRoute.event(try event.requireID()).path + "#materials")
    }

    /// The invitation checkboxes of a form (`invite-level[]`, `invite-unit[]`, `invite-person[]`).
    static func invitationChoice(_ request: Request) -> InvitationChoice {
        let form = request.form
        return InvitationChoice(
            levels: Set(form.values("invite-level").compactMap(ManagementLevel.init(rawValue:))),
            unitIDs: Set(form.values("invite-unit").compactMap(UUID.init(uuidString:))),
            personIDs: Set(form.values("invite-person").compactMap(UUID.init(uuidString:))))
    }

    func show(_ request: Request) async throws -> Response {
        // After an answer the redirect says so itself: writing a notice to the session would
        // cost every answer another write.
        let notice: Notice? = request.query[String.self, at: "answered"] == "1" ? .feedbackThanks : nil
        return try await page(request, event: try await loadEvent(request), notice: notice)
    }

    /// What the QR code in the room opens: this organisation's event with the code (the one
    /// running now if several ever shared it), with the code filled in. One address serves a
    /// shared event's every organisation, since their parts share the code.
    func checkInWithCode(_ request: Request) async throws -> Response {
        let code = CheckInCode.normalise(request.query[String.self, at: "code"] ?? "")
        guard !code.isEmpty else { throw Abort(.notFound) }
        let events = try await request.tenant.query(EventRecord.self).filter(\.$checkInCode == code).sort(\.$startsAt, .descending).all()
        guard let event = events.first(where: { $0.checkInWindow.isOpen(at: request.now) }) ?? events.first else { throw Abort(.notFound) }
        return request.redirect(to: SiteRoute.event(try event.requireID()).path + "?code=" + code + "#check-in")
    }

    /// The absolute address of the room's QR code.
    static func checkInAddress(_ request: Request, code: String) -> String {
        request.application.config.absoluteURL(SiteRoute.checkInWithCode(code).path)
    }

    /// A participant checks in with the code shown in the room, only while the event runs.
    /// Someone of the organisation who was not invited is added: they came.
    func checkIn(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        let localizer = request.localizer()
        guard let personID = request.state.membership?.$person.id else {
            return try await page(request, event: event, checkInError: localizer(.eventNotLinked), status: .unprocessableEntity)
        }
        guard event.checkInWindow.isOpen(at: request.now) else {
            return try await page(request, event: event, checkInError: localizer(.eventCheckInClosed), status: .unprocessableEntity)
        }
        let typed = CheckInCode.normalise(request.formField("code") ?? "")
        guard typed == event.checkInCode else {
            return try await page(
                request, event: event, checkInError: localizer(.eventCheckInWrongCode), typedCode: String(typed.prefix(12)),
                status: .unprocessableEntity)
        }
        try await markPresent(request, event: event, personID: personID, by: "self")
        try await request.setNotice(.checkedIn)
        return request.redirect(to: SiteRoute.event(event.id!).path)
    }

    /// Signs the user up (a place, or the waiting list when the event is full) or cancels;
    /// a cancelled place goes to the first on the waiting list.
    func register(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        guard let personID = request.state.membership?.$person.id else {
            return try await page(request, event: event, checkInError: request.localizer()(.eventNotLinked), status: .unprocessableEntity)
        }
        let cancel = request.formField("action") == "cancel"
        let organisationID = try request.tenant.organisationID, eventID = try event.requireID(), now = request.now, capacity = event.capacity
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            let all = try await tenant.query(EventParticipant.self).filter(\.$event.$id == eventID).all()
            let mine = all.first { $0.$person.id == personID } ?? EventParticipant(organisationID: organisationID, eventID: eventID, personID: personID)
            let taken = all.filter { $0.registration == .registered && $0.$person.id != personID }.count
            if cancel {
                let hadPlace = mine.registration == .registered
                mine.statusCode = Registration.State.cancelled.rawValue
                if mine.id == nil { try await tenant.create(mine) } else { try await mine.save(on: database) }
                guard hadPlace else { return }
                let waiting = all.filter { $0.registration == .waitlisted && $0.$person.id != personID }
                    .sorted { ($0.registeredAt ?? .distantPast) < ($1.registeredAt ?? .distantPast) }
                for promoted in Registration.promote(waiting: waiting, capacity: capacity, registered: taken) {
                    promoted.statusCode = Registration.State.registered.rawValue
                    try await promoted.save(on: database)
                }
            } else {
                guard mine.registration != .registered && mine.registration != .waitlisted else { return }
                mine.statusCode = Registration.signUp(capacity: capacity, registered: taken).rawValue
                mine.registeredAt = now
                if mine.id == nil { try await tenant.create(mine) } else { try await mine.save(on: database) }
            }
        }
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.event(eventID).path)
    }

    /// The host marks someone present from the list.
    func hostCheckIn(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        guard let person = try await request.tenant.find(Person.self, request.form.id("person")) else { throw Abort(.badRequest) }
        // After the event, marking someone present lets them answer its feedback: the host says
        // why, and the audit log keeps it (an answer in another's name would need this step).
        var lateReason: String?
        if request.now > event.endsAt {
            let reason = String((request.formField("reason") ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(300))
            guard !reason.isEmpty else {
                return try await page(request, event: event, checkInError: request.localizer()(.eventLateCheckInReasonMissing), status: .unprocessableEntity)
            }
            lateReason = reason
        }
        if try await markPresent(request, event: event, personID: try person.requireID(), by: "host"), let lateReason {
            try await request.audit(.lateCheckIn, subject: person.name, subjectID: person.id, after: lateReason)
        }
        // Back to the list as the host had searched it.
        let search = request.formField("who")?.trimmingCharacters(in: .whitespaces) ?? ""
        let query = search.isEmpty ? "" : "?who=" + (search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return request.redirect(to: SiteRoute.event(event.id!).path + query + "#check-in-list")
    }

    func feedbackForm(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        if let refusal = try await feedbackCheck(request, eventID: event.requireID()) { return try await refusalPage(request, refusal, event: event) }
        return try await feedbackPage(request, event: event, values: [:], error: nil)
    }

    /// Takes the answer in (`FeedbackIntake`): stored without the person, the receipt without
    /// the answer, in one transaction; a second answer is refused on the receipt's unique
    /// (event, person) pair even when two arrive at the same moment. All is well in nearly
    /// every request, so the event itself is read only to show a page.
    func submitFeedback(_ request: Request) async throws -> Response {
        guard let eventID = request.parameters.uuid("eventID") else { throw Abort(.notFound) }
        // The key's organisation is the tenant check: only this organisation's attendances count.
        guard let personID = request.state.personID else { return try await refusalPage(request, .notLinked, event: loadEvent(request)) }
        let key = FeedbackKey(organisationID: try request.organisationID, eventID: eventID, personID: personID)
        let form = request.form
        let day = Self.day(request.now, request.application.config.timeZone)
        switch try await FeedbackIntake.submit(form.fields, for: key, on: day, to: request.feedbackStore) {
        case .stored:
            // Deliberately not audited: an audit row would tie a person to the moment of an answer.
            return request.redirect(to: SiteRoute.event(eventID).path + "?answered=1")
        case .refused(let refusal):
            return try await refusalPage(request, refusal == .notAttended ? .notAttended : .alreadyAnswered, event: loadEvent(request))
        case .incomplete(_, let questions):
            let typed = form.fields.filter { name, _ in questions.contains { $0.key == name } }
            return try await feedbackPage(
                request, event: loadEvent(request), values: typed, error: request.localizer()(.feedbackIncomplete),
                status: .unprocessableEntity)
        }
    }

    func results(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        guard Self.readsFeedback(of: event, request) else { throw Abort(.notFound) }
        let tenant = try request.tenant
        let (threshold, questions) = try await Self.feedbackSettings(tenant)
        let released = try await ReleasedFeedback.answers(of: [(event.requireID(), tenant.organisationID)], threshold: threshold, on: tenant.database)[
            event.requireID()]
        let attended = try await tenant.query(EventParticipant.self).filter(\.$event.$id == event.requireID()).filter(\.$checkedInAt != nil).count()
        let summary = FeedbackSummary.summarise(
            released?.answers ?? [], eligible: attended, questions: questions, threshold: threshold,
            respondents: released?.stored)
        return request.html(
            EventResultsPage.render(
                eventID: event.id!, eventTitle: event.title, questions: questions, summary: summary,
                threshold: threshold.k, context: try await request.pageContext()))
    }

    /// Attendance over the events held so far (`AttendanceReport`).
    func attendance(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let (scope, from) = request.yearScope(try await StrategyQuery.programme(tenant))
        let (held, people) = try await Self.attendanceCounts(tenant, endedBefore: request.now, from: from)
        let report = AttendanceReport(events: held.map(\.counts), people: people, timeZone: request.application.config.timeZone)
        let showsAll = request.query[String.self, at: "rows"] == "all"
        let shownPeople = showsAll ? report.people : Array(report.people.prefix(AttendancePage.listLimit))
        let shownEvents = showsAll ? Array(held.reversed()) : Array(held.suffix(AttendancePage.listLimit).reversed())
        let names = try await Self.personNames(tenant, ids: shownPeople.map(\.personID))
        let areas = try await tenant.query(DevelopmentArea.self).sort(\.$position).all()
        func row(_ label: LocalizedText, _ rate: AttendanceReport.Rate?, link: String? = nil, falling: Bool = false) -> AttendancePage.Row {
            AttendancePage.Row(label: label, link: link, attended: rate?.attended ?? 0, invited: rate?.invited ?? 0, isFalling: falling)
        }
        let model = AttendancePage.Model(
            overall: row(LocalizedText(), report.overall), groupIsFalling: report.overallIsFalling,
            halfYears: report.byHalfYear.map { (AttendancePage.halfYearLabel(year: $0.year, half: $0.half), $0.rate.rate) },
            areas: areas.compactMap { area in report.byArea[area.id!].map { row(area.title, $0) } },
            people: shownPeople.map { person in
                row(
                    LocalizedText(sv: names[person.personID] ?? "–", fi: names[person.personID] ?? "–", en: names[person.personID] ?? "–"), person.rate,
                    falling: person.isFalling)
            },
            events: shownEvents.map { row($0.title, report.byEvent[$0.counts.event.id], link: SiteRoute.event($0.counts.event.id).path) },
            scope: scope, peopleTotal: report.people.count, eventsTotal: held.count)
        return request.html(AttendancePage.render(model, context: try await request.pageContext()))
    }

    /// The events held before `now` with their invitations and check-ins counted, and each
    /// person's invitations to them with check-ins in all and of their last
    /// `AttendanceReport.recent` — counted by the database, not read row by row.
    static func attendanceCounts(
        _ tenant: TenantDatabase, endedBefore now: Date, from: Date?
    ) async throws -> (events: [(counts: AttendanceReport.EventCounts, title: LocalizedText)], people: [AttendanceReport.PersonCounts]) {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let organisationID = tenant.organisationID, from = from ?? .distantPast
        let events = try await sql.resultRows(
            """
            SELECT e.id, e.title, e.area_id, e.starts_at, e.invited_count AS invited, e.checked_in_count AS attended
            FROM events e WHERE e.organisation_id = \(bind: organisationID) AND e.ends_at < \(bind: now) AND e.starts_at >= \(bind: from)
            ORDER BY e.starts_at, e.id
            """
        ).map { row in
            (
                counts: AttendanceReport.EventCounts(
                    event: .init(id: try row.uuid("id"), start: try row.decode(column: "starts_at", as: Date.self), areaID: try row.optionalUUID("area_id")),
                    invited: try row.decode(column: "invited", as: Int.self), attended: try row.decode(column: "attended", as: Int.self)),
                title: try row.decode(column: "title", as: LocalizedText.self)
            )
        }
        // Each invitation numbered from the person's latest event back (ties by the event's id,
        // as the events above are ordered), then counted per person.
        let people = try await sql.resultRows(
            """
            SELECT person_id, COUNT(*) AS invited,
              SUM(CASE WHEN checked_in_at IS NOT NULL THEN 1 ELSE 0 END) AS attended,
              SUM(CASE WHEN recency <= \(bind: AttendanceReport.recent) AND checked_in_at IS NOT NULL THEN 1 ELSE 0 END) AS recently_attended
            FROM (SELECT p.person_id, p.checked_in_at,
                    ROW_NUMBER() OVER (PARTITION BY p.person_id ORDER BY e.starts_at DESC, e.id DESC) AS recency
                  FROM event_participants p JOIN events e ON e.id = p.event_id
                  WHERE e.organisation_id = \(bind: organisationID) AND e.ends_at < \(bind: now) AND e.starts_at >= \(bind: from)) invitations
            GROUP BY person_id
            """
        ).map { row in
            AttendanceReport.PersonCounts(
                personID: try row.uuid("person_id"), invited: try row.decode(column: "invited", as: Int.self),
                attended: try row.decode(column: "attended", as: Int.self), recentlyAttended: try row.decode(column: "recently_attended", as: Int.self))
        }
        return (events, people)
    }

    /// The names of these people by id, read as plain rows.
    static func personNames(_ tenant: TenantDatabase, ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        var names: [UUID: String] = [:]
        for row in try await tenant.select(from: Person.schema).columns("id", "name").where("id", .in, SQLBind.group(ids)).rows() {
            names[try row.uuid("id")] = try row.decode(column: "name", as: String.self)
        }
        return names
    }

    /// The event as an iCalendar file, for the user's own calendar.
    func calendar(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        let localizer = request.localizer()
        let entry = ICalendar.Entry(
            uid: "\(event.id!.uuidString.lowercased())@roder", title: localizer.text(event.title)?.text ?? "–",
            description: event.eventDescription.flatMap { localizer.text($0)?.text }, location: event.place ?? event.onlineURL,
            start: event.startsAt, end: event.endsAt)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "event.ics")
        return Response(
            status: .ok, headers: headers,
            body: .init(string: ICalendar.calendar([entry], name: localizer(.areaEvents), stamp: request.now)))
    }

    // MARK: -

    private enum FeedbackRefusal { case notLinked, notAttended, alreadyAnswered }

    /// Whether this user may answer this organisation's event: a person who attended and has
    /// not answered yet (`FeedbackIntake`). The key's organisation is the tenant check.
    private func feedbackCheck(_ request: Request, eventID: UUID) async throws -> FeedbackRefusal? {
        guard let personID = request.state.personID else { return .notLinked }
        let key = FeedbackKey(organisationID: try request.organisationID, eventID: eventID, personID: personID)
        switch try await FeedbackIntake.questions(for: key, in: request.feedbackStore) {
        case .success: return nil
        case .failure(.notAttended): return .notAttended
        case .failure(.alreadyAnswered): return .alreadyAnswered
        }
    }

    private func refusalPage(_ request: Request, _ refusal: FeedbackRefusal, event: EventRecord) async throws -> Response {
        let localizer = request.localizer()
        switch refusal {
        case .notLinked:
            return try await feedbackPage(request, event: event, values: [:], error: localizer(.eventNotLinked), status: .forbidden, showForm: false)
        case .notAttended:
            return try await feedbackPage(request, event: event, values: [:], error: localizer(.feedbackNotAttended), status: .forbidden, showForm: false)
        case .alreadyAnswered:
            return try await feedbackPage(request, event: event, values: [:], error: localizer(.feedbackAlreadyGiven), status: .conflict, showForm: false)
        }
    }

    private func feedbackPage(
        _ request: Request, event: EventRecord, values: [String: String], error: String?, status: HTTPStatus = .ok,
        showForm: Bool = true
    ) async throws -> Response {
        let (threshold, questions) = try await Self.feedbackSettings(try request.tenant)
        let html = FeedbackFormPage.render(
            eventID: event.id!, eventTitle: event.title, questions: showForm ? questions : [], values: values,
            error: error, threshold: threshold.k, context: try await request.pageContext())
        return request.html(html, status: status)
    }

    /// Whether the person was marked present now (false: they were already).
    @discardableResult
    private func markPresent(_ request: Request, event: EventRecord, personID: UUID, by: String) async throws -> Bool {
        let tenant = try request.tenant
        let participant =
            try await tenant.query(EventParticipant.self).filter(\.$event.$id == event.requireID()).filter(\.$person.$id == personID).first()
            ?? EventParticipant(organisationID: tenant.organisationID, eventID: try event.requireID(), personID: personID)
        guard participant.checkedInAt == nil else { return false }
        participant.checkedInAt = request.now
        participant.checkedInBy = by
        if participant.id == nil { try await tenant.create(participant) } else { try await participant.save(on: request.db) }
        return true
    }

    private func page(
        _ request: Request, event: EventRecord, checkInError: String? = nil, notice: Notice? = nil,
        reminderMessage: String? = nil, invitationChoice: InvitationChoice = InvitationChoice(), invitationError: String? = nil,
        materialError: String? = nil, typedMaterial: (title: String, url: String, isFile: Bool)? = nil,
        typedCode: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let tenant = try request.tenant
        let eventID = try event.requireID()
        let participants = try await Self.participants(of: eventID, in: tenant)
        let personID = request.state.membership?.$person.id
        let mine = participants.first { $0.personID == personID }
        let answered =
            personID == nil
            ? false
            : try await tenant.query(FeedbackReceipt.self).filter(\.$event.$id == eventID).filter(\.$person.$id == personID!).first() != nil
        let isHost = request.state.membership?.roles.contains(.programmeOwner) == true
        let area = try await tenant.find(DevelopmentArea.self, event.areaID)
        let summary = EventSummary(
            id: eventID, kind: event.eventKind, title: event.title, startsAt: event.startsAt, place: event.place,
            invited: participants.count, attended: participants.filter { $0.checkedInAt != nil }.count,
            mine: mine.map { MyParticipation(checkedIn: $0.checkedInAt != nil, answered: answered) },
            isShared: event.sharedEventID != nil)
        let model = EventPage.Model(
            summary: summary, endsAt: event.endsAt, description: event.eventDescription, areaTitle: area?.title, isHost: isHost,
            checkInCode: isHost ? event.checkInCode : nil,
            attendees: participants.map { EventPage.Attendee(personID: $0.personID, name: $0.name, checkedIn: $0.checkedInAt != nil) }
                .sorted { $0.name < $1.name },
            canCheckIn: personID != nil, checkInOpen: event.checkInWindow.isOpen(at: request.now), checkInError: checkInError,
            registration: personID == nil || event.endsAt < request.now ? nil : (mine?.registration ?? .invited),
            capacity: event.capacity, registered: participants.filter { $0.registration == .registered }.count,
            waitingPosition: mine.flatMap { me in
                guard me.registration == .waitlisted else { return nil }
                return participants.filter { $0.registration == .waitlisted && ($0.registeredAt ?? .distantPast) <= (me.registeredAt ?? .distantPast) }.count
            },
            reminders: isHost && (event.endsAt <= request.now || reminderMessage != nil)
                ? try await reminders(request, event: event, attended: summary.attended, message: reminderMessage) : nil,
            invitations: isHost && event.endsAt > request.now
                ? try await InvitationOptions.load(tenant, localizer: request.localizer())
                    .picker(choice: invitationChoice, error: invitationError, open: invitationError != nil) : nil)
        var withMaterials = model
        // Not the files themselves: a page needs their names, not megabytes.
        withMaterials.materials = try await tenant.query(EventMaterial.self).filter(\.$event.$id == eventID).sort(\.$createdAt)
            .field(\.$id).field(\.$title).field(\.$url).field(\.$fileName).field(\.$size).field(\.$organisation.$id).field(\.$event.$id)
            .field(\.$createdAt).all()
            .map { EventPage.Material(id: $0.id!, title: $0.title, url: $0.url, fileName: $0.fileName, size: $0.size) }
        withMaterials.materialError = materialError
        withMaterials.typedMaterial = typedMaterial
        withMaterials.attendeeQuery = String((request.query[String.self, at: "who"] ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
        withMaterials.onlineURL = event.onlineURL
        withMaterials.checkInAddress = isHost ? Self.checkInAddress(request, code: event.checkInCode) : nil
        withMaterials.lateCheckIn = isHost && request.now > event.endsAt
        withMaterials.showsResults = Self.readsFeedback(of: event, request)
        withMaterials.typedCode = typedCode ?? String(CheckInCode.normalise(request.query[String.self, at: "code"] ?? "").prefix(12))
        withMaterials.hosts = event.hosts
        if let goalIDs = event.goalIDs, !goalIDs.isEmpty, let programme = try await StrategyQuery.programme(tenant) {
            withMaterials.goals = try await StrategyQuery.goalChoices(tenant, programme: programme, localizer: request.localizer())
                .filter { goalIDs.contains($0.id) }
        }
        return request.html(EventPage.render(withMaterials, context: try await request.pageContext(notice: notice)), status: status)
    }

    /// An invited person as the event page shows them.
    struct Participant {
        var personID: UUID
        var name: String
        var checkedInAt: Date?
        var registration: Registration.State
        var registeredAt: Date?
    }

    /// Everyone invited to the event with their names: plain rows, as a large forum invites hundreds.
    static func participants(of eventID: UUID, in tenant: TenantDatabase) async throws -> [Participant] {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.resultRows(
            """
            SELECT p.person_id, pe.name, p.checked_in_at, p.status, p.registered_at
            FROM event_participants p JOIN people pe ON pe.id = p.person_id
            WHERE p.organisation_id = \(bind: tenant.organisationID) AND p.event_id = \(bind: eventID)
            """)
        return try rows.map { row in
            Participant(
                personID: try row.uuid("person_id"), name: try row.decode(column: "name", as: String.self),
                checkedInAt: try row.decode(column: "checked_in_at", as: Date?.self),
                registration: try row.decode(column: "status", as: String?.self).flatMap(Registration.State.init(rawValue:)) ?? .invited,
                registeredAt: try row.decode(column: "registered_at", as: Date?.self))
        }
    }

    /// The host's view of reminders: how many have not answered (never who), and whether one may go now.
    private func reminders(_ request: Request, event: EventRecord, attended: Int, message: String?) async throws -> EventPage.Reminders {
        let answered = try await request.tenant.query(FeedbackReceipt.self).filter(\.$event.$id == event.requireID()).count()
        let policy = ReminderPolicy.standard
        let decision = policy.decision(eventEnd: event.endsAt, sent: event.remindersSent ?? 0, lastSentAt: event.lastReminderAt, now: request.now)
        let missing = max(0, attended - answered)
        return EventPage.Reminders(
            attended: attended, missing: missing, sent: event.remindersSent ?? 0, limit: policy.limit,
            message: message ?? (missing == 0 ? nil : Self.reminderExplanation(decision, request.localizer())),
            canSend: decision == .allowed && missing > 0)
    }

    static func reminderExplanation(_ decision: ReminderPolicy.Decision, _ localizer: Localizer) -> String? {
        switch decision {
        case .allowed: nil
        case .notEnded: localizer(.reminderNotEnded)
        case .limitReached: localizer(.reminderLimitReached)
        case .tooSoon(let next): localizer(.reminderTooSoon(time: localizer.dateTime(next)))
        case .closed: localizer(.reminderClosed)
        }
    }

    /// The host asks for a reminder now; it counts towards the programme's limit.
    func sendReminder(_ request: Request) async throws -> Response {
        let event = try await loadEvent(request)
        let localizer = request.localizer()
        let decision = ReminderPolicy.standard.decision(
            eventEnd: event.endsAt, sent: event.remindersSent ?? 0,
            lastSentAt: event.lastReminderAt, now: request.now)
        if let refusal = Self.reminderExplanation(decision, localizer) {
            return try await page(request, event: event, reminderMessage: refusal, status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        guard let organisation = request.state.organisation else { throw Abort(.forbidden) }
        let waiting = try await FeedbackReminders.recipients(organisationID: tenant.organisationID, eventID: event.requireID(), on: request.db)
        guard !waiting.isEmpty else { return try await page(request, event: event, reminderMessage: localizer(.reminderNobody), status: .unprocessableEntity) }
        let queued = try await FeedbackReminders.queue(
            event: event, organisation: organisation, config: request.application.config, now: request.now, on: request.db)
        try await request.audit(.reminderQueued, subject: localizer.text(event.title)?.text ?? "–", subjectID: event.id, after: String(queued))
        try await request.setNotice(.reminderQueued)
        return request.redirect(to: SiteRoute.event(try event.requireID()).path + "#reminders")
    }

    private func form(_ request: Request, model: EventFormPage.Model, choice: InvitationChoice = .management, status: HTTPStatus = .ok) async throws -> Response
    {
        let tenant = try request.tenant
        let localizer = request.localizer()
        var model = model
        if let programme = try await StrategyQuery.programme(tenant) {
            let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).filter(\.$archivedAt == nil)
                .sort(\.$position).all()
            model.areas = areas.enumerated().map { SelectChoice(id: $1.id!, label: "\($0 + 1). " + (localizer.text($1.title)?.text ?? "–")) }
            model.goals = try await StrategyQuery.goalChoices(tenant, programme: programme, localizer: localizer)
        }
        model.invitations = try await InvitationOptions.load(tenant, localizer: localizer).picker(choice: choice)
        model.coaches = try await Self.coaches(tenant)
        return request.html(EventFormPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func loadEvent(_ request: Request) async throws -> EventRecord {
        guard let event = try await request.tenant.find(EventRecord.self, request.parameters.uuid("eventID")) else { throw Abort(.notFound) }
        return event
    }

    /// The programme's k and the questions it asks after events, in one read.
    static func feedbackSettings(_ tenant: TenantDatabase) async throws -> (threshold: AnonymityThreshold, questions: [FeedbackQuestion]) {
        let programme = try await StrategyQuery.programme(tenant)
        return (programme?.anonymityThreshold ?? .standard, programme?.questionSet ?? QuestionSet.standard)
    }

    /// "2026-11-29" in the organisation's time zone: the only time an answer keeps.
    static func day(_ date: Date, _ timeZone: TimeZone) -> String {
        CalendarDay.string(date, in: timeZone)
    }

    /// "13:00" in the organisation's time zone.
    static func time(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour!, parts.minute!)
    }

    /// Places at an event: a whole number from 1 to 100,000 (empty: no limit).
    static func capacity(_ text: String) -> Int? {
        guard text.count <= 6, let places = Int(text), (1...100_000).contains(places) else { return nil }
        return places
    }

    static func dateTime(_ day: String, _ time: String, _ timeZone: TimeZone) -> Date? {
        CalendarDay.date(day: day, time: time, in: timeZone)
    }
}
