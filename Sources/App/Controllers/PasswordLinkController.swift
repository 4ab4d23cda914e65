import Fluent
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// Choosing a password with a link from an invitation or reset mail, and "Forgotten your
/// password?". Opening a link changes nothing (mail scanners open links too); only posting the
/// form with a new password uses it up.
struct PasswordLinkController: Sendable {
    func chooseForm(_ request: Request) async throws -> Response {
        let token = request.query[String.self, at: "token"] ?? ""
        let (link, status) = try await lookUp(token, request)
        guard let link, status == .usable else { return try await notUsable(status, request) }
        // The form speaks the person's own language, as the mail did.
        if let language = link.user.language { request.state.language = language }
        return request.html(
            ChoosePasswordPage.render(.form(token: token, name: link.user.name, email: link.user.email, problems: []), context: try await request.pageContext())
        )
    }

    func choose(_ request: Request) async throws -> Response {
        let form = request.form
        let token = form["token"] ?? ""
        let (link, status) = try await lookUp(token, request)
        guard let link, status == .usable else { return try await notUsable(status, request) }
        let user = link.user
        if let language = user.language { request.state.language = language }
        let localizer = request.localizer()
        let problems = PasswordPolicy.problems(password: form["new_password"] ?? "", confirmation: form["confirm_password"] ?? "", email: user.email)
            .map { $0.message(localizer) }
        guard problems.isEmpty else {
            let page = ChoosePasswordPage.render(
                .form(token: token, name: user.name, email: user.email, problems: problems), context: try await request.pageContext())
            return request.html(page, status: .unprocessableEntity)
        }
        let hash = try await request.password.async.hash(form["new_password"] ?? "")
        let now = request.now, userID = try user.requireID()
        let used = try await request.db.transaction { database -> Bool in
            // Used up by the statement that checks it is still open: two posts of the same link
            // (a double click, a replay) set the password once.
            guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
            let taken = try await sql.update(AccountLink.schema).set("used_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(try link.requireID())).where("used_at", .is, SQLLiteral.null)
                .where("superseded_at", .is, SQLLiteral.null).where("expires_at", .greaterThan, SQLBind(now))
                .returning("id").all()
            guard taken.count == 1 else { return false }
            try await AccountLinks.supersedeOpenLinks(of: userID, now: now, on: database)
            user.passwordHash = hash
            try await user.save(on: database)
            // Whoever was signed in as this user before (a reset after a stolen password) is not any more.
            try await UserSession.query(on: database).filter(\.$user.$id == userID).delete()
            for organisationID in try await Membership.query(on: database).filter(\.$user.$id == userID).all(\.$organisation.$id) {
                try await AuditRecord(
                    organisationID: organisationID, actorUserID: userID, actorName: user.name, action: .passwordChosenWithLink, subject: user.name,
                    subjectID: userID, before: nil, after: nil, at: now
                ).create(on: database)
            }
            return true
        }
        guard used else { return try await notUsable(.used, request) }
        try await AuthController.startSession(for: user, request)
        try await request.setNotice(.passwordChosen)
        return request.redirect(to: SiteRoute.home.path)
    }

    func forgotForm(_ request: Request) async throws -> Response {
        request.html(ForgotPasswordPage.render(.form(email: "", problem: nil), context: try await request.pageContext()))
    }

    /// The same answer whether or not the address has an account. Each request counts against
    /// the client's address; each mail against the account's, so nobody can fill an inbox.
    func forgot(_ request: Request) async throws -> Response {
        let typed = request.form["email"] ?? ""
        let email = EmailAddress.normalised(typed)
        let now = request.now
        let since = now.addingTimeInterval(-PasswordResetThrottle.window)
        func recent(_ key: String) async throws -> [Date] {
            try await SignInAttempt.query(on: request.db).filter(\.$key == key).filter(\.$at > since).all(\.$at)
        }
        let clientKey = PasswordResetThrottle.clientKey(request.clientAddress)
        if let until = PasswordResetThrottle.clientWaitsUntil(after: try await recent(clientKey), now: now) {
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            let problem = request.localizer()(.forgotPasswordThrottled(minutes: request.localizer().number(minutes)))
            return request.html(
                ForgotPasswordPage.render(.form(email: typed, problem: problem), context: try await request.pageContext()), status: .tooManyRequests)
        }
        guard EmailAddress.isPlausible(email) else {
            let problem = request.localizer()(.emailInvalid)
            return request.html(
                ForgotPasswordPage.render(.form(email: typed, problem: problem), context: try await request.pageContext()), status: .unprocessableEntity)
        }
        try await SignInAttempt(key: clientKey, at: now).create(on: request.db)
        let accountKey = PasswordResetThrottle.accountKey(email)
        if let user = try await User.query(on: request.db).filter(\.$email == email).first(), user.isActive,
            PasswordResetThrottle.mayMail(after: try await recent(accountKey), now: now)
        {
            let config = request.application.config
            try await request.db.transaction { database in
                try await SignInAttempt(key: accountKey, at: now).create(on: database)
                try await AccountLinks.send(.passwordReset, to: user, organisation: nil, sentBy: nil, config: config, now: now, on: database)
            }
        }
        return request.html(ForgotPasswordPage.render(.sent(email: email), context: try await request.pageContext()))
    }

    // MARK: -

    private func lookUp(_ token: String, _ request: Request) async throws -> (AccountLink?, AccountLinkStatus?) {
        guard let link = try await AccountLinks.find(token: token, on: request.db) else { return (nil, nil) }
        // A deactivated account's link opens nothing, as if it were unknown.
        guard link.user.isActive else { return (nil, nil) }
        return (link, link.status(now: request.now))
    }

    /// What became of a link: 404 for one Roder does not know, 410 Gone for one used, expired or superseded.
    private func notUsable(_ status: AccountLinkStatus?, _ request: Request) async throws -> Response {
        request.html(ChoosePasswordPage.render(.notUsable(status), context: try await request.pageContext()), status: status == nil ? .notFound : .gone)
    }
}
