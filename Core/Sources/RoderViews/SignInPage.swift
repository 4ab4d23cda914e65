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
        /// Whether some organisation signs in with its own directory: the page offers it.
        public var offersDirectory: Bool
        /// What the directory part says after an address it could not take.
        public var directoryProblem: String?

        public init(email: String = "", next: String? = nil, problem: Problem? = nil, offersDirectory: Bool = false, directoryProblem: String? = nil) {
            self.email = email
            self.next = next
            self.problem = problem
            self.offersDirectory = offersDirectory
            self.directoryProblem = directoryProblem
        }
    }

    public enum Problem: Sendable, Hashable {
        case wrongCredentials
        case throttled(minutes: Int)
        case formExpired
        /// The password was right, but the user's organisation signs in with its directory only.
        case passwordSignInOff
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let problemText: String? = model.problem.map { problem in
            switch problem {
            case .wrongCredentials: t(.signInWrongCredentials)
            case .throttled(let minutes): t(.signInThrottled(minutes: context.localizer.number(minutes)))
            case .formExpired: t(.signInFormExpired)
            case .passwordSignInOff: t(.signInPasswordOff)
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
            .p(.a(.href(SiteRoute.forgotPassword.path), .text(t(.forgotPasswordLink)))),
            .if(model.offersDirectory || model.directoryProblem != nil, directorySection(model, context))
        )
        return Layout.render(Page(title: t(.signInTitle), content: content), context: context)
    }

    /// "Sign in with your organisation's account": the address says which organisation's directory.
    private static func directorySection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .attribute(named: "aria-labelledby", value: "directory"),
            .h2(.id("directory"), .text(t(.signInWithDirectory))),
            .p(.class("hint"), .text(t(.signInDirectoryIntro))),
            .form(
                .action(SiteRoute.directorySignIn.path), .method(.post), .class("stack"),
                csrfField(context),
                .unwrap(model.next) { .input(.type(.hidden), .name("next"), .value($0)) },
                .unwrap(model.directoryProblem) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                textField(
                    "directory-email", label: t(.email), value: model.directoryProblem == nil ? "" : model.email, autocomplete: "email", inputMode: "email"),
                .button(.type(.submit), .class("button"), .text(t(.signInDirectoryContinue)))
            )
        )
    }
}
