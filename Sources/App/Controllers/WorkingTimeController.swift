import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// Working time: a person logs programme work and sees their own time; those who follow the
/// programme see all of it by source, area and month. Event and coaching time is derived from
/// attendance (`WorkingTimeQuery`); only other work is typed.
struct WorkingTimeController: Sendable {
    func area(_ request: Request) async throws -> Response {
        let year = Self.chosenYear(request)
        return try await page(request, year: year, form: TimeEntryForm(date: Self.today(request)))
    }

    func log(_ request: Request) async throws -> Response {
        // Someone who is not a person of the organisation has no time of their own: the page says so.
        guard let personID = request.state.personID else {
            return try await page(request, year: Self.chosenYear(request), form: TimeEntryForm(), status: .forbidden)
        }
        let tenant = try request.tenant
        let purposes = try await WorkingTimeQuery.purposes(tenant, localizer: request.localizer())
        var form = Self.readForm(request)
        guard let entry = try await Self.validate(&form, purposes: purposes, request) else {
            let year = StrategyController.date(form.date, timeZone: request.timeZone).map { Self.year(of: $0, request) }
            return try await page(request, year: year ?? Self.chosenYear(request), form: form, status: .unprocessableEntity)
        }
        try await tenant.create(
            TimeEntry(
                organisationID: tenant.organisationID, personID: personID, date: entry.date, minutes: entry.minutes, areaID: entry.areaID,
                goalID: entry.goalID, note: entry.note, at: request.now))
        try await request.setNotice(.timeLogged)
        return request.redirect(to: SiteRoute.workingTime(year: Self.year(of: entry.date, request)).path + "#mine")
    }

    func entry(_ request: Request) async throws -> Response {
        let entry = try await ownOpenEntry(request)
        let purposes = try await WorkingTimeQuery.purposes(try request.tenant, localizer: request.localizer())
        let form = TimeEntryForm(
            date: CalendarDay.string(entry.date, in: request.timeZone),
            hours: HoursInput.text(minutes: entry.minutes, request.localizer()),
            purpose: entry.goalID.map { "goal:" + $0.uuidString } ?? entry.areaID.map { "area:" + $0.uuidString } ?? "", note: entry.note)
        return request.html(TimeEntryPage.render(id: try entry.requireID(), form: form, purposes: purposes, context: try await request.pageContext()))
    }

    func update(_ request: Request) async throws -> Response {
        let entry = try await ownOpenEntry(request)
        let purposes = try await WorkingTimeQuery.purposes(try request.tenant, localizer: request.localizer())
        var form = Self.readForm(request)
        guard let changed = try await Self.validate(&form, purposes: purposes, request) else {
            return request.html(
                TimeEntryPage.render(id: try entry.requireID(), form: form, purposes: purposes, context: try await request.pageContext()),
                status: .unprocessableEntity)
        }
        entry.date = changed.date
        entry.minutes = changed.minutes
        entry.areaID = changed.areaID
        entry.goalID = changed.goalID
        entry.note = changed.note
        entry.updatedAt = request.now
        try await entry.save(on: request.db)
        try await request.setNotice(.timeLogged)
        return request.redirect(to: SiteRoute.workingTime(year: Self.year(of: changed.date, request)).path + "#mine")
    }

    func delete(_ request: Request) async throws -> Response {
        let entry = try await ownOpenEntry(request)
        let year = Self.year(of: entry.date, request)
        try await entry.delete(on: request.db)
        try await request.setNotice(.timeDeleted)
        return request.redirect(to: SiteRoute.workingTime(year: year).path + "#mine")
    }

    // MARK: -

    private func page(_ request: Request, year: Int, form: TimeEntryForm, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let timeZone = request.timeZone
        let programme = try await StrategyQuery.programme(tenant)
        let purposes = try await WorkingTimeQuery.purposes(tenant, localizer: localizer)
        let labels = Dictionary(purposes.map { ($0.value, $0.label) }, uniquingKeysWith: { first, _ in first })
        let period = try await WorkingTimeQuery.period(year: year, programme: programme, in: tenant)
        let yearIsOpen = period.acceptsMeasurements(at: request.now, in: timeZone)
        let current = Self.year(of: request.now, request)
        let years = Array(min(programme?.startYear ?? current, current)...max(min(programme?.endYear ?? current, current), current))
        var mine: [WorkingTimePage.MyItem]?
        if let personID = request.state.personID {
            mine = try await WorkingTimeQuery.personItems(
                personID, year: year, in: tenant, timeZone: timeZone, localizer: localizer, purposeLabels: labels, entriesEditable: yearIsOpen)
        }
        let followsProgramme = !request.roles.isDisjoint(with: [.programmeOwner, .administrator, .viewer])
        let summary = followsProgramme ? try await WorkingTimeQuery.summary(year: year, in: tenant, timeZone: timeZone) : nil
        let areas =
            programme == nil
            ? []
            : try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme!.requireID()).sort(\.$position).all()
                .map { (id: $0.id!, title: $0.title) }
        let model = WorkingTimePage.Model(
            year: year, years: years.reversed(), mine: mine, yearIsOpen: yearIsOpen, form: form, purposes: purposes, programme: summary, areas: areas)
        return request.html(WorkingTimePage.render(model, context: try await request.pageContext()), status: status)
    }

    /// The user's own entry whose year still takes changes; another's is a 404, a locked one a 403.
    private func ownOpenEntry(_ request: Request) async throws -> TimeEntry {
        let tenant = try request.tenant
        guard let personID = request.state.personID,
            let entry = try await tenant.find(TimeEntry.self, request.parameters.uuid("timeEntryID")), entry.$person.id == personID
        else { throw Abort(.notFound) }
        let period = try await WorkingTimeQuery.period(
            year: Self.year(of: entry.date, request), programme: try await StrategyQuery.programme(tenant), in: tenant)
        guard period.acceptsMeasurements(at: request.now, in: request.timeZone) else { throw Abort(.forbidden) }
        return entry
    }

    private struct ValidEntry {
        let date: Date
        let minutes: Int
        let areaID: UUID?
        let goalID: UUID?
        let note: String
    }

    private static func readForm(_ request: Request) -> TimeEntryForm {
        let fields = request.form
        return TimeEntryForm(
            date: fields["date"]?.trimmed ?? "", hours: fields["hours"]?.trimmed ?? "", purpose: fields["purpose"]?.trimmed ?? "",
            note: String((fields["note"] ?? "").trimmed.prefix(WorkingTimeLimits.noteLength)))
    }

    /// The entry the form describes, or nil with the reasons in `form.errors`.
    private static func validate(_ form: inout TimeEntryForm, purposes: [TimePurposeChoice], _ request: Request) async throws -> ValidEntry? {
        let localizer = request.localizer()
        let timeZone = request.timeZone
        let minutes = HoursInput.minutes(form.hours)
        if minutes == nil {
            form.errors.append(localizer(.timeHoursInvalid(highest: String(WorkingTimeLimits.entryMinutes.upperBound / 60))))
        }
        // Work already done: a day up to today, written as the date field sends it.
        let date = StrategyController.date(form.date, timeZone: timeZone)
        guard let date, form.date <= today(request) else {
            form.errors.append(localizer(.timeDateInvalid))
            return nil
        }
        let year = self.year(of: date, request)
        let period = try await WorkingTimeQuery.period(year: year, programme: try await StrategyQuery.programme(try request.tenant), in: try request.tenant)
        if !period.acceptsMeasurements(at: request.now, in: timeZone) { form.errors.append(localizer(.timeYearLocked(year: String(year)))) }
        guard let minutes, form.errors.isEmpty else { return nil }
        // Only the programme's own areas and goals are offered; anything else is the programme.
        let purpose = purposes.first { $0.value == form.purpose }?.value ?? ""
        let id = UUID(uuidString: String(purpose.drop { $0 != ":" }.dropFirst()))
        return ValidEntry(
            date: date, minutes: minutes, areaID: purpose.hasPrefix("area:") ? id : nil, goalID: purpose.hasPrefix("goal:") ? id : nil, note: form.note)
    }

    /// The years a page may show or a form may change: twenty back, one ahead (a budget is set ahead).
    static func reachableYears(_ request: Request) -> ClosedRange<Int> {
        let current = year(of: request.now, request)
        return (current - 20)...(current + 1)
    }

    /// `?year=` of a yearly page, within reason; the current year otherwise.
    static func chosenYear(_ request: Request) -> Int {
        guard let asked = request.query[Int.self, at: "year"], reachableYears(request).contains(asked) else { return year(of: request.now, request) }
        return asked
    }

    /// The `year` field of a yearly form; anything else is a bad request.
    static func postedYear(_ request: Request) throws -> Int {
        guard let year = request.form["year"].flatMap({ Int($0.trimmed) }), reachableYears(request).contains(year) else { throw Abort(.badRequest) }
        return year
    }

    static func year(of date: Date, _ request: Request) -> Int {
        ProgrammeController.year(of: date, request.timeZone)
    }

    private static func today(_ request: Request) -> String {
        CalendarDay.string(request.now, in: request.timeZone)
    }
}

/// The reads of the working-time page, grouped by the database where they could grow: one row
/// per event, per held session and per logged entry of the year, never one per attendance.
enum WorkingTimeQuery {
    /// The year as a period of the current programme: locked once over unless unlocked.
    static func period(year: Int, programme: Programme?, in tenant: TenantDatabase) async throws -> ProgrammePeriod {
        guard let programme else { return ProgrammePeriod(year: year) }
        let unlocked = try await tenant.query(PeriodUnlock.self).filter(\.$programme.$id == programme.requireID()).filter(\.$year == year).first() != nil
        return ProgrammePeriod(year: year, isUnlocked: unlocked)
    }

    /// The programme's open areas, each followed by its open goals.
    static func purposes(_ tenant: TenantDatabase, localizer: Localizer) async throws -> [TimePurposeChoice] {
        guard let programme = try await StrategyQuery.programme(tenant) else { return [] }
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).filter(\.$archivedAt == nil)
            .sort(\.$position).all()
        // The goals as plain rows: a large town's programme has hundreds, read on every visit.
        var goalsByArea: [UUID: [(id: UUID, title: LocalizedText)]] = [:]
        if !areas.isEmpty {
            let rows = try await tenant.select(from: ResultGoal.schema).columns("id", "area_id", "title")
                .where("area_id", .in, SQLBind.group(areas.compactMap(\.id))).where("archived_at", .is, SQLLiteral.null).orderBy("position").rows()
            for row in rows {
                goalsByArea[try row.uuid("area_id"), default: []].append((try row.uuid("id"), try row.decode(column: "title", as: LocalizedText.self)))
            }
        }
        return areas.enumerated().flatMap { index, area in
            [TimePurposeChoice(value: "area:" + area.id!.uuidString, label: "\(index + 1). " + (localizer.text(area.title)?.text ?? "–"), isGoal: false)]
                + (goalsByArea[area.id!] ?? []).map {
                    TimePurposeChoice(value: "goal:" + $0.id.uuidString, label: localizer.text($0.title)?.text ?? "–", isGoal: true)
                }
        }
    }

    static func yearBounds(_ year: Int, timeZone: TimeZone) -> (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 0)
        let end = calendar.date(from: DateComponents(year: year + 1, month: 1, day: 1)) ?? start
        return (start, end)
    }

    /// The programme's working time in `year`, by source, area and month.
    static func summary(year: Int, in tenant: TenantDatabase, timeZone: TimeZone) async throws -> WorkingTimeSummary {
        WorkingTimeSummary(try await records(year: year, in: tenant, timeZone: timeZone))
    }

    /// The programme's working time in `year` as the database groups it: one record per event
    /// and management level, per held session and level, and per day, area, goal and level of
    /// logged work — never one per attendance or entry.
    /// `withGoals`: whether to read which goals each event served (the goal table needs it;
    /// the annual report does not).
    /// `attendance`, `links`: the year's `attendance(start:end:in:)` and `links(_:)` when the
    /// caller has read them already.
    static func records(
        year: Int, in tenant: TenantDatabase, timeZone: TimeZone, withGoals: Bool = true, attendance: EventAttendance? = nil, links known: Links? = nil
    ) async throws -> [WorkingTimeSummary.Record] {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let (start, end) = yearBounds(year, timeZone: timeZone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let organisationID = tenant.organisationID
        let links: Links
        if let known { links = known } else { links = try await Self.links(tenant) }
        let goalAreas = links.goalAreas
        var records: [WorkingTimeSummary.Record] = []

        let eventGoals = withGoals ? try await eventGoals(start: start, end: end, in: tenant) : [:]
        // The year's events, then who attended them by event and management level.
        let events = try await sql.resultRows(
            """
            SELECT id, starts_at, ends_at, area_id, preparation_minutes FROM events
            WHERE organisation_id = \(bind: organisationID) AND starts_at >= \(bind: start) AND starts_at < \(bind: end)
            """
        )
        let attendedByEvent: EventAttendance
        if let attendance { attendedByEvent = attendance } else { attendedByEvent = try await Self.attendance(start: start, end: end, in: tenant) }
        for row in events {
            let id = try row.uuid("id")
            let startsAt = try row.decode(column: "starts_at", as: Date.self), endsAt = try row.decode(column: "ends_at", as: Date.self)
            let month = calendar.component(.month, from: startsAt), area = try row.optionalUUID("area_id")
            let goals = eventGoals[id] ?? []
            for (level, attended) in attendedByEvent.byEvent[id]?.attendedByLevel ?? [:] {
                records.append(
                    .init(
                        .events, month: month, areaID: area, minutes: EventTime.participantMinutes(from: startsAt, to: endsAt, attended: attended),
                        level: level, eventID: id, goalIDs: goals))
            }
            if let preparation = try row.decode(column: "preparation_minutes", as: Int?.self), preparation > 0 {
                records.append(.init(.preparation, month: month, areaID: area, minutes: preparation, eventID: id, goalIDs: goals))
            }
        }

        let sessions = try await sql.resultRows(
            """
            SELECT s.id, s.starts_at, s.minutes, s.engagement_id, pe.management_level, COUNT(a.id) AS took_part
            FROM coaching_sessions s JOIN coaching_session_attendees a ON a.session_id = s.id LEFT JOIN people pe ON pe.id = a.person_id
            WHERE s.organisation_id = \(bind: organisationID) AND s.status = 'held' AND s.starts_at >= \(bind: start) AND s.starts_at < \(bind: end)
            GROUP BY s.id, s.starts_at, s.minutes, s.engagement_id, pe.management_level
            """
        )
        for row in sessions {
            let startsAt = try row.decode(column: "starts_at", as: Date.self), engagement = try row.uuid("engagement_id")
            let minutes = TimeArithmetic.product(try row.decode(column: "minutes", as: Int.self), try row.decode(column: "took_part", as: Int.self))
            records.append(
                .init(
                    .coaching, month: calendar.component(.month, from: startsAt), areaID: links.engagementAreas[engagement], minutes: minutes,
                    level: try row.managementLevel(), goalIDs: links.engagementGoals[engagement] ?? []))
        }

        // Grouped by month in the database (a day's entries have their own timestamps, so
        // grouping by date grouped next to nothing). PostgreSQL sums a BIGINT column as NUMERIC:
        // cast back to read it as an Int.
        let entries = try await sql.resultRows(
            """
            SELECT \(Self.month(of: "t.date", year: year, calendar: calendar)) AS month, t.area_id, t.goal_id, pe.management_level,
              CAST(SUM(t.minutes) AS BIGINT) AS minutes
            FROM time_entries t LEFT JOIN people pe ON pe.id = t.person_id
            WHERE t.organisation_id = \(bind: organisationID) AND t.date >= \(bind: start) AND t.date < \(bind: end)
            GROUP BY 1, t.area_id, t.goal_id, pe.management_level
            """
        )
        for row in entries {
            let goal = try row.optionalUUID("goal_id")
            let area = try row.optionalUUID("area_id") ?? goal.flatMap { goalAreas[$0] }
            records.append(
                .init(
                    .logged, month: try row.decode(column: "month", as: Int.self), areaID: area,
                    minutes: try row.decode(column: "minutes", as: Int.self), level: try row.managementLevel(), goalIDs: goal.map { [$0] } ?? []))
        }
        return records
    }

    /// The month (1–12) of `year` that `column` (a timestamp of that year) falls in, in the
    /// calendar's time zone, as SQL both engines run: the months' first moments are worked out
    /// here and bound. `column` is a fixed expression of Roder's own, never input.
    static func month(of column: String, year: Int, calendar: Calendar) -> SQLQueryString {
        var expression: SQLQueryString = "CASE"
        for month in 2...12 {
            let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? .distantFuture
            expression += " WHEN \(unsafeRaw: column) < \(bind: first) THEN \(unsafeRaw: String(month - 1))"
        }
        expression += " ELSE 12 END"
        return expression
    }

    /// Who was invited to and who attended the events starting in a range.
    struct EventAttendance {
        struct Counts {
            var invited = 0
            var attended = 0
            /// Check-ins by the person's management level; nil: a level Roder does not know.
            var attendedByLevel: [ManagementLevel?: Int] = [:]
        }

        var byEvent: [UUID: Counts] = [:]

        func invited(_ event: UUID) -> Int { byEvent[event]?.invited ?? 0 }
        func attended(_ event: UUID) -> Int { byEvent[event]?.attended ?? 0 }
    }

    /// The invitations and check-ins of the events starting in `start..<end`, counted by the
    /// database per event, check-ins also per management level: what working time derives
    /// from and the report's attendance. The participants are read in event order from
    /// `event_participants_event_attendance` and each level is a set of people looked up once
    /// per check-in — at national scale a third cheaper on SQLite than joining every
    /// invitation to its person and grouping by event and level.
    static func attendance(start: Date, end: Date, in tenant: TenantDatabase) async throws -> EventAttendance {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let organisationID = tenant.organisationID
        var query: SQLQueryString = "SELECT p.event_id, COUNT(*) AS invited, COUNT(p.checked_in_at) AS attended"
        for level in ManagementLevel.allCases {
            // The alias is the level's own (fixed) name; the value is bound.
            query +=
                """
                , COUNT(CASE WHEN p.person_id IN (SELECT id FROM people WHERE organisation_id = \(bind: organisationID) \
                AND management_level = \(bind: level.rawValue)) THEN p.checked_in_at END) AS \(ident: "attended_" + level.rawValue)
                """
        }
        query +=
            """
             FROM event_participants p WHERE p.event_id IN (SELECT id FROM events WHERE organisation_id = \(bind: organisationID) \
            AND starts_at >= \(bind: start) AND starts_at < \(bind: end)) GROUP BY p.event_id
            """
        var attendance = EventAttendance()
        for row in try await sql.resultRows(query) {
            var counts = EventAttendance.Counts(
                invited: try row.decode(column: "invited", as: Int.self), attended: try row.decode(column: "attended", as: Int.self))
            var known = 0
            for level in ManagementLevel.allCases {
                let attended = try row.decode(column: "attended_" + level.rawValue, as: Int.self)
                if attended > 0 { counts.attendedByLevel[level] = attended }
                known += attended
            }
            if counts.attended > known { counts.attendedByLevel[nil] = counts.attended - known }
            attendance.byEvent[try row.uuid("event_id")] = counts
        }
        return attendance
    }

    /// What time and costs tied to a goal or a coaching engagement roll up to.
    struct Links {
        /// Each goal's development area.
        var goalAreas: [UUID: UUID]
        var engagementAreas: [UUID: UUID]
        var engagementGoals: [UUID: [UUID]]
    }

    static func links(_ tenant: TenantDatabase) async throws -> Links {
        let goalAreas = try await StrategyQuery.goalAreas(tenant)
        let engagements = try await engagementLinks(tenant, goalAreas: goalAreas)
        return Links(goalAreas: goalAreas, engagementAreas: engagements.areas, engagementGoals: engagements.goals)
    }

    /// Each coaching engagement's development area (its first linked area, or its first linked
    /// goal's) and its linked goals.
    static func engagementLinks(_ tenant: TenantDatabase, goalAreas: [UUID: UUID]) async throws -> (areas: [UUID: UUID], goals: [UUID: [UUID]]) {
        var areas: [UUID: UUID] = [:]
        var goals: [UUID: [UUID]] = [:]
        for link in try await tenant.query(CoachingLink.self).all() {
            if areas[link.$engagement.id] == nil, let area = link.areaID ?? link.goalID.flatMap({ goalAreas[$0] }) { areas[link.$engagement.id] = area }
            if let goal = link.goalID { goals[link.$engagement.id, default: []].append(goal) }
        }
        return (areas, goals)
    }

    /// The result goals of the events starting in a range, by event.
    static func eventGoals(start: Date, end: Date, in tenant: TenantDatabase) async throws -> [UUID: [UUID]] {
        let rows = try await tenant.select(from: EventRecord.schema).columns("id", "goal_ids").where("starts_at", .greaterThanOrEqual, start)
            .where("starts_at", .lessThan, end).where("goal_ids", .isNot, SQLLiteral.null).rows()
        var goals: [UUID: [UUID]] = [:]
        for row in rows { if let ids = try row.decode(column: "goal_ids", as: StoredIDs?.self)?.ids { goals[try row.uuid("id")] = ids } }
        return goals
    }

    /// One person's time in `year`: events they attended, coaching sessions they took part in,
    /// and what they logged, newest first.
    static func personItems(
        _ personID: UUID, year: Int, in tenant: TenantDatabase, timeZone: TimeZone, localizer: Localizer, purposeLabels: [String: String],
        entriesEditable: Bool
    ) async throws -> [WorkingTimePage.MyItem] {
        let (start, end) = yearBounds(year, timeZone: timeZone)
        let attended = try await tenant.query(EventParticipant.self).filter(\.$person.$id == personID).filter(\.$checkedInAt != nil)
            .join(EventRecord.self, on: \EventParticipant.$event.$id == \EventRecord.$id)
            .filter(EventRecord.self, \.$startsAt >= start).filter(EventRecord.self, \.$startsAt < end).all()
        var items = try attended.map { participant in
            let event = try participant.joined(EventRecord.self)
            return WorkingTimePage.MyItem(
                date: event.startsAt, source: .events, what: localizer.text(event.title)?.text ?? "–",
                minutes: EventTime.lengthInMinutes(from: event.startsAt, to: event.endsAt))
        }
        let sessions = try await tenant.query(CoachingSessionAttendee.self).filter(\.$person.$id == personID)
            .join(CoachingSessionRecord.self, on: \CoachingSessionAttendee.$session.$id == \CoachingSessionRecord.$id)
            .filter(CoachingSessionRecord.self, \.$status == CoachingSessionStatus.held.rawValue)
            .filter(CoachingSessionRecord.self, \.$startsAt >= start).filter(CoachingSessionRecord.self, \.$startsAt < end).all()
            .map { try $0.joined(CoachingSessionRecord.self) }
        let engagementIDs = Array(Set(sessions.map { $0.$engagement.id }))
        let purposes =
            engagementIDs.isEmpty
            ? [:]
            : Dictionary(
                try await tenant.query(CoachingEngagement.self).filter(\.$id ~~ engagementIDs).all().map { ($0.id!, $0.purpose) },
                uniquingKeysWith: { first, _ in first })
        items += sessions.map {
            WorkingTimePage.MyItem(
                date: $0.startsAt, source: .coaching, what: purposes[$0.$engagement.id].flatMap { localizer.text($0)?.text } ?? "–",
                minutes: max(0, $0.minutes))
        }
        let entries = try await tenant.query(TimeEntry.self).filter(\.$person.$id == personID).filter(\.$date >= start).filter(\.$date < end).all()
        items += entries.map { entry in
            let purpose = entry.goalID.map { "goal:" + $0.uuidString } ?? entry.areaID.map { "area:" + $0.uuidString }
            let label = purpose.flatMap { purposeLabels[$0] } ?? localizer(.timePurposeProgramme)
            return WorkingTimePage.MyItem(
                date: entry.date, source: .logged, what: entry.note.isEmpty ? label : label + " – " + entry.note, minutes: entry.minutes,
                editableEntryID: entriesEditable ? entry.id : nil)
        }
        return items.sorted { $0.date > $1.date }
    }
}
