import Fluent
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// The start page: one section per role the user holds in their organisation.
struct HomeController: Sendable {
    func show(_ request: Request) async throws -> Response {
        guard request.state.organisation != nil else {
            if request.state.user?.isProgrammeOperator == true {
                return request.redirect(to: SiteRoute.operatorHome.path)
            }
            // Signed in but a member of no organisation: nothing to show but the account.
            return request.redirect(to: SiteRoute.account.path)
        }
        var model = try await HomeQuery.model(
            tenant: try request.tenant,
            roles: request.state.membership?.roles ?? [],
            personID: request.state.membership?.$person.id
        )
        try await HomeQuery.addCoachingAndCompetence(
            to: &model, tenant: try request.tenant, userID: request.state.principal?.userID, personID: request.state.membership?.$person.id,
            now: request.now)
        if !model.roles.isDisjoint(with: [.administrator, .programmeOwner]) {
            // A programme owner is one; an administrator's section has counted every role already.
            let owners = max(model.roles.contains(.programmeOwner) ? 1 : 0, model.userCountsByRole[.programmeOwner] ?? 0)
            model.checklist = try await HomeQuery.checklist(tenant: try request.tenant, now: request.now, programmeOwners: owners)
        }
        return request.html(HomePage.render(model, context: try await request.pageContext()))
    }
}

/// Builds the start page's model from the organisation's data; separate from HTTP so it
/// can be tested on its own.
enum HomeQuery {
    static func model(tenant: TenantDatabase, roles: Set<Role>, personID: UUID?) async throws -> HomePage.Model {
        var model = HomePage.Model(roles: roles, programme: nil, isLinkedToPerson: personID != nil)
        let needsProgramme = roles.contains(.programmeOwner) || roles.contains(.viewer) || roles.contains(.manager)
        if needsProgramme, let programme = try await StrategyQuery.programme(tenant) {
            guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
            let areas = try await tenant.query(DevelopmentArea.self)
                .filter(\.$programme.$id == programme.requireID())
                .filter(\.$archivedAt == nil)
                .sort(\.$position).all()
            // Plain rows, not models: the programme of a large town has hundreds of goals.
            let goals = try await StrategyQuery.openGoals(sql, organisationID: tenant.organisationID, programmeID: programme.requireID())
            let goalIDs = Set(goals.map(\.id))
            let responsibles = try await StrategyQuery.responsibles(sql, organisationID: tenant.organisationID)
                .filter { goalIDs.contains($0.goalID) }
            let peopleByGoal = Dictionary(grouping: responsibles, by: \.goalID)
            let areaTitles = Dictionary(uniqueKeysWithValues: areas.map { ($0.id!, $0.title) })

            func summary(_ goal: StrategyQuery.GoalRow) -> HomePage.GoalSummary {
                HomePage.GoalSummary(
                    id: goal.id,
                    title: goal.title,
                    areaTitle: areaTitles[goal.areaID] ?? LocalizedText(),
                    responsiblePersons: (peopleByGoal[goal.id] ?? []).map(\.name).sorted(),
                    status: goal.status
                )
            }
            model.programme = HomePage.ProgrammeOverview(
                name: programme.name, startYear: programme.startYear, endYear: programme.endYear,
                areas: areas.map { area in
                    HomePage.AreaSummary(title: area.title, goals: goals.filter { $0.areaID == area.id }.map(summary))
                }
            )
            if let personID {
                let mine = Set(responsibles.filter { $0.personID == personID }.map(\.goalID))
                model.responsibilities = goals.filter { mine.contains($0.id) }.map(summary)
                // The date of each one's latest report, so the manager sees what is stale.
                let latest = try await StrategyQuery.latestReports(sql, organisationID: tenant.organisationID, goals: mine)
                for index in model.responsibilities.indices {
                    model.responsibilities[index].lastReport = model.responsibilities[index].id.flatMap { latest[$0] }
                }
            }
        }
        if roles.contains(.administrator) {
            for membership in try await tenant.query(Membership.self).all() {
                for role in membership.roles { model.userCountsByRole[role, default: 0] += 1 }
            }
        }
        return model
    }

    /// A new organisation's start checklist; nil once the programme has held an event (one
    /// probe, so an organisation under way pays nothing more) or every step is taken.
    static func checklist(tenant: TenantDatabase, now: Date, programmeOwners: Int) async throws -> StartChecklist? {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let organisationID = tenant.organisationID
        let held = try await tenant.select(from: EventRecord.schema).column("id").where("ends_at", .lessThan, now).limit(1).rows()
        guard held.isEmpty else { return nil }
        let managerLevels = [ManagementLevel.top, .middle, .supervisor].map(\.rawValue)
        let counts = try await sql.resultRows(
            """
            SELECT
              (SELECT COUNT(*) FROM units WHERE organisation_id = \(bind: organisationID)) AS units,
              (SELECT COUNT(*) FROM people WHERE organisation_id = \(bind: organisationID) AND management_level IN (\(binds: managerLevels))
                 AND email IS NOT NULL AND email <> '') AS managers,
              (SELECT COUNT(DISTINCT m.person_id) FROM memberships m JOIN people p ON p.id = m.person_id
                 WHERE m.organisation_id = \(bind: organisationID) AND p.management_level IN (\(binds: managerLevels))
                 AND p.email IS NOT NULL AND p.email <> '') AS managers_with_accounts,
              (SELECT COUNT(*) FROM result_goals WHERE organisation_id = \(bind: organisationID)) AS goals,
              (SELECT COUNT(*) FROM events WHERE organisation_id = \(bind: organisationID)) AS events
            """)
        guard let row = counts.first else { return nil }
        let facts = StartChecklist.Facts(
            units: try row.decode(column: "units", as: Int.self), managers: try row.decode(column: "managers", as: Int.self),
            managersWithAccounts: try row.decode(column: "managers_with_accounts", as: Int.self), programmeOwners: programmeOwners,
            hasProgramme: try await StrategyQuery.programme(tenant) != nil, goals: try row.decode(column: "goals", as: Int.self),
            events: try row.decode(column: "events", as: Int.self))
        return StartChecklist.isShown(for: facts) ? StartChecklist(facts) : nil
    }

    /// The coaching agendas (as coach, across the organisations the coach works for, and as
    /// coachee) and the self-assessments waiting for an answer.
    static func addCoachingAndCompetence(
        to model: inout HomePage.Model, tenant: TenantDatabase, userID: UUID?, personID: UUID?, now: Date
    )
        async throws
    {
        if model.roles.contains(.coach), let userID {
            // The agenda is of engagements under way: a coach's ended ones pile up over the years.
            let coached = try await tenant.query(CoachingEngagement.self).filter(\.$coach.$id == userID)
                .filter(\.$state != EngagementState.ended.rawValue).all()
            var agenda = try await CoachingQuery.agenda(
                coached, readers: Dictionary(uniqueKeysWithValues: coached.map { ($0.id!, .coach) }), in: tenant, now: now)
            agenda.elsewhere = try await CoachingQuery.elsewhere(coach: userID, besides: tenant.organisationID, on: tenant.database, now: now)
            model.asCoach = agenda
        }
        guard let personID else { return }
        let participations = try await CoachingQuery.participations(of: personID, in: tenant)
        if !participations.isEmpty {
            let engagements = try await tenant.query(CoachingEngagement.self).filter(\.$id ~~ Array(participations))
                .filter(\.$state != EngagementState.ended.rawValue).all()
            model.asCoachee = try await CoachingQuery.agenda(
                engagements, readers: Dictionary(uniqueKeysWithValues: engagements.map { ($0.id!, .participant(personID: personID)) }), in: tenant,
                now: now)
        }
        let waiting = try await tenant.query(AssessmentInvitee.self).filter(\.$person.$id == personID).filter(\.$answeredAt == nil).all()
        if !waiting.isEmpty {
            model.openSelfAssessments = try await tenant.query(AssessmentRound.self).filter(\.$id ~~ waiting.map { $0.$round.id }).all()
                .filter { $0.window.isOpen(at: now) }
                .map { CompetenceAreaPage.OpenRound(id: $0.id!, name: $0.name, lastDay: $0.closesOn, answered: false) }
        }
    }
}
