import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// Initiatives of the current programme and their milestones.
struct InitiativeController: Sendable {
    func list(_ request: Request) async throws -> Response {
        try await listPage(request)
    }

    func newForm(_ request: Request) async throws -> Response {
        try await newPage(request, form: InitiativeForm())
    }

    func create(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let programme = try await StrategyQuery.programme(tenant) else { throw Abort(.notFound) }
        let form = try await readForm(request)
        guard form.errors.isEmpty else { return try await newPage(request, form: form, status: .unprocessableEntity) }
        let initiative = Initiative(
            organisationID: tenant.organisationID, programmeID: try programme.requireID(), title: form.title,
            ownerID: form.ownerID, status: form.status)
        initiative.initiativeDescription = form.description.isEmpty ? nil : form.description
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            try await tenant.create(initiative)
            for goalID in form.goalIDs {
                try await tenant.create(InitiativeGoal(organisationID: organisationID, initiativeID: try initiative.requireID(), goalID: goalID))
            }
        }
        try await request.audit(.initiativeChanged, subject: request.localizer().text(form.title)?.text ?? "–", subjectID: initiative.id, after: "+")
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.initiative(initiative.id!).path)
    }

    func show(_ request: Request) async throws -> Response {
        let initiative = try await loadInitiative(request)
        let links = try await request.tenant.query(InitiativeGoal.self).filter(\.$initiative.$id == initiative.requireID()).all()
        let form = InitiativeForm(
            title: initiative.title, description: initiative.initiativeDescription ?? LocalizedText(), ownerID: initiative.$owner.id,
            status: initiative.initiativeStatus, goalIDs: Set(links.map { $0.$goal.id }))
        return try await page(request, initiative: initiative, form: form)
    }

    func update(_ request: Request) async throws -> Response {
        let initiative = try await loadInitiative(request)
        let form = try await readForm(request)
        guard form.errors.isEmpty else { return try await page(request, initiative: initiative, form: form, status: .unprocessableEntity) }
        let tenant = try request.tenant
        let before = initiative.initiativeStatus.rawValue
        initiative.title = form.title
        initiative.initiativeDescription = form.description.isEmpty ? nil : form.description
        initiative.$owner.id = form.ownerID
        initiative.status = form.status.rawValue
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            try await initiative.save(on: database)
            let existing = try await tenant.query(InitiativeGoal.self).filter(\.$initiative.$id == initiative.requireID()).all()
            for link in existing where !form.goalIDs.contains(link.$goal.id) { try await link.delete(on: database) }
            for goalID in form.goalIDs.subtracting(existing.map { $0.$goal.id }) {
                try await tenant.create(InitiativeGoal(organisationID: organisationID, initiativeID: try initiative.requireID(), goalID: goalID))
            }
        }
        try await request.audit(
            .initiativeChanged, subject: request.localizer().text(form.title)?.text ?? "–", subjectID: initiative.id,
            before: before, after: form.status.rawValue)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.initiative(initiative.id!).path)
    }

    func addMilestone(_ request: Request) async throws -> Response {
        let initiative = try await loadInitiative(request)
        let tenant = try request.tenant
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let title = request.form.localized("title", languages: languages)
        let typedDue = request.formField("due") ?? ""
        let due = StrategyController.date(typedDue, timeZone: request.application.config.timeZone)
        guard title[languages[0]] != nil, let due else {
            let links = try await tenant.query(InitiativeGoal.self).filter(\.$initiative.$id == initiative.requireID()).all()
            let form = InitiativeForm(
                title: initiative.title, description: initiative.initiativeDescription ?? LocalizedText(),
                ownerID: initiative.$owner.id, status: initiative.initiativeStatus, goalIDs: Set(links.map { $0.$goal.id }))
            return try await page(
                request, initiative: initiative, form: form, milestoneError: request.localizer()(.milestoneInvalid),
                typedMilestone: (title, typedDue), status: .unprocessableEntity)
        }
        let milestone = MilestoneRecord(organisationID: tenant.organisationID, initiativeID: try initiative.requireID(), title: title, due: due)
        try await tenant.create(milestone)
        try await request.audit(.milestoneChanged, subject: request.localizer().text(title)?.text ?? "–", subjectID: milestone.id, after: "added")
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.initiative(initiative.id!).path + "#milestones")
    }

    /// Ticks a milestone off (or reopens it): the programme owner, or the initiative's owner.
    func updateMilestone(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let milestone = try await tenant.find(MilestoneRecord.self, request.parameters.uuid("milestoneID")),
            let initiative = try await tenant.find(Initiative.self, milestone.$initiative.id)
        else { throw Abort(.notFound) }
        guard canTickOff(request, initiative: initiative) else { throw Abort(.forbidden) }
        let done = request.formField("done") == "1"
        milestone.doneAt = done ? (milestone.doneAt ?? request.now) : nil
        try await milestone.save(on: request.db)
        try await request.audit(
            .milestoneChanged, subject: request.localizer().text(milestone.title)?.text ?? "–", subjectID: milestone.id,
            after: done ? "done" : "open")
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.initiative(initiative.id!).path + "#milestones")
    }

    // MARK: -

    private func listPage(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let canManage = request.state.membership?.roles.contains(.programmeOwner) == true
        guard let programme = try await StrategyQuery.programme(tenant) else {
            return request.html(InitiativesPage.render(.init(rows: [], canManage: false), context: try await request.pageContext()))
        }
        // Plain rows: the list reads every open initiative with its goals' titles and milestones.
        let initiatives = try await tenant.select(from: Initiative.schema).columns("id", "title", "owner_id", "status")
            .where("programme_id", .equal, programme.requireID()).where("archived_at", .is, SQLLiteral.null).rows()
        let ids = try initiatives.map { try $0.uuid("id") }
        let owners = try await EventController.personNames(tenant, ids: try initiatives.compactMap { try $0.optionalUUID("owner_id") })
        var goalsByInitiative: [UUID: [LocalizedText]] = [:]
        var milestonesByInitiative: [UUID: [Milestone]] = [:]
        if !ids.isEmpty {
            let goalIDs = try await tenant.select(from: InitiativeGoal.schema).columns("initiative_id", "goal_id")
                .where("initiative_id", .in, SQLBind.group(ids)).rows().map { (initiative: try $0.uuid("initiative_id"), goal: try $0.uuid("goal_id")) }
            let titles = try await StrategyQuery.goalTitles(tenant, ids: Array(Set(goalIDs.map(\.goal))))
            for link in goalIDs { if let title = titles[link.goal] { goalsByInitiative[link.initiative, default: []].append(title) } }
            for row in try await tenant.select(from: MilestoneRecord.schema).columns("id", "initiative_id", "title", "due", "done_at")
                .where("initiative_id", .in, SQLBind.group(ids)).rows()
            {
                milestonesByInitiative[try row.uuid("initiative_id"), default: []].append(
                    Milestone(
                        id: try row.uuid("id"), title: try row.decode(column: "title", as: LocalizedText.self),
                        due: try row.decode(column: "due", as: Date.self), doneAt: try row.decode(column: "done_at", as: Date?.self)))
            }
        }
        let timeZone = request.application.config.timeZone
        let now = request.now
        let rows: [InitiativesPage.Row] = try initiatives.map { initiative in
            let id = try initiative.uuid("id")
            let own = milestonesByInitiative[id] ?? []
            let next: MilestoneNote? = Milestones.next(own).map { milestone in
                MilestoneNote(title: milestone.title, due: milestone.due, isOverdue: milestone.isOverdue(at: now, in: timeZone))
            }
            return InitiativesPage.Row(
                id: id, title: try initiative.decode(column: "title", as: LocalizedText.self),
                owner: try initiative.optionalUUID("owner_id").flatMap { owners[$0] },
                status: InitiativeStatus(rawValue: try initiative.decode(column: "status", as: String.self)) ?? .planned,
                goals: goalsByInitiative[id] ?? [], nextMilestone: next, overdueCount: Milestones.overdue(own, at: now, in: timeZone).count)
        }
        let ordered = rows.sorted {
            Milestones.urgency($0.status, nextDue: $0.nextMilestone?.due) < Milestones.urgency($1.status, nextDue: $1.nextMilestone?.due)
        }
        let model = InitiativesPage.Model(rows: ordered, canManage: canManage)
        return request.html(InitiativesPage.render(model, context: try await request.pageContext()))
    }

    /// The form for a new initiative, on a page of its own: it offers every manager as owner.
    private func newPage(_ request: Request, form: InitiativeForm, status: HTTPStatus = .ok) async throws -> Response {
        guard let programme = try await StrategyQuery.programme(try request.tenant) else { throw Abort(.notFound) }
        let (people, goals) = try await choices(request, programme: programme)
        let model = NewInitiativePage.Model(form: form, people: people, goals: goals)
        return request.html(NewInitiativePage.render(model, context: try await request.pageContext()), status: status)
    }

    private func page(
        _ request: Request, initiative: Initiative, form: InitiativeForm, milestoneError: String? = nil,
        typedMilestone: (title: LocalizedText, due: String)? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let tenant = try request.tenant
        let canManage = request.state.membership?.roles.contains(.programmeOwner) == true
        try await initiative.$owner.load(on: request.db)
        let links = try await tenant.query(InitiativeGoal.self).filter(\.$initiative.$id == initiative.requireID()).with(\.$goal).all()
        let timeZone = request.application.config.timeZone
        let milestones = try await tenant.query(MilestoneRecord.self).filter(\.$initiative.$id == initiative.requireID()).sort(\.$due).all()
        var model = InitiativePage.Model(
            id: try initiative.requireID(), title: initiative.title, description: initiative.initiativeDescription, owner: initiative.owner?.name,
            status: initiative.initiativeStatus, goals: links.map { ($0.goal.id!, $0.goal.title) },
            milestones: milestones.map {
                InitiativePage.MilestoneRow(
                    id: $0.id!, title: $0.title, due: $0.due, doneAt: $0.doneAt,
                    isOverdue: $0.milestone.isOverdue(at: request.now, in: timeZone))
            },
            isArchived: initiative.archivedAt != nil, canManage: canManage, canTickOff: canTickOff(request, initiative: initiative),
            form: form, milestoneError: milestoneError)
        model.typedMilestone = typedMilestone
        if canManage, let programme = try await tenant.find(Programme.self, initiative.$programme.id) {
            (model.people, model.goalChoices) = try await choices(request, programme: programme)
        }
        return request.html(InitiativePage.render(model, context: try await request.pageContext()), status: status)
    }

    /// Managers of the organisation as owners; the programme's goals to link.
    private func choices(_ request: Request, programme: Programme) async throws -> ([SelectChoice], [SelectChoice]) {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let levels = [ManagementLevel.top.rawValue, ManagementLevel.middle.rawValue, ManagementLevel.supervisor.rawValue]
        let people = try await tenant.query(Person.self).filter(\.$managementLevel ~~ levels).sort(\.$name).all()
            .map { person in SelectChoice(id: person.id!, label: person.title.map { "\(person.name), \($0)" } ?? person.name) }
        return (people, try await StrategyQuery.goalChoices(tenant, programme: programme, localizer: localizer))
    }

    private func readForm(_ request: Request) async throws -> InitiativeForm {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        var form = InitiativeForm(
            title: request.form.localized("title", languages: languages),
            description: request.form.localized("description", languages: languages))
        form.status = request.formField("status").flatMap(InitiativeStatus.init(rawValue:)) ?? .planned
        if let ownerID = request.form.id("owner") {
            if try await tenant.find(Person.self, ownerID) != nil { form.ownerID = ownerID } else { form.errors.append(localizer(.personNotFound)) }
        }
        let requested = Set(request.form.values("goal").compactMap(UUID.init(uuidString:)))
        let goals = requested.isEmpty ? [] : try await tenant.query(ResultGoal.self).filter(\.$id ~~ requested).all()
        form.goalIDs = Set(goals.compactMap(\.id))
        if form.title[languages[0]] == nil { form.errors.append(localizer(.initiativeTitleRequired(language: languages[0].nativeName))) }
        return form
    }

    private func canTickOff(_ request: Request, initiative: Initiative) -> Bool {
        let roles = request.state.membership?.roles ?? []
        if roles.contains(.programmeOwner) { return true }
        guard roles.contains(.manager), let personID = request.state.membership?.$person.id else { return false }
        return initiative.$owner.id == personID
    }

    private func loadInitiative(_ request: Request) async throws -> Initiative {
        guard let initiative = try await request.tenant.find(Initiative.self, request.parameters.uuid("initiativeID")) else { throw Abort(.notFound) }
        return initiative
    }
}
