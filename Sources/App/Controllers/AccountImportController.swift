import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// "Accounts from the organisation": the administrator makes accounts for people of the
/// imported organisation in one step — linked to their person, manager by default, each with an
/// invitation by mail — and deactivates the accounts of people the HR data no longer has.
struct AccountImportController: Sendable {
    func form(_ request: Request) async throws -> Response {
        let filter = Self.filter(
            levels: request.query[[String].self, at: "level"], unit: request.query[String.self, at: "unit"], search: request.query[String.self, at: "q"])
        let model = try await model(request, filter: filter, candidates: try await candidates(request))
        return request.html(AccountImportPage.render(model, context: try await request.pageContext()))
    }

    /// All or nothing: every ticked person must still be able to get an account, or nothing is
    /// made and the page says who cannot.
    func create(_ request: Request) async throws -> Response {
        let form = request.form
        let filter = Self.filter(levels: form.values("level"), unit: form["unit"], search: form["q"])
        let chosen = Set(form.values("person").compactMap(UUID.init(uuidString:)))
        let topAlsoViewer = form["top_viewer"] != nil
        // The ticked people, looked up among all the organisation's (a filter changed in
        // another tab must not drop or add anyone silently).
        let candidates = try await candidates(request)
        var model = try await model(request, filter: filter, candidates: candidates)
        model.chosen = chosen
        model.topAlsoViewer = topAlsoViewer
        let localizer = request.localizer()
        let chosenRows = candidates.people.filter { chosen.contains($0.id) }
        if chosenRows.isEmpty { model.errors.append(localizer(.accountsChooseSomeone)) }
        for person in chosenRows where !(candidates.states[person.id]?.canGetAccount ?? false) {
            model.errors.append(localizer(.accountsCannotCreate(person: person.name)))
        }
        guard model.errors.isEmpty else {
            return request.html(AccountImportPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
        }

        let tenant = try request.tenant, organisationID = tenant.organisationID
        let organisation = request.state.organisation, sender = request.state.user?.name, config = request.application.config, now = request.now
        let language = organisation?.contentLanguages.first ?? config.defaultLanguage
        // The audit entries are made here (the request's user) and written in the transaction.
        let audit = { @Sendable (action: AuditAction, user: User, before: String?, after: String?) in
            request.auditRecord(action, subject: user.name, subjectID: user.id, before: before, after: after)
        }
        try await request.db.transaction { database in
            var entries: [AuditRecord] = []
            let scoped = TenantDatabase(organisationID: organisationID, database: database)
            for person in chosenRows {
                guard let email = person.email else { continue }
                let user: User
                if candidates.states[person.id] == .existingUser, let existing = try await User.query(on: database).filter(\.$email == email).first() {
                    user = existing
                } else {
                    user = User(email: email, name: person.name, passwordHash: User.noPassword, language: language, createdAt: now)
                    try await user.create(on: database)
                }
                let roles = AccountCandidates.roles(for: person.level, topAlsoViewer: topAlsoViewer)
                try await scoped.create(Membership(organisationID: organisationID, userID: user.requireID(), roles: roles, personID: person.id))
                // Someone with a password already (an account elsewhere) signs in as before.
                if !user.hasPassword {
                    try await AccountLinks.send(.invitation, to: user, organisation: organisation, sentBy: sender, config: config, now: now, on: database)
                }
                entries.append(audit(.userCreated, user, nil, Membership.codes(for: roles)))
                entries.append(audit(.accountLinkChanged, user, "–", person.name))
                if !user.hasPassword { entries.append(audit(.invitationSent, user, nil, nil)) }
            }
            if !entries.isEmpty { try await entries.create(on: database) }
        }
        try await request.setNotice(.accountsCreated)
        return request.redirect(to: SiteRoute.users.path)
    }

    /// Deactivates the ticked accounts among those listed as leavers; their sessions end.
    func deactivateLeavers(_ request: Request) async throws -> Response {
        let ticked = Set(request.form.values("user").compactMap(UUID.init(uuidString:)))
        let leavers = try await leavers(request).filter { ticked.contains($0.userID) }
        let ids = leavers.map(\.userID)
        if !ids.isEmpty {
            let entries = leavers.map { request.auditRecord(.userDeactivated, subject: $0.name, subjectID: $0.userID) }
            try await request.db.transaction { database in
                try await User.query(on: database).filter(\.$id ~~ ids).set(\.$isActive, to: false).update()
                try await UserSession.query(on: database).filter(\.$user.$id ~~ ids).delete()
                try await entries.create(on: database)
            }
        }
        try await request.setNotice(.accountsDeactivated)
        return request.redirect(to: SiteRoute.accountsFromOrganisation.path)
    }

    // MARK: -

    /// The filter from the query or form; without levels, the managers.
    static func filter(levels: [String]?, unit: String?, search: String?) -> AccountCandidates.Filter {
        let chosen = Set((levels ?? []).compactMap(ManagementLevel.init(rawValue:)))
        return AccountCandidates.Filter(
            levels: chosen.isEmpty ? AccountCandidates.Filter.managers.levels : chosen, unitID: unit.flatMap(UUID.init(uuidString:)),
            search: String((search ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200)))
    }

    private func model(_ request: Request, filter: AccountCandidates.Filter, candidates: Candidates) async throws -> AccountImportPage.Model {
        let units = try await Self.unitChoices(request)
        let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // A unit of another organisation, or none that exists, filters nothing.
        var filter = filter
        if let unit = filter.unitID, unitNames[unit] == nil { filter.unitID = nil }
        let rows = AccountCandidates.matching(candidates.people, filter: filter, parents: candidates.parents).map { person in
            AccountImportPage.Row(person: person, unitName: person.unitID.flatMap { unitNames[$0] }, state: candidates.states[person.id] ?? .noEmail)
        }
        return AccountImportPage.Model(filter: filter, units: units, rows: rows, leavers: try await leavers(request))
    }

    private struct Candidates {
        var people: [AccountCandidates.Person]
        var states: [UUID: AccountCandidates.State]
        var parents: [UUID: UUID?]
    }

    /// Every person of the organisation with their state, read as plain rows.
    private func candidates(_ request: Request) async throws -> Candidates {
        let tenant = try request.tenant
        let people = try await tenant.select(from: Person.schema).columns("id", "name", "title", "email", "management_level", "unit_id").rows().map {
            row in
            AccountCandidates.Person(
                id: try row.uuid("id"), name: try row.decode(column: "name", as: String.self), title: try row.decode(column: "title", as: String?.self),
                email: try row.decode(column: "email", as: String?.self).map(EmailAddress.normalised).flatMap { $0.isEmpty ? nil : $0 },
                level: ManagementLevel(rawValue: try row.decode(column: "management_level", as: String.self)) ?? .staff,
                unitID: try row.optionalUUID("unit_id"))
        }
        var linked: [UUID: String] = [:], members: [String: String] = [:]
        for membership in try await tenant.query(Membership.self).with(\.$user).all() {
            if let person = membership.$person.id { linked[person] = membership.user.name }
            members[membership.user.email] = membership.user.name
        }
        let addresses = Array(Set(people.compactMap(\.email)).subtracting(members.keys))
        var elsewhere: Set<String> = []
        for batch in addresses.chunked(into: 500) {
            elsewhere.formUnion(try await User.query(on: request.db).filter(\.$email ~~ batch).all(\.$email))
        }
        let parents = try await Self.unitParents(tenant)
        let states = AccountCandidates.states(of: people, everyone: people, linkedAccounts: linked, members: members, usersElsewhere: elsewhere)
        return Candidates(people: people, states: states, parents: parents)
    }

    /// The units in tree order, each with its depth, for a unit filter (here and on the users list).
    static func unitChoices(_ request: Request) async throws -> [AccountImportPage.UnitChoice] {
        let localizer = request.localizer()
        var children: [UUID?: [(id: UUID, name: String)]] = [:]
        for row in try await request.tenant.select(from: OrganisationUnit.schema).columns("id", "parent_id", "name", "retired_at").rows()
        where try row.decode(column: "retired_at", as: Date?.self) == nil {
            let name = localizer.text(try row.decode(column: "name", as: LocalizedText.self))?.text ?? "–"
            children[try row.optionalUUID("parent_id"), default: []].append((try row.uuid("id"), name))
        }
        var ordered: [AccountImportPage.UnitChoice] = []
        var visited: Set<UUID> = []
        func visit(_ parent: UUID?, depth: Int) {
            for child in (children[parent] ?? []).sorted(by: { $0.name.localizedStandardCompare($1.name) == .orderedAscending })
            where visited.insert(child.id).inserted {
                ordered.append(.init(id: child.id, name: child.name, depth: depth))
                visit(child.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        return ordered
    }

    /// Every unit's parent, for a unit with everything under it.
    static func unitParents(_ tenant: TenantDatabase) async throws -> [UUID: UUID?] {
        var parents: [UUID: UUID?] = [:]
        for row in try await tenant.select(from: OrganisationUnit.schema).columns("id", "parent_id").rows() {
            parents[try row.uuid("id")] = try row.optionalUUID("parent_id")
        }
        return parents
    }

    /// Active accounts linked to a person the latest import of people did not have.
    private func leavers(_ request: Request) async throws -> [AccountImportPage.Leaver] {
        let tenant = try request.tenant
        var absent: [UUID: Date] = [:]
        for row in try await tenant.select(from: Person.schema).columns("id", "absent_since").where("absent_since", .isNot, SQLLiteral.null).rows() {
            absent[try row.uuid("id")] = try row.decode(column: "absent_since", as: Date.self)
        }
        guard !absent.isEmpty else { return [] }
        return try await tenant.query(Membership.self).filter(\.$person.$id ~~ Array(absent.keys)).with(\.$user).all()
            .filter { $0.user.isActive }
            .compactMap { membership in
                guard let person = membership.$person.id, let since = absent[person], let id = membership.user.id else { return nil }
                return AccountImportPage.Leaver(userID: id, name: membership.user.name, email: membership.user.email, absentSince: since)
            }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
