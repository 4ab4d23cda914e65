import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// Personal development plans. A plan is read through `PlanReader`: its owner writes it, their
/// coach reads it, their own manager reads it if shared; to everyone else it does not exist.
struct DevelopmentPlanController: Sendable {
    func mine(_ request: Request) async throws -> Response {
        guard let personID = request.state.personID else {
            return request.html(DevelopmentPlanPage.renderNotLinked(context: try await request.pageContext()))
        }
        return try await page(request, personID: personID)
    }

    func show(_ request: Request) async throws -> Response {
        guard let personID = request.parameters.uuid("personID") else { throw Abort(.notFound) }
        return try await page(request, personID: personID)
    }

    func addGoal(_ request: Request) async throws -> Response {
        let (tenant, personID) = try await owner(request)
        let fields = request.form.fields
        let text = fields["text", default: ""].trimmed
        let competenceID = try await validID(fields["competence"], of: CompetenceRecord.self, in: tenant)
        let resultGoalID = try await validID(fields["result-goal"], of: ResultGoal.self, in: tenant)
        let count = try await tenant.query(DevelopmentGoal.self).filter(\.$person.$id == personID).count()
        let error: Str? =
            !DevelopmentPlanLimits.textLength.contains(text.count)
            ? .planGoalRequired
            : count >= DevelopmentPlanLimits.goalsPerPlan ? .planFull : nil
        if let error {
            return try await page(
                request, personID: personID, typed: .init(form: "goal", fields: fields, error: request.localizer()(error)), status: .unprocessableEntity)
        }
        try await tenant.create(
            DevelopmentGoal(
                organisationID: tenant.organisationID, personID: personID, text: text, competenceID: competenceID, resultGoalID: resultGoalID,
                createdAt: request.now))
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.developmentPlan.path)
    }

    func addAction(_ request: Request) async throws -> Response {
        let (tenant, personID) = try await owner(request)
        guard let goal = try await tenant.find(DevelopmentGoal.self, request.parameters.uuid("developmentGoalID")), goal.$person.id == personID
        else { throw Abort(.notFound) }
        let fields = request.form.fields
        let text = fields["text", default: ""].trimmed
        let due = StrategyController.date(fields["due"], timeZone: request.application.config.timeZone)
        let count = try await tenant.query(DevelopmentAction.self).filter(\.$goal.$id == goal.requireID()).count()
        guard let due, DevelopmentPlanLimits.textLength.contains(text.count), count < DevelopmentPlanLimits.actionsPerGoal else {
            let error = request.localizer()(count >= DevelopmentPlanLimits.actionsPerGoal ? .planFull : .planTextRequired)
            return try await page(
                request, personID: personID, typed: .init(form: try goal.requireID().uuidString.lowercased(), fields: fields, error: error),
                status: .unprocessableEntity)
        }
        try await tenant.create(DevelopmentAction(organisationID: tenant.organisationID, goalID: try goal.requireID(), text: text, due: due, status: .planned))
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.developmentPlan.path)
    }

    func updateAction(_ request: Request) async throws -> Response {
        let (tenant, personID) = try await owner(request)
        guard let action = try await tenant.find(DevelopmentAction.self, request.parameters.uuid("developmentActionID")),
            let goal = try await tenant.find(DevelopmentGoal.self, action.$goal.id), goal.$person.id == personID
        else { throw Abort(.notFound) }
        guard let status = request.formField("status").flatMap(DevelopmentActionStatus.init(rawValue:)) else { throw Abort(.badRequest) }
        action.status = status.rawValue
        try await action.save(on: request.db)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.developmentPlan.path)
    }

    /// The owner shares the plan with their own manager, or stops sharing it.
    func share(_ request: Request) async throws -> Response {
        let (tenant, personID) = try await owner(request)
        let shared = request.formField("shared") == "1"
        if let setting = try await tenant.query(DevelopmentPlanSetting.self).filter(\.$person.$id == personID).first() {
            setting.sharedWithManager = shared
            try await setting.save(on: request.db)
        } else {
            try await tenant.create(DevelopmentPlanSetting(organisationID: tenant.organisationID, personID: personID, sharedWithManager: shared))
        }
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.developmentPlan.path)
    }

    // MARK: -

    /// The signed-in user's own plan: the only one they may change. A user who is not a person
    /// of the organisation has none (as an id that names nothing).
    private func owner(_ request: Request) async throws -> (TenantDatabase, UUID) {
        guard let personID = request.state.personID else { throw Abort(.notFound) }
        return (try request.tenant, personID)
    }

    /// An id chosen in a select, if it names a record of the organisation; nil when none was chosen.
    private func validID<M: Model & TenantOwned>(_ text: String?, of type: M.Type, in tenant: TenantDatabase) async throws -> UUID?
    where M.IDValue == UUID {
        guard let id = text.flatMap(UUID.init(uuidString:)) else { return nil }
        return try await tenant.find(M.self, id) == nil ? nil : id
    }

    private func page(_ request: Request, personID: UUID, typed: DevelopmentPlanPage.Typed? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        guard let owner = try await tenant.find(Person.self, personID), let userID = request.state.principal?.userID else { throw Abort(.notFound) }
        let access = try await PlanQuery.access(to: owner, in: tenant)
        let reader = PlanReader(
            viewerPersonID: request.state.personID, viewerUserID: userID, ownerPersonID: personID, coachUserIDs: Set(access.coaches.keys),
            ownerManagerPersonID: access.manager?.id, sharedWithManager: access.sharedWithManager)
        guard reader.mayRead else { throw Abort(.notFound) }
        let localizer = request.localizer()
        let goals = try await tenant.query(DevelopmentGoal.self).filter(\.$person.$id == personID).sort(\.$createdAt).all()
        let actions = Dictionary(
            grouping: try await tenant.query(DevelopmentAction.self).filter(\.$goal.$id ~~ goals.compactMap(\.id)).sort(\.$due).all(),
            by: { $0.$goal.id })
        let competences = try await CompetenceQuery.framework(in: tenant)
        let competenceNames = Dictionary(uniqueKeysWithValues: competences.map { ($0.id, $0.name) })
        var resultGoals: [SelectChoice] = []
        if let programme = try await StrategyQuery.programme(tenant) {
            resultGoals = try await StrategyQuery.goalChoices(tenant, programme: programme, localizer: localizer)
        }
        let resultGoalsByID = Dictionary(uniqueKeysWithValues: resultGoals.map { ($0.id, $0) })
        let model = DevelopmentPlanPage.Model(
            ownerName: owner.name, reader: reader,
            goals: goals.map { goal in
                DevelopmentPlanPage.Goal(
                    id: goal.id!, text: goal.text, competence: goal.competenceID.flatMap { competenceNames[$0] },
                    resultGoal: goal.resultGoalID.flatMap { resultGoalsByID[$0] },
                    actions: (actions[goal.id!] ?? []).map { .init(id: $0.id!, text: $0.text, due: $0.due, status: $0.actionStatus) })
            },
            sharedWithManager: access.sharedWithManager, coachNames: access.coaches.values.sorted(), managerName: access.manager?.name,
            competences: competences.map { SelectChoice(id: $0.id, label: localizer.text($0.name)?.text ?? "–") }, resultGoals: resultGoals,
            today: request.now, typed: typed)
        return request.html(DevelopmentPlanPage.render(model, context: try await request.pageContext()), status: status)
    }
}

/// Who may read a person's plan besides them: their coaches and their own manager.
enum PlanQuery {
    struct Access {
        /// The coaches (user id → name) of the person's engagements still under way.
        let coaches: [UUID: String]
        let manager: Person?
        let sharedWithManager: Bool
    }

    static func access(to person: Person, in tenant: TenantDatabase) async throws -> Access {
        let personID = try person.requireID()
        let engagementIDs = try await CoachingQuery.participations(of: personID, in: tenant)
        let coachIDs =
            engagementIDs.isEmpty
            ? []
            : try await tenant.query(CoachingEngagement.self).filter(\.$id ~~ Array(engagementIDs))
                .filter(\.$state != EngagementState.ended.rawValue).all(\.$coach.$id)
        let coaches = try await CoachingQuery.userNames(Set(coachIDs), on: tenant.database)
        let managerID = try await manager(of: person, in: tenant)
        let shared = try await tenant.query(DevelopmentPlanSetting.self).filter(\.$person.$id == personID).first()?.sharedWithManager ?? false
        let manager = managerID == nil ? nil : try await tenant.find(Person.self, managerID)
        return Access(coaches: coaches, manager: manager, sharedWithManager: shared)
    }

    /// The people whose plans the user reads: those they coach in engagements under way, and
    /// those who share their plan with them as their own manager. By name.
    static func readable(userID: UUID?, personID: UUID?, in tenant: TenantDatabase) async throws -> [SelectChoice] {
        var people = Set<UUID>()
        if let userID {
            let coached = try await tenant.query(CoachingEngagement.self).filter(\.$coach.$id == userID)
                .filter(\.$state != EngagementState.ended.rawValue).all(\.$id)
            if !coached.isEmpty {
                people.formUnion(try await tenant.query(CoachingParticipant.self).filter(\.$engagement.$id ~~ coached).all(\.$person.$id))
            }
        }
        if let personID {
            let sharing = try await tenant.query(DevelopmentPlanSetting.self).filter(\.$sharedWithManager == true).all(\.$person.$id)
            if !sharing.isEmpty {
                let units = try await tenant.query(OrganisationUnit.self).filter(\.$retiredAt == nil).all()
                let structure = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, (parentID: $0.$parent.id, managerID: $0.$manager.id)) })
                for owner in try await tenant.query(Person.self).filter(\.$id ~~ sharing).all()
                where DevelopmentPlanRules.manager(of: owner.id!, unitID: owner.unitID, units: structure) == personID {
                    people.insert(owner.id!)
                }
            }
        }
        people.remove(personID ?? UUID())
        guard !people.isEmpty else { return [] }
        return try await tenant.query(Person.self).filter(\.$id ~~ Array(people)).sort(\.$name).all().map { SelectChoice(id: $0.id!, label: $0.name) }
    }

    static func manager(of person: Person, in tenant: TenantDatabase) async throws -> UUID? {
        guard person.unitID != nil else { return nil }
        let units = try await tenant.query(OrganisationUnit.self).filter(\.$retiredAt == nil).all()
        let structure = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, (parentID: $0.$parent.id, managerID: $0.$manager.id)) })
        return DevelopmentPlanRules.manager(of: try person.requireID(), unitID: person.unitID, units: structure)
    }
}
