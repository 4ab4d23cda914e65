import Foundation
import Plot
import RoderCore

/// The signed-in user's own page: who they are, their roles, their language, their
/// password, and which organisation they work in.
public enum AccountPage {
    public struct Model: Sendable {
        public var name: String
        public var email: String
        public var roles: Set<Role>
        public var passwordProblems: [String]
        /// Whether the user has a personal calendar feed, and its address right after creating it.
        public var hasCalendarFeed: Bool
        public var newCalendarAddress: String?
        /// The person this account is in the organisation ("Anna Berg, Enhetschef"), and the
        /// last change of that link: the person sees who linked them, and when.
        public var person: String?
        public var personLinkChanged: (at: Date, by: String)?

        public init(
            name: String, email: String, roles: Set<Role>, passwordProblems: [String] = [], hasCalendarFeed: Bool = false,
            newCalendarAddress: String? = nil
        ) {
            self.name = name
            self.email = email
            self.roles = roles
            self.passwordProblems = passwordProblems
            self.hasCalendarFeed = hasCalendarFeed
            self.newCalendarAddress = newCalendarAddress
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .section(
                .class("card"),
                .h2(.text(t(.accountDetails))),
                .dl(
                    .class("details"),
                    .dt(.text(t(.name))), .dd(.text(model.name)),
                    .dt(.text(t(.email))), .dd(.text(model.email)),
                    .dt(.text(t(.roles))),
                    .dd(.text(model.roles.isEmpty ? "–" : model.roles.sorted { $0.rawValue < $1.rawValue }.map { t($0.titleKey) }.joined(separator: ", "))),
                    .dt(.text(t(.accountPerson))),
                    .dd(
                        .text(model.person ?? t(.accountPersonNone)),
                        .unwrap(model.personLinkChanged) { change in
                            .span(.class("hint"), .text(" " + t(.accountPersonChanged(date: context.localizer.date(change.at), actor: change.by))))
                        })
                )
            ),
            .section(
                .class("card"),
                .h2(.text(t(.accountLanguage))),
                .p(.text(t(.accountLanguageHint))),
                Layout.languageSwitch(context)
            ),
            .if(context.organisations.count > 1, organisationSwitch(context)),
            calendarFeed(model, context),
            .section(
                .class("card"),
                .h2(.id("change-password"), .text(t(.changePassword))),
                .form(
                    .action(SiteRoute.accountPassword.path), .method(.post), .class("stack"),
                    csrfField(context),
                    errorSummary(model.passwordProblems, context: context),
                    textField("current_password", label: t(.currentPassword), value: "", type: .password, autocomplete: "current-password"),
                    textField(
                        "new_password", label: t(.newPassword), value: "", type: .password, autocomplete: "new-password",
                        hint: t(.passwordRule(count: String(PasswordPolicy.minimumLength)))),
                    textField("confirm_password", label: t(.confirmPassword), value: "", type: .password, autocomplete: "new-password"),
                    .button(.type(.submit), .class("primary"), .text(t(.changePassword)))
                )
            )
        )
        return Layout.render(Page(title: t(.accountTitle), section: .account, content: content), context: context)
    }

    private static func calendarFeed(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        func button(_ action: String, _ label: String, primary: Bool) -> Node<HTML.BodyContext> {
            .form(
                .action(SiteRoute.accountCalendar.path), .method(.post), .class("inline-form"),
                csrfField(context), .input(.type(.hidden), .name("action"), .value(action)),
                .button(.type(.submit), .class(primary ? "primary" : "secondary"), .text(label)))
        }
        return .section(
            .class("card"),
            .h2(.id("calendar"), .text(t(.calendarFeedTitle))),
            .p(.text(t(.calendarFeedIntro))),
            .unwrap(model.newCalendarAddress) { address in
                .div(
                    .class("notice success"), .attribute(named: "role", value: "status"),
                    .p(.text(t(.calendarFeedNew))),
                    .div(
                        .class("field"),
                        .label(.for("calendar-address"), .text(t(.calendarFeedAddress))),
                        .input(.type(.text), .id("calendar-address"), .value(address), .readonly(true), .class("copyable"))))
            },
            .if(model.hasCalendarFeed && model.newCalendarAddress == nil, .p(.text(t(.calendarFeedActive)))),
            .div(
                .class("toolbar"),
                button("create", t(model.hasCalendarFeed ? .calendarFeedRenew : .calendarFeedCreate), primary: !model.hasCalendarFeed),
                .if(model.hasCalendarFeed, button("remove", t(.calendarFeedRemove), primary: false)))
        )
    }

    private static func organisationSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .h2(.text(t(.accountOrganisation))),
            .form(
                .action(SiteRoute.accountOrganisation.path), .method(.post), .class("stack"),
                csrfField(context),
                .div(
                    .class("field"),
                    .label(.for("organisation"), .text(t(.organisation))),
                    .select(
                        .attribute(named: "name", value: "organisation"), .id("organisation"),
                        .forEach(context.organisations) { organisation in
                            .choice(
                                value: organisation.id.uuidString,
                                label: context.localizer.text(organisation.name)?.text ?? "–",
                                isSelected: organisation.id == context.organisation?.id)
                        })),
                .button(.type(.submit), .text(t(.switchOrganisation)))
            )
        )
    }
}
