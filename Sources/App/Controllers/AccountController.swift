import Fluent
import RoderCore
import RoderViews
import Vapor

/// The signed-in user's own account: details, password, organisation.
struct AccountController: Sendable {
    func show(_ request: Request) async throws -> Response {
        request.html(AccountPage.render(try await model(request), context: try await request.pageContext()))
    }

    func changePassword(_ request: Request) async throws -> Response {
        guard let user = request.state.user else { throw AuthenticationRequired() }
        let form = request.form
        let localizer = request.localizer()
        var problems: [String] = []
        let currentMatches = user.hasPassword ? try await request.password.async.verify(form["current_password"] ?? "", created: user.passwordHash) : false
        if !currentMatches {
            problems.append(localizer(.currentPasswordWrong))
        }
        problems += PasswordPolicy.problems(
            password: form["new_password"] ?? "", confirmation: form["confirm_password"] ?? "", email: user.email
        ).map { $0.message(localizer) }
        guard problems.isEmpty else {
            var model = try await model(request)
            model.passwordProblems = problems
            return request.html(AccountPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
        }
        user.passwordHash = try await request.password.async.hash(form["new_password"] ?? "")
        try await user.save(on: request.db)
        // Sessions elsewhere (a forgotten browser) end when the password changes.
        if let current = request.state.session?.id {
            try await UserSession.query(on: request.db)
                .filter(\.$user.$id == user.id!)
                .filter(\.$id != current)
                .delete()
        }
        // A reset link asked for before the change no longer works.
        try await AccountLinks.supersedeOpenLinks(of: user.requireID(), now: request.now, on: request.db)
        try await request.audit(.passwordChanged, subject: user.name, subjectID: user.id)
        try await request.setNotice(.passwordChanged)
        return request.redirect(to: SiteRoute.account.path)
    }

    func switchOrganisation(_ request: Request) async throws -> Response {
        guard let userID = request.state.user?.id, let session = request.state.session else { throw AuthenticationRequired() }
        guard let organisationID = request.form.id("organisation") else { throw Abort(.badRequest) }
        // Not a member there: the same answer as for an organisation that does not exist.
        guard
            try await Membership.query(on: request.db)
                .filter(\.$user.$id == userID)
                .filter(\.$organisation.$id == organisationID)
                .first() != nil
        else { throw Abort(.notFound) }
        session.organisationID = organisationID
        session.notice = Notice.organisationSwitched.rawValue
        try await session.save(on: request.db)
        return request.redirect(to: SiteRoute.home.path)
    }

    /// Creates (or replaces) the personal calendar feed's secret address, or turns it off.
    /// Only the token's hash is kept, so the address is shown once, on this response.
    func calendarAddress(_ request: Request) async throws -> Response {
        guard let user = request.state.user else { throw AuthenticationRequired() }
        guard request.formField("action") != "remove" else {
            user.calendarTokenHash = nil
            try await user.save(on: request.db)
            try await request.setNotice(.calendarFeedRemoved)
            return request.redirect(to: SiteRoute.account.path + "#calendar")
        }
        let token = SessionStore.randomToken()
        user.calendarTokenHash = SessionStore.hash(token)
        try await user.save(on: request.db)
        var model = try await model(request)
        model.newCalendarAddress = request.application.config.absoluteURL(SiteRoute.calendarFeed(token: token).path)
        return request.html(AccountPage.render(model, context: try await request.pageContext()))
    }

    private func model(_ request: Request) async throws -> AccountPage.Model {
        guard let user = request.state.user else { throw AuthenticationRequired() }
        var model = AccountPage.Model(
            name: user.name, email: user.email, roles: request.state.membership?.roles ?? [],
            hasCalendarFeed: user.calendarTokenHash != nil)
        if let organisationID = request.state.organisationID {
            let tenant = TenantDatabase(organisationID: organisationID, database: request.db)
            if let person = try await tenant.find(Person.self, request.state.membership?.$person.id) {
                model.person = [person.name, person.title].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            }
            let change = try await AuditRecord.query(on: request.db).filter(\.$organisationID == organisationID)
                .filter(\.$action == AuditAction.accountLinkChanged.rawValue).filter(\.$subjectID == user.requireID())
                .sort(\.$at, .descending).first()
            model.personLinkChanged = change.map { ($0.at, $0.actorName ?? "Roder") }
        }
        return model
    }
}

extension PasswordPolicy.Problem {
    func message(_ localizer: Localizer) -> String {
        switch self {
        case .tooShort: localizer(.passwordTooShort(count: String(PasswordPolicy.minimumLength)))
        case .tooLong: localizer(.passwordTooLong(count: String(PasswordPolicy.maximumLength)))
        case .sameAsEmail: localizer(.passwordSameAsEmail)
        case .mismatch: localizer(.passwordMismatch)
        }
    }
}
