import Foundation
import Plot
import RoderCore

/// Harmonised manager roles: the profiles, who holds them, and where harmonisation is
/// still to do.
public enum RoleProfilesPage {
    public struct Role: Sendable, Hashable {
        public var id: UUID
        public var name: LocalizedText
        public var holderCount: Int
        public var titles: [String]

        public init(id: UUID, name: LocalizedText, holderCount: Int, titles: [String]) {
            self.id = id
            self.name = name
            self.holderCount = holderCount
            self.titles = titles
        }
    }

    public struct Model: Sendable {
        public var roles: [Role]
        public var withoutRole: [RoleHarmonisation.Holder]
        public var canChange: Bool
        public var form: RoleProfileForm

        public init(roles: [Role], withoutRole: [RoleHarmonisation.Holder], canChange: Bool, form: RoleProfileForm) {
            self.roles = roles
            self.withoutRole = withoutRole
            self.canChange = canChange
            self.form = form
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.organisationRoles, canChange: model.canChange, context),
            .p(.class("lead"), .text(t(.rolesIntro))),
            .section(
                .class("card"),
                .h2(.text(t(.rolesList))),
                model.roles.isEmpty
                    ? .p(.text(t(.rolesNone)))
                    : .div(
                        .class("table-wrap"), scrollRegion(t(.rolesList)),
                        .table(
                            .class("data"),
                            .caption(.class("visually-hidden"), .text(t(.rolesList))),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.roleName))),
                                    .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.roleHolders))),
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.roleTitlesHeld))))),
                            .tbody(
                                .forEach(model.roles) { role in
                                    .tr(
                                        .td(.a(.href(SiteRoute.organisationRole(role.id).path), localized(role.name, context))),
                                        .td(.class("number"), .text(String(role.holderCount))),
                                        .td(
                                            .text(role.titles.joined(separator: ", ")),
                                            role.titles.count > 1
                                                ? .span(.class("badge warning"), .text(t(.roleManyTitles(count: String(role.titles.count))))) : .empty))
                                })
                        ))
            ),
            .section(
                .class("card"),
                .h2(.text(t(.rolesWithoutRole(count: String(model.withoutRole.count))))),
                model.withoutRole.isEmpty
                    ? .p(.text(t(.rolesEveryoneHasRole)))
                    : .ul(
                        .class("plain-list columns"),
                        .forEach(model.withoutRole) { holder in
                            .li(.text(holder.name), .unwrap(holder.title) { .span(.class("meta"), .text(", " + $0)) })
                        })
            ),
            model.canChange
                ? .section(
                    .class("card"),
                    .h2(.text(t(.roleNew))),
                    RoleProfileForm.render(model.form, action: SiteRoute.organisationRoles.path, submit: t(.roleCreate), context)
                ) : .empty
        )
        return Layout.render(Page(title: t(.rolesTitle), section: .area(.organisation), content: content), context: context)
    }
}

/// The form for a role profile, in each of the organisation's languages.
public struct RoleProfileForm: Sendable {
    public var name: LocalizedText
    public var responsibilities: LocalizedText
    public var competences: LocalizedText
    public var error: String?

    public init(
        name: LocalizedText = LocalizedText(), responsibilities: LocalizedText = LocalizedText(), competences: LocalizedText = LocalizedText(),
        error: String? = nil
    ) {
        self.name = name
        self.responsibilities = responsibilities
        self.competences = competences
        self.error = error
    }

    static func render(_ form: RoleProfileForm, action: String, submit: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        return .form(
            .action(action), .method(.post), .class("stack"),
            csrfField(context),
            .unwrap(form.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .forEach(languages) { language in
                .fieldset(
                    .class("field language-group"),
                    .legend(t(.roleInLanguage(language: language.nativeName))),
                    textField(
                        "name-\(language.code)", label: t(.roleName), value: form.name[language] ?? "", autocomplete: "off",
                        required: language == languages.first),
                    .div(
                        .class("field"),
                        .label(.for("responsibilities-\(language.code)"), .text(t(.roleResponsibilities))),
                        .textarea(
                            .name("responsibilities-\(language.code)"), .id("responsibilities-\(language.code)"), .rows(3),
                            .attribute(named: "lang", value: language.code), .text(form.responsibilities[language] ?? ""))),
                    .div(
                        .class("field"),
                        .label(.for("competences-\(language.code)"), .text(t(.roleCompetences))),
                        .textarea(
                            .name("competences-\(language.code)"), .id("competences-\(language.code)"), .rows(3),
                            .attribute(named: "lang", value: language.code), .text(form.competences[language] ?? "")))
                )
            },
            .button(.type(.submit), .class("primary"), .text(submit))
        )
    }
}

public enum RoleProfilePage {
    public struct Model: Sendable {
        public var id: UUID
        public var name: LocalizedText
        public var responsibilities: LocalizedText
        public var competences: LocalizedText
        public var holders: [RoleHarmonisation.Holder]
        public var candidates: [RoleHarmonisation.Holder]
        public var canChange: Bool
        public var form: RoleProfileForm
        /// Every competence of the framework, with the level this role expects (nil: not required).
        public var expectations: [(competence: CompetenceSummary, expected: CompetenceLevel?)]

        public init(
            id: UUID, name: LocalizedText, responsibilities: LocalizedText, competences: LocalizedText,
            holders: [RoleHarmonisation.Holder], candidates: [RoleHarmonisation.Holder], canChange: Bool, form: RoleProfileForm,
            expectations: [(competence: CompetenceSummary, expected: CompetenceLevel?)] = []
        ) {
            self.expectations = expectations
            self.id = id
            self.name = name
            self.responsibilities = responsibilities
            self.competences = competences
            self.holders = holders
            self.candidates = candidates
            self.canChange = canChange
            self.form = form
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let title = context.localizer.text(model.name)?.text ?? "–"
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.organisationRoles, canChange: model.canChange, context),
            .p(.a(.href(SiteRoute.organisationRoles.path), .text("← " + t(.rolesTitle)))),
            .section(
                .class("card"),
                .h2(.text(t(.roleResponsibilities))), .p(.class("prose"), localized(model.responsibilities, context)),
                .h2(.text(t(.roleCompetences))), .p(.class("prose"), localized(model.competences, context))
            ),
            .section(
                .class("card"),
                .h2(.text(t(.roleHoldersTitle(count: String(model.holders.count))))),
                model.holders.isEmpty
                    ? .p(.text(t(.roleNoHolders)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(model.holders) { holder in
                            .li(
                                .text(holder.name), .unwrap(holder.title) { .span(.class("meta"), .text(", " + $0)) },
                                model.canChange
                                    ? .form(
                                        .action(SiteRoute.organisationRoleHolders(model.id).path), .method(.post), .class("inline"),
                                        csrfField(context),
                                        .input(.type(.hidden), .name("person"), .value(holder.personID.uuidString.lowercased())),
                                        .input(.type(.hidden), .name("action"), .value("remove")),
                                        .button(
                                            .type(.submit), .class("link-button"),
                                            .attribute(named: "aria-label", value: t(.roleRemoveHolderNamed(name: holder.name))),
                                            .text(t(.scenarioRemoveChange)))
                                    ) : .empty)
                        }),
                model.canChange && !model.candidates.isEmpty
                    ? .form(
                        .action(SiteRoute.organisationRoleHolders(model.id).path), .method(.post), .class("stack narrow"),
                        csrfField(context),
                        .input(.type(.hidden), .name("action"), .value("add")),
                        .div(
                            .class("field"),
                            .label(.for("person"), .text(t(.roleAddHolder))),
                            .select(
                                .attribute(named: "name", value: "person"), .id("person"),
                                .forEach(model.candidates) { candidate in
                                    .choice(
                                        value: candidate.personID.uuidString.lowercased(),
                                        label: candidate.title.map { "\(candidate.name) (\($0))" } ?? candidate.name, isSelected: false)
                                })),
                        .button(.type(.submit), .text(t(.roleAddHolderButton)))
                    ) : .empty
            ),
            expectations(model, context),
            model.canChange
                ? .section(
                    .class("card"),
                    .h2(.text(t(.roleEdit))),
                    RoleProfileForm.render(model.form, action: SiteRoute.organisationRole(model.id).path, submit: t(.saveChanges), context)
                ) : .empty
        )
        return Layout.render(Page(title: title, section: .area(.organisation), content: content), context: context)
    }

    private static func expectations(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let required = model.expectations.filter { $0.expected != nil }
        return .section(
            .class("card"),
            .h2(.id("competences"), .text(t(.roleExpectedTitle))),
            model.expectations.isEmpty
                ? .p(.text(t(.roleExpectedNoFramework)), .text(" "), .a(.href(SiteRoute.competenceFramework.path), .text(t(.frameworkTitle))))
                : model.canChange
                    ? .form(
                        .action(SiteRoute.profileCompetences(model.id).path), .method(.post), .class("stack"),
                        csrfField(context),
                        .p(.class("hint"), .text(t(.roleExpectedHint))),
                        .div(
                            .class("table-wrap"), scrollRegion(t(.roleExpectedTitle)),
                            .table(
                                .class("data"),
                                .caption(.class("visually-hidden"), .text(t(.roleExpectedTitle))),
                                .thead(.tr(.th(.text(t(.competenceName))), .th(.text(t(.resultExpected))))),
                                .tbody(
                                    .forEach(model.expectations) { item in
                                        let id = "expected-\(item.competence.id.uuidString.lowercased())"
                                        return .tr(
                                            .td(
                                                .label(.for(id), localized(item.competence.name, context)),
                                                .span(.class("meta"), .text(" · "), localized(item.competence.group, context))),
                                            .td(
                                                .select(
                                                    .attribute(named: "name", value: id), .id(id),
                                                    .choice(value: "", label: t(.roleExpectedNotRequired), isSelected: item.expected == nil),
                                                    .forEach(CompetenceLevel.all) { level in
                                                        .choice(
                                                            value: String(level.value), label: t(.levelShort(level: String(level.value))),
                                                            isSelected: item.expected == level)
                                                    })))
                                    }))),
                        .button(.type(.submit), .class("primary"), .text(t(.roleExpectedSave))))
                    : required.isEmpty
                        ? .p(.text(t(.roleExpectedNone)))
                        : .ul(
                            .class("plain-list"),
                            .forEach(required) { item in
                                .li(
                                    localized(item.competence.name, context),
                                    .text(" · " + t(.levelShort(level: String(item.expected?.value ?? 0)))))
                            })
        )
    }
}
