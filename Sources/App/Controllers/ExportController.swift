import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// Every list as CSV or Excel (`?format=xlsx`), with the columns of its page and headers in the
/// reader's language (`ExportTable`). Each list reads what its page shows to the same roles
/// (the route's access rule); feedback only as aggregates from k answers, never an answer.
struct ExportController: Sendable {
    /// The handler of one list: builds its table and answers with it as a file.
    func handler(_ build: @escaping @Sendable (Request) async throws -> ExportTable) -> @Sendable (Request) async throws -> Response {
        { request in
            let format = request.query[String.self, at: "format"].flatMap(ExportTable.Format.init(rawValue:)) ?? .csv
            let table = try await build(request)
            let language = request.localizer().language
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: format.contentType)
            headers.contentDisposition = .init(
                .attachment, filename: ExportTable.fileName(table.title, day: CalendarDay.string(request.now, in: request.timeZone), format: format))
            // Lists carry names and results: never kept in a browser's or a proxy's cache.
            headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return Response(status: .ok, headers: headers, body: .init(data: try table.data(format, language: language)))
        }
    }

    static func day(_ date: Date?, _ request: Request) -> ExportTable.Value {
        date.map { .day(CalendarDay.string($0, in: request.timeZone)) } ?? .empty
    }

    static func text(_ value: LocalizedText?, _ localizer: Localizer) -> ExportTable.Value {
        value.flatMap { localizer.text($0)?.text }.map(ExportTable.Value.text) ?? .empty
    }

    // MARK: - Organisation

    /// Units in the import's own columns, so a list can be edited and imported again.
    static func units(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let units = try await tenant.query(OrganisationUnit.self).filter(\.$retiredAt == nil).all()
        let codes = Dictionary(units.map { ($0.id!, $0.code ?? "") }, uniquingKeysWith: { first, _ in first })
        let managers = try await names(of: units.compactMap { $0.$manager.id }, in: tenant)
        let rows: [[ExportTable.Value]] = units.sorted { ($0.code ?? "", $0.id!.uuidString) < ($1.code ?? "", $1.id!.uuidString) }.map { unit in
            [
                .text(unit.code ?? ""), .text(unit.name[.swedish] ?? ""), .text(unit.name[.finnish] ?? ""), .text(unit.name[.english] ?? ""),
                .text(unit.$parent.id.flatMap { codes[$0] } ?? ""), .text(l(UnitKind(rawValue: unit.kind)?.titleKey ?? .unitKindUnit)),
                .text(unit.$manager.id.flatMap { managers[$0] } ?? ""), .integer(unit.headcount),
            ]
        }
        return ExportTable(
            title: l(.exportUnits),
            headers: [
                l(.fieldUnitCode), l(.fieldUnitNameSwedish), l(.fieldUnitNameFinnish), l(.fieldUnitNameEnglish), l(.fieldParentUnitCode),
                l(.fieldUnitKind), l(.orgManager), l(.fieldUnitHeadcount),
            ], rows: rows)
    }

    static func people(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let units = Dictionary(
            try await tenant.query(OrganisationUnit.self).all().map { ($0.id!, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [[ExportTable.Value]] = try await tenant.query(Person.self).sort(\.$name).all().map { person in
            let unit = person.unitID.flatMap { units[$0] }
            return [
                .text(person.externalID ?? ""), .text(person.name), .text(person.title ?? ""), .text(person.email ?? ""),
                .text(ManagementLevel(rawValue: person.managementLevel).map { l($0.titleKey) } ?? person.managementLevel),
                .text(unit?.code ?? ""), text(unit?.name, l),
            ]
        }
        return ExportTable(
            title: l(.exportPeople),
            headers: [
                l(.fieldPersonID), l(.fieldPersonName), l(.fieldPersonTitle), l(.fieldPersonEmail), l(.fieldManagementLevel), l(.fieldUnitCode),
                l(.columnUnit),
            ], rows: rows)
    }

    /// Every manager with units, span and people in line.
    static func managers(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        guard let organisation = try await Organisation.find(tenant.organisationID, on: request.db) else { throw Abort(.notFound) }
        let loaded = try await OrganisationQuery.load(tenant, targetBand: organisation.spanTarget)
        let rows: [[ExportTable.Value]] = loaded.report.managers.map { load in
            let person = loaded.managers[load.personID]
            return [
                .text(person?.name ?? ""), .text(person?.title ?? ""),
                .text(load.unitIDs.compactMap { loaded.structure.units[$0].flatMap { l.text($0.name)?.text } }.joined(separator: ", ")),
                .integer(load.span), .integer(load.peopleInLine),
            ]
        }
        return ExportTable(
            title: l(.exportManagers), headers: [l(.orgManager), l(.fieldPersonTitle), l(.orgUnits), l(.orgSpan), l(.orgPeopleInLine)], rows: rows)
    }

    // MARK: - Strategy

    /// The current programme's goals in area order, with status, responsible persons and dates.
    static func goals(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let (areas, goals) = try await programmeGoals(tenant)
        let responsibles = Dictionary(grouping: try await tenant.query(GoalResponsible.self).with(\.$person).all(), by: { $0.$goal.id })
        let rows: [[ExportTable.Value]] = goals.map { goal in
            [
                text(areas[goal.$area.id]?.title, l), text(goal.title, l), .text(l(goal.status.titleKey)),
                .text((responsibles[goal.id!] ?? []).map(\.person.name).sorted().joined(separator: ", ")), day(goal.startDate, request),
                day(goal.endDate, request),
            ]
        }
        return ExportTable(
            title: l(.exportGoals),
            headers: [l(.developmentArea), l(.resultGoal), l(.status), l(.responsiblePersons), l(.goalStart), l(.goalEnd)], rows: rows)
    }

    static func indicators(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let (areas, goals) = try await programmeGoals(tenant)
        let indicators = Dictionary(grouping: try await tenant.query(Indicator.self).all(), by: { $0.$goal.id })
        let latest = Dictionary(
            grouping: try await tenant.query(MeasurementRecord.self).filter(\.$replacedAt == nil).sort(\.$date).all(), by: { $0.$indicator.id }
        ).compactMapValues(\.last)
        var rows: [[ExportTable.Value]] = []
        for goal in goals {
            for indicator in indicators[goal.id!] ?? [] {
                let last = latest[indicator.id!]
                rows.append([
                    text(areas[goal.$area.id]?.title, l), text(goal.title, l), text(indicator.name, l), .text(indicator.unit),
                    .decimal(indicator.baseline, digits: 2), .decimal(indicator.target, digits: 2), last.map { .decimal($0.value, digits: 2) } ?? .empty,
                    day(last?.date, request),
                ])
            }
        }
        return ExportTable(
            title: l(.exportIndicators),
            headers: [
                l(.developmentArea), l(.resultGoal), l(.indicatorColumn), l(.columnUnit), l(.indicatorBaseline), l(.indicatorTarget),
                l(.columnLatest), l(.columnLatestDate),
            ], rows: rows)
    }

    /// Every current measurement, one row each, with its goal and indicator.
    static func measurements(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let (areas, goals) = try await programmeGoals(tenant)
        let indicators = Dictionary(grouping: try await tenant.query(Indicator.self).all(), by: { $0.$goal.id })
        let measurements = Dictionary(
            grouping: try await tenant.query(MeasurementRecord.self).filter(\.$replacedAt == nil).sort(\.$date).all(), by: { $0.$indicator.id })
        var rows: [[ExportTable.Value]] = []
        for goal in goals {
            for indicator in indicators[goal.id!] ?? [] {
                for value in measurements[indicator.id!] ?? [] {
                    rows.append([
                        text(areas[goal.$area.id]?.title, l), text(goal.title, l), text(indicator.name, l), day(value.date, request),
                        .decimal(value.value, digits: 2), .text(value.comment ?? ""),
                    ])
                }
            }
        }
        return ExportTable(
            title: l(.exportMeasurements),
            headers: [l(.developmentArea), l(.resultGoal), l(.indicatorColumn), l(.measurementDate), l(.measurementColumn), l(.goalComment)],
            rows: rows)
    }

    static func initiatives(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let initiatives = try await tenant.query(Initiative.self).filter(\.$archivedAt == nil).with(\.$owner).all()
        let milestones = Dictionary(grouping: try await tenant.query(MilestoneRecord.self).all(), by: { $0.$initiative.id })
        let links = Dictionary(grouping: try await tenant.query(InitiativeGoal.self).with(\.$goal).all(), by: { $0.$initiative.id })
        let rows: [[ExportTable.Value]] = initiatives.sorted { (l.text($0.title)?.text ?? "") < (l.text($1.title)?.text ?? "") }.map { initiative in
            let own = milestones[initiative.id!] ?? []
            let next = own.filter { $0.doneAt == nil }.map(\.due).min()
            return [
                text(initiative.title, l), .text(initiative.owner?.name ?? ""),
                .text(InitiativeStatus(rawValue: initiative.status).map { l($0.titleKey) } ?? initiative.status),
                .text((links[initiative.id!] ?? []).compactMap { l.text($0.goal.title)?.text }.joined(separator: ", ")),
                .integer(own.filter { $0.doneAt != nil }.count), .integer(own.count), day(next, request),
            ]
        }
        return ExportTable(
            title: l(.exportInitiatives),
            headers: [
                l(.initiativeTitle), l(.initiativeOwner), l(.status), l(.columnGoals), l(.columnMilestonesDone), l(.columnMilestones),
                l(.columnNextDue),
            ], rows: rows)
    }

    private static func programmeGoals(_ tenant: TenantDatabase) async throws -> (areas: [UUID: DevelopmentArea], goals: [ResultGoal]) {
        guard let programme = try await StrategyQuery.programme(tenant) else { return ([:], []) }
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).filter(\.$archivedAt == nil).all()
        let byID = Dictionary(areas.map { ($0.id!, $0) }, uniquingKeysWith: { first, _ in first })
        let goals = try await tenant.query(ResultGoal.self).filter(\.$area.$id ~~ areas.compactMap(\.id)).filter(\.$archivedAt == nil).all()
        return (byID, goals.sorted { (byID[$0.$area.id]?.position ?? 0, $0.position) < (byID[$1.$area.id]?.position ?? 0, $1.position) })
    }

    // MARK: - Events

    static func events(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let events = try await tenant.query(EventRecord.self).sort(\.$startsAt).all()
        let areas = Dictionary(try await tenant.query(DevelopmentArea.self).all().map { ($0.id!, $0.title) }, uniquingKeysWith: { first, _ in first })
        let counts = try await participantCounts(tenant)
        let rows: [[ExportTable.Value]] = events.map { event in
            let count = counts[event.id!] ?? (0, 0, 0)
            return [
                day(event.startsAt, request), .text(l.time(event.startsAt) + "–" + l.time(event.endsAt)), text(event.title, l),
                .text(l(event.eventKind.titleKey)), text(event.areaID.flatMap { areas[$0] }, l), .text(event.place ?? ""), .integer(count.invited),
                .integer(count.registered), .integer(count.attended),
                .decimal(WorkingTimeSummary.hours(EventTime.lengthInMinutes(from: event.startsAt, to: event.endsAt)), digits: 1),
            ]
        }
        return ExportTable(
            title: l(.exportEvents),
            headers: [
                l(.eventDate), l(.eventWhen), l(.eventColumn), l(.eventKind), l(.columnArea), l(.eventPlace), l(.columnInvited), l(.columnRegistered),
                l(.columnAttended), l(.timeHours),
            ], rows: rows)
    }

    /// Invited, registered and attended per event, counted by the database.
    static func participantCounts(_ tenant: TenantDatabase) async throws -> [UUID: (invited: Int, registered: Int, attended: Int)] {
        let rows = try await tenant.select(from: EventParticipant.schema)
            .column("event_id")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "invited")
            .column(SQLFunction("COUNT", args: SQLColumn("registered_at")), as: "registered")
            .column(SQLFunction("COUNT", args: SQLColumn("checked_in_at")), as: "attended")
            .groupBy("event_id").rows()
        var counts: [UUID: (Int, Int, Int)] = [:]
        for row in rows {
            counts[try row.uuid("event_id")] = (
                try row.decode(column: "invited", as: Int.self), try row.decode(column: "registered", as: Int.self),
                try row.decode(column: "attended", as: Int.self)
            )
        }
        return counts
    }

    /// Who attended which event: one row per person and event they were invited to.
    static func attendance(_ request: Request) async throws -> ExportTable {
        let l = request.localizer()
        let rows = try await participantRows(request).map { row in
            [row.day, row.event, row.person, row.unit, .text(l(row.participant.checkedInAt == nil ? .columnNo : .columnYes))]
                + [row.participant.checkedInAt.map { .text(l.dateTime($0)) } ?? .empty]
        }
        return ExportTable(
            title: l(.exportAttendance),
            headers: [l(.eventDate), l(.eventColumn), l(.columnPerson), l(.columnUnit), l(.columnAttended), l(.columnCheckedInAt)], rows: rows)
    }

    static func registrations(_ request: Request) async throws -> ExportTable {
        let l = request.localizer()
        let rows = try await participantRows(request).map { row in
            [row.day, row.event, row.person, row.unit, .text(l(row.participant.registration.columnKey))]
                + [row.participant.registeredAt.map { .text(l.dateTime($0)) } ?? .empty]
        }
        return ExportTable(
            title: l(.exportRegistrations),
            headers: [l(.eventDate), l(.eventColumn), l(.columnPerson), l(.columnUnit), l(.columnRegistration), l(.columnRegisteredAt)], rows: rows)
    }

    private struct ParticipantRow {
        let participant: EventParticipant
        let day: ExportTable.Value
        let event: ExportTable.Value
        let person: ExportTable.Value
        let unit: ExportTable.Value
    }

    private static func participantRows(_ request: Request) async throws -> [ParticipantRow] {
        let tenant = try request.tenant
        let l = request.localizer()
        let events = Dictionary(try await tenant.query(EventRecord.self).all().map { ($0.id!, $0) }, uniquingKeysWith: { first, _ in first })
        let people = Dictionary(try await tenant.query(Person.self).all().map { ($0.id!, $0) }, uniquingKeysWith: { first, _ in first })
        let units = Dictionary(
            try await tenant.query(OrganisationUnit.self).all().map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
        return try await tenant.query(EventParticipant.self).all().compactMap { participant in
            guard let event = events[participant.$event.id] else { return nil }
            let person = people[participant.$person.id]
            return ParticipantRow(
                participant: participant, day: day(event.startsAt, request), event: text(event.title, l), person: .text(person?.name ?? ""),
                unit: text(person?.unitID.flatMap { units[$0] }, l))
        }.sorted { ($0.participant.$event.id == $1.participant.$event.id) ? "\($0.person)" < "\($1.person)" : "\($0.day)\($0.event)" < "\($1.day)\($1.event)" }
    }

    /// Aggregated feedback of every event held: counts and rates always, means only from k
    /// respondents — never an answer.
    static func feedback(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let (threshold, questions) = try await EventController.feedbackSettings(tenant)
        let held = try await tenant.query(EventRecord.self).filter(\.$endsAt < request.now).sort(\.$startsAt).all()
        let released = try await ReleasedFeedback.answers(of: held.map { ($0.id!, tenant.organisationID) }, threshold: threshold, on: tenant.database)
        let attended = Dictionary(grouping: try await tenant.query(EventParticipant.self).filter(\.$checkedInAt != nil).all(), by: { $0.$event.id })
        let scales = questions.filter { $0.kind == .scale }
        let rows: [[ExportTable.Value]] = held.map { event in
            let summary = FeedbackSummary.summarise(
                released[event.id!]?.answers ?? [], eligible: attended[event.id!]?.count ?? 0, questions: questions, threshold: threshold,
                respondents: released[event.id!]?.stored)
            let means: [ExportTable.Value] = scales.map { question in
                summary.scales?.first { $0.questionKey == question.key }?.mean.map { .decimal($0, digits: 2) } ?? .empty
            }
            return [
                text(event.title, l), day(event.startsAt, request), .text(l(event.eventKind.titleKey)), .integer(summary.eligible),
                .integer(summary.respondents), summary.responseRate.map { .decimal($0 * 100, digits: 0) } ?? .empty,
            ] + means
        }
        return ExportTable(
            title: l(.exportFeedback),
            headers: [
                l(.eventColumn), l(.eventDate), l(.eventKind), l(.feedbackEligible), l(.feedbackRespondents), l(.feedbackResponseRate) + " (%)",
            ] + scales.map { l.text($0.text)?.text ?? $0.key }, rows: rows)
    }

    // MARK: - Working time and costs

    /// The year's working time: a row per event (participants' hours), held coaching session,
    /// event preparation and logged entry (with its person).
    static func time(_ request: Request) async throws -> ExportTable {
        let tenant = try request.tenant
        let l = request.localizer()
        let year = WorkingTimeController.chosenYear(request)
        let (start, end) = WorkingTimeQuery.yearBounds(year, timeZone: request.timeZone)
        let areas = Dictionary(try await tenant.query(DevelopmentArea.self).all().map { ($0.id!, $0.title) }, uniquingKeysWith: { first, _ in first })
        let goalAreas = try await StrategyQuery.goalAreas(tenant)
        let counts = try await participantCounts(tenant)
        var rows: [(date: Date, values: [ExportTable.Value])] = []
        for event in try await tenant.query(EventRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).all() {
            let attended = counts[event.id!]?.attended ?? 0
            let area = text(event.areaID.flatMap { areas[$0] }, l)
            if attended > 0 {
                let minutes = EventTime.participantMinutes(from: event.startsAt, to: event.endsAt, attended: attended)
                rows.append(
                    (
                        event.startsAt,
                        [
                            day(event.startsAt, request), .text(l(TimeSource.events.titleKey)), text(event.title, l), .integer(attended), .empty, area,
                            .decimal(WorkingTimeSummary.hours(minutes), digits: 2),
                        ]
                    ))
            }
            if let preparation = event.preparationMinutes, preparation > 0 {
                rows.append(
                    (
                        event.startsAt,
                        [
                            day(event.startsAt, request), .text(l(TimeSource.preparation.titleKey)), text(event.title, l), .empty, .empty, area,
                            .decimal(WorkingTimeSummary.hours(preparation), digits: 2),
                        ]
                    ))
            }
        }
        let links = try await WorkingTimeQuery.engagementLinks(tenant, goalAreas: goalAreas)
        let sessions = try await tenant.query(CoachingSessionRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end)
            .filter(\.$status == CoachingSessionStatus.held.rawValue).all()
        let tookPart = Dictionary(
            grouping: try await tenant.query(CoachingSessionAttendee.self).filter(\.$session.$id ~~ sessions.compactMap(\.id)).all(), by: { $0.$session.id })
        let purposes = Dictionary(
            try await tenant.query(CoachingEngagement.self).all().map { ($0.id!, $0.purpose) }, uniquingKeysWith: { first, _ in first })
        for session in sessions {
            let count = tookPart[session.id!]?.count ?? 0
            guard count > 0 else { continue }
            rows.append(
                (
                    session.startsAt,
                    [
                        day(session.startsAt, request), .text(l(TimeSource.coaching.titleKey)), text(purposes[session.$engagement.id], l), .integer(count),
                        .empty, text(links.areas[session.$engagement.id].flatMap { areas[$0] }, l),
                        .decimal(WorkingTimeSummary.hours(TimeArithmetic.product(session.minutes, count)), digits: 2),
                    ]
                ))
        }
        let people = Dictionary(try await tenant.query(Person.self).all().map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
        for entry in try await tenant.query(TimeEntry.self).filter(\.$date >= start).filter(\.$date < end).all() {
            let area = entry.areaID ?? entry.goalID.flatMap { goalAreas[$0] }
            rows.append(
                (
                    entry.date,
                    [
                        day(entry.date, request), .text(l(TimeSource.logged.titleKey)), .text(entry.note), .integer(1), .text(people[entry.$person.id] ?? ""),
                        text(area.flatMap { areas[$0] }, l), .decimal(WorkingTimeSummary.hours(entry.minutes), digits: 2),
                    ]
                ))
        }
        return ExportTable(
            title: l(.exportTime) + " \(year)",
            headers: [l(.timeDate), l(.timeSource), l(.timeWhat), l(.columnParticipants), l(.columnPerson), l(.columnArea), l(.timeHours)],
            rows: rows.sorted { $0.date < $1.date }.map(\.values))
    }

    /// The year's external costs as the cost view lists them, shares of shared forums included.
    static func costs(_ request: Request) async throws -> ExportTable {
        let l = request.localizer()
        let year = WorkingTimeController.chosenYear(request)
        let view = try await CostQuery.year(year, in: try request.tenant, timeZone: request.timeZone, localizer: l)
        let rows: [[ExportTable.Value]] = view.external.map { row in
            [
                day(row.date, request), .text(row.supplier), .text(l(row.category.titleKey)), .text(row.target), .text(row.description), .money(row.amount),
                .money(row.vat),
            ]
        }
        return ExportTable(
            title: l(.exportCosts) + " \(year)",
            headers: [l(.costDate), l(.costSupplier), l(.costCategory), l(.costTarget), l(.columnDescription), l(.costAmountShort), l(.costVAT)], rows: rows)
    }

    // MARK: - Administration

    /// The organisation's audit log, newest first, each change written out as on its page.
    static func auditLog(_ request: Request) async throws -> ExportTable {
        let l = request.localizer()
        let context = try await request.pageContext()
        let records = try await AuditRecord.query(on: request.db).filter(\.$organisationID == (try request.tenant.organisationID))
            .sort(\.$at, .descending).limit(50_000).all()
        let rows: [[ExportTable.Value]] = records.compactMap { record in
            record.entry.map { entry in [.text(l.dateTime(entry.at)), .text(entry.actorName ?? "–"), .text(AuditLogPage.describe(entry, context))] }
        }
        return ExportTable(title: l(.exportAuditLog), headers: [l(.auditWhen), l(.auditWho), l(.auditWhat)], rows: rows)
    }

    static func users(_ request: Request) async throws -> ExportTable {
        let l = request.localizer()
        // The list as the users page shows it, with the same filter.
        let filter = UserListFilter(
            role: request.query[String.self, at: "role"], unit: request.query[String.self, at: "unit"], status: request.query[String.self, at: "status"])
        let rows: [[ExportTable.Value]] = try await UsersController.listed(request, filter: filter).rows.map { user in
            [
                .text(user.name), .text(user.email), .text(Role.allCases.filter { user.roles.contains($0) }.map { l($0.titleKey) }.joined(separator: ", ")),
                .text(l(user.isActive ? .columnYes : .columnNo)), user.lastSignIn.map { .text(l.dateTime($0)) } ?? .empty,
            ]
        }
        return ExportTable(
            title: l(.exportUsers), headers: [l(.fieldPersonName), l(.fieldPersonEmail), l(.columnRoles), l(.columnActive), l(.columnLastSignIn)],
            rows: rows)
    }

    private static func names(of ids: [UUID], in tenant: TenantDatabase) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(
            try await tenant.query(Person.self).filter(\.$id ~~ Array(Set(ids))).all().map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}

extension Registration.State {
    /// The state as a list's column says it.
    var columnKey: Str {
        switch self {
        case .invited: .columnStateInvited
        case .registered: .columnStateRegistered
        case .waitlisted: .columnStateWaitlisted
        case .cancelled: .columnStateCancelled
        }
    }
}
