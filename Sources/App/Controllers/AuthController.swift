import Fluent
import RoderCore
import RoderViews
import Vapor

/// Sign in and sign out.
struct AuthController: Sendable {

    func signInForm(_ request: Request) async throws -> Response {
        let next = request.query[String.self, at: "next"].flatMap { SiteRoute.isSafeRedirect($0) ? $0 : nil }
        if request.state.user != nil {
            return request.redirect(to: next ?? SiteRoute.home.path)
        }
        return request.html(
            SignInPage.render(.init(next: next, offersDirectory: try await Self.offersDirectory(request)), context: try await request.pageContext()))
    }

    func signIn(_ request: Request) async throws -> Response {
        let form = request.form
        let email = EmailAddress.normalised(form["email"] ?? "")
        let password = form["password"] ?? ""
        let next = form["next"].flatMap { SiteRoute.isSafeRedirect($0) ? $0 : nil }
        let address = request.clientAddress
        let now = request.now

        func again(_ problem: SignInPage.Problem, status: HTTPStatus) async throws -> Response {
            let page = SignInPage.render(
                .init(email: form["email"] ?? "", next: next, problem: problem, offersDirectory: try await Self.offersDirectory(request)),
                context: try await request.pageContext())
            return request.html(page, status: status)
        }
        func throttled(until: Date) async throws -> Response {
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            return try await again(.throttled(minutes: minutes), status: .tooManyRequests)
        }

        // Counted before the password is checked, in the database that every process shares.
        let attempt = try await SignInAttempts.begin(email: email, address: address, now: now, on: request.db)
        let addressThrottledUntil: Date?
        switch attempt.verdict {
        case .refuse(let until):
            try await SignInAttempts.withdraw(attempt, on: request.db)
            return try await throttled(until: until)
        case .check(let until):
            addressThrottledUntil = until
        }

        let user = try await User.query(on: request.db).filter(\.$email == email).first()
        // An account still waiting for its invitation has no password: checked against the decoy,
        // in the same time, and refused.
        let hash = user.flatMap { $0.hasPassword ? $0.passwordHash : nil } ?? request.application.decoyPasswordHash
        let matches = try await request.password.async.verify(password, created: hash)
        guard let user, user.hasPassword, matches, user.isActive else {
            request.logger.notice("Failed sign-in", metadata: ["address": .string(address)])
            if let addressThrottledUntil { return try await throttled(until: addressThrottledUntil) }
            return try await again(.wrongCredentials, status: .unauthorized)
        }
        try await SignInAttempts.succeeded(attempt, email: email, on: request.db)
        // The right password, but the organisation signs in with its own directory only.
        if try await DirectorySignInController.passwordSignInOff(for: user.requireID(), on: request.db) {
            return try await again(.passwordSignInOff, status: .forbidden)
        }

        try await Self.startSession(for: user, request)
        return request.redirect(to: next ?? SiteRoute.home.path)
    }

    /// Signs `user` in on this browser: a new session on every sign-in, so that a session id
    /// planted before it is worthless; the user's language from then on.
    /// `organisationID`: the organisation to work in first (the one whose directory signed them
    /// in); otherwise the first of theirs.
    static func startSession(for user: User, organisationID: UUID? = nil, _ request: Request) async throws {
        let userID = try user.requireID(), now = request.now
        if let old = request.state.session { try await old.delete(on: request.db) }
        let firstMembership = try await Membership.query(on: request.db).filter(\.$user.$id == userID)
            .with(\.$organisation).all()
            .sorted { $0.organisation.slug < $1.organisation.slug }.first
        let (session, token) = try await SessionStore.create(
            userID: userID, organisationID: organisationID ?? firstMembership?.$organisation.id, on: request.db, now: now)
        request.state.session = session
        request.state.newSessionToken = token
        user.lastSignInAt = now
        try await user.save(on: request.db)
        if let language = user.language {
            request.state.language = language
        }
    }

    /// Whether any organisation signs in with its own directory (the sign-in page then offers it).
    static func offersDirectory(_ request: Request) async throws -> Bool {
        try await DirectoryProvider.query(on: request.db).count() > 0
    }

    func signOut(_ request: Request) async throws -> Response {
        if let session = request.state.session {
            try await session.delete(on: request.db)
            request.state.session = nil
        }
        request.state.user = nil
        request.state.membership = nil
        request.state.organisation = nil
        try await request.setNotice(.signedOut)
        return request.redirect(to: SiteRoute.signIn().path)
    }
}

/// The language switch on every page: remembered in a cookie, and for a signed-in user
/// as their own setting.
struct LanguageController: Sendable {

    func switchLanguage(_ request: Request) async throws -> Response {
        let form = request.form
        guard let language = form["language"].flatMap(Language.init(rawValue:)) else { throw Abort(.badRequest) }
        if let user = request.state.user, user.language != language {
            let before = user.languageCode
            user.languageCode = language.code
            try await user.save(on: request.db)
            try await request.audit(.languageChanged, subject: user.name, subjectID: user.id, before: before, after: language.code)
        }
        let target = form["return"].flatMap { SiteRoute.isSafeRedirect($0) ? $0 : nil } ?? SiteRoute.home.path
        let response = request.redirect(to: target)
        response.cookies[SessionMiddleware.languageCookieName] = HTTPCookies.Value(
            string: language.code, maxAge: 365 * 24 * 60 * 60, path: "/",
            isSecure: request.application.config.secureCookies, isHTTPOnly: true, sameSite: .lax
        )
        return response
    }
}
