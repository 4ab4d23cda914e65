import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// The management-group view and result goals' status reports.
struct StrategyController: Sendable {
    func managementGroup(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let programme = try await tenant.query(Programme.self).sort(\.$startYear, .descending).first() else {
            return request.html(ManagementGroupPage.render(.init(programmeName: nil, years: "", areas: []), context: try await request.pageContext()))
        }
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).sort(\.$position).all()
        let goals = try await tenant.query(ResultGoal.self).filter(\.$area.$id ~~ areas.map { try $0.requireID() }).sort(\.$position).all()
        let goalIDs = try goals.map { try $0.requireID() }
        let responsibles = try await tenant.query(GoalResponsible.self).filter(\.$goal.$id ~~ goalIDs).with(\.$person).all()
        let names = Dictionary(grouping: responsibles, by: { $0.$goal.id }).mapValues { $0.map(\.person.name).sorted() }
        // The latest report of each goal: newest first, first one per goal kept.
        var latest: [UUID: GoalStatusUpdate] = [:]
        for update in try await tenant.query(GoalStatusUpdate.self).filter(\.$goal.$id ~~ goalIDs).sort(\.$at, .descending).all()
        where latest[update.$goal.id] == nil {
            latest[update.$goal.id] = update
        }
        let model = ManagementGroupPage.Model(
            programmeName: programme.name, years: "\(programme.startYear)–\(programme.endYear)",
            areas: areas.map { area in
                ManagementGroupPage.Area(title: area.title, goals: goals.filter { $0.$area.id == area.id }.map { goal in
                    ManagementGroupPage.Goal(id: goal.id!, title: goal.title, responsiblePersons: names[goal.id!] ?? [], status: goal.status,
                                             lastReport: latest[goal.id!].map(\.report))
                })
            }
        )
        return request.html(ManagementGroupPage.render(model, context: try await request.pageContext()))
    }

    func goal(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        return try await goalPage(request, goal: goal)
    }

    struct StatusForm: Content {
        var status: String?
        var comment: String?
    }

    func updateStatus(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        guard try await canUpdate(request, goal: goal) else { throw Abort(.forbidden) }
        let form = try request.content.decode(StatusForm.self)
        guard let status = form.status.flatMap(GoalStatus.init(rawValue:)) else { throw Abort(.badRequest) }
        let comment = (form.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if status.requiresComment && comment.isEmpty {
            return try await goalPage(request, goal: goal, draftStatus: status, draftComment: comment,
                                      error: request.localizer()(.goalCommentRequired), status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        let update = GoalStatusUpdate(organisationID: tenant.organisationID, goalID: try goal.requireID(), status: status,
                                      comment: comment.isEmpty ? nil : String(comment.prefix(2_000)),
                                      authorUserID: request.state.user?.id, authorName: request.state.user?.name ?? "–", at: request.now)
        goal.statusCode = status.rawValue
        try await request.db.transaction { database in
            try await TenantDatabase(organisationID: tenant.organisationID, database: database).create(update)
            try await goal.save(on: database)
        }
        try await request.audit(.goalStatusReported, subject: request.localizer().text(goal.title)?.text ?? "–", subjectID: goal.id,
                                after: request.localizer()(status.titleKey))
        try await request.setNotice(.statusSaved)
        return request.redirect(to: SiteRoute.goal(goal.id!).path)
    }

    // MARK: -

    private func loadGoal(_ request: Request) async throws -> ResultGoal {
        guard let id = request.parameters.get("goalID", as: UUID.self),
              let goal = try await request.tenant.find(ResultGoal.self, id) else { throw Abort(.notFound) }
        return goal
    }

    /// The programme owner, or a manager who is one of the goal's responsible persons.
    private func canUpdate(_ request: Request, goal: ResultGoal) async throws -> Bool {
        let roles = request.state.membership?.roles ?? []
        if roles.contains(.programmeOwner) { return true }
        guard roles.contains(.manager), let personID = request.state.membership?.$person.id else { return false }
        return try await request.tenant.query(GoalResponsible.self)
            .filter(\.$goal.$id == goal.requireID()).filter(\.$person.$id == personID).first() != nil
    }

    private func goalPage(_ request: Request, goal: ResultGoal, draftStatus: GoalStatus? = nil, draftComment: String = "",
                          error: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let area = try await tenant.find(DevelopmentArea.self, goal.$area.id)
        let responsibles = try await tenant.query(GoalResponsible.self).filter(\.$goal.$id == goal.requireID()).with(\.$person).all()
        let history = try await tenant.query(GoalStatusUpdate.self).filter(\.$goal.$id == goal.requireID()).sort(\.$at, .descending).all()
        let model = GoalPage.Model(
            id: goal.id!, title: goal.title, areaTitle: area?.title ?? LocalizedText(),
            responsiblePersons: responsibles.map(\.person.name).sorted(), status: goal.status,
            history: history.map(\.report), canUpdate: try await canUpdate(request, goal: goal),
            draftStatus: draftStatus, draftComment: draftComment, error: error
        )
        return request.html(GoalPage.render(model, context: try await request.pageContext()), status: status)
    }
}

extension GoalStatusUpdate {
    var report: StatusReport { StatusReport(status: goalStatus, comment: comment, author: authorName, at: at) }
}
