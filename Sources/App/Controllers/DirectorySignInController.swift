import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// Sign-in with an organisation's own directory (OpenID Connect, authorisation code flow with
/// PKCE, state and nonce), and the administrator's settings for it. The person's address picks
/// the organisation; the directory's ID token, verified, names the address; the person must
/// already have an active account in that organisation.
struct DirectorySignInController: Sendable {
    // MARK: Settings

    func settings(_ request: Request) async throws -> Response {
        let provider = try await Self.provider(of: try request.tenant.organisationID, on: request.db)
        let model = DirectorySettingsPage.Model(
            name: provider?.name ?? "", issuer: provider?.issuer ?? "", clientID: provider?.clientID ?? "", hasSecret: provider != nil,
            domains: provider?.domains.joined(separator: ", ") ?? "", passwordAllowed: provider?.allowsPassword ?? true,
            redirectURL: Self.redirectURI(request))
        return request.html(DirectorySettingsPage.render(model, context: try await request.pageContext()))
    }

    func saveSettings(_ request: Request) async throws -> Response {
        let form = request.form, localizer = request.localizer()
        let organisationID = try request.tenant.organisationID
        let existing = try await Self.provider(of: organisationID, on: request.db)
        func typed(_ name: String) -> String { String((form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(500)) }
        let secret = typed("client_secret")
        let (domains, invalid) = DirectorySignIn.domains(typed("domains"))
        var model = DirectorySettingsPage.Model(
            name: typed("name"), issuer: typed("issuer"), clientID: typed("client_id"), hasSecret: existing != nil, domains: typed("domains"),
            passwordAllowed: form["password_allowed"] != nil, redirectURL: Self.redirectURI(request))
        if model.name.isEmpty { model.errors.append(localizer(.nameRequired)) }
        if !DirectoryClient.isAcceptableIssuer(model.issuer) { model.errors.append(localizer(.directoryIssuerInvalid)) }
        if model.clientID.isEmpty { model.errors.append(localizer(.directoryClientIDRequired)) }
        if secret.isEmpty && existing == nil { model.errors.append(localizer(.directoryClientSecretRequired)) }
        model.errors += invalid.map { localizer(.directoryDomainInvalid(domain: $0)) }
        if domains.isEmpty && invalid.isEmpty { model.errors.append(localizer(.directoryDomainsRequired)) }
        // An address must lead to one organisation's directory only.
        let taken = Set(try await DirectoryProvider.query(on: request.db).filter(\.$organisationID != organisationID).all().flatMap(\.domains))
        model.errors += domains.filter(taken.contains).map { localizer(.directoryDomainTaken(domain: $0)) }
        // Nobody locks themselves out: passwords go only when the administrator can come in through the directory.
        let ownDomain = request.state.user.flatMap { DirectorySignIn.domain(of: $0.email) }
        if !model.passwordAllowed && !(ownDomain.map(domains.contains) ?? false) { model.errors.append(localizer(.directoryPasswordOffRefused)) }
        guard model.errors.isEmpty else {
            return request.html(DirectorySettingsPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
        }
        let provider = existing ?? DirectoryProvider(organisationID: organisationID, now: request.now)
        provider.name = model.name
        provider.issuer = model.issuer
        provider.clientID = model.clientID
        if !secret.isEmpty { provider.clientSecret = secret }
        provider.domainList = domains.joined(separator: ",")
        provider.allowsPassword = model.passwordAllowed
        provider.updatedAt = request.now
        try await provider.save(on: request.db)
        try await request.audit(.directorySettingsChanged, subject: model.name, after: model.passwordAllowed ? nil : "password-off")
        try await request.setNotice(.directorySaved)
        return request.redirect(to: SiteRoute.directorySettings.path)
    }

    // MARK: Signing in

    /// From the address typed on the sign-in page to the directory of the organisation whose domain it is.
    func start(_ request: Request) async throws -> Response {
        let form = request.form
        let email = EmailAddress.normalised(form["directory-email"] ?? "")
        let next = form["next"].flatMap { SiteRoute.isSafeRedirect($0) ? $0 : nil }
        guard EmailAddress.isPlausible(email), let domain = DirectorySignIn.domain(of: email),
            let provider = try await DirectoryProvider.query(on: request.db).all().first(where: { $0.domains.contains(domain) }),
            let browser = Self.browserBinding(request)
        else {
            let page = SignInPage.render(
                .init(email: form["directory-email"] ?? "", next: next, offersDirectory: true, directoryProblem: request.localizer()(.signInNoDirectory)),
                context: try await request.pageContext())
            return request.html(page, status: .unprocessableEntity)
        }
        let discovery: DirectoryClient.Discovery
        do { discovery = try await DirectoryClient(client: request.client).discover(issuer: provider.issuer) } catch {
            request.logger.warning("Directory sign-in: \(error)")
            return try await failed(request, .directoryUnreachable, status: .badGateway)
        }
        let state = SessionStore.randomToken(), nonce = SessionStore.randomToken(), verifier = SessionStore.randomToken()
        try await DirectorySignInAttempt(
            providerID: try provider.requireID(), browserHash: browser, stateHash: SessionStore.hash(state), nonce: nonce, codeVerifier: verifier, next: next,
            now: request.now
        ).create(on: request.db)
        let address = DirectoryClient.authorizationURL(
            discovery, clientID: provider.clientID, redirectURI: Self.redirectURI(request), state: state, nonce: nonce,
            codeChallenge: DirectoryClient.codeChallenge(for: verifier), loginHint: email)
        // A page that goes on at once, not a redirect: the sign-in form's `form-action 'self'`
        // would stop a form's redirect to another site.
        return request.html(DirectoryRedirectPage.render(to: address, serviceName: provider.name, context: try await request.pageContext()))
    }

    /// The directory sends the browser back here with a code (or an error) and the state.
    func callback(_ request: Request) async throws -> Response {
        let state = request.query[String.self, at: "state"] ?? ""
        // The attempt is found by its state in the browser that began it, and used up at once.
        guard SessionStore.isWellFormed(state), let browser = Self.browserBinding(request),
            let attempt = try await DirectorySignInAttempt.query(on: request.db).filter(\.$stateHash == SessionStore.hash(state))
                .filter(\.$browserHash == browser).with(\.$provider).first()
        else { return try await failed(request, .directoryAttemptUnknown, status: .badRequest) }
        try await attempt.delete(on: request.db)
        guard request.now.timeIntervalSince(attempt.createdAt) < DirectorySignInAttempt.lifetime else {
            return try await failed(request, .directoryAttemptUnknown, status: .badRequest)
        }
        let provider = attempt.provider
        guard let code = request.query[String.self, at: "code"], !code.isEmpty else {
            request.logger.notice("Directory sign-in: the directory answered \(request.query[String.self, at: "error"] ?? "without a code")")
            return try await failed(request, .directoryAttemptUnknown, status: .badRequest)
        }
        let directory = DirectoryClient(client: request.client)
        let claims: DirectorySignIn.Claims
        do {
            let discovery = try await directory.discover(issuer: provider.issuer)
            let token = try await directory.idToken(
                code: code, codeVerifier: attempt.codeVerifier, redirectURI: Self.redirectURI(request), clientID: provider.clientID,
                clientSecret: provider.clientSecret, discovery: discovery)
            claims = try await directory.verifiedClaims(of: token, discovery: discovery)
        } catch DirectoryClient.Failure.badToken(let reason) {
            request.logger.warning("Directory sign-in refused: \(reason)")
            return try await failed(request, .directoryRejected(problem: "signature"), status: .unauthorized)
        } catch {
            request.logger.warning("Directory sign-in: \(error)")
            return try await failed(request, .directoryUnreachable, status: .badGateway)
        }
        let email: String
        switch DirectorySignIn.email(
            from: claims, issuer: provider.issuer, clientID: provider.clientID, nonce: attempt.nonce, allowedDomains: provider.domains, now: request.now)
        {
        case .success(let address): email = address
        case .failure(let problem):
            request.logger.warning("Directory sign-in refused: \(problem.rawValue)")
            return try await failed(request, .directoryRejected(problem: problem.rawValue), status: .unauthorized)
        }
        // An account of this organisation, active, with this address: no account is made here.
        guard let user = try await User.query(on: request.db).filter(\.$email == email).filter(\.$isActive == true).first(),
            try await Membership.query(on: request.db).filter(\.$user.$id == user.requireID()).filter(\.$organisation.$id == provider.organisationID)
                .first() != nil
        else { return try await failed(request, .directoryNoAccount(email: email), status: .forbidden) }
        try await AuthController.startSession(for: user, organisationID: provider.organisationID, request)
        return request.redirect(to: attempt.next ?? SiteRoute.home.path)
    }

    // MARK: -

    static func provider(of organisationID: UUID, on database: any Database) async throws -> DirectoryProvider? {
        try await DirectoryProvider.query(on: database).filter(\.$organisationID == organisationID).first()
    }

    /// Whether `userID` may not sign in with a password: an organisation of theirs has turned it off.
    static func passwordSignInOff(for userID: UUID, on database: any Database) async throws -> Bool {
        let organisations = try await Membership.query(on: database).filter(\.$user.$id == userID).all(\.$organisation.$id)
        guard !organisations.isEmpty else { return false }
        return try await DirectoryProvider.query(on: database).filter(\.$organisationID ~~ organisations).filter(\.$allowsPassword == false).count() > 0
    }

    /// What ties an attempt to this browser: the hash of its CSRF token (a session's, or a
    /// visitor's cookie, sent along when the directory sends the browser back).
    static func browserBinding(_ request: Request) -> String? {
        (request.state.session?.csrfToken ?? request.state.visitorCSRFToken).map(SessionStore.hash)
    }

    static func redirectURI(_ request: Request) -> String {
        request.application.config.absoluteURL(SiteRoute.directoryCallback.path)
    }

    private func failed(_ request: Request, _ message: Str, status: HTTPStatus) async throws -> Response {
        request.html(DirectoryFailedPage.render(request.localizer()(message), context: try await request.pageContext()), status: status)
    }
}
