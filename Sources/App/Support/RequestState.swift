import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// What Roder knows about one request once `SessionMiddleware` has run: the session, who
/// is signed in, where they work and in which language. A class, because handlers update
/// it (sign-in creates a session) and the middleware reads it back to set the cookie; kept in
/// the request's `storage`, and used only by the request's own handling, one step at a time.
///
/// The session arrives as plain values (`LoadedSession`); the Fluent models `session`,
/// `user`, `membership`, `memberships` and `organisation` are made from them the first time a
/// handler asks, and from then on they are what counts. Most requests need only the few
/// values read by `principal`, `organisationID`, `personID` and `csrfToken`, which take them
/// from the model if one has been made and from the values otherwise.
final class RequestState: @unchecked Sendable {
    /// Set when this request created a new session, so its cookie goes out with the response.
    var newSessionToken: String?
    /// The request came with a cookie for a session that no longer exists.
    var clearSessionCookie = false
    /// The request came with a signed-in session that had timed out.
    var sessionExpired = false
    var language: Language
    /// The submitted form's fields, read at the first `Request.form`.
    var form: FormFields?

    /// The session as `SessionMiddleware` found it, and the index of the membership it works in.
    private var loaded: LoadedSession?
    private var chosenMembership: Int?
    /// A model is `.unmade` until asked for (then made from `loaded`) or set.
    private enum Slot<Value> {
        case unmade
        case made(Value)
    }
    private var sessionSlot: Slot<UserSession?> = .unmade
    private var userSlot: Slot<User?> = .unmade
    private var membershipSlot: Slot<(all: [Membership], chosen: Membership?, organisation: Organisation?)> = .unmade

    init(language: Language) {
        self.language = language
    }

    /// A valid session for this request, with the membership (an index into its memberships)
    /// it works in. Only `SessionMiddleware` calls this, before any handler.
    func adopt(_ session: LoadedSession, membership: Int?) {
        loaded = session
        chosenMembership = membership
        sessionSlot = .unmade
        userSlot = .unmade
        membershipSlot = .unmade
    }

    var session: UserSession? {
        get {
            if case .made(let session) = sessionSlot { return session }
            let session = loaded?.session.model
            sessionSlot = .made(session)
            return session
        }
        set { sessionSlot = .made(newValue) }
    }

    var user: User? {
        get {
            if case .made(let user) = userSlot { return user }
            let user = loaded?.user?.model
            userSlot = .made(user)
            return user
        }
        set { userSlot = .made(newValue) }
    }

    /// All of the user's memberships, with their organisations (for the organisation switch).
    var memberships: [Membership] {
        get { madeMemberships.all }
        set { madeMemberships.all = newValue }
    }

    var membership: Membership? {
        get { madeMemberships.chosen }
        set { madeMemberships.chosen = newValue }
    }

    var organisation: Organisation? {
        get { madeMemberships.organisation }
        set { madeMemberships.organisation = newValue }
    }

    /// The memberships as models, each organisation one model shared by its memberships.
    private var madeMemberships: (all: [Membership], chosen: Membership?, organisation: Organisation?) {
        get {
            if case .made(let made) = membershipSlot { return made }
            var organisations: [UUID: Organisation] = [:]
            let all = (loaded?.memberships ?? []).map { record in
                let organisation = organisations[record.organisationID] ?? record.organisation.model
                organisations[record.organisationID] = organisation
                return record.model(organisation: organisation)
            }
            let chosen = chosenMembership.map { all[$0] }
            let made = (all: all, chosen: chosen, organisation: chosen?.organisation)
            membershipSlot = .made(made)
            return made
        }
        set { membershipSlot = .made(newValue) }
    }

    /// The chosen membership's values, unless a model has been made (and may have changed).
    private var chosenRecord: MembershipRecord? {
        guard case .unmade = membershipSlot, let chosenMembership else { return nil }
        return loaded?.memberships[chosenMembership]
    }

    /// The session's CSRF token.
    var csrfToken: String? {
        if case .made(let session) = sessionSlot { return session?.csrfToken }
        return loaded?.session.csrfToken
    }

    /// A visitor without a session (the sign-in page, the language switch) has no row in the
    /// database: their forms carry the token of a cookie of their own instead (a
    /// double-submit token, `SessionMiddleware.csrfCookieName`). What the cookie said, and
    /// whether this response sets a new one.
    var visitorCSRFToken: String?
    var setsVisitorCSRFCookie = false
    /// A one-off notice for a visitor without a session ("You are signed out"), in a cookie
    /// for the next page: what the request's cookie said, and what the response should do.
    var visitorNotice: Notice?
    enum NoticeCookie { case set(Notice), clear }
    var visitorNoticeCookie: NoticeCookie?

    /// The token a form must carry: the session's, or for a visitor without one, the cookie's.
    var expectedCSRFToken: String? {
        if let token = csrfToken { return token }
        return session == nil ? visitorCSRFToken : nil
    }

    /// The organisation worked in.
    var organisationID: UUID? {
        if case .made(let made) = membershipSlot { return made.organisation?.id }
        return chosenRecord?.organisationID
    }

    /// The person the user is in the organisation worked in (a manager, say), if any.
    var personID: UUID? {
        if case .made(let made) = membershipSlot { return made.chosen?.$person.id }
        return chosenRecord?.personID
    }

    /// The language the signed-in user chose, if any.
    var userLanguage: Language? {
        if case .made(let user) = userSlot { return user?.language }
        return loaded?.user?.languageCode.flatMap(Language.init(rawValue:))
    }

    var principal: Principal? {
        let userID: UUID?, isProgrammeOperator: Bool
        if case .made(let user) = userSlot {
            (userID, isProgrammeOperator) = (user?.id, user?.isProgrammeOperator ?? false)
        } else {
            (userID, isProgrammeOperator) = (loaded?.user?.id, loaded?.user?.isProgrammeOperator ?? false)
        }
        guard let userID else { return nil }
        let roles: Set<Role>
        if case .made(let made) = membershipSlot { roles = made.chosen?.roles ?? [] } else { roles = chosenRecord?.roles ?? [] }
        return Principal(userID: userID, organisationID: organisationID, roles: roles, isProgrammeOperator: isProgrammeOperator)
    }
}

extension Request {
    private struct StateKey: StorageKey { typealias Value = RequestState }

    /// The request's state. `SessionMiddleware` sets it before any handler runs, once.
    var state: RequestState {
        get {
            if let state = storage[StateKey.self] { return state }
            let state = RequestState(language: application.config.defaultLanguage)
            storage[StateKey.self] = state
            return state
        }
        set { storage[StateKey.self] = newValue }
    }

    var hasState: Bool { storage[StateKey.self] != nil }

    var now: Date { application.config.clock.now() }

    /// The organisation's time zone: days, months and years are counted in it.
    var timeZone: TimeZone { application.config.timeZone }

    /// The signed-in user's roles in the current organisation.
    var roles: Set<Role> { state.principal?.roles ?? [] }

    func requireUserID() throws -> UUID {
        guard let userID = state.principal?.userID else { throw Abort(.unauthorized) }
        return userID
    }

    /// The current organisation's data, and nothing else. Throws 403 when the user works
    /// in no organisation (the programme operator).
    var tenant: TenantDatabase {
        get throws { TenantDatabase(organisationID: try organisationID, database: db) }
    }

    /// The current organisation's id, for a key or a batched query; throws 403 as `tenant`
    /// does. Cheaper than `tenant` when no query is made: `db` looks the database up anew.
    var organisationID: UUID {
        get throws {
            guard let organisationID = state.organisationID else { throw Abort(.forbidden) }
            return organisationID
        }
    }

    /// The value of the cookie called `name`, read from the `Cookie` headers (`CookieHeader`).
    func cookie(_ name: String) -> String? {
        CookieHeader.value(named: name, in: headers[.cookie])
    }

    /// The fields of the form the request carries (URL-encoded or multipart), decoded by
    /// Vapor's decoder for the body's type once per request. A body that does not decode is an
    /// empty form: its handler then says what is missing, as for a form sent empty.
    var form: FormFields {
        if let form = state.form { return form }
        let form = (try? content.decode(FormFields.self)) ?? FormFields()
        state.form = form
        return form
    }

    /// The text of the form's field `name`, as typed; nil when the form has no such field.
    func formField(_ name: String) -> String? {
        form[name]
    }

    /// The file sent in the form's field `name` (a multipart upload); nil when there is none.
    func uploadedFile(_ name: String) -> File? {
        try? content.get(File.self, at: name)
    }

    /// Every state-changing request must carry the session's CSRF token, as the form field
    /// `_csrf` or the header `X-CSRF-Token`. Checked per route, after Vapor has collected the
    /// body as the route allows (uploads are larger than forms).
    func verifyCSRFToken() throws {
        // A form sent from a page whose session has since timed out: say that, not "expired form".
        if state.sessionExpired { throw AuthenticationRequired() }
        let sent = headers.first(name: "X-CSRF-Token") ?? formField("_csrf")
        guard let expected = state.expectedCSRFToken, let sent, SessionStore.tokensMatch(sent, expected) else {
            throw CSRFTokenMismatch()
        }
    }

    /// Throws unless `access` lets the current user in: not signed in → sign-in page,
    /// signed in without the role → 403.
    func authorize(_ access: Access) throws {
        let principal = state.principal
        if access.allows(principal) { return }
        if principal == nil { throw AuthenticationRequired() }
        throw Abort(.forbidden)
    }

    func localizer() -> Localizer {
        Localizer(
            language: state.language,
            timeZone: application.config.timeZone,
            contentLanguages: state.organisation?.contentLanguages ?? []
        )
    }

    /// Everything the page skeleton needs, with the token its forms (language switch, sign-in,
    /// sign-out) carry, and the one-off notice taken out of the session or the visitor's cookie.
    /// A visitor without a session gets no session: no database row for someone who only
    /// looks at the sign-in page.
    /// `notice`: shown when there is none waiting (a notice carried by the redirect itself,
    /// for paths that must not write the session).
    func pageContext(notice fallback: Notice? = nil) async throws -> PageContext {
        var notice: Notice? = fallback
        let csrfToken: String
        if let session = state.session {
            if let code = session.notice {
                notice = Notice(rawValue: code)
                session.notice = nil
                try await session.save(on: db)
            }
            csrfToken = session.csrfToken
        } else {
            csrfToken = visitorCSRFToken()
            if let waiting = state.visitorNotice {
                notice = waiting
                state.visitorNotice = nil
                state.visitorNoticeCookie = .clear
            }
        }
        let organisations = state.memberships.map(\.organisation.summary)
        return PageContext(
            localizer: localizer(),
            principal: state.principal,
            userName: state.user?.name,
            organisation: state.organisation?.summary,
            organisations: organisations,
            csrfToken: csrfToken,
            currentPath: url.path,
            notice: notice
        )
    }

    /// A page context for when the database cannot be used (the 500 page): no session,
    /// no forms that work, but the right language.
    func fallbackPageContext() -> PageContext {
        PageContext(
            localizer: localizer(), principal: nil, userName: nil, organisation: nil,
            csrfToken: "", currentPath: url.path)
    }

    /// The visitor's CSRF token, made (and sent as a cookie) if their browser has none.
    private func visitorCSRFToken() -> String {
        if let token = state.visitorCSRFToken { return token }
        let token = SessionStore.randomToken()
        state.visitorCSRFToken = token
        state.setsVisitorCSRFCookie = true
        return token
    }

    /// A one-off notice for the next page the user sees: in the session, or for a visitor
    /// without one (just signed out), in a short-lived cookie.
    func setNotice(_ notice: Notice) async throws {
        guard let session = state.session else {
            state.visitorNoticeCookie = .set(notice)
            return
        }
        session.notice = notice.rawValue
        try await session.save(on: db)
    }

    /// An HTML response for a page rendered by a view.
    func html(_ body: String, status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: body))
    }

    /// A spreadsheet download of `rows` (`CSVWriter`: semicolons, formulas neutralised).
    func csv(rows: [[String]], fileName: String) -> Response {
        csv(CSVWriter.write(rows), fileName: fileName)
    }

    /// A spreadsheet download. Exports carry people's names and results: never kept in a
    /// browser's or a proxy's cache.
    func csv(_ text: String, fileName: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: fileName)
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    /// Records a change in the audit log, attributed to the signed-in user.
    func audit(_ action: AuditAction, subject: String, subjectID: UUID? = nil, before: String? = nil, after: String? = nil) async throws {
        try await auditRecord(action, subject: subject, subjectID: subjectID, before: before, after: after).create(on: db)
    }

    /// An audit entry by this request's user, not yet saved: for changes of many rows, whose
    /// entries are written together in the change's own transaction.
    func auditRecord(_ action: AuditAction, subject: String, subjectID: UUID? = nil, before: String? = nil, after: String? = nil) -> AuditRecord {
        AuditRecord(
            organisationID: state.organisation?.id, actorUserID: state.user?.id, actorName: state.user?.name,
            action: action, subject: subject, subjectID: subjectID, before: before, after: after, at: now)
    }
}

/// Thrown when a route needs a signed-in user and there is none.
struct AuthenticationRequired: Error {}

/// Thrown when a state-changing request lacks the session's CSRF token.
struct CSRFTokenMismatch: Error {}

extension Parameters {
    /// The route's parameter `name` (":name" in its `Endpoint`) as an identifier; nil when it
    /// is not one, so a malformed id is a 404 like a missing row.
    func uuid(_ name: String) -> UUID? {
        get(name).flatMap(UUID.init(uuidString:))
    }
}
