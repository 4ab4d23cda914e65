import Foundation
import Plot
import RoderCore

/// The administrator's list of the organisation's users and their roles.
public enum UsersPage {
    public struct Row: Sendable {
        public var id: UUID
        public var name: String
        public var email: String
        public var roles: Set<Role>
        public var isActive: Bool
        public var lastSignIn: Date?
        public var password: PasswordState

        public init(
            id: UUID, name: String, email: String, roles: Set<Role>, isActive: Bool, lastSignIn: Date?, password: PasswordState = .chosen
        ) {
            self.id = id
            self.name = name
            self.email = email
            self.roles = roles
            self.isActive = isActive
            self.lastSignIn = lastSignIn
            self.password = password
        }
    }

    /// Whether the user has chosen a password, and if not, what became of their invitation.
    public enum PasswordState: Sendable, Hashable {
        case chosen
        case invited(until: Date)
        case invitationExpired
        /// No password and no invitation link: made before invitations, or its link was used up elsewhere.
        case none
    }

    static func statusText(isActive: Bool, password: PasswordState, context: PageContext) -> String {
        guard isActive else { return context(.userInactive) }
        switch password {
        case .chosen: return context(.userActive)
        case .invited(let until): return context(.userInvitedUntil(date: context.localizer.date(until)))
        case .invitationExpired: return context(.userInvitationExpired)
        case .none: return context(.userHasNoPassword)
        }
    }

    public static func render(_ rows: [Row], context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(
                .a(.class("button primary"), .href(SiteRoute.accountsFromOrganisation.path), .text(t(.accountsFromOrganisation))), .text(" "),
                .a(.class("button"), .href(SiteRoute.newUser.path), .text(t(.newUser)))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data"),
                    .caption(.text(t(.usersCaption(count: context.localizer.number(rows.count))))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(t(.name))),
                            .th(.attribute(named: "scope", value: "col"), .text(t(.email))),
                            .th(.attribute(named: "scope", value: "col"), .text(t(.roles))),
                            .th(.attribute(named: "scope", value: "col"), .text(t(.lastSignIn))),
                            .th(.attribute(named: "scope", value: "col"), .text(t(.status)))
                        )),
                    .tbody(
                        .forEach(rows) { row in
                            .tr(
                                .td(.a(.href(SiteRoute.user(row.id).path), .text(row.name))),
                                .td(.text(row.email)),
                                .td(.text(row.roles.sorted { $0.rawValue < $1.rawValue }.map { t($0.titleKey) }.joined(separator: ", "))),
                                .td(.text(row.lastSignIn.map(context.localizer.dateTime) ?? t(.never))),
                                .td(.text(statusText(isActive: row.isActive, password: row.password, context: context)))
                            )
                        })
                )
            )
        )
        return Layout.render(
            Page(title: t(.usersTitle), section: .users, content: .group(content, exportLinks(.exportUsers, label: .exportUsers, context))), context: context)
    }
}

/// Create a user, or change one: name, e-mail, language, roles, active. A new user gets an
/// invitation by mail to choose their own password; an existing one can be sent a link for a new
/// one. On an error the form comes back with everything typed still in it.
public enum UserFormPage {
    public struct Model: Sendable {
        /// nil when creating.
        public var id: UUID?
        public var name: String
        public var email: String
        public var language: RoderCore.Language
        public var roles: Set<Role>
        public var isActive: Bool
        /// The person of the organisation this user is (a manager's own account).
        public var personID: UUID?
        /// The people an account can be linked to.
        public var people: [PersonChoice]
        /// An existing user's password or invitation, for the section that sends a link.
        public var password: UsersPage.PasswordState
        public var errors: [Field: String]

        public init(
            id: UUID? = nil, name: String = "", email: String = "", language: RoderCore.Language,
            roles: Set<Role> = [], isActive: Bool = true, personID: UUID? = nil, people: [PersonChoice] = [],
            password: UsersPage.PasswordState = .none, errors: [Field: String] = [:]
        ) {
            self.id = id
            self.name = name
            self.email = email
            self.language = language
            self.roles = roles
            self.isActive = isActive
            self.personID = personID
            self.people = people
            self.password = password
            self.errors = errors
        }
    }

    public struct PersonChoice: Sendable, Hashable {
        public var id: UUID
        public var name: String
        public var title: String?

        public init(id: UUID, name: String, title: String?) {
            self.id = id
            self.name = name
            self.title = title
        }
    }

    public enum Field: String, Sendable, Hashable, CaseIterable {
        case name, email, roles, person
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let isNew = model.id == nil
        let action = model.id.map { SiteRoute.user($0).path } ?? SiteRoute.newUser.path
        let orderedErrors = Field.allCases.compactMap { model.errors[$0] }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.users.path), .text("← " + t(.usersTitle)))),
            .form(
                .action(action), .method(.post), .class("stack narrow"),
                csrfField(context),
                errorSummary(orderedErrors, context: context),
                textField("name", label: t(.name), value: model.name, autocomplete: "off", error: model.errors[.name]),
                textField("email", label: t(.email), value: model.email, type: .email, autocomplete: "off", error: model.errors[.email]),
                .div(
                    .class("field"),
                    .label(.for("language"), .text(t(.preferredLanguage))),
                    .select(
                        .attribute(named: "name", value: "language"), .id("language"),
                        .forEach(RoderCore.Language.allCases) { language in
                            .choice(value: language.code, label: language.nativeName, isSelected: language == model.language, lang: language.code)
                        })
                ),
                .fieldset(
                    .class(model.errors[.roles] == nil ? "field" : "field has-error"),
                    .legend(t(.roles)),
                    .unwrap(model.errors[.roles]) { .p(.class("error-message"), .text($0)) },
                    .forEach(Role.allCases) { role in
                        .div(
                            .class("check"),
                            .input(
                                .type(.checkbox), .name("roles[]"), .id("role-\(role.rawValue)"), .value(role.rawValue),
                                .checked(model.roles.contains(role))),
                            .label(.for("role-\(role.rawValue)"), .text(t(role.titleKey))))
                    }
                ),
                .div(
                    .class(model.errors[.person] == nil ? "field" : "field has-error"),
                    .label(.for("person"), .text(t(.linkedPerson))),
                    .p(.class("hint"), .id("person-hint"), .text(t(.linkedPersonHint))),
                    .unwrap(model.errors[.person]) { .p(.class("error-message"), .text($0)) },
                    .select(
                        .attribute(named: "name", value: "person"), .id("person"),
                        .attribute(named: "aria-describedby", value: "person-hint"),
                        .choice(value: "", label: t(.notLinked), isSelected: model.personID == nil),
                        .forEach(model.people) { person in
                            .choice(
                                value: person.id.uuidString.lowercased(),
                                label: person.title.map { "\(person.name) (\($0))" } ?? person.name,
                                isSelected: person.id == model.personID)
                        }
                    )
                ),
                .unwrap(isNew ? nil : model) { model in
                    .div(
                        .class("check"),
                        .input(.type(.checkbox), .name("active"), .id("active"), .value("1"), .checked(model.isActive)),
                        .label(.for("active"), .text(t(.userActiveLabel))))
                },
                .if(isNew, .p(.class("hint"), .text(t(.newUserInvitationHint(days: String(Int(AccountLinkPurpose.invitation.validity / 86_400))))))),
                .button(.type(.submit), .class("primary"), .text(t(isNew ? .createUserAndInvite : .saveChanges)))
            ),
            .unwrap(model.isActive ? model.id : nil) { passwordSection(userID: $0, model: model, context: context) }
        )
        return Layout.render(Page(title: isNew ? t(.newUser) : model.name, section: .users, content: content), context: context)
    }

    /// An existing user's password: never shown or typed here; a link lets them choose one.
    private static func passwordSection(userID: UUID, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let invitedOnly = model.password != .chosen
        return .section(
            .class("card narrow"),
            .h2(.id("password"), .text(t(.passwordSection))),
            .p(.text(UsersPage.statusText(isActive: model.isActive, password: model.password, context: context))),
            .p(.class("hint"), .text(t(.passwordSectionHint))),
            .form(
                .action(SiteRoute.sendUserLink(userID).path), .method(.post),
                csrfField(context),
                .button(.type(.submit), .class("button"), .text(t(invitedOnly ? .sendInvitationAgain : .sendPasswordLink)))
            )
        )
    }
}
