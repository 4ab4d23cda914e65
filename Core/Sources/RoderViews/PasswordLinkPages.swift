import Foundation
import Plot
import RoderCore

/// The page an invitation or reset mail links to: a form to choose a password while the link is
/// usable, otherwise what became of it and where to get a new one. The token travels in a hidden
/// field; the page never shows it.
public enum ChoosePasswordPage {
    public enum State: Sendable, Hashable {
        case form(token: String, name: String, email: String, problems: [String])
        case notUsable(AccountLinkStatus?)
    }

    public static func render(_ state: State, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext>
        switch state {
        case .form(let token, let name, let email, let problems):
            content = .div(
                .class("narrow"),
                .p(.class("lead"), .text(t(.choosePasswordIntro(name: name, email: email)))),
                .form(
                    .action(SiteRoute.choosePasswordAction.path), .method(.post), .class("stack"),
                    csrfField(context),
                    .input(.type(.hidden), .name("token"), .value(token)),
                    errorSummary(problems, context: context),
                    // The address as a username, so a password manager saves the pair.
                    .input(
                        .type(.hidden), .name("username"), .value(email), .attribute(named: "autocomplete", value: "username")),
                    textField(
                        "new_password", label: t(.newPassword), value: "", type: .password, autocomplete: "new-password",
                        hint: t(.passwordRule(count: String(PasswordPolicy.minimumLength)))),
                    textField("confirm_password", label: t(.confirmPassword), value: "", type: .password, autocomplete: "new-password"),
                    .button(.type(.submit), .class("primary"), .text(t(.choosePasswordButton)))
                )
            )
            return Layout.render(Page(title: t(.choosePasswordTitle), content: content), context: context)
        case .notUsable(let status):
            let reason: Str =
                switch status {
                case .used: .linkUsed
                case .expired: .linkExpired
                case .superseded: .linkSuperseded
                case .usable, nil: .linkUnknown
                }
            content = .div(
                .class("narrow"),
                .p(.class("lead"), .text(t(reason))),
                .p(
                    .a(.class("button primary"), .href(SiteRoute.forgotPassword.path), .text(t(.forgotPasswordButton))), .text(" "),
                    .a(.class("button"), .href(SiteRoute.signIn().path), .text(t(.backToSignIn))))
            )
            return Layout.render(Page(title: t(.linkNotUsableTitle), content: content), context: context)
        }
    }
}

/// "Forgotten your password?": the address to send a link to, and afterwards the same answer
/// whether or not there is an account for it.
public enum ForgotPasswordPage {
    public enum State: Sendable, Hashable {
        case form(email: String, problem: String?)
        case sent(email: String)
    }

    public static func render(_ state: State, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext>
        switch state {
        case .form(let email, let problem):
            content = .div(
                .class("narrow"),
                .p(.class("lead"), .text(t(.forgotPasswordIntro))),
                .form(
                    .action(SiteRoute.forgotPasswordAction.path), .method(.post), .class("stack"),
                    csrfField(context),
                    .unwrap(problem) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                    textField("email", label: t(.email), value: email, autocomplete: "username", inputMode: "email"),
                    .button(.type(.submit), .class("primary"), .text(t(.forgotPasswordButton)))
                ),
                .p(.a(.href(SiteRoute.signIn().path), .text(t(.backToSignIn))))
            )
        case .sent(let email):
            content = .div(
                .class("narrow"),
                .div(.class("notice success"), .attribute(named: "role", value: "status"), .p(.text(t(.forgotPasswordSent(email: email))))),
                .p(.a(.href(SiteRoute.signIn().path), .text(t(.backToSignIn))))
            )
        }
        return Layout.render(Page(title: t(.forgotPasswordTitle), content: content), context: context)
    }
}
