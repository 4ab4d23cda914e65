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

    /// The list as filtered, and the bulk role change's state after an error.
    public struct Model: Sendable {
        public var rows: [Row]
        /// Users of the organisation before the filter.
        public var total: Int
        public var filter: UserListFilter
        public var units: [AccountImportPage.UnitChoice]
        public var chosen: Set<UUID>
        public var bulkRole: Role?
        public var bulkAdds: Bool
        public var errors: [String]

        public init(
            rows: [Row], total: Int? = nil, filter: UserListFilter = .init(), units: [AccountImportPage.UnitChoice] = [], chosen: Set<UUID> = [],
            bulkRole: Role? = nil, bulkAdds: Bool = true, errors: [String] = []
        ) {
            self.rows = rows
            self.total = total ?? rows.count
            self.filter = filter
            self.units = units
            self.chosen = chosen
            self.bulkRole = bulkRole
            self.bulkAdds = bulkAdds
            self.errors = errors
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let rows = model.rows
        let content: Node<HTML.BodyContext> = .group(
            .p(
                .class("toolbar"),
                .a(.class("button primary"), .href(SiteRoute.accountsFromOrganisation.path), .text(t(.accountsFromOrganisation))), .text(" "),
                .a(.class("button"), .href(SiteRoute.newUser.path), .text(t(.newUser))),
                .a(.href(SiteRoute.directorySettings.path), .text(t(.directorySettingsLink)))),
            filterForm(model, context),
            .p(.id("users-shown"), .text(t(.usersShown(shown: context.localizer.number(rows.count), total: context.localizer.number(model.total))))),
            .form(
                .action(SiteRoute.changeUserRoles.path), .method(.post), .class("stack"),
                csrfField(context),
                errorSummary(model.errors, context: context),
                // The list's filter, so that the change comes back to the same list.
                .unwrap(model.filter.role) { .input(.type(.hidden), .name("filter_role"), .value($0.rawValue)) },
                .unwrap(model.filter.unitID) { .input(.type(.hidden), .name("filter_unit"), .value($0.uuidString.lowercased())) },
                .unwrap(model.filter.status) { .input(.type(.hidden), .name("filter_status"), .value($0.rawValue)) },
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data"),
                        .caption(.text(t(.usersCaption(count: context.localizer.number(rows.count))))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(.accountsChoose))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.name))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.email))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.roles))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.lastSignIn))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.status)))
                            )),
                        .tbody(
                            .forEach(rows) { row in
                                let id = "user-" + row.id.uuidString.lowercased()
                                return .tr(
                                    .td(
                                        .input(
                                            .type(.checkbox), .name("user"), .id(id), .value(row.id.uuidString.lowercased()),
                                            .checked(model.chosen.contains(row.id))),
                                        .label(.for(id), .class("visually-hidden"), .text(t(.accountsChoose) + ": " + row.name))),
                                    .td(.a(.href(SiteRoute.user(row.id).path), .text(row.name))),
                                    .td(.text(row.email)),
                                    .td(.text(row.roles.sorted { $0.rawValue < $1.rawValue }.map { t($0.titleKey) }.joined(separator: ", "))),
                                    .td(.text(row.lastSignIn.map(context.localizer.dateTime) ?? t(.never))),
                                    .td(.text(statusText(isActive: row.isActive, password: row.password, context: context)))
                                )
                            })
                    )
                ),
                .fieldset(
                    .class("field bulk-roles"),
                    .legend(t(.bulkRolesTitle)),
                    .p(.class("hint"), .text(t(.bulkRolesHint))),
                    .div(
                        .class("inline-fields"),
                        .label(.for("bulk-operation"), .text(t(.bulkOperation))),
                        .select(
                            .attribute(named: "name", value: "operation"), .id("bulk-operation"),
                            .choice(value: "add", label: t(.bulkAddRole), isSelected: model.bulkAdds),
                            .choice(value: "remove", label: t(.bulkRemoveRole), isSelected: !model.bulkAdds)),
                        .label(.for("bulk-role"), .text(t(.bulkRole))),
                        .select(
                            .attribute(named: "name", value: "role"), .id("bulk-role"),
                            .forEach(Role.allCases) { role in
                                .choice(value: role.rawValue, label: t(role.titleKey), isSelected: role == (model.bulkRole ?? .manager))
                            }),
                        .button(.type(.submit), .class("button"), .text(t(.bulkApply))))
                )
            )
        )
        let exports: Node<HTML.BodyContext> = .p(
            .class("export-links"),
            .text(t(.exportDownload(list: t(.exportUsers).lowercased())) + " "),
            .a(.href(exportPath(.csv, model.filter)), .attribute(named: "download"), .text(t(.exportCSV))),
            .text(" · "),
            .a(.href(exportPath(.xlsx, model.filter)), .attribute(named: "download"), .text(t(.exportExcel))))
        return Layout.render(Page(title: t(.usersTitle), section: .users, content: .group(content, exports)), context: context)
    }

    /// The export of the list as shown: the same filter.
    static func exportPath(_ format: ExportTable.Format, _ filter: UserListFilter) -> String {
        let path = SiteRoute.export(.exportUsers, format).path
        return filter.isEmpty ? path : path + "&" + filter.query
    }

    private static func filterForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .form(
            .action(SiteRoute.users.path), .method(.get), .class("filters inline-fields"),
            .label(.for("filter-role"), .text(t(.bulkRole))),
            .select(
                .attribute(named: "name", value: "role"), .id("filter-role"),
                .choice(value: "", label: t(.usersFilterAnyRole), isSelected: model.filter.role == nil),
                .forEach(Role.allCases) { role in .choice(value: role.rawValue, label: t(role.titleKey), isSelected: role == model.filter.role) }),
            .label(.for("filter-unit"), .text(t(.accountsFilterUnit))),
            AccountImportPage.unitSelect(id: "filter-unit", units: model.units, chosen: model.filter.unitID, context),
            .label(.for("filter-status"), .text(t(.status))),
            .select(
                .attribute(named: "name", value: "status"), .id("filter-status"),
                .choice(value: "", label: t(.usersFilterAnyStatus), isSelected: model.filter.status == nil),
                .forEach(UserListFilter.Status.allCases) { status in
                    .choice(value: status.rawValue, label: t(statusKey(status)), isSelected: status == model.filter.status)
                }),
            .button(.type(.submit), .class("button"), .text(t(.accountsFilterShow)))
        )
    }

    static func statusKey(_ status: UserListFilter.Status) -> Str {
        switch status {
        case .active: .userActive
        case .invited: .usersStatusInvited
        case .deactivated: .userInactive
        }
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
