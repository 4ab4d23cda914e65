import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit

/// Reads a programme's goals, their latest values, reports and milestones with a handful of
/// plain SQL queries: the management-group view must stay fast for a programme of
/// hundreds of goals and tens of thousands of measurements (see docs/PERFORMANCE.md).
enum StrategyQuery {
    /// The programme the strategy pages show: `id` if given and the organisation's, else
    /// the one that started last.
    static func programme(_ tenant: TenantDatabase, id: UUID? = nil) async throws -> Programme? {
        if let id, let chosen = try await tenant.find(Programme.self, id) { return chosen }
        return try await tenant.query(Programme.self).sort(\.$startYear, .descending).first()
    }

    /// Every goal's development area, for rolling time and costs tied to a goal up to its area.
    static func goalAreas(_ tenant: TenantDatabase) async throws -> [UUID: UUID] {
        let rows = try await tenant.select(from: ResultGoal.schema).columns("id", "area_id").rows()
        return Dictionary(try rows.map { (try $0.uuid("id"), try $0.uuid("area_id")) }, uniquingKeysWith: { first, _ in first })
    }

    /// The titles of these goals, by id, read as plain rows.
    static func goalTitles(_ tenant: TenantDatabase, ids: [UUID]) async throws -> [UUID: LocalizedText] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await tenant.select(from: ResultGoal.schema).columns("id", "title").where("id", .in, SQLBind.group(ids)).rows()
        return Dictionary(try rows.map { (try $0.uuid("id"), try $0.decode(column: "title", as: LocalizedText.self)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The programme's open goals, "3. Title", in area and goal order: for linking goals.
    static func goalChoices(_ tenant: TenantDatabase, programme: Programme, localizer: Localizer) async throws -> [SelectChoice] {
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).filter(\.$archivedAt == nil)
            .sort(\.$position).all()
        let goals = try await tenant.query(ResultGoal.self).filter(\.$area.$id ~~ areas.compactMap(\.id)).filter(\.$archivedAt == nil).all()
        let areaIndex = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($1.id!, $0 + 1) })
        return goals.sorted { (areaIndex[$0.$area.id] ?? 0, $0.position) < (areaIndex[$1.$area.id] ?? 0, $1.position) }
            .map { SelectChoice(id: $0.id!, label: "\(areaIndex[$0.$area.id] ?? 0). " + (localizer.text($0.title)?.text ?? "–")) }
    }

    struct GoalRow {
        let id: UUID
        let areaID: UUID
        let title: LocalizedText
        let status: GoalStatus
        var lastReport: StatusReport?
    }

    struct Overview {
        var areas: [DevelopmentArea]
        var goals: [GoalRow]
        var responsibleNames: [UUID: [String]]
        /// Each goal's progress rolled up from its indicators' latest values.
        var goalProgress: [UUID: Double]
        var nextMilestones: [UUID: MilestoneNote]
        var initiatives: [ManagementGroupPage.InitiativeRow]
    }

    static func overview(_ tenant: TenantDatabase, programme: Programme, now: Date, timeZone: TimeZone) async throws -> Overview {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let programmeID = try programme.requireID(), organisationID = tenant.organisationID
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programmeID).filter(\.$archivedAt == nil)
            .sort(\.$position).all()

        let (goals, responsibleNames) = try await goalsAndResponsibles(sql, organisationID: organisationID, programmeID: programmeID)
        let goalProgress = try await progress(sql, organisationID: organisationID, programmeID: programmeID, method: programme.settings.rollUp)
        let (nextMilestones, initiativeRows) = try await initiatives(
            sql, organisationID: organisationID, programmeID: programmeID, now: now, timeZone: timeZone)
        return Overview(
            areas: areas, goals: goals, responsibleNames: responsibleNames, goalProgress: goalProgress,
            nextMilestones: nextMilestones, initiatives: initiativeRows)
    }

    /// The programme's goals, each with its latest status report, and the names of each goal's responsible persons.
    private static func goalsAndResponsibles(
        _ sql: any SQLDatabase, organisationID: UUID, programmeID: UUID
    ) async throws -> (goals: [GoalRow], responsibleNames: [UUID: [String]]) {
        let reports = try await latestReports(sql, organisationID: organisationID)
        let goals = try await openGoals(sql, organisationID: organisationID, programmeID: programmeID).map { goal in
            var goal = goal
            goal.lastReport = reports[goal.id]
            return goal
        }
        var responsibleNames: [UUID: [String]] = [:]
        for responsible in try await responsibles(sql, organisationID: organisationID) {
            responsibleNames[responsible.goalID, default: []].append(responsible.name)
        }
        return (goals, responsibleNames)
    }

    /// Each goal's latest status report (of `goals` only, when given): the report whose time
    /// is its goal's latest (one index lookup per report; joining on a correlated subquery is
    /// slow on PostgreSQL).
    static func latestReports(_ sql: any SQLDatabase, organisationID: UUID, goals: Set<UUID>? = nil) async throws -> [UUID: StatusReport] {
        if let goals, goals.isEmpty { return [:] }
        let onlyThese: SQLQueryString = goals.map { ids -> SQLQueryString in " AND u.goal_id IN (\(binds: Array(ids)))" } ?? ""
        var latestReports: [UUID: StatusReport] = [:]
        let reportRows = try await sql.resultRows(
            """
            SELECT u.goal_id, u.status, u.comment, u.author_name, u.at FROM goal_status_updates u
            WHERE u.organisation_id = \(bind: organisationID)\(onlyThese)
              AND u.at = (SELECT MAX(u2.at) FROM goal_status_updates u2 WHERE u2.goal_id = u.goal_id)
            """
        )
        for row in reportRows {
            let goalID = try row.decode(column: "goal_id", as: UUID.self)
            let statusCode = try row.decode(column: "status", as: String.self)
            guard latestReports[goalID] == nil, let status = GoalStatus(rawValue: statusCode) else { continue }
            let comment = try row.decode(column: "comment", as: String?.self)
            let author = try row.decode(column: "author_name", as: String.self)
            let at = try row.decode(column: "at", as: Date.self)
            latestReports[goalID] = StatusReport(status: status, comment: comment, author: author, at: at)
        }
        return latestReports
    }

    /// The programme's goals that are not archived, in an area that is not archived, in
    /// goal order (without their reports).
    static func openGoals(_ sql: any SQLDatabase, organisationID: UUID, programmeID: UUID) async throws -> [GoalRow] {
        let goalRows = try await sql.resultRows(
            """
            SELECT g.id, g.area_id, g.title, g.status
            FROM result_goals g
            JOIN development_areas a ON a.id = g.area_id
            WHERE g.organisation_id = \(bind: organisationID) AND a.programme_id = \(bind: programmeID)
              AND g.archived_at IS NULL AND a.archived_at IS NULL
            ORDER BY g.position
            """
        )
        return try goalRows.map { row in
            let statusCode = try row.decode(column: "status", as: String?.self)
            return GoalRow(
                id: try row.decode(column: "id", as: UUID.self), areaID: try row.decode(column: "area_id", as: UUID.self),
                title: try row.decode(column: "title", as: LocalizedText.self),
                status: statusCode.flatMap(GoalStatus.init(rawValue:)) ?? .notStarted, lastReport: nil)
        }
    }

    struct Responsible {
        let goalID: UUID
        let personID: UUID
        let name: String
    }

    /// Every goal's responsible persons in the organisation, by name.
    static func responsibles(_ sql: any SQLDatabase, organisationID: UUID) async throws -> [Responsible] {
        try await sql.resultRows(
            """
            SELECT r.goal_id, r.person_id, p.name FROM goal_responsibles r JOIN people p ON p.id = r.person_id
            WHERE r.organisation_id = \(bind: organisationID) ORDER BY p.name
            """
        ).map { row in
            Responsible(
                goalID: try row.decode(column: "goal_id", as: UUID.self), personID: try row.decode(column: "person_id", as: UUID.self),
                name: try row.decode(column: "name", as: String.self))
        }
    }

    /// Each goal's progress, rolled up from its indicators' latest values.
    private static func progress(_ sql: any SQLDatabase, organisationID: UUID, programmeID: UUID, method: RollUpMethod) async throws -> [UUID: Double] {
        // Each indicator's latest current value: one index lookup per indicator.
        var indicatorsByGoal: [UUID: [(IndicatorDefinition, Double?)]] = [:]
        for row in try await sql.resultRows(
            """
            SELECT i.goal_id, i.baseline, i.target, i.direction, i.weight,
                   (SELECT m.value FROM measurements m WHERE m.indicator_id = i.id AND m.replaced_at IS NULL
                    ORDER BY m.date DESC LIMIT 1) AS latest
            FROM indicators i
            JOIN result_goals g ON g.id = i.goal_id
            JOIN development_areas a ON a.id = g.area_id
            WHERE i.organisation_id = \(bind: organisationID) AND a.programme_id = \(bind: programmeID) AND i.archived_at IS NULL
            """
        ) {
            let definition = IndicatorDefinition(
                baseline: try row.decode(column: "baseline", as: Double.self), target: try row.decode(column: "target", as: Double.self),
                direction: PreferredDirection(rawValue: try row.decode(column: "direction", as: String.self)) ?? .up,
                weight: try row.decode(column: "weight", as: Double.self))
            let latest = try row.decode(column: "latest", as: Double?.self)
            indicatorsByGoal[try row.decode(column: "goal_id", as: UUID.self), default: []].append((definition, latest.map(definition.progress(of:))))
        }
        var goalProgress: [UUID: Double] = [:]
        for (goalID, indicators) in indicatorsByGoal {
            goalProgress[goalID] = RollUp.goal(indicators.map { (definition: $0.0, progress: $0.1) }, method: method)
        }

        return goalProgress
    }

    /// Each goal's next milestone, and the initiatives in order of urgency.
    private static func initiatives(
        _ sql: any SQLDatabase, organisationID: UUID, programmeID: UUID, now: Date, timeZone: TimeZone
    ) async throws -> (nextMilestones: [UUID: MilestoneNote], rows: [ManagementGroupPage.InitiativeRow]) {
        // Initiatives with their open milestones; each goal's next milestone is the earliest
        // open one of the initiatives linked to it. Plain SQL: Fluent's per-model cost showed.
        struct InitiativeItem {
            let id: UUID, title: LocalizedText, status: InitiativeStatus, owner: String?
        }
        var initiatives: [InitiativeItem] = []
        for row in try await sql.resultRows(
            """
            SELECT i.id, i.title, i.status, p.name AS owner FROM initiatives i LEFT JOIN people p ON p.id = i.owner_id
            WHERE i.organisation_id = \(bind: organisationID) AND i.programme_id = \(bind: programmeID) AND i.archived_at IS NULL
            """
        ) {
            initiatives.append(
                InitiativeItem(
                    id: try row.decode(column: "id", as: UUID.self), title: try row.decode(column: "title", as: LocalizedText.self),
                    status: InitiativeStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .planned,
                    owner: try row.decode(column: "owner", as: String?.self)))
        }
        var openMilestones: [UUID: [Milestone]] = [:]
        for row in try await sql.resultRows(
            """
            SELECT m.id, m.initiative_id, m.title, m.due FROM milestones m JOIN initiatives i ON i.id = m.initiative_id
            WHERE m.organisation_id = \(bind: organisationID) AND i.programme_id = \(bind: programmeID) AND m.done_at IS NULL
            """
        ) {
            let milestone = Milestone(
                id: try row.decode(column: "id", as: UUID.self), title: try row.decode(column: "title", as: LocalizedText.self),
                due: try row.decode(column: "due", as: Date.self))
            openMilestones[try row.decode(column: "initiative_id", as: UUID.self), default: []].append(milestone)
        }
        var nextByInitiative: [UUID: MilestoneNote] = [:]
        for initiative in initiatives {
            guard let next = Milestones.next(openMilestones[initiative.id] ?? []) else { continue }
            nextByInitiative[initiative.id] = MilestoneNote(
                title: next.title, due: next.due,
                isOverdue: next.isOverdue(at: now, in: timeZone))
        }
        var nextMilestones: [UUID: MilestoneNote] = [:]
        if !nextByInitiative.isEmpty {
            for row in try await sql.resultRows(
                """
                SELECT ig.initiative_id, ig.goal_id FROM initiative_goals ig WHERE ig.organisation_id = \(bind: organisationID)
                """
            ) {
                guard let note = nextByInitiative[try row.decode(column: "initiative_id", as: UUID.self)] else { continue }
                let goalID = try row.decode(column: "goal_id", as: UUID.self)
                if let current = nextMilestones[goalID], current.due <= note.due { continue }
                nextMilestones[goalID] = note
            }
        }
        func urgency(_ item: InitiativeItem) -> (Int, Date) { Milestones.urgency(item.status, nextDue: nextByInitiative[item.id]?.due) }
        let initiativeRows = initiatives.sorted { urgency($0) < urgency($1) }.map {
            ManagementGroupPage.InitiativeRow(id: $0.id, title: $0.title, owner: $0.owner, status: $0.status, nextMilestone: nextByInitiative[$0.id])
        }
        return (nextMilestones, initiativeRows)
    }

    /// The management-group page's model from the overview.
    static func managementGroupModel(_ overview: Overview, programme: Programme, canManage: Bool) -> ManagementGroupPage.Model {
        let thresholds = programme.settings.thresholds
        let goalsByArea = Dictionary(grouping: overview.goals, by: \.areaID)
        return ManagementGroupPage.Model(
            programmeName: programme.name, programmeID: programme.id, years: "\(programme.startYear)–\(programme.endYear)",
            areas: overview.areas.map { area in
                let goals = (goalsByArea[area.id!] ?? []).map { goal in
                    ManagementGroupPage.Goal(
                        id: goal.id, title: goal.title, responsiblePersons: overview.responsibleNames[goal.id] ?? [],
                        status: goal.status, lastReport: goal.lastReport, progress: overview.goalProgress[goal.id],
                        colour: thresholds.colour(for: overview.goalProgress[goal.id]),
                        nextMilestone: overview.nextMilestones[goal.id])
                }
                let progress = RollUp.average(goals.map(\.progress))
                return ManagementGroupPage.Area(title: area.title, goals: goals, progress: progress, colour: thresholds.colour(for: progress))
            },
            initiatives: overview.initiatives, thresholds: thresholds, canCreateGoals: canManage)
    }
}
