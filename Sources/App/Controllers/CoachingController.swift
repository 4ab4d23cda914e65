import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// Coaching engagements, their sessions, notes and agreed actions. How the user stands to an
/// engagement (`CoachingReader`) decides what they see; notes and actions go through
/// `CoachingNotebook` only.
struct CoachingController: Sendable {
    func area(_ request: Request) async throws -> Response {
        try await areaPage(request)
    }

    func newEngagement(_ request: Request) async throws -> Response {
        try await newEngagementPage(request, form: EngagementForm())
    }

    func create(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let roles = request.roles
        let userID = try request.requireUserID()
        let isProposal = !roles.contains(.programmeOwner)
        let form = try await readEngagementForm(request, proposerID: isProposal ? userID : nil)
        guard form.errors.isEmpty, let coachID = form.coachID else {
            return try await newEngagementPage(request, form: form, status: .unprocessableEntity)
        }
        let engagement = CoachingEngagement(
            organisationID: tenant.organisationID, coachUserID: coachID, purpose: form.purpose,
            agreedSessions: Int(form.agreedSessions) ?? 1, startsOn: StrategyController.date(form.start, timeZone: request.timeZone),
            endsOn: StrategyController.date(form.end, timeZone: request.timeZone), state: isProposal ? .proposed : .planned)
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            try await tenant.create(engagement)
            for personID in form.participantIDs {
                try await tenant.create(CoachingParticipant(organisationID: organisationID, engagementID: try engagement.requireID(), personID: personID))
            }
            let links =
                try form.areaIDs.map { CoachingLink(organisationID: organisationID, engagementID: try engagement.requireID(), areaID: $0) }
                + form.goalIDs.map { CoachingLink(organisationID: organisationID, engagementID: try engagement.requireID(), goalID: $0) }
            if !links.isEmpty { try await links.create(on: database) }
        }
        try await request.audit(
            .engagementChanged, subject: request.localizer().text(form.purpose)?.text ?? "–", subjectID: engagement.id,
            after: engagement.state)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(try engagement.requireID()).path)
    }

    func show(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        return try await engagementPage(request, opened)
    }

    func changeState(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        let actor: EngagementActor? =
            request.roles.contains(.programmeOwner) ? .programmeOwner : opened.reader == .coach ? .coach : nil
        guard let actor, let state = request.formField("state").flatMap(EngagementState.init(rawValue:)),
            opened.engagement.engagementState.next(by: actor).contains(state)
        else { throw Abort(.forbidden) }
        opened.engagement.state = state.rawValue
        try await opened.engagement.save(on: request.db)
        try await request.audit(
            .engagementChanged, subject: request.localizer().text(opened.engagement.purpose)?.text ?? "–", subjectID: opened.engagement.id,
            after: state.rawValue)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(try opened.engagement.requireID()).path)
    }

    func planSession(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        guard canPlanSessions(request, opened), opened.engagement.engagementState != .ended else { throw Abort(.forbidden) }
        let fields = request.form.fields
        let minutes = Int(fields["minutes", default: ""].trimmed)
        let startsAt = CalendarDay.date(day: fields["date", default: ""].trimmed, time: fields["time", default: ""].trimmed, in: request.timeZone)
        guard let startsAt, let minutes, CoachingLimits.sessionMinutes.contains(minutes) else {
            let limits = CoachingLimits.sessionMinutes
            let error = request.localizer()(.sessionInvalid(lowest: String(limits.lowerBound), highest: String(limits.upperBound)))
            return try await engagementPage(request, opened, typed: .init(form: "session", fields: fields, error: error), status: .unprocessableEntity)
        }
        let session = CoachingSessionRecord(
            organisationID: opened.tenant.organisationID, engagementID: try opened.engagement.requireID(), startsAt: startsAt, minutes: minutes,
            form: fields["form"].flatMap(CoachingSessionForm.init(rawValue:)) ?? .inPerson, place: String(fields["place", default: ""].trimmed.prefix(500)))
        try await opened.tenant.create(session)
        try await request.audit(
            .coachingSessionChanged, subject: request.localizer().text(opened.engagement.purpose)?.text ?? "–", subjectID: session.id,
            after: CoachingSessionStatus.planned.rawValue)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(try opened.engagement.requireID()).path + "#sessions")
    }

    /// The coach records that a session was held, and by whom, or missed. Posting "held" again
    /// corrects who took part.
    func recordSession(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let session = try await tenant.find(CoachingSessionRecord.self, request.parameters.uuid("coachingSessionID")) else {
            throw Abort(.notFound)
        }
        let opened = try await open(request, engagementID: session.$engagement.id)
        guard opened.reader == .coach else { throw Abort(.forbidden) }
        guard let status = request.formField("status").flatMap(CoachingSessionStatus.init(rawValue:)) else { throw Abort(.badRequest) }
        let sessionID = try session.requireID()
        let chosen = Set(request.form.values("took_part").compactMap(UUID.init(uuidString:)))
        let attending = status == .held ? SessionAttendance.tookPart(chosen: chosen, participants: Set(opened.participantIDs)) : []
        guard let tookPart = attending else {
            let typed = EngagementPage.Typed(form: "took-part", fields: [:], error: request.localizer()(.sessionTookPartRequired), sessionID: sessionID)
            return try await engagementPage(request, opened, typed: typed, status: .unprocessableEntity)
        }
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            session.status = status.rawValue
            try await session.save(on: database)
            try await tenant.query(CoachingSessionAttendee.self).filter(\.$session.$id == sessionID).delete()
            let attendees = tookPart.map { CoachingSessionAttendee(organisationID: organisationID, sessionID: sessionID, personID: $0) }
            if !attendees.isEmpty { try await attendees.create(on: database) }
        }
        try await request.audit(
            .coachingSessionChanged, subject: request.localizer().text(opened.engagement.purpose)?.text ?? "–", subjectID: session.id,
            after: status.rawValue)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(try opened.engagement.requireID()).path + "#sessions")
    }

    /// A note's text is never audited or logged: only the coach and the coachees may read it.
    func addNote(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        guard opened.reader != .outsider else { throw Abort(.forbidden) }
        let fields = request.form.fields
        let text = fields["text", default: ""].trimmed
        guard let kind = fields["kind"].flatMap(CoachingNoteKind.init(rawValue:)), opened.reader.writableKinds.contains(kind),
            CoachingLimits.noteLength.contains(text.count)
        else {
            return try await engagementPage(
                request, opened, typed: .init(form: "note", fields: fields, error: request.localizer()(.noteRequired)), status: .unprocessableEntity)
        }
        try await opened.notebook.add(kind, text: text, authorUserID: try request.requireUserID(), at: request.now)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(try opened.engagement.requireID()).path + "#notes")
    }

    func addAction(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        guard opened.reader.sharesActions else { throw Abort(.forbidden) }
        let fields = request.form.fields
        let text = fields["action-text", default: ""].trimmed
        // A goal of the organisation, or none.
        var goalID = fields["goal"].flatMap(UUID.init(uuidString:))
        if let chosen = goalID, try await opened.tenant.find(ResultGoal.self, chosen) == nil { goalID = nil }
        guard CoachingLimits.noteLength.contains(text.count), let due = StrategyController.date(fields["due"], timeZone: request.timeZone) else {
            return try await engagementPage(
                request, opened, typed: .init(form: "action", fields: fields, error: request.localizer()(.actionRequired)),
                status: .unprocessableEntity)
        }
        try await opened.notebook.addAction(text: text, due: due, resultGoalID: goalID, at: request.now)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(try opened.engagement.requireID()).path + "#actions")
    }

    func updateAction(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let actionID = request.parameters.uuid("coachingActionID"),
            let engagementID = try await CoachingNotebook.engagementOfAction(actionID, in: tenant)
        else { throw Abort(.notFound) }
        let opened = try await open(request, engagementID: engagementID)
        guard try await opened.notebook.setAction(actionID, done: request.formField("done") == "1", at: request.now) else { throw Abort(.notFound) }
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(engagementID).path + "#actions")
    }

    /// A coachee rates how useful an ended engagement was (1–5 and a comment); a second rating
    /// replaces the first. The programme sees ratings only aggregated (`UsefulnessSummary`).
    func rate(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        guard case .participant(let personID) = opened.reader, opened.engagement.engagementState == .ended else { throw Abort(.forbidden) }
        let fields = request.form.fields
        guard let rating = fields["rating"].flatMap({ Int($0) }), UsefulnessSummary.scale.contains(rating) else {
            return try await engagementPage(
                request, opened, typed: .init(form: "rating", fields: fields, error: request.localizer()(.ratingRequired)), status: .unprocessableEntity)
        }
        let comment = String(fields["comment", default: ""].trimmed.prefix(CoachingLimits.noteLength.upperBound))
        let engagementID = try opened.engagement.requireID()
        let existing = try await opened.tenant.query(CoachingRating.self).filter(\.$engagement.$id == engagementID)
            .filter(\.$person.$id == personID).first()
        if let existing {
            existing.rating = rating
            existing.comment = comment
            try await existing.save(on: request.db)
        } else {
            try await opened.tenant.create(
                CoachingRating(
                    organisationID: opened.tenant.organisationID, engagementID: engagementID, personID: personID, rating: rating, comment: comment,
                    createdAt: request.now))
        }
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(engagementID).path + "#rating")
    }

    /// Deletes an ended engagement's notes for good: asked for on purpose (a confirmation box),
    /// by its coach or the programme owner, and audited with the count only.
    func deleteNotes(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        guard opened.reader == .coach || request.roles.contains(.programmeOwner), opened.engagement.engagementState == .ended else {
            throw Abort(.forbidden)
        }
        guard request.formField("confirm") == "1" else {
            return try await engagementPage(
                request, opened, typed: .init(form: "delete", fields: [:], error: request.localizer()(.notesDeleteNeedsConfirm)),
                status: .unprocessableEntity)
        }
        let deleted = try await CoachingNotebook.deleteNotes(of: try opened.engagement.requireID(), in: opened.tenant)
        try await request.audit(
            .coachingNotesDeleted, subject: request.localizer().text(opened.engagement.purpose)?.text ?? "–", subjectID: opened.engagement.id,
            after: String(deleted))
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.engagement(try opened.engagement.requireID()).path + "#notes")
    }

    /// One session as an iCalendar file, for the coach and the coachees (it names the place).
    func sessionCalendar(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let session = try await tenant.find(CoachingSessionRecord.self, request.parameters.uuid("coachingSessionID")) else {
            throw Abort(.notFound)
        }
        let opened = try await open(request, engagementID: session.$engagement.id)
        guard opened.reader != .outsider else { throw Abort(.notFound) }
        let localizer = request.localizer()
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "coaching.ics")
        let entry = CoachingQuery.calendarEntry(session, purpose: opened.engagement.purpose, localizer: localizer)
        return Response(
            status: .ok, headers: headers, body: .init(string: ICalendar.calendar([entry], name: localizer(.areaCoaching), stamp: request.now)))
    }

    // MARK: -

    /// An engagement as the signed-in user stands to it. Those who are neither its coach nor
    /// coached in it see it only if they run or follow the programme; to anyone else it does not exist.
    struct Opened {
        let tenant: TenantDatabase
        let engagement: CoachingEngagement
        let participantIDs: [UUID]
        let reader: CoachingReader
        var notebook: CoachingNotebook { CoachingNotebook(tenant: tenant, engagementID: engagement.id!, reader: reader) }
    }

    private func open(_ request: Request, engagementID: UUID? = nil) async throws -> Opened {
        let tenant = try request.tenant
        guard let engagement = try await tenant.find(CoachingEngagement.self, engagementID ?? request.parameters.uuid("engagementID")) else {
            throw Abort(.notFound)
        }
        let participantIDs = try await tenant.query(CoachingParticipant.self).filter(\.$engagement.$id == engagement.requireID()).all(\.$person.$id)
        let reader = CoachingReader(
            userID: try request.requireUserID(), personID: request.state.personID, coachUserID: engagement.$coach.id,
            participantPersonIDs: Set(participantIDs))
        let followsProgramme = !request.roles.isDisjoint(with: [.programmeOwner, .administrator, .viewer])
        guard reader != .outsider || followsProgramme else { throw Abort(.notFound) }
        return Opened(tenant: tenant, engagement: engagement, participantIDs: participantIDs, reader: reader)
    }

    private func canPlanSessions(_ request: Request, _ opened: Opened) -> Bool {
        opened.reader == .coach || request.roles.contains(.programmeOwner)
    }

    private func engagementPage(
        _ request: Request, _ opened: Opened, typed: EngagementPage.Typed? = nil, status: HTTPStatus = .ok
    ) async throws
        -> Response
    {
        let engagementID = try opened.engagement.requireID()
        let rows = try await CoachingQuery.rows(for: [opened.engagement], in: opened.tenant, now: request.now, openActionsFor: [])
        let sessions = try await opened.tenant.query(CoachingSessionRecord.self).filter(\.$engagement.$id == engagementID).sort(\.$startsAt).all()
        let tookPart = try await CoachingQuery.attendees(ofEngagements: [engagementID], in: opened.tenant)
        let notes = try await opened.notebook.notes()
        let authors = try await CoachingQuery.userNames(Set(notes.map(\.authorUserID)), on: request.db)
        let roles = request.roles
        let actor: EngagementActor? = roles.contains(.programmeOwner) ? .programmeOwner : opened.reader == .coach ? .coach : nil
        guard var row = rows.first else { throw Abort(.notFound) }
        row.openActions = nil
        let goals = try await CoachingQuery.goalChoices(in: opened.tenant, localizer: request.localizer())
        let goalsByID = Dictionary(uniqueKeysWithValues: goals.map { ($0.id, $0) })
        let links = try await opened.tenant.query(CoachingLink.self).filter(\.$engagement.$id == engagementID).all()
        let linkedAreaIDs = links.compactMap(\.areaID)
        let linkedAreas =
            linkedAreaIDs.isEmpty ? [] : try await opened.tenant.query(DevelopmentArea.self).filter(\.$id ~~ linkedAreaIDs).sort(\.$position).all().map(\.title)
        var model = EngagementPage.Model(
            row: row, start: opened.engagement.startsOn, end: opened.engagement.endsOn, reader: opened.reader,
            sessions: sessions.map {
                EngagementPage.Session(
                    id: $0.id!, startsAt: $0.startsAt, minutes: $0.minutes, form: $0.sessionForm, place: $0.place, status: $0.sessionStatus,
                    tookPart: tookPart[$0.id!] ?? [])
            },
            notes: notes.map { EngagementPage.Note(kind: $0.kind, author: authors[$0.authorUserID] ?? "–", at: $0.at, text: $0.text) },
            noteCount: opened.reader == .outsider ? try await opened.notebook.noteCount() : notes.count,
            actions: try await opened.notebook.actions().map {
                EngagementPage.Action(id: $0.id, text: $0.text, due: $0.due, done: $0.doneAt != nil, resultGoal: $0.resultGoalID.flatMap { goalsByID[$0] })
            },
            nextStates: actor.map { opened.engagement.engagementState.next(by: $0) } ?? [], canPlanSessions: canPlanSessions(request, opened),
            today: request.now, typed: typed)
        model.links = links.compactMap(\.goalID).compactMap { goalsByID[$0] }
        model.linkedAreas = linkedAreas
        model.goals = opened.reader.sharesActions ? goals : []
        model.participants = try await opened.tenant.query(Person.self).filter(\.$id ~~ opened.participantIDs).sort(\.$name).all()
            .map { SelectChoice(id: $0.id!, label: $0.name) }
        let ended = opened.engagement.engagementState == .ended
        if ended, case .participant(let personID) = opened.reader {
            model.mayRate = true
            model.ownRating = try await opened.tenant.query(CoachingRating.self).filter(\.$engagement.$id == engagementID)
                .filter(\.$person.$id == personID).first()?.rating
            model.threshold = try await EventController.feedbackSettings(opened.tenant).threshold.k
        }
        model.mayDeleteNotes = ended && (opened.reader == .coach || roles.contains(.programmeOwner))
        return request.html(EngagementPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func areaPage(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let roles = request.roles
        let userID = try request.requireUserID()
        let participations = try await CoachingQuery.participations(of: request.state.personID, in: tenant)
        let followsProgramme = !roles.isDisjoint(with: [.programmeOwner, .administrator, .viewer])
        // Those who follow the programme see every engagement; anyone else reads only their own.
        func readable() -> QueryBuilder<CoachingEngagement> {
            let query = tenant.query(CoachingEngagement.self)
            guard !followsProgramme else { return query }
            return query.group(.or) { either in
                either.filter(\.$coach.$id == userID)
                if !participations.isEmpty { either.filter(\.$id ~~ Array(participations)) }
            }
        }
        // Every engagement under way, and of the ended ones the latest few unless all are asked
        // for: a coach of many years would otherwise read each engagement they ever had.
        let showsEveryEnded = request.query[String.self, at: "ended"] == "all"
        func readableEnded() -> QueryBuilder<CoachingEngagement> { readable().filter(\.$state == EngagementState.ended.rawValue) }
        let underWay = try await readable().filter(\.$state != EngagementState.ended.rawValue).sort(\.$createdAt, .descending).all()
        let latestEnded = readableEnded().sort(\.$createdAt, .descending)
        let ended = try await (showsEveryEnded ? latestEnded : latestEnded.limit(CoachingAreaPage.endedShown)).all()
        let endedTotal = showsEveryEnded ? ended.count : try await readableEnded().count()
        let all = underWay + ended
        let mine = all.filter { $0.$coach.id == userID || participations.contains($0.id!) }
        let shown = followsProgramme ? all : mine
        let rows = try await CoachingQuery.rows(for: shown, in: tenant, now: request.now, openActionsFor: Set(mine.map { $0.id! }))
        let rowsByID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        let starting: CoachingAreaPage.Starting? =
            roles.contains(.programmeOwner) ? .setsUp : roles.contains(.coach) ? .proposes : nil
        var usefulness: (byCoach: [(name: String, group: UsefulnessSummary.Group)], total: UsefulnessSummary.Group)?
        var programmeTotals: CoachingQuery.Totals?
        if followsProgramme {
            programmeTotals = try await CoachingQuery.totals(in: tenant)
            let ratings = try await CoachingQuery.ratings(in: tenant)
            let summary = UsefulnessSummary(ratings, threshold: try await EventController.feedbackSettings(tenant).threshold)
            let names = try await CoachingQuery.userNames(Set(summary.byCoach.keys), on: request.db)
            usefulness = (
                byCoach: summary.byCoach.map { (name: names[$0.key] ?? "–", group: $0.value) }.sorted { $0.name < $1.name }, total: summary.total
            )
        }
        var model = CoachingAreaPage.Model(
            mine: mine.compactMap { rowsByID[$0.id!] },
            programme: followsProgramme
                ? rows.map {
                    var row = $0; row.openActions = nil; return row
                } : nil,
            starting: starting, usefulness: usefulness)
        model.programmeTotals = programmeTotals.map { (figures: $0.figures, agreedSessions: $0.agreedSessions) }
        model.ended = (shown: ended.count, total: endedTotal)
        return request.html(CoachingAreaPage.render(model, context: try await request.pageContext()))
    }

    /// The form for a new engagement (the programme owner sets one up, a coach proposes one),
    /// on a page of its own: it offers everyone who may take part.
    private func newEngagementPage(_ request: Request, form: EngagementForm, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let isProposal = !request.roles.contains(.programmeOwner)
        var model = CoachingAreaPage.NewEngagement(
            form: form, coaches: isProposal ? [] : try await CoachingQuery.coachChoices(in: tenant, on: request.db),
            people: try await CoachingQuery.peopleChoices(in: tenant), isProposal: isProposal)
        model.areas = try await CoachingQuery.areaChoices(in: tenant, localizer: request.localizer())
        model.goals = try await CoachingQuery.goalChoices(in: tenant, localizer: request.localizer())
        return request.html(NewEngagementPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func readEngagementForm(_ request: Request, proposerID: UUID?) async throws -> EngagementForm {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let fields = request.form
        var form = EngagementForm(
            purpose: fields.localized("purpose", languages: languages), coachID: proposerID ?? fields.id("coach"),
            participantIDs: Set(fields.values("participant").compactMap { UUID(uuidString: $0) }),
            agreedSessions: fields["agreed"]?.trimmed ?? "", start: fields["start"]?.trimmed ?? "", end: fields["end"]?.trimmed ?? "")
        if form.purpose[languages[0]] == nil { form.errors.append(localizer(.engagementPurposeRequired(language: languages[0].nativeName))) }
        // Links are kept only to the organisation's own areas and goals.
        let areaIDs = Set(fields.values("area").compactMap(UUID.init(uuidString:)))
        let goalIDs = Set(fields.values("goal").compactMap(UUID.init(uuidString:)))
        form.areaIDs = areaIDs.isEmpty ? [] : Set(try await tenant.query(DevelopmentArea.self).filter(\.$id ~~ Array(areaIDs)).all(\.$id))
        form.goalIDs = goalIDs.isEmpty ? [] : Set(try await tenant.query(ResultGoal.self).filter(\.$id ~~ Array(goalIDs)).all(\.$id))
        if proposerID == nil {
            let coaches = try await CoachingQuery.coachChoices(in: tenant, on: request.db)
            if !coaches.contains(where: { $0.id == form.coachID }) { form.errors.append(localizer(.engagementCoachRequired)) }
        }
        let known = try await tenant.query(Person.self).filter(\.$id ~~ Array(form.participantIDs)).count()
        if form.participantIDs.isEmpty || known != form.participantIDs.count { form.errors.append(localizer(.engagementParticipantsRequired)) }
        let limits = CoachingLimits.agreedSessions
        if !(Int(form.agreedSessions).map(limits.contains) ?? false) {
            form.errors.append(localizer(.engagementAgreedSessionsInvalid(lowest: String(limits.lowerBound), highest: String(limits.upperBound))))
        }
        let start = StrategyController.date(form.start, timeZone: request.timeZone), end = StrategyController.date(form.end, timeZone: request.timeZone)
        if !form.start.isEmpty && start == nil || !form.end.isEmpty && end == nil || (start.flatMap { s in end.map { s > $0 } } ?? false) {
            form.errors.append(localizer(.engagementDatesInvalid))
        }
        return form
    }
}

/// The reads of the coaching pages: engagements with their figures, names and choices.
enum CoachingQuery {
    static func participations(of personID: UUID?, in tenant: TenantDatabase) async throws -> Set<UUID> {
        guard let personID else { return [] }
        return Set(try await tenant.query(CoachingParticipant.self).filter(\.$person.$id == personID).all(\.$engagement.$id))
    }

    /// One row per engagement, with its figures and next session; open actions for `openActionsFor` only.
    static func rows(
        for engagements: [CoachingEngagement], in tenant: TenantDatabase, now: Date, openActionsFor: Set<UUID>
    ) async throws
        -> [EngagementRow]
    {
        let ids = engagements.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let participants = try await tenant.query(CoachingParticipant.self).filter(\.$engagement.$id ~~ ids).with(\.$person).all()
        let sessions = try await tenant.query(CoachingSessionRecord.self).filter(\.$engagement.$id ~~ ids).all()
        let tookPart = try await attendees(ofEngagements: ids, in: tenant)
        let coaches = try await userNames(Set(engagements.map { $0.$coach.id }), on: tenant.database)
        let openActions = try await CoachingNotebook.openActionCounts(ids.filter(openActionsFor.contains), in: tenant)
        let namesByEngagement = Dictionary(grouping: participants, by: { $0.$engagement.id }).mapValues { $0.map(\.person.name).sorted() }
        let sessionsByEngagement = Dictionary(grouping: sessions, by: { $0.$engagement.id })
        return engagements.map { engagement in
            let own = sessionsByEngagement[engagement.id!] ?? []
            return EngagementRow(
                id: engagement.id!, purpose: engagement.purpose, coachName: coaches[engagement.$coach.id] ?? "–",
                participants: namesByEngagement[engagement.id!] ?? [], state: engagement.engagementState, agreedSessions: engagement.agreedSessions,
                figures: CoachingFigures(sessions: own.map { .init($0.sessionStatus, minutes: $0.minutes, tookPart: tookPart[$0.id!]?.count ?? 0) }),
                nextSession: own.filter { $0.sessionStatus == .planned && $0.startsAt >= now }.map(\.startsAt).min(),
                openActions: openActionsFor.contains(engagement.id!) ? openActions[engagement.id!] ?? 0 : nil)
        }
    }

    /// The figures of every engagement of the organisation together, however many the page lists.
    struct Totals {
        var figures = CoachingFigures()
        var agreedSessions = 0
    }

    /// `Totals`, counted by the database: sessions grouped by what the figures count of them
    /// (status, length, coachees who took part), each group added as often as it occurs.
    static func totals(in tenant: TenantDatabase) async throws -> Totals {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let organisation = tenant.organisationID
        let sessions = try await sql.resultRows(
            """
            SELECT s.status, s.minutes, COALESCE(a.took_part, 0) AS took_part, COUNT(*) AS sessions
            FROM coaching_sessions s
            LEFT JOIN (
                SELECT session_id, COUNT(*) AS took_part FROM coaching_session_attendees
                WHERE organisation_id = \(bind: organisation) GROUP BY session_id
            ) a ON a.session_id = s.id
            WHERE s.organisation_id = \(bind: organisation)
            GROUP BY s.status, s.minutes, COALESCE(a.took_part, 0)
            """
        )
        var totals = Totals()
        for row in sessions {
            guard let status = CoachingSessionStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            let session = CoachingFigures.Session(
                status, minutes: try row.decode(column: "minutes", as: Int.self), tookPart: try row.decode(column: "took_part", as: Int.self))
            for _ in 0..<max(0, try row.decode(column: "sessions", as: Int.self)) { totals.figures.add(session) }
        }
        // Agreed sessions are bounded where they are entered (`CoachingLimits`), so the sum cannot overflow.
        let agreed = try await sql.resultRows(
            """
            SELECT CAST(COALESCE(SUM(agreed_sessions), 0) AS BIGINT) AS agreed FROM coaching_engagements
            WHERE organisation_id = \(bind: organisation)
            """
        )
        totals.agreedSessions = try agreed.first?.decode(column: "agreed", as: Int.self) ?? 0
        return totals
    }

    /// Every coachee's rating of an ended engagement, with the engagement's coach.
    static func ratings(in tenant: TenantDatabase) async throws -> [UsefulnessSummary.Rating] {
        try await tenant.query(CoachingRating.self)
            .join(CoachingEngagement.self, on: \CoachingRating.$engagement.$id == \CoachingEngagement.$id).all()
            .map { rating in
                UsefulnessSummary.Rating(
                    coachID: try rating.joined(CoachingEngagement.self).$coach.id, rating: rating.rating, comment: rating.comment)
            }
    }

    /// Who took part in each session of the engagements, by session.
    static func attendees(ofEngagements engagementIDs: [UUID], in tenant: TenantDatabase) async throws -> [UUID: Set<UUID>] {
        guard !engagementIDs.isEmpty else { return [:] }
        let rows = try await tenant.query(CoachingSessionAttendee.self)
            .join(CoachingSessionRecord.self, on: \CoachingSessionAttendee.$session.$id == \CoachingSessionRecord.$id)
            .filter(CoachingSessionRecord.self, \.$engagement.$id ~~ engagementIDs)
            .all()
        return Dictionary(grouping: rows, by: { $0.$session.id }).mapValues { Set($0.map(\.$person.id)) }
    }

    /// A session as a calendar entry: the engagement's purpose and the place, never a note.
    static func calendarEntry(_ session: CoachingSessionRecord, purpose: LocalizedText, localizer: Localizer) -> ICalendar.Entry {
        ICalendar.Entry(
            uid: "\(session.id!.uuidString.lowercased())@roder", title: localizer(.sessionCalendarTitle(purpose: localizer.text(purpose)?.text ?? "–")),
            location: session.place.isEmpty ? nil : session.place, start: session.startsAt,
            end: session.startsAt.addingTimeInterval(Double(max(0, session.minutes)) * 60))
    }

    /// The sessions (planned or held, from `since`) of the engagements the user coaches or the
    /// person is coached in, for the personal calendar feed.
    static func calendarEntries(
        userID: UUID, personID: UUID?, in tenant: TenantDatabase, since: Date, localizer: Localizer
    ) async throws
        -> [ICalendar.Entry]
    {
        let coached = try await tenant.query(CoachingEngagement.self).filter(\.$coach.$id == userID).all(\.$id)
        let engagementIDs = Set(coached).union(try await participations(of: personID, in: tenant))
        guard !engagementIDs.isEmpty else { return [] }
        let engagements = try await tenant.query(CoachingEngagement.self).filter(\.$id ~~ Array(engagementIDs)).all()
        let purposes = Dictionary(uniqueKeysWithValues: engagements.map { ($0.id!, $0.purpose) })
        return try await tenant.query(CoachingSessionRecord.self).filter(\.$engagement.$id ~~ Array(engagementIDs))
            .filter(\.$status != CoachingSessionStatus.missed.rawValue).filter(\.$startsAt >= since).sort(\.$startsAt).all()
            .map { calendarEntry($0, purpose: purposes[$0.$engagement.id] ?? LocalizedText(), localizer: localizer) }
    }

    /// The next planned sessions and the open actions of the engagements still under way.
    static func agenda(
        _ engagements: [CoachingEngagement], readers: [UUID: CoachingReader], in tenant: TenantDatabase, now: Date
    ) async throws
        -> HomePage.CoachingAgenda
    {
        let underWay = engagements.filter { $0.engagementState != .ended }
        let ids = underWay.compactMap(\.id)
        let purposes = Dictionary(uniqueKeysWithValues: underWay.map { ($0.id!, $0.purpose) })
        let sessions =
            ids.isEmpty
            ? []
            : try await tenant.query(CoachingSessionRecord.self).filter(\.$engagement.$id ~~ ids)
                .filter(\.$status == CoachingSessionStatus.planned.rawValue).filter(\.$startsAt >= now).sort(\.$startsAt).limit(5).all()
        let actions = try await CoachingNotebook.openActions(readers.filter { purposes[$0.key] != nil }, in: tenant)
        return HomePage.CoachingAgenda(
            engagements: underWay.count,
            sessions: sessions.map { .init(engagementID: $0.$engagement.id, purpose: purposes[$0.$engagement.id] ?? LocalizedText(), startsAt: $0.startsAt) },
            actions: actions.prefix(8).map { .init(engagementID: $0.engagementID, text: $0.action.text, due: $0.action.due) }, today: now)
    }

    /// A coach's engagements under way in the other organisations they work for: how many, and
    /// the next session — each read in its own tenant.
    static func elsewhere(
        coach userID: UUID, besides current: UUID, on database: any Database, now: Date
    ) async throws
        -> [HomePage.CoachingAgenda.Elsewhere]
    {
        let memberships = try await Membership.query(on: database).filter(\.$user.$id == userID).filter(\.$organisation.$id != current)
            .with(\.$organisation).all().filter { $0.roles.contains(.coach) }
        var result: [HomePage.CoachingAgenda.Elsewhere] = []
        for membership in memberships {
            let tenant = TenantDatabase(organisationID: membership.$organisation.id, database: database)
            let ids = try await tenant.query(CoachingEngagement.self).filter(\.$coach.$id == userID)
                .filter(\.$state != EngagementState.ended.rawValue).all(\.$id)
            guard !ids.isEmpty else { continue }
            let next = try await tenant.query(CoachingSessionRecord.self).filter(\.$engagement.$id ~~ ids)
                .filter(\.$status == CoachingSessionStatus.planned.rawValue).filter(\.$startsAt >= now).sort(\.$startsAt).first()
            result.append(
                .init(organisationID: membership.$organisation.id, name: membership.organisation.name, engagements: ids.count, nextSession: next?.startsAt))
        }
        return result
    }

    static func userNames(_ ids: Set<UUID>, on database: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let users = try await User.query(on: database).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: users.map { ($0.id!, $0.name) })
    }

    /// The programme's development areas, numbered, for linking an engagement to them.
    static func areaChoices(in tenant: TenantDatabase, localizer: Localizer) async throws -> [SelectChoice] {
        guard let programme = try await StrategyQuery.programme(tenant) else { return [] }
        return try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).filter(\.$archivedAt == nil)
            .sort(\.$position).all().enumerated().map { SelectChoice(id: $1.id!, label: "\($0 + 1). " + (localizer.text($1.title)?.text ?? "–")) }
    }

    /// The programme's result goals, for linking an engagement or an action to them.
    static func goalChoices(in tenant: TenantDatabase, localizer: Localizer) async throws -> [SelectChoice] {
        guard let programme = try await StrategyQuery.programme(tenant) else { return [] }
        return try await StrategyQuery.goalChoices(tenant, programme: programme, localizer: localizer)
    }

    /// The organisation's users with the coach role.
    static func coachChoices(in tenant: TenantDatabase, on database: any Database) async throws -> [SelectChoice] {
        let memberships = try await tenant.query(Membership.self).with(\.$user).all().filter { $0.roles.contains(.coach) }
        return memberships.map { SelectChoice(id: $0.$user.id, label: $0.user.name) }.sorted { $0.label < $1.label }
    }

    /// Managers who may be coached, top and middle management first.
    static func peopleChoices(in tenant: TenantDatabase) async throws -> [SelectChoice] {
        let levels = [ManagementLevel.top, .middle, .supervisor].map(\.rawValue)
        return try await tenant.query(Person.self).filter(\.$managementLevel ~~ levels).sort(\.$name).all()
            .map { person in SelectChoice(id: person.id!, label: person.title.map { "\(person.name), \($0)" } ?? person.name) }
    }
}
