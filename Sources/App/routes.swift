import RoderCore
import Vapor

/// The site map. Every route comes from `Endpoint`, which also says who may use it;
/// `register` checks that before the handler runs.
func routes(_ app: Application) throws {
    let auth = AuthController()
    app.register(.signInForm, auth.signInForm)
    app.register(.signIn, auth.signIn)
    app.register(.signOut, auth.signOut)
    app.register(.language, LanguageController().switchLanguage)

    let account = AccountController()
    app.register(.account, account.show)
    app.register(.accountPassword, account.changePassword)
    app.register(.accountOrganisation, account.switchOrganisation)

    app.register(.home, HomeController().show)

    let areas = AreaController()
    for area in ProgrammeArea.allCases {
        app.register(.forArea(area)) { try await areas.show(area, $0) }
    }

    let users = UsersController()
    app.register(.users, users.list)
    app.register(.newUserForm, users.newForm)
    app.register(.createUser, users.create)
    app.register(.user, users.show)
    app.register(.updateUser, users.update)

    app.register(.auditLog, AuditLogController().list)
    app.register(.operatorHome, OperatorController().show)

    let assets = AssetsController()
    app.register(.asset, assets.file)
    app.register(.health) { _ in Response(status: .ok, body: "ok") }
}

extension RoutesBuilder {
    /// Registers `handler` for `endpoint`, behind the endpoint's access rule.
    func register(_ endpoint: Endpoint, _ handler: @escaping @Sendable (Request) async throws -> Response) {
        let path: [PathComponent] = endpoint.pattern.map {
            $0.hasPrefix(":") ? .parameter(String($0.dropFirst())) : .constant($0)
        }
        let access = endpoint.access
        on(HTTPMethod(rawValue: endpoint.method.rawValue), path) { request async throws -> Response in
            try request.authorize(access)
            return try await handler(request)
        }
    }
}
