import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// Finds the browser's session and who is signed in, picks the language, and afterwards
/// writes the session cookie. Errors from the handlers are turned into pages here, inside
/// the middleware, so a page rendered for an error still gets its cookie.
struct SessionMiddleware: AsyncMiddleware {
    let config: AppConfig

    var cookieName: String { config.secureCookies ? "__Host-roder_session" : "roder_session" }
    /// A visitor's CSRF token and one-off notice, for those without a session.
    var csrfCookieName: String { config.secureCookies ? "__Host-roder_csrf" : "roder_csrf" }
    var noticeCookieName: String { config.secureCookies ? "__Host-roder_notice" : "roder_notice" }
    static let languageCookieName = "roder_lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let state = RequestState(language: config.defaultLanguage)
        request.state = state
        try await loadSession(request, state: state)
        state.visitorCSRFToken = request.cookie(csrfCookieName).flatMap { SessionStore.isWellFormed($0) ? $0 : nil }
        state.visitorNotice = request.cookie(noticeCookieName).flatMap(Notice.init(rawValue:))
        state.language =
            state.userLanguage
            ?? request.cookie(Self.languageCookieName).flatMap(Language.init(rawValue:))
            ?? Language.preferred(byAcceptLanguage: request.headers.first(name: .acceptLanguage))
            ?? config.defaultLanguage

        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            response = await ErrorResponder.response(for: error, request: request)
        }
        if let token = state.newSessionToken {
            response.cookies[cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax
            )
        } else if state.clearSessionCookie && state.session == nil {
            response.cookies[cookieName] = expired()
        }
        if state.setsVisitorCSRFCookie, let token = state.visitorCSRFToken {
            response.cookies[csrfCookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax
            )
        }
        switch state.visitorNoticeCookie {
        case .set(let notice):
            response.cookies[noticeCookieName] = HTTPCookies.Value(
                string: notice.rawValue, maxAge: 5 * 60, path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax
            )
        case .clear:
            response.cookies[noticeCookieName] = expired()
        case nil:
            break
        }
        return response
    }

    private func expired() -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
            isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    private func loadSession(_ request: Request, state: RequestState) async throws {
        guard let token = request.cookie(cookieName), !token.isEmpty else { return }
        guard var loaded = try await request.application.sessionLoader.load(token: token, on: request.eventLoop) else {
            state.clearSessionCookie = true
            return
        }
        let now = request.now
        if SessionStore.isExpired(loaded.session, config: config, now: now) {
            state.sessionExpired = loaded.session.userID != nil
            state.clearSessionCookie = true
            try await loaded.session.model.delete(on: request.db)
            return
        }
        var membership: Int?
        if let userID = loaded.session.userID {
            guard let user = loaded.user, user.id == userID, user.isActive else {
                // A deactivated user's sessions end at once.
                state.clearSessionCookie = true
                try await loaded.session.model.delete(on: request.db)
                return
            }
            membership = try await chooseOrganisation(request, session: &loaded.session, memberships: loaded.memberships)
        }
        // Touch at most once a minute: enough for the idle timeout, without a write per request.
        // Written a moment later with the others noted meanwhile (`SessionTouches`): the
        // request does not wait for it.
        if now.timeIntervalSince(loaded.session.lastSeenAt) > 60 {
            request.application.sessionTouches.note(loaded.session.id, at: now)
            loaded.session.lastSeenAt = now
        }
        state.adopt(loaded, membership: membership)
    }

    /// The membership in the session's organisation; if it is gone, the user's first one.
    private func chooseOrganisation(_ request: Request, session: inout SessionRecord, memberships: [MembershipRecord]) async throws -> Int? {
        let chosen =
            memberships.firstIndex { $0.organisationID == session.organisationID }
            ?? memberships.indices.min { memberships[$0].organisation.slug < memberships[$1].organisation.slug }
        let organisationID = chosen.map { memberships[$0].organisationID }
        if session.organisationID != organisationID {
            session.organisationID = organisationID
            try await session.model.save(on: request.db)
        }
        return chosen
    }
}

/// Headers every response carries: no inline script, no framing, no MIME sniffing, no
/// leaking of paths to other sites.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "font-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'",
        "base-uri 'none'", "object-src 'none'",
    ].joined(separator: "; ")

    let secure: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("X-Frame-Options", "DENY"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        if secure {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        return response
    }
}

/// The outermost safety net: anything thrown before `SessionMiddleware` could handle it
/// (the database unreachable, say) still becomes a localised page, never a stack trace.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await ErrorResponder.response(for: error, request: request)
        }
    }
}
