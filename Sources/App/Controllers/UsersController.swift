import Fluent
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// The administrator's management of the organisation's users and roles. Every lookup
/// goes through the organisation's memberships, so a user of another organisation is
/// "not found" here, never shown.
struct UsersController: Sendable {
    func list(_ request: Request) async throws -> Response {
        let filter = UserListFilter(
            role: request.query[String.self, at: "role"], unit: request.query[String.self, at: "unit"], status: request.query[String.self, at: "status"])
        return request.html(UsersPage.render(try await listModel(request, filter: filter), context: try await request.pageContext()))
    }

    /// The organisation's users the filter shows, with each one's password state, by name.
    static func listed(_ request: Request, filter: UserListFilter) async throws -> (rows: [UsersPage.Row], total: Int) {
        let tenant = try request.tenant
        let memberships = try await tenant.query(Membership.self).with(\.$user).all()
        let passwords = try await AccountLinks.passwordStates(of: memberships.map(\.user), now: request.now, on: request.db)
        var unitOfPerson: [UUID: UUID] = [:]
        var unitsShown: Set<UUID>?
        if filter.unitID != nil {
            unitsShown = filter.unitsShown(parents: try await AccountImportController.unitParents(tenant))
            for row in try await tenant.select(from: Person.schema).columns("id", "unit_id").where("unit_id", .isNot, SQLLiteral.null).rows() {
                unitOfPerson[try row.uuid("id")] = try row.optionalUUID("unit_id")
            }
        }
        let rows =
            memberships
            .filter { membership in
                filter.matches(
                    roles: membership.roles, status: UserListFilter.status(isActive: membership.user.isActive, hasPassword: membership.user.hasPassword),
                    unitID: membership.$person.id.flatMap { unitOfPerson[$0] }, unitsShown: unitsShown)
            }
            .map {
                UsersPage.Row(
                    id: $0.user.id!, name: $0.user.name, email: $0.user.email, roles: $0.roles,
                    isActive: $0.user.isActive, lastSignIn: $0.user.lastSignInAt, password: passwords[$0.user.id!] ?? .none)
            }
            .sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
        return (rows, memberships.count)
    }

    private func listModel(_ request: Request, filter: UserListFilter) async throws -> UsersPage.Model {
        let (rows, total) = try await Self.listed(request, filter: filter)
        return UsersPage.Model(rows: rows, total: total, filter: filter, units: try await AccountImportController.unitChoices(request))
    }

    /// Gives or takes one role for every ticked user, all or nothing: nobody is left without a
    /// role, and an administrator keeps their own administrator role.
    func changeRoles(_ request: Request) async throws -> Response {
        let form = request.form
        let filter = UserListFilter(role: form["filter_role"], unit: form["filter_unit"], status: form["filter_status"])
        let ticked = Set(form.values("user").compactMap(UUID.init(uuidString:)))
        let adds = form["operation"] != "remove"
        guard let role = form["role"].flatMap(Role.init(rawValue:)) else { throw Abort(.badRequest) }
        let localizer = request.localizer()
        let memberships = ticked.isEmpty ? [] : try await request.tenant.query(Membership.self).filter(\.$user.$id ~~ Array(ticked)).with(\.$user).all()
        var errors: [String] = []
        if memberships.isEmpty { errors.append(localizer(.bulkChooseUsers)) }
        for membership in memberships {
            let after = adds ? membership.roles.union([role]) : membership.roles.subtracting([role])
            if after.isEmpty { errors.append(localizer(.bulkWouldHaveNoRole(name: membership.user.name))) }
            if membership.user.id == request.state.user?.id && !after.contains(.administrator) {
                errors.append(localizer(.cannotRemoveOwnAdministratorRole))
            }
        }
        guard errors.isEmpty else {
            var model = try await listModel(request, filter: filter)
            model.chosen = ticked
            model.bulkRole = role
            model.bulkAdds = adds
            model.errors = errors
            return request.html(UsersPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
        }
        let audit = { @Sendable (membership: Membership, before: String) in
            request.auditRecord(
                .userRolesChanged, subject: membership.user.name, subjectID: membership.user.id, before: before, after: Membership.codes(for: membership.roles))
        }
        try await request.db.transaction { database in
            var entries: [AuditRecord] = []
            for membership in memberships {
                let after = adds ? membership.roles.union([role]) : membership.roles.subtracting([role])
                guard after != membership.roles else { continue }
                let before = Membership.codes(for: membership.roles)
                membership.roles = after
                try await membership.save(on: database)
                entries.append(audit(membership, before))
            }
            if !entries.isEmpty { try await entries.create(on: database) }
        }
        try await request.setNotice(.rolesChanged)
        return request.redirect(to: SiteRoute.users.path + (filter.isEmpty ? "" : "?" + filter.query))
    }

    func newForm(_ request: Request) async throws -> Response {
        let model = UserFormPage.Model(
            language: request.state.organisation?.contentLanguages.first ?? .swedish,
            people: try await peopleChoices(request))
        return request.html(UserFormPage.render(model, context: try await request.pageContext()))
    }

    /// Top and middle management first (the programme's responsible persons), then by name.
    private func peopleChoices(_ request: Request) async throws -> [UserFormPage.PersonChoice] {
        let order = ["top": 0, "middle": 1, "supervisor": 2, "staff": 3]
        return try await request.tenant.query(Person.self).all()
            .sorted { (order[$0.managementLevel] ?? 9, $0.name) < (order[$1.managementLevel] ?? 9, $1.name) }
            .map { UserFormPage.PersonChoice(id: $0.id!, name: $0.name, title: $0.title) }
    }

    func create(_ request: Request) async throws -> Response {
        let form = request.form
        var model = try await formModel(form, id: nil, request: request)
        let localizer = request.localizer()
        model.errors = try await validate(form, model: model, existingUserID: nil, request: request)
        guard model.errors.isEmpty else {
            return request.html(UserFormPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        // No password: the person chooses one with the invitation's link.
        let user = User(email: model.email, name: model.name, passwordHash: User.noPassword, language: model.language, createdAt: request.now)
        let roles = model.roles, personID = model.personID
        let organisation = request.state.organisation, sender = request.state.user?.name, config = request.application.config, now = request.now
        try await request.db.transaction { database in
            try await user.create(on: database)
            try await TenantDatabase(organisationID: tenant.organisationID, database: database)
                .create(Membership(organisationID: tenant.organisationID, userID: user.requireID(), roles: roles, personID: personID))
            try await AccountLinks.send(.invitation, to: user, organisation: organisation, sentBy: sender, config: config, now: now, on: database)
        }
        try await request.audit(.userCreated, subject: user.name, subjectID: user.id, after: Membership.codes(for: model.roles))
        try await request.audit(.invitationSent, subject: user.name, subjectID: user.id)
        try await auditLink(request, user: user, from: nil, to: personID)
        try await request.setNotice(.userInvited)
        return request.redirect(to: SiteRoute.users.path)
    }

    func show(_ request: Request) async throws -> Response {
        let membership = try await membership(request)
        let user = membership.user
        let model = UserFormPage.Model(
            id: user.id, name: user.name, email: user.email,
            language: user.language ?? .swedish, roles: membership.roles, isActive: user.isActive,
            personID: membership.$person.id, people: try await peopleChoices(request),
            password: try await AccountLinks.passwordStates(of: [user], now: request.now, on: request.db)[user.id!] ?? .none)
        return request.html(UserFormPage.render(model, context: try await request.pageContext()))
    }

    /// Sends the user a link to choose a password: a new invitation while they have none, else
    /// a reset link. The administrator never sees the link or a password.
    func sendLink(_ request: Request) async throws -> Response {
        let membership = try await membership(request)
        let user = membership.user
        guard user.isActive else { throw Abort(.conflict) }
        let purpose: AccountLinkPurpose = user.hasPassword ? .passwordReset : .invitation
        let organisation = request.state.organisation, sender = request.state.user?.name, config = request.application.config, now = request.now
        try await request.db.transaction { database in
            try await AccountLinks.send(purpose, to: user, organisation: organisation, sentBy: sender, config: config, now: now, on: database)
        }
        try await request.audit(purpose == .invitation ? .invitationSent : .passwordLinkSent, subject: user.name, subjectID: user.id)
        try await request.setNotice(.linkSent)
        return request.redirect(to: SiteRoute.user(try user.requireID()).path)
    }

    func update(_ request: Request) async throws -> Response {
        let membership = try await membership(request)
        let user = membership.user
        let form = request.form
        var model = try await formModel(form, id: user.id, request: request)
        model.errors = try await validate(form, model: model, existingUserID: user.id, request: request)
        let localizer = request.localizer()
        let isSelf = user.id == request.state.user?.id
        // Administrators cannot lock themselves out.
        if isSelf && !model.roles.contains(.administrator) { model.errors[.roles] = localizer(.cannotRemoveOwnAdministratorRole) }
        if isSelf && !model.isActive { model.errors[.roles] = localizer(.cannotDeactivateSelf) }
        guard model.errors.isEmpty else {
            return request.html(UserFormPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
        }

        let beforeRoles = Membership.codes(for: membership.roles)
        let afterRoles = Membership.codes(for: model.roles)
        let detailsChanged =
            user.name != model.name || user.email != model.email || user.language != model.language
            || membership.$person.id != model.personID
        let activeChanged = user.isActive != model.isActive
        let linkedBefore = membership.$person.id
        user.name = model.name
        user.email = model.email
        user.languageCode = model.language.code
        user.isActive = model.isActive
        membership.roles = model.roles
        membership.$person.id = model.personID
        let endSessions = !model.isActive
        try await request.db.transaction { database in
            try await user.save(on: database)
            try await membership.save(on: database)
            if endSessions {
                // Deactivation ends the user's open sessions.
                try await UserSession.query(on: database).filter(\.$user.$id == user.requireID()).delete()
            }
        }
        if detailsChanged { try await request.audit(.userUpdated, subject: user.name, subjectID: user.id) }
        try await auditLink(request, user: user, from: linkedBefore, to: model.personID)
        if beforeRoles != afterRoles {
            try await request.audit(.userRolesChanged, subject: user.name, subjectID: user.id, before: beforeRoles, after: afterRoles)
        }
        if activeChanged { try await request.audit(model.isActive ? .userReactivated : .userDeactivated, subject: user.name, subjectID: user.id) }
        try await request.setNotice(.userUpdated)
        return request.redirect(to: SiteRoute.users.path)
    }

    /// The membership in this organisation of the user in the path; 404 for anyone else.
    private func membership(_ request: Request) async throws -> Membership {
        guard let userID = request.parameters.uuid("userID"),
            let membership = try await request.tenant.query(Membership.self)
                .filter(\.$user.$id == userID)
                .with(\.$user)
                .first()
        else { throw Abort(.notFound) }
        return membership
    }

    /// The other account of this organisation already linked to the person, if any.
    private func linkedAccount(_ personID: UUID, except userID: UUID?, request: Request) async throws -> Membership? {
        var query = try request.tenant.query(Membership.self).filter(\.$person.$id == personID).with(\.$user)
        if let userID { query = query.filter(\.$user.$id != userID) }
        return try await query.first()
    }

    /// Audits a change of the person an account is linked to, by the people's names.
    private func auditLink(_ request: Request, user: User, from before: UUID?, to after: UUID?) async throws {
        guard before != after else { return }
        let tenant = try request.tenant
        let name = { (id: UUID?) async throws -> String in try await tenant.find(Person.self, id)?.name ?? "–" }
        try await request.audit(.accountLinkChanged, subject: user.name, subjectID: user.id, before: try await name(before), after: try await name(after))
    }

    private func formModel(_ form: FormFields, id: UUID?, request: Request) async throws -> UserFormPage.Model {
        UserFormPage.Model(
            id: id,
            name: (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            email: EmailAddress.normalised(form["email"] ?? ""),
            language: form["language"].flatMap(Language.init(rawValue:)) ?? .swedish,
            roles: Set(form.values("roles").compactMap(Role.init(rawValue:))),
            isActive: id == nil || form["active"] != nil,
            personID: form.id("person"),
            people: try await peopleChoices(request)
        )
    }

    private func validate(_ form: FormFields, model: UserFormPage.Model, existingUserID: UUID?, request: Request) async throws -> [UserFormPage.Field: String] {
        let localizer = request.localizer()
        var errors: [UserFormPage.Field: String] = [:]
        if model.name.isEmpty { errors[.name] = localizer(.nameRequired) }
        if !EmailAddress.isPlausible(model.email) {
            errors[.email] = localizer(.emailInvalid)
        } else {
            var query = User.query(on: request.db).filter(\.$email == model.email)
            if let existingUserID { query = query.filter(\.$id != existingUserID) }
            if try await query.first() != nil { errors[.email] = localizer(.emailTaken) }
        }
        if model.roles.isEmpty { errors[.roles] = localizer(.rolesRequired) }
        // Only a person of this organisation can be linked.
        if let personID = model.personID, try await request.tenant.find(Person.self, personID) == nil {
            errors[.person] = localizer(.personNotFound)
        } else if let personID = model.personID, let other = try await linkedAccount(personID, except: existingUserID, request: request) {
            // One account per person: a second would see the person's receipts (whether they
            // answered) and could answer in their name.
            let person = try await request.tenant.find(Person.self, personID)
            errors[.person] = localizer(.personAlreadyLinked(person: person?.name ?? "–", account: other.user.name))
        } else if model.personID == nil, let text = form["person"], !text.isEmpty {
            errors[.person] = localizer(.personNotFound)
        }
        return errors
    }
}
