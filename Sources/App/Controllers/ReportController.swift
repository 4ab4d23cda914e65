import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// The annual programme report (`/reports?year=&language=`) and the programme owner's
/// comments in it. Everything is read as of the year's end, so a locked year's report stays
/// as it was: statuses reported before it ended, measurements dated in it (a locked year's
/// cannot change), its events, sessions, costs and budget.
struct ReportController: Sendable {
    func report(_ request: Request) async throws -> Response {
        let year = WorkingTimeController.chosenYear(request)
        let languages: [Language] =
            switch request.query[String.self, at: "language"] {
            case "both": [.swedish, .finnish]
            case let code?: Language(code: code).map { [$0] } ?? [request.localizer().language]
            case nil: [request.localizer().language]
            }
        let model = try await ReportQuery.model(year: year, request)
        return request.html(ProgrammeReportPage.render(model, languages: languages, context: try await request.pageContext()))
    }

    func texts(_ request: Request) async throws -> Response {
        let year = WorkingTimeController.chosenYear(request)
        let tenant = try request.tenant
        var texts: [String: [String: String]] = [:]
        for row in try await tenant.query(ReportText.self).filter(\.$year == year).all() {
            let key = row.areaID.map { $0.uuidString.lowercased() } ?? ReportTextsPage.summaryKey
            for language in Language.allCases { if let text = row.text[language] { texts[key, default: [:]][language.code] = text } }
        }
        return try await textsPage(request, year: year, texts: texts)
    }

    func saveTexts(_ request: Request) async throws -> Response {
        let year = try WorkingTimeController.postedYear(request)
        guard try await CostQuery.yearIsOpen(year, request) else { throw Abort(.forbidden) }
        let tenant = try request.tenant
        let languages = try await Self.contentLanguages(request)
        let areas = try await CostQuery.areas(tenant)
        var typed: [String: [String: String]] = [:]
        var errors: [String] = []
        var rows: [(area: UUID?, text: LocalizedText)] = []
        for (key, area) in [(ReportTextsPage.summaryKey, UUID?.none)] + areas.map({ ($0.id.uuidString.lowercased(), Optional($0.id)) }) {
            var text = LocalizedText()
            for language in languages {
                let value = (request.form["\(key).\(language.code)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                typed[key, default: [:]][language.code] = value
                if value.count > ReportTextsPage.textLength {
                    errors.append(request.localizer()(.reportTextTooLong))
                } else if !value.isEmpty {
                    text[language] = value
                }
            }
            if !text.isEmpty { rows.append((area, text)) }
        }
        guard errors.isEmpty else { return try await textsPage(request, year: year, texts: typed, errors: Array(Set(errors)), status: .unprocessableEntity) }
        let name = request.state.user?.name ?? ""
        let saved = rows
        try await request.db.transaction { database in
            let scoped = TenantDatabase(organisationID: tenant.organisationID, database: database)
            try await scoped.query(ReportText.self).filter(\.$year == year).delete()
            for row in saved {
                try await scoped.create(
                    ReportText(organisationID: tenant.organisationID, year: year, areaID: row.area, text: row.text, at: request.now, by: name))
            }
        }
        try await request.audit(.reportTextsChanged, subject: String(year))
        try await request.setNotice(.reportTextsSaved)
        return request.redirect(to: SiteRoute.report(year: year).path)
    }

    private func textsPage(
        _ request: Request, year: Int, texts: [String: [String: String]], errors: [String] = [], status: HTTPStatus = .ok
    ) async throws -> Response {
        let model = ReportTextsPage.Model(
            year: year, languages: try await Self.contentLanguages(request), areas: try await CostQuery.areas(try request.tenant), texts: texts,
            errors: errors, isLocked: !(try await CostQuery.yearIsOpen(year, request)))
        return request.html(ReportTextsPage.render(model, context: try await request.pageContext()), status: status)
    }

    private static func contentLanguages(_ request: Request) async throws -> [Language] {
        try await Organisation.find(try request.tenant.organisationID, on: request.db)?.contentLanguages ?? [.swedish, .finnish]
    }
}

/// The reads of the annual report, each grouped by the database where it could grow (the
/// latest measurement per indicator, counts per event).
enum ReportQuery {
    static func model(year: Int, _ request: Request) async throws -> ProgrammeReportPage.Model {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let timeZone = request.timeZone
        let (start, end) = WorkingTimeQuery.yearBounds(year, timeZone: timeZone)
        let programme = try await StrategyQuery.programme(tenant)
        let organisation = try await Organisation.find(tenant.organisationID, on: request.db)
        let current = WorkingTimeController.year(of: request.now, request)
        let texts = try await tenant.query(ReportText.self).filter(\.$year == year).all()
        let areaTexts = Dictionary(texts.compactMap { text in text.areaID.map { ($0, text.text) } }, uniquingKeysWith: { first, _ in first })

        var areas: [ProgrammeReportPage.Area] = []
        var initiatives: [ProgrammeReportPage.Initiative] = []
        if let programme {
            let areaRecords = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID())
                .filter(\.$archivedAt == nil).sort(\.$position).all()
            let goals = try await goals(of: areaRecords.compactMap(\.id), in: tenant)
            let reports = try await latestStatus(before: end, in: tenant)
            let indicators = try await indicators(before: end, in: tenant)
            areas = areaRecords.map { area in
                ProgrammeReportPage.Area(
                    id: area.id!, title: area.title,
                    goals: (goals[area.id!] ?? []).map { goal in
                        let report = reports[goal.id]
                        return ProgrammeReportPage.Goal(
                            title: goal.title, status: report?.status ?? .notStarted, comment: report?.comment,
                            indicators: (indicators[goal.id] ?? []).map { indicator in
                                let value = indicator.value
                                return ProgrammeReportPage.Indicator(
                                    name: indicator.name, unit: indicator.unit, baseline: indicator.definition.baseline,
                                    target: indicator.definition.target, value: value, progress: value.map { indicator.definition.progress(of: $0) })
                            })
                    }, ownerText: areaTexts[area.id!])
            }
            initiatives = try await Self.initiatives(of: programme.requireID(), before: end, now: request.now, in: tenant)
                .sorted { (localizer.text($0.title)?.text ?? "") < (localizer.text($1.title)?.text ?? "") }
        }

        // One count of the year's invitations and check-ins serves attendance and working time.
        let attendance = try await WorkingTimeQuery.attendance(start: start, end: end, in: tenant)
        let (events, threshold) = try await Self.events(start: start, end: min(end, request.now), attendance: attendance, in: tenant)
        let previous = try await Self.attendanceTotals(
            start: WorkingTimeQuery.yearBounds(year - 1, timeZone: timeZone).start, end: min(start, request.now), in: tenant)
        func rate(invited: Int, attended: Int) -> Double? { invited > 0 ? Double(attended) / Double(invited) : nil }
        let costs = try await CostQuery.programmeCosts(year: year, in: tenant, timeZone: timeZone, attendance: attendance)
        return ProgrammeReportPage.Model(
            organisationName: organisation.flatMap { localizer.text($0.name)?.text } ?? "",
            programmeName: programme?.name, year: year,
            years: Array(min(programme?.startYear ?? current, current)...current).reversed(),
            isLocked: !(try await CostQuery.yearIsOpen(year, of: programme, request)), producedAt: request.now,
            summary: texts.first { $0.areaID == nil }?.text, areas: areas, initiatives: initiatives, events: events,
            attendanceRate: rate(invited: events.reduce(0) { $0 + $1.invited }, attended: events.reduce(0) { $0 + $1.attended }),
            previousAttendanceRate: rate(invited: previous.invited, attended: previous.attended), threshold: threshold,
            coaching: try await coaching(start: start, end: end, in: tenant), structure: try await structure(start: start, end: end, in: tenant),
            costs: costs, canWriteTexts: request.roles.contains(.programmeOwner))
    }

    /// The programme's open goals of `areaIDs` by area, in order: plain columns, no models.
    private static func goals(of areaIDs: [UUID], in tenant: TenantDatabase) async throws -> [UUID: [(id: UUID, title: LocalizedText)]] {
        guard !areaIDs.isEmpty else { return [:] }
        let rows = try await tenant.select(from: ResultGoal.schema).columns("id", "area_id", "title").where("area_id", .in, areaIDs)
            .where("archived_at", .is, SQLLiteral.null).orderBy("position").rows()
        var goals: [UUID: [(id: UUID, title: LocalizedText)]] = [:]
        for row in rows { goals[try row.uuid("area_id"), default: []].append((try row.uuid("id"), try row.decode(column: "title", as: LocalizedText.self))) }
        return goals
    }

    /// The programme's open initiatives with their milestones counted by the database: done
    /// before `end`, and overdue (due before `end` and by now, not done by `end`).
    private static func initiatives(
        of programmeID: UUID, before end: Date, now: Date, in tenant: TenantDatabase
    ) async throws -> [ProgrammeReportPage.Initiative] {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.resultRows(
            """
            SELECT i.id, i.title, i.status, COUNT(m.id) AS milestones,
              SUM(CASE WHEN m.done_at < \(bind: end) THEN 1 ELSE 0 END) AS done,
              SUM(CASE WHEN m.due < \(bind: end) AND m.due < \(bind: now) AND (m.done_at IS NULL OR m.done_at >= \(bind: end)) THEN 1 ELSE 0 END) AS overdue
            FROM initiatives i LEFT JOIN milestones m ON m.initiative_id = i.id
            WHERE i.organisation_id = \(bind: tenant.organisationID) AND i.programme_id = \(bind: programmeID) AND i.archived_at IS NULL
            GROUP BY i.id
            """
        )
        return try rows.map { row in
            ProgrammeReportPage.Initiative(
                title: try row.decode(column: "title", as: LocalizedText.self),
                status: InitiativeStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .planned,
                milestonesDone: try row.decode(column: "done", as: Int.self), milestones: try row.decode(column: "milestones", as: Int.self),
                overdue: try row.decode(column: "overdue", as: Int.self))
        }
    }

    /// Each goal's latest status report before `end` (the rows in time order, the last kept).
    private static func latestStatus(before end: Date, in tenant: TenantDatabase) async throws -> [UUID: (status: GoalStatus, comment: String?)] {
        let rows = try await tenant.select(from: GoalStatusUpdate.schema).columns("goal_id", "status", "comment").where("at", .lessThan, end)
            .orderBy("at").rows()
        var latest: [UUID: (status: GoalStatus, comment: String?)] = [:]
        for row in rows {
            latest[try row.uuid("goal_id")] = (
                GoalStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .notStarted, try row.decode(column: "comment", as: String?.self)
            )
        }
        return latest
    }

    private struct IndicatorRow {
        let name: LocalizedText
        let unit: String
        let definition: IndicatorDefinition
        /// The latest current value dated before the year's end.
        let value: Double?
    }

    /// The organisation's open indicators by goal, each with its latest current value dated
    /// before `end`: one index lookup per indicator (`measurements_indicator_date`), not a
    /// scan of every measurement.
    private static func indicators(before end: Date, in tenant: TenantDatabase) async throws -> [UUID: [IndicatorRow]] {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.resultRows(
            """
            SELECT i.goal_id, i.name, i.unit, i.baseline, i.target, i.direction,
              (SELECT m.value FROM measurements m WHERE m.indicator_id = i.id AND m.replaced_at IS NULL AND m.date < \(bind: end)
               ORDER BY m.date DESC LIMIT 1) AS latest
            FROM indicators i WHERE i.organisation_id = \(bind: tenant.organisationID) AND i.archived_at IS NULL
            """
        )
        var indicators: [UUID: [IndicatorRow]] = [:]
        for row in rows {
            let definition = IndicatorDefinition(
                baseline: try row.decode(column: "baseline", as: Double.self), target: try row.decode(column: "target", as: Double.self),
                direction: PreferredDirection(rawValue: try row.decode(column: "direction", as: String.self)) ?? .up)
            indicators[try row.uuid("goal_id"), default: []].append(
                IndicatorRow(
                    name: try row.decode(column: "name", as: LocalizedText.self), unit: try row.decode(column: "unit", as: String.self),
                    definition: definition, value: try row.decode(column: "latest", as: Double?.self)))
        }
        return indicators
    }

    /// The events held in a range with attendance (`attendance` counts at least those events),
    /// and their feedback from k respondents.
    private static func events(
        start: Date, end: Date, attendance: WorkingTimeQuery.EventAttendance, in tenant: TenantDatabase
    ) async throws -> (events: [ProgrammeReportPage.Event], threshold: Int) {
        let (threshold, questions) = try await EventController.feedbackSettings(tenant)
        guard start < end else { return ([], threshold.k) }
        let held = try await tenant.select(from: EventRecord.schema).columns("id", "title", "starts_at").where("starts_at", .greaterThanOrEqual, start)
            .where("starts_at", .lessThan, end).where("ends_at", .lessThan, end).orderBy("starts_at").rows()
            .map {
                (id: try $0.uuid("id"), title: try $0.decode(column: "title", as: LocalizedText.self), date: try $0.decode(column: "starts_at", as: Date.self))
            }
        guard !held.isEmpty else { return ([], threshold.k) }
        let released = try await ReleasedFeedback.answers(of: held.map { ($0.id, tenant.organisationID) }, threshold: threshold, on: tenant.database)
        let events = held.map { event in
            let invited = attendance.invited(event.id), attended = attendance.attended(event.id)
            let summary = FeedbackSummary.summarise(
                released[event.id]?.answers ?? [], eligible: attended, questions: questions, threshold: threshold,
                respondents: released[event.id]?.stored)
            let means = (summary.scales ?? []).compactMap(\.mean)
            return ProgrammeReportPage.Event(
                title: event.title, date: event.date, invited: invited, attended: attended, respondents: summary.respondents,
                score: means.isEmpty ? nil : means.reduce(0, +) / Double(means.count))
        }
        return (events, threshold.k)
    }

    /// Invitations and check-ins of the events held in a range, in total: the previous year's
    /// rate the report compares with.
    private static func attendanceTotals(start: Date, end: Date, in tenant: TenantDatabase) async throws -> (invited: Int, attended: Int) {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        guard start < end else { return (0, 0) }
        let row = try await sql.resultRows(
            """
            SELECT COUNT(*) AS invited, COUNT(p.checked_in_at) AS attended FROM events e JOIN event_participants p ON p.event_id = e.id
            WHERE e.organisation_id = \(bind: tenant.organisationID) AND e.starts_at >= \(bind: start) AND e.starts_at < \(bind: end)
              AND e.ends_at < \(bind: end)
            """
        ).first
        return (try row?.decode(column: "invited", as: Int.self) ?? 0, try row?.decode(column: "attended", as: Int.self) ?? 0)
    }

    private static func coaching(start: Date, end: Date, in tenant: TenantDatabase) async throws -> ProgrammeReportPage.Coaching {
        let sessions = try await tenant.query(CoachingSessionRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end)
            .filter(\.$status == CoachingSessionStatus.held.rawValue).all()
        let attendees = try await tenant.query(CoachingSessionAttendee.self).filter(\.$session.$id ~~ sessions.compactMap(\.id)).all()
        let perSession = Dictionary(grouping: attendees, by: { $0.$session.id }).mapValues(\.count)
        let minutes = sessions.reduce(0) { TimeArithmetic.sum($0, TimeArithmetic.product($1.minutes, perSession[$1.id!] ?? 0)) }
        let rounds = try await tenant.query(AssessmentRound.self).filter(\.$openedAt >= start).filter(\.$openedAt < end).all().compactMap(\.id)
        let answered =
            rounds.isEmpty
            ? 0 : Set(try await tenant.query(SelfAssessmentRecord.self).filter(\.$round.$id ~~ rounds).all().map { "\($0.$round.id)\($0.$person.id)" }).count
        return ProgrammeReportPage.Coaching(
            engagements: Set(sessions.map { $0.$engagement.id }).count, sessionsHeld: sessions.count, participantMinutes: minutes, selfAssessments: answered)
    }

    /// The structure at the year's start (the last snapshot before it, or its first) and end.
    private static func structure(start: Date, end: Date, in tenant: TenantDatabase) async throws -> (from: StructureFigures, to: StructureFigures)? {
        let snapshots = try await StructureHistoryStore.load(tenant).filter { $0.takenAt < end }
        guard let last = snapshots.last else { return nil }
        let first = snapshots.last { $0.takenAt < start } ?? snapshots.first ?? last
        return (first.figures, last.figures)
    }
}
