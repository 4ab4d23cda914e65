import Foundation
import Plot
import RoderCore

/// The administrator's settings for signing in with the organisation's own directory.
public enum DirectorySettingsPage {
    public struct Model: Sendable {
        public var name: String
        public var issuer: String
        public var clientID: String
        /// Whether a client secret is saved (it is never shown).
        public var hasSecret: Bool
        public var domains: String
        public var passwordAllowed: Bool
        /// Where the service sends the browser back: to be registered with it.
        public var redirectURL: String
        public var errors: [String]

        public init(
            name: String = "", issuer: String = "", clientID: String = "", hasSecret: Bool = false, domains: String = "", passwordAllowed: Bool = true,
            redirectURL: String, errors: [String] = []
        ) {
            self.name = name
            self.issuer = issuer
            self.clientID = clientID
            self.hasSecret = hasSecret
            self.domains = domains
            self.passwordAllowed = passwordAllowed
            self.redirectURL = redirectURL
            self.errors = errors
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.users.path), .text("← " + t(.usersTitle)))),
            .p(.class("lead"), .text(t(.directoryIntro))),
            .p(.class("hint"), .text(t(.directoryRedirect(url: model.redirectURL)))),
            .form(
                .action(SiteRoute.directorySettings.path), .method(.post), .class("stack narrow"),
                csrfField(context),
                errorSummary(model.errors, context: context),
                textField("name", label: t(.directoryName), value: model.name, autocomplete: "off", hint: t(.directoryNameHint)),
                textField("issuer", label: t(.directoryIssuer), value: model.issuer, type: .url, autocomplete: "off", hint: t(.directoryIssuerHint)),
                textField("client_id", label: t(.directoryClientID), value: model.clientID, autocomplete: "off"),
                textField(
                    "client_secret", label: t(.directoryClientSecret), value: "", type: .password, autocomplete: "new-password", required: !model.hasSecret,
                    hint: t(.directoryClientSecretHint)),
                textField("domains", label: t(.directoryDomains), value: model.domains, autocomplete: "off", hint: t(.directoryDomainsHint)),
                .div(
                    .class("check"),
                    .input(.type(.checkbox), .name("password_allowed"), .id("password_allowed"), .value("1"), .checked(model.passwordAllowed)),
                    .label(.for("password_allowed"), .text(t(.directoryPasswordAllowed)))),
                .p(.class("hint"), .text(t(.directoryPasswordHint))),
                .button(.type(.submit), .class("primary"), .text(t(.directorySave)))
            )
        )
        return Layout.render(Page(title: t(.directoryTitle), section: .users, content: content), context: context)
    }
}

/// On the way to the organisation's directory: the browser goes there at once, and a link is
/// there for the rare browser that does not.
public enum DirectoryRedirectPage {
    public static func render(to address: String, serviceName: String, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .div(
            .class("narrow"),
            .p(.class("lead"), .text(t(.directoryGoingTo(service: serviceName)))),
            .p(.a(.class("button primary"), .href(address), .text(t(.signInDirectoryContinue)))))
        return Layout.render(Page(title: t(.signInWithDirectory), content: content, goesOnTo: address), context: context)
    }
}

/// What a sign-in through the directory that did not succeed says, and a way to start again.
public enum DirectoryFailedPage {
    public static func render(_ message: String, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .div(
            .class("narrow"),
            .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text(message))),
            .p(.a(.class("button"), .href(SiteRoute.signIn().path), .text(t(.directoryStartAgain)))))
        return Layout.render(Page(title: t(.directoryFailedTitle), content: content), context: context)
    }
}
