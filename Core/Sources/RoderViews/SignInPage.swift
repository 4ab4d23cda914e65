import Foundation
import Plot
import RoderCore

/// The sign-in form. It keeps the e-mail address typed, and never says whether it was the
/// address or the password that was wrong.
public enum SignInPage {
    public struct Model: Sendable {
        public var email: String
        public var next: String?
        public var problem: Problem?

        public init(email: String = "", next: String? = nil, problem: Problem? = nil) {
            self.email = email
            self.next = next
            self.problem = problem
        }
    }

    public enum Problem: Sendable, Hashable {
        case wrongCredentials
        case throttled(minutes: Int)
        case formExpired
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let problemText: String? = model.problem.map { problem in
            switch problem {
            case .wrongCredentials: t(.signInWrongCredentials)
            case .throttled(let minutes): t(.signInThrottled(minutes: context.localizer.number(minutes)))
            case .formExpired: t(.signInFormExpired)
            }
        }
        let content: Node<HTML.BodyContext> = .div(
            .class("narrow"),
            .p(.class("lead"), .text(t(.signInIntro))),
            .form(
                .action(SiteRoute.signIn().path), .method(.post), .class("stack"),
                csrfField(context),
                .unwrap(model.next) { .input(.type(.hidden), .name("next"), .value($0)) },
                .unwrap(problemText) { text in
                    .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text(text)))
                },
                // A text field, not type=email: password managers want `username` here, which
                // HTML allows only on text inputs.
                textField("email", label: t(.email), value: model.email, autocomplete: "username", inputMode: "email"),
                textField("password", label: t(.password), value: "", type: .password, autocomplete: "current-password"),
                .button(.type(.submit), .class("primary"), .text(t(.signIn)))
            ),
            .p(.a(.href(SiteRoute.forgotPassword.path), .text(t(.forgotPasswordLink))))
        )
        return Layout.render(Page(title: t(.signInTitle), content: content), context: context)
    }
}
