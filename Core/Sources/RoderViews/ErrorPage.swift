import Foundation
import Plot
import RoderCore

/// The page for 403, 404, 500 and friends: what happened in plain words and a way on,
/// never a stack trace, an SQL message or whether a record exists in another organisation.
public enum ErrorPage {
    public enum Kind: Sendable, Hashable {
        case forbidden
        case notFound
        case formExpired
        case badRequest
        case tooManyRequests
        case serverError
    }

    public static func render(_ kind: Kind, context: PageContext) -> String {
        let t = context
        let (title, message): (Str, Str) =
            switch kind {
            case .forbidden: (.errorForbiddenTitle, .errorForbiddenMessage)
            case .notFound: (.errorNotFoundTitle, .errorNotFoundMessage)
            case .formExpired: (.errorFormExpiredTitle, .errorFormExpiredMessage)
            case .badRequest: (.errorBadRequestTitle, .errorBadRequestMessage)
            case .tooManyRequests: (.errorTooManyRequestsTitle, .errorTooManyRequestsMessage)
            case .serverError: (.errorServerTitle, .errorServerMessage)
            }
        let content: Node<HTML.BodyContext> = .div(
            .class("narrow"),
            .p(.class("lead"), .text(t(message))),
            .p(.a(.href(SiteRoute.home.path), .text(t(.errorBackHome))))
        )
        return Layout.render(Page(title: t(title), content: content), context: context)
    }
}
