import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// The reads of the cost pages: a year's hourly rates, budget, external costs (with what
/// they belong to resolved to an area and goals) and the organisation's shares of shared
/// events, beside the working time `WorkingTimeQuery` derives.
enum CostQuery {
    /// The highest hourly cost a form takes: well above any municipal manager's.
    static let highestRate = Money(cents: 100_000)

    /// Whether `year` still takes costs, budgets and rates: locked with the programme's year.
    static func yearIsOpen(_ year: Int, _ request: Request) async throws -> Bool {
        try await yearIsOpen(year, of: try await StrategyQuery.programme(try request.tenant), request)
    }

    /// `yearIsOpen(_:_:)` when the current programme has been read already.
    static func yearIsOpen(_ year: Int, of programme: Programme?, _ request: Request) async throws -> Bool {
        let period = try await WorkingTimeQuery.period(year: year, programme: programme, in: try request.tenant)
        return period.acceptsMeasurements(at: request.now, in: request.timeZone)
    }

    /// The rates in force in `year` (those of the latest year up to it), by level key, and
    /// the year they were set for.
    static func rateRows(year: Int, in tenant: TenantDatabase) async throws -> (rates: [String: Int], from: Int?) {
        guard let from = try await tenant.query(HourlyRateRecord.self).filter(\.$year <= year).sort(\.$year, .descending).first()?.year
        else { return ([:], nil) }
        let rows = try await tenant.query(HourlyRateRecord.self).filter(\.$year == from).all()
        return (Dictionary(rows.map { ($0.level, $0.cents) }, uniquingKeysWith: { first, _ in first }), from)
    }

    static func rates(year: Int, in tenant: TenantDatabase) async throws -> HourlyRates? {
        let rows = try await rateRows(year: year, in: tenant).rates
        guard let standard = rows[HourlyRateRecord.standardLevel] else { return nil }
        var byLevel: [ManagementLevel: Money] = [:]
        for (key, cents) in rows { if let level = ManagementLevel(rawValue: key) { byLevel[level] = Money(cents: cents) } }
        return HourlyRates(standard: Money(cents: standard), byLevel: byLevel)
    }

    static func budget(year: Int, in tenant: TenantDatabase) async throws -> YearBudget {
        var budget = YearBudget()
        for row in try await tenant.query(BudgetRecord.self).filter(\.$year == year).all() {
            if let area = row.areaID { budget.byArea[area] = Money(cents: row.cents) } else { budget.total = Money(cents: row.cents) }
        }
        return budget
    }

    /// The current programme's open areas in order: what budgets and costs are set for.
    static func areas(_ tenant: TenantDatabase) async throws -> [(id: UUID, title: LocalizedText)] {
        guard let programme = try await StrategyQuery.programme(tenant) else { return [] }
        return try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).filter(\.$archivedAt == nil)
            .sort(\.$position).all().map { (id: $0.id!, title: $0.title) }
    }

    /// What a new cost of `year` can belong to: the open areas, the year's events, the engagements.
    static func targets(year: Int, in tenant: TenantDatabase, timeZone: TimeZone, localizer: Localizer) async throws -> [CostTargetChoice] {
        let (start, end) = WorkingTimeQuery.yearBounds(year, timeZone: timeZone)
        let areas = try await areas(tenant).enumerated().map { index, area in
            CostTargetChoice(value: CostTarget(areaID: area.id).value, label: localizer(.costTargetArea("\(index + 1). " + title(area.title, localizer))))
        }
        let events = try await tenant.query(EventRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).sort(\.$startsAt).all()
            .map { event in
                CostTargetChoice(
                    value: CostTarget(eventID: event.id).value,
                    label: localizer(.costTargetEvent(localizer.date(event.startsAt) + " " + title(event.title, localizer))))
            }
        let engagements = try await tenant.query(CoachingEngagement.self).sort(\.$createdAt).all().map { engagement in
            CostTargetChoice(
                value: CostTarget(engagementID: engagement.id).value, label: localizer(.costTargetEngagement(title(engagement.purpose, localizer))))
        }
        return areas + events + engagements
    }

    /// The label of one target, for a cost whose target is no longer offered.
    static func targetLabel(_ target: CostTarget, in tenant: TenantDatabase, localizer: Localizer) async throws -> String? {
        if let event = try await tenant.find(EventRecord.self, target.eventID) {
            return localizer(.costTargetEvent(localizer.date(event.startsAt) + " " + title(event.title, localizer)))
        }
        if let engagement = try await tenant.find(CoachingEngagement.self, target.engagementID) {
            return localizer(.costTargetEngagement(title(engagement.purpose, localizer)))
        }
        if let area = try await tenant.find(DevelopmentArea.self, target.areaID) { return localizer(.costTargetArea(title(area.title, localizer))) }
        return nil
    }

    private static func title(_ text: LocalizedText, _ localizer: Localizer) -> String {
        localizer.text(text)?.text ?? "–"
    }

    /// A year of costs as the cost page shows it.
    struct YearView {
        var costs: ProgrammeCosts
        var ratesSet: Bool
        var areas: [(id: UUID, title: LocalizedText)]
        var events: [(id: UUID, title: LocalizedText, date: Date)]
        var goals: [(id: UUID, title: LocalizedText)]
        var external: [CostsPage.ExternalRow]
    }

    static func year(_ year: Int, in tenant: TenantDatabase, timeZone: TimeZone, localizer: Localizer) async throws -> YearView {
        let (start, end) = WorkingTimeQuery.yearBounds(year, timeZone: timeZone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let linked = try await WorkingTimeQuery.links(tenant)
        let time = try await WorkingTimeQuery.records(year: year, in: tenant, timeZone: timeZone, links: linked)
        let rates = try await rates(year: year, in: tenant)
        let budget = try await budget(year: year, in: tenant)
        let costs = try await tenant.query(ExternalCost.self).filter(\.$date >= start).filter(\.$date < end).sort(\.$date).all()

        // The year's events, and those of other years the year's invoices are for.
        var events = try await CostEvent.read(
            try tenant.select(from: EventRecord.schema).where("starts_at", .greaterThanOrEqual, start)
                .where("starts_at", .lessThan, end))
        let known = Set(events.map(\.id))
        let referenced = Set(costs.compactMap(\.eventID)).subtracting(known)
        if !referenced.isEmpty {
            events += try await CostEvent.read(try tenant.select(from: EventRecord.schema).where("id", .in, SQLBind.group(Array(referenced))))
        }
        let eventsByID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let engagementIDs = Array(Set(costs.compactMap(\.engagementID)))
        let engagements =
            engagementIDs.isEmpty
            ? [:]
            : Dictionary(
                try await tenant.query(CoachingEngagement.self).filter(\.$id ~~ engagementIDs).all().map { ($0.id!, $0.purpose) },
                uniquingKeysWith: { first, _ in first })
        let areaTitles = try await areaTitles(tenant, including: Set(time.compactMap(\.areaID)).union(costs.compactMap(\.areaID)))

        var items: [ExternalCostItem] = []
        var rows: [CostsPage.ExternalRow] = []
        for cost in costs {
            let event = cost.eventID.flatMap { eventsByID[$0] }
            let area = cost.areaID ?? event?.areaID ?? cost.engagementID.flatMap { linked.engagementAreas[$0] }
            let goals = event?.goalIDs ?? cost.engagementID.flatMap { linked.engagementGoals[$0] } ?? []
            items.append(
                ExternalCostItem(
                    month: calendar.component(.month, from: cost.date), amount: Money(cents: cost.amountCents), category: cost.costCategory, areaID: area,
                    eventID: cost.eventID, goalIDs: goals))
            let target: String =
                if let event {
                    localizer(.costTargetEvent(title(event.title, localizer)))
                } else if let engagement = cost.engagementID.flatMap({
                    engagements[$0]
                }) {
                    localizer(.costTargetEngagement(title(engagement, localizer)))
                } else if let areaID = cost.areaID,
                    let areaTitle = areaTitles.first(where: {
                        $0.id == areaID
                    })
                { localizer(.costTargetArea(title(areaTitle.title, localizer))) } else { localizer(.costTargetProgramme) }
            rows.append(
                CostsPage.ExternalRow(
                    id: cost.id, date: cost.date, supplier: cost.supplier, category: cost.costCategory, target: target, description: cost.costDescription,
                    amount: Money(cents: cost.amountCents), vat: Money(cents: cost.vatCents)))
        }
        for share in try await sharedEventShares(events.filter { $0.startsAt >= start && $0.startsAt < end }, in: tenant) {
            items.append(
                ExternalCostItem(
                    month: calendar.component(.month, from: share.event.startsAt), amount: share.amount, category: .sharedEvent,
                    areaID: share.event.areaID, eventID: share.event.id, goalIDs: share.event.goalIDs ?? []))
            rows.append(
                CostsPage.ExternalRow(
                    id: nil, date: share.event.startsAt, supplier: localizer(.costSharedSupplier),
                    category: .sharedEvent, target: localizer(.costTargetEvent(title(share.event.title, localizer))), description: "",
                    amount: share.amount, vat: .zero))
        }

        let programmeCosts = ProgrammeCosts(time: time, rates: rates ?? HourlyRates(standard: .zero), external: items, budget: budget)
        let goalRows = try await goals(tenant, areaOrder: areaTitles.map(\.id))
        return YearView(
            costs: programmeCosts, ratesSet: rates != nil, areas: areaTitles,
            events: events.sorted { $0.startsAt < $1.startsAt }.map { (id: $0.id, title: $0.title, date: $0.startsAt) }, goals: goalRows,
            external: rows.sorted { $0.date < $1.date })
    }

    /// The year's costs by area and month against the budget, without the cost page's lists
    /// (events, goals, invoice rows): what the annual report needs, read in a few grouped queries.
    static func programmeCosts(
        year: Int, in tenant: TenantDatabase, timeZone: TimeZone, attendance: WorkingTimeQuery.EventAttendance
    ) async throws -> ProgrammeCosts {
        let (start, end) = WorkingTimeQuery.yearBounds(year, timeZone: timeZone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let linked = try await WorkingTimeQuery.links(tenant)
        let time = try await WorkingTimeQuery.records(year: year, in: tenant, timeZone: timeZone, withGoals: false, attendance: attendance, links: linked)
        let rows = try await tenant.select(from: ExternalCost.schema).columns("date", "amount_cents", "category", "area_id", "event_id", "engagement_id")
            .where("date", .greaterThanOrEqual, start).where("date", .lessThan, end).rows()
        let eventIDs = try Set(rows.compactMap { try $0.optionalUUID("event_id") })
        var eventAreas: [UUID: UUID] = [:]
        if !eventIDs.isEmpty {
            for row in try await tenant.select(from: EventRecord.schema).columns("id", "area_id").where("id", .in, Array(eventIDs)).rows() {
                if let area = try row.optionalUUID("area_id") { eventAreas[try row.uuid("id")] = area }
            }
        }
        var items: [ExternalCostItem] = try rows.map { row in
            let event = try row.optionalUUID("event_id")
            let area =
                try row.optionalUUID("area_id") ?? event.flatMap { eventAreas[$0] } ?? row.optionalUUID("engagement_id").flatMap { linked.engagementAreas[$0] }
            return ExternalCostItem(
                month: calendar.component(.month, from: try row.decode(column: "date", as: Date.self)),
                amount: Money(cents: try row.decode(column: "amount_cents", as: Int.self)),
                category: CostCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .other, areaID: area, eventID: event)
        }
        let shared = try await CostEvent.read(
            try tenant.select(from: EventRecord.schema).where("shared_event_id", .isNot, SQLLiteral.null).where("starts_at", .greaterThanOrEqual, start)
                .where("starts_at", .lessThan, end))
        for share in try await sharedEventShares(shared, in: tenant) {
            items.append(
                ExternalCostItem(
                    month: calendar.component(.month, from: share.event.startsAt), amount: share.amount, category: .sharedEvent,
                    areaID: share.event.areaID, eventID: share.event.id))
        }
        let rates = try await rates(year: year, in: tenant) ?? HourlyRates(standard: .zero)
        return ProgrammeCosts(time: time, rates: rates, external: items, budget: try await budget(year: year, in: tenant))
    }

    /// The current programme's areas in order (archived ones too: their costs still count),
    /// then any other area the year's time or costs name.
    private static func areaTitles(_ tenant: TenantDatabase, including ids: Set<UUID>) async throws -> [(id: UUID, title: LocalizedText)] {
        var areas: [DevelopmentArea] = []
        if let programme = try await StrategyQuery.programme(tenant) {
            areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).sort(\.$position).all()
        }
        let missing = ids.subtracting(areas.compactMap(\.id))
        if !missing.isEmpty { areas += try await tenant.query(DevelopmentArea.self).filter(\.$id ~~ Array(missing)).all() }
        return areas.map { (id: $0.id!, title: $0.title) }
    }

    private static func goals(_ tenant: TenantDatabase, areaOrder: [UUID]) async throws -> [(id: UUID, title: LocalizedText)] {
        guard !areaOrder.isEmpty else { return [] }
        let position = Dictionary(areaOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = try await tenant.select(from: ResultGoal.schema).columns("id", "area_id", "position", "title")
            .where("area_id", .in, SQLBind.group(areaOrder)).rows()
        return try rows.map { row in
            (
                order: (position[try row.uuid("area_id")] ?? 0, try row.decode(column: "position", as: Int.self)), id: try row.uuid("id"),
                title: try row.decode(column: "title", as: LocalizedText.self)
            )
        }
        .sorted { $0.order < $1.order }.map { (id: $0.id, title: $0.title) }
    }

    /// An event as the cost pages read it: plain rows, as a year has hundreds of events.
    struct CostEvent {
        var id: UUID
        var title: LocalizedText
        var startsAt: Date
        var areaID: UUID?
        var goalIDs: [UUID]?
        var sharedEventID: UUID?

        /// The events `select` (already limited to the organisation) finds, in date order.
        static func read(_ select: SQLSelectBuilder) async throws -> [CostEvent] {
            try await select.columns("id", "title", "starts_at", "area_id", "goal_ids", "shared_event_id").orderBy("starts_at").rows().map { row in
                CostEvent(
                    id: try row.uuid("id"), title: try row.decode(column: "title", as: LocalizedText.self),
                    startsAt: try row.decode(column: "starts_at", as: Date.self), areaID: try row.optionalUUID("area_id"),
                    goalIDs: try row.decode(column: "goal_ids", as: StoredIDs?.self)?.ids, sharedEventID: try row.optionalUUID("shared_event_id"))
            }
        }
    }

    /// The organisation's share of what the operator paid for each shared event among
    /// `events`, split by attendance over all the organisations that took part. Only counts
    /// of other organisations are read, never who.
    static func sharedEventShares(_ events: [CostEvent], in tenant: TenantDatabase) async throws -> [(event: CostEvent, amount: Money)] {
        let shared = Dictionary(events.compactMap { event in event.sharedEventID.map { ($0, event) } }, uniquingKeysWith: { first, _ in first })
        guard !shared.isEmpty, let sql = tenant.database as? any SQLDatabase else { return [] }
        let costs = try await SharedEvent.query(on: tenant.database).filter(\.$id ~~ Array(shared.keys)).filter(\.$costCents > 0).all()
        guard !costs.isEmpty else { return [] }
        let attendance = try await SharedEventController.attendanceByOrganisation(costs.compactMap(\.id), on: sql)
        return costs.compactMap { sharedEvent in
            guard let id = sharedEvent.id, let event = shared[id] else { return nil }
            let shares = SharedCostSplit.shares(of: Money(cents: sharedEvent.costCents ?? 0), attendedByOrganisation: attendance[id] ?? [:])
            return shares[tenant.organisationID].map { (event, $0) }
        }
    }
}
