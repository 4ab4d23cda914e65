import Foundation
import RoderCore
import RoderViews
import Vapor

/// Turns any error into the response a user should see: a redirect to sign-in, or a
/// localised error page. Server errors are logged with their details; the page shows none.
enum ErrorResponder {
    static func response(for error: any Error, request: Request) async -> Response {
        switch error {
        case is AuthenticationRequired:
            return await signInRedirect(request)
        case is CSRFTokenMismatch:
            if request.url.path == SiteRoute.signIn().path {
                // Keep the address typed and explain, rather than a dead end.
                let email = request.formField("email") ?? ""
                let next = request.formField("next").flatMap { SiteRoute.isSafeRedirect($0) ? $0 : nil }
                if let context = try? await request.pageContext() {
                    return request.html(SignInPage.render(.init(email: email, next: next, problem: .formExpired), context: context), status: .forbidden)
                }
            }
            return await page(.formExpired, status: .forbidden, request: request)
        case let abort as any AbortError:
            switch abort.status {
            case .unauthorized: return await signInRedirect(request)
            case .forbidden: return await page(.forbidden, status: .forbidden, request: request)
            case .notFound: return await page(.notFound, status: .notFound, request: request)
            case .tooManyRequests: return await page(.tooManyRequests, status: .tooManyRequests, request: request)
            case .methodNotAllowed: return await page(.notFound, status: .methodNotAllowed, request: request)
            case let status where status.code >= 400 && status.code < 500:
                return await page(.badRequest, status: status, request: request)
            default:
                request.logger.report(error: error)
                return await page(.serverError, status: abort.status, request: request)
            }
        case is DecodingError:
            return await page(.badRequest, status: .badRequest, request: request)
        default:
            request.logger.error("Unhandled error on \(request.method) \(request.url.path): \(String(reflecting: error))")
            return await page(.serverError, status: .internalServerError, request: request)
        }
    }

    private static func signInRedirect(_ request: Request) async -> Response {
        if request.state.sessionExpired {
            try? await request.setNotice(.sessionExpired)
        }
        let next = request.method == .GET && request.url.path != "/" ? request.url.string : nil
        return request.redirect(to: SiteRoute.signIn(next: next).path)
    }

    private static func page(_ kind: ErrorPage.Kind, status: HTTPStatus, request: Request) async -> Response {
        // The 500 page must not depend on the database that may have caused it.
        let context: PageContext
        if kind == .serverError || !request.hasState {
            context = request.fallbackPageContext()
        } else {
            context = (try? await request.pageContext()) ?? request.fallbackPageContext()
        }
        return request.html(ErrorPage.render(kind, context: context), status: status)
    }
}
