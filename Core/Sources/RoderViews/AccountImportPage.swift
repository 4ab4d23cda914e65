import Foundation
import Plot
import RoderCore

/// "Accounts from the organisation": the administrator chooses people of the imported
/// organisation (by level, unit, search) and makes their accounts in one step, each with an
/// invitation by mail; below, the active accounts of people the latest import no longer had.
public enum AccountImportPage {
    public struct Row: Sendable, Hashable {
        public var person: AccountCandidates.Person
        public var unitName: String?
        public var state: AccountCandidates.State

        public init(person: AccountCandidates.Person, unitName: String?, state: AccountCandidates.State) {
            self.person = person
            self.unitName = unitName
            self.state = state
        }
    }

    public struct UnitChoice: Sendable, Hashable {
        public var id: UUID
        public var name: String
        /// How deep in the tree: the choice is indented by it.
        public var depth: Int

        public init(id: UUID, name: String, depth: Int) {
            self.id = id
            self.name = name
            self.depth = depth
        }
    }

    /// An active account linked to a person the latest import did not have.
    public struct Leaver: Sendable, Hashable {
        public var userID: UUID
        public var name: String
        public var email: String
        public var absentSince: Date

        public init(userID: UUID, name: String, email: String, absentSince: Date) {
            self.userID = userID
            self.name = name
            self.email = email
            self.absentSince = absentSince
        }
    }

    public struct Model: Sendable {
        public var filter: AccountCandidates.Filter
        public var units: [UnitChoice]
        public var rows: [Row]
        /// The people ticked; nil: everyone who can get an account (the page as first shown).
        public var chosen: Set<UUID>?
        public var topAlsoViewer: Bool
        public var errors: [String]
        public var leavers: [Leaver]

        public init(
            filter: AccountCandidates.Filter, units: [UnitChoice], rows: [Row], chosen: Set<UUID>? = nil, topAlsoViewer: Bool = true,
            errors: [String] = [], leavers: [Leaver] = []
        ) {
            self.filter = filter
            self.units = units
            self.rows = rows
            self.chosen = chosen
            self.topAlsoViewer = topAlsoViewer
            self.errors = errors
            self.leavers = leavers
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let available = model.rows.filter { $0.state.canGetAccount }.count
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.users.path), .text("← " + t(.usersTitle)))),
            .p(.class("lead"), .text(t(.accountsFromOrganisationIntro))),
            filterForm(model, context),
            model.rows.isEmpty
                ? .p(.class("notice"), .text(t(.accountsNoneMatching)))
                : .form(
                    .action(SiteRoute.accountsFromOrganisation.path), .method(.post), .class("stack"),
                    csrfField(context),
                    errorSummary(model.errors, context: context),
                    // The list as it was chosen, so that an error shows the same rows again.
                    .forEach(model.filter.levels.sorted { $0.rawValue < $1.rawValue }) { .input(.type(.hidden), .name("level"), .value($0.rawValue)) },
                    .unwrap(model.filter.unitID) { .input(.type(.hidden), .name("unit"), .value($0.uuidString.lowercased())) },
                    .input(.type(.hidden), .name("q"), .value(model.filter.search)),
                    .p(
                        .id("matching"),
                        .text(t(.accountsMatching(total: context.localizer.number(model.rows.count), available: context.localizer.number(available))))),
                    candidateTable(model, context),
                    .fieldset(
                        .class("field"),
                        .legend(t(.accountsRoles)),
                        .p(.class("hint"), .text(t(.accountsRolesHint))),
                        .div(
                            .class("check"),
                            .input(.type(.checkbox), .name("top_viewer"), .id("top_viewer"), .value("1"), .checked(model.topAlsoViewer)),
                            .label(.for("top_viewer"), .text(t(.accountsTopAlsoViewer))))
                    ),
                    .p(.class("hint"), .text(t(.newUserInvitationHint(days: String(Int(AccountLinkPurpose.invitation.validity / 86_400)))))),
                    .button(.type(.submit), .class("primary"), .text(t(.accountsCreateButton)))
                ),
            leaversSection(model.leavers, context)
        )
        return Layout.render(Page(title: t(.accountsFromOrganisation), section: .users, content: content), context: context)
    }

    private static func filterForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .form(
            .action(SiteRoute.accountsFromOrganisation.path), .method(.get), .class("filters"),
            .fieldset(
                .class("field"),
                .legend(t(.accountsFilterLevels)),
                .forEach(ManagementLevel.allCases) { level in
                    .div(
                        .class("check"),
                        .input(
                            .type(.checkbox), .name("level"), .id("level-\(level.rawValue)"), .value(level.rawValue),
                            .checked(model.filter.levels.contains(level))),
                        .label(.for("level-\(level.rawValue)"), .text(t(level.titleKey))))
                }
            ),
            .div(
                .class("field"),
                .label(.for("unit"), .text(t(.accountsFilterUnit))),
                unitSelect(id: "unit", units: model.units, chosen: model.filter.unitID, context)
            ),
            .div(
                .class("field"),
                .label(.for("q"), .text(t(.accountsFilterSearch))),
                .input(.type(.search), .name("q"), .id("q"), .value(model.filter.search))
            ),
            .button(.type(.submit), .class("button"), .text(t(.accountsFilterShow)))
        )
    }

    /// "The whole organisation" or a unit, the tree shown by indentation: a filter's unit choice
    /// (here and on the users list).
    static func unitSelect(id: String, units: [UnitChoice], chosen: UUID?, _ context: PageContext) -> Node<HTML.FormContext> {
        .select(
            .attribute(named: "name", value: "unit"), .id(id),
            .choice(value: "", label: context(.accountsFilterWholeOrganisation), isSelected: chosen == nil),
            .forEach(units) { unit in
                .choice(
                    value: unit.id.uuidString.lowercased(), label: String(repeating: "\u{00A0}\u{00A0}", count: min(unit.depth, 12)) + unit.name,
                    isSelected: unit.id == chosen)
            })
    }

    private static func candidateTable(_ model: Model, _ context: PageContext) -> Node<HTML.FormContext> {
        let t = context
        func column(_ text: String) -> Node<HTML.TableRowContext> { .th(.attribute(named: "scope", value: "col"), .text(text)) }
        return .div(
            .class("table-wrap"),
            .table(
                .class("data"),
                .caption(.text(t(.accountsFromOrganisation))),
                .thead(
                    .tr(
                        column(t(.accountsChoose)), column(t(.name)), column(t(.accountsTitleColumn)), column(t(.accountsUnit)),
                        column(t(.accountsLevel)), column(t(.email)), column(t(.status))
                    )),
                .tbody(
                    .forEach(model.rows) { row in
                        let id = "person-" + row.person.id.uuidString.lowercased()
                        let chosen = row.state.canGetAccount && (model.chosen?.contains(row.person.id) ?? true)
                        return .tr(
                            .td(
                                row.state.canGetAccount
                                    ? .group(
                                        .input(.type(.checkbox), .name("person"), .id(id), .value(row.person.id.uuidString.lowercased()), .checked(chosen)),
                                        .label(.for(id), .class("visually-hidden"), .text(t(.accountsChoose) + ": " + row.person.name)))
                                    : .text("–")),
                            .th(.attribute(named: "scope", value: "row"), .text(row.person.name)),
                            .td(.text(row.person.title ?? "–")),
                            .td(.text(row.unitName ?? "–")),
                            .td(.text(t(row.person.level.titleKey))),
                            .td(.text(row.person.email.flatMap { $0.isEmpty ? nil : $0 } ?? "–")),
                            .td(.text(t(stateText(row.state))))
                        )
                    })
            )
        )
    }

    static func stateText(_ state: AccountCandidates.State) -> Str {
        switch state {
        case .available: .accountsCanGetAccount
        case .existingUser: .accountsExistingUser
        case .hasAccount(let account): .accountsHasAccount(account: account)
        case .noEmail: .accountsNoEmail
        case .emailInUse(let account): .accountsEmailInUse(account: account)
        case .emailShared: .accountsEmailShared
        }
    }

    private static func leaversSection(_ leavers: [Leaver], _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !leavers.isEmpty else { return .empty }
        let t = context
        return .section(
            .class("card"),
            .h2(.id("leavers"), .text(t(.accountsLeaversTitle))),
            .p(.text(t(.accountsLeaversIntro))),
            .form(
                .action(SiteRoute.deactivateLeavers.path), .method(.post), .class("stack"),
                csrfField(context),
                .ul(
                    .class("plain"),
                    .forEach(leavers) { leaver in
                        let id = "leaver-" + leaver.userID.uuidString.lowercased()
                        return .li(
                            .class("check"),
                            .input(.type(.checkbox), .name("user"), .id(id), .value(leaver.userID.uuidString.lowercased())),
                            .label(
                                .for(id),
                                .text("\(leaver.name) (\(leaver.email)) – " + t(.accountsAbsentSince(date: context.localizer.date(leaver.absentSince))))))
                    }),
                .button(.type(.submit), .class("button"), .text(t(.accountsDeactivateButton)))
            )
        )
    }
}
