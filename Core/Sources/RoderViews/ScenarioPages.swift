import Foundation
import Plot
import RoderCore

/// Restructuring scenarios: named drafts tried on a copy of the organisation, compared side
/// by side, applied to the real organisation only on purpose.
public enum ScenarioListPage {
    public struct Summary: Sendable {
        public var id: UUID
        public var name: String
        public var changeCount: Int
        public var createdBy: String
        public var appliedAt: Date?
        /// The organisation after the scenario, or nil if it no longer applies.
        public var after: OrganisationReport?

        public init(id: UUID, name: String, changeCount: Int, createdBy: String, appliedAt: Date?, after: OrganisationReport?) {
            self.id = id
            self.name = name
            self.changeCount = changeCount
            self.createdBy = createdBy
            self.appliedAt = appliedAt
            self.after = after
        }
    }

    public struct Model: Sendable {
        public var current: OrganisationReport
        public var scenarios: [Summary]
        public var newName: String
        public var nameError: String?

        public init(current: OrganisationReport, scenarios: [Summary], newName: String = "", nameError: String? = nil) {
            self.current = current
            self.scenarios = scenarios
            self.newName = newName
            self.nameError = nameError
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let open = model.scenarios.filter { $0.appliedAt == nil }
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.organisationScenarios, canChange: true, context),
            .p(.class("lead"), .text(t(.scenarioIntro))),
            open.isEmpty
                ? .empty
                : .section(
                    .class("card"),
                    .h2(.text(t(.scenarioSideBySide))),
                    .div(.class("table-wrap"), comparisonTable(current: model.current, columns: open.map { ($0.name, $0.after) }, context))
                ),
            .section(
                .class("card"),
                .h2(.text(t(.scenarioList))),
                model.scenarios.isEmpty
                    ? .p(.text(t(.scenarioNone)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(model.scenarios) { scenario in
                            .li(
                                .a(.href(SiteRoute.organisationScenario(scenario.id).path), .text(scenario.name)),
                                .span(
                                    .class("meta"),
                                    .text(
                                        " · " + t(.scenarioChangeCount(count: String(scenario.changeCount))) + " · " + scenario.createdBy
                                            + (scenario.appliedAt.map { " · " + t(.scenarioAppliedOn(date: context.localizer.date($0))) } ?? "")))
                            )
                        }),
                .form(
                    .action(SiteRoute.organisationScenarios.path), .method(.post), .class("stack narrow"),
                    csrfField(context),
                    textField("name", label: t(.scenarioNewName), value: model.newName, autocomplete: "off", error: model.nameError),
                    .button(.type(.submit), .class("primary"), .text(t(.scenarioCreate)))
                )
            )
        )
        return Layout.render(Page(title: t(.scenarioTitle), section: .area(.organisation), content: content), context: context)
    }

    /// The figures of now and of each scenario in columns, so they can be read side by side.
    static func comparisonTable<C: HTML.BodyContext>(current: OrganisationReport, columns: [(String, OrganisationReport?)], _ context: PageContext) -> Node<C> {
        let t = context
        let number = context.localizer.number(_:)
        let rows: [(String, (OrganisationReport) -> String)] =
            [
                (t(.orgFigureManagers), { number($0.managerCount) }),
                (t(.orgFigureUnits), { number($0.unitCount) }),
                (t(.orgFigureLayers), { number($0.layers) }),
                (t(.orgFigureMedianSpan), { context.localizer.number($0.medianSpan, fractionDigits: 1) }),
                (t(.orgFigureAverageSpan), { context.localizer.number($0.averageSpan, fractionDigits: 1) }),
            ]
            + SpanBand.allCases.filter { $0 != .none }.map { band in
                (t(.scenarioManagersWithSpan(band: band.label)), { number($0.spanDistribution[band] ?? 0) })
            } + [
                (t(.scenarioBelowTarget), { number($0.belowTarget.count) }),
                (t(.scenarioAboveTarget), { number($0.aboveTarget.count) }),
            ]
        return .table(
            .class("data comparison"),
            .caption(.text(t(.scenarioComparisonCaption))),
            .thead(
                .tr(
                    .td(), .th(.attribute(named: "scope", value: "col"), .text(t(.scenarioNow))),
                    .forEach(columns) { name, _ in .th(.attribute(named: "scope", value: "col"), .text(name)) })),
            .tbody(
                .forEach(rows) { label, value in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(label)),
                        .td(.class("number"), .text(value(current))),
                        .forEach(columns) { _, report in
                            .td(.class("number"), .text(report.map(value) ?? t(.scenarioNoLongerApplies)))
                        }
                    )
                })
        )
    }
}

public enum ScenarioPage {
    public typealias Choice = SelectChoice

    public struct Model: Sendable {
        public var id: UUID
        public var name: String
        public var appliedAt: Date?
        public var appliedBy: String?
        /// Each change described in the reader's language.
        public var changes: [String]
        public var comparison: ScenarioComparison?
        /// The change that no longer fits the organisation, and why.
        public var problem: String?
        /// An error with the change just added (its form is shown again).
        public var formError: String?
        /// That change's form as typed, by field name ("merge-unit": a unit's id).
        public var typedChange: [String: String] = [:]
        public var units: [Choice]
        public var people: [Choice]
        public var personNames: [UUID: String]

        public init(
            id: UUID, name: String, appliedAt: Date?, appliedBy: String?, changes: [String], comparison: ScenarioComparison?,
            problem: String?, formError: String? = nil, units: [Choice], people: [Choice], personNames: [UUID: String]
        ) {
            self.id = id
            self.name = name
            self.appliedAt = appliedAt
            self.appliedBy = appliedBy
            self.changes = changes
            self.comparison = comparison
            self.problem = problem
            self.formError = formError
            self.units = units
            self.people = people
            self.personNames = personNames
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let isOpen = model.appliedAt == nil
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.organisationScenarios, canChange: true, context),
            .p(.a(.href(SiteRoute.organisationScenarios.path), .text("← " + t(.scenarioTitle)))),
            .unwrap(model.appliedAt) { date in
                .div(
                    .class("notice"), .attribute(named: "role", value: "status"),
                    .p(.text(t(.scenarioWasApplied(date: context.localizer.dateTime(date), name: model.appliedBy ?? "–")))))
            },
            .unwrap(model.problem) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .section(
                .class("card"),
                .h2(.text(t(.scenarioChanges))),
                model.changes.isEmpty
                    ? .p(.text(t(.scenarioNoChanges)))
                    : .ol(
                        .forEach(model.changes.enumerated()) { index, description in
                            .li(
                                .text(description),
                                isOpen
                                    ? .form(
                                        .action(SiteRoute.organisationScenarioRemoveChange(model.id, index).path), .method(.post), .class("inline"),
                                        csrfField(context),
                                        .button(
                                            .type(.submit), .class("link-button"),
                                            .attribute(named: "aria-label", value: t(.scenarioRemoveChangeNumbered(number: String(index + 1)))),
                                            .text(t(.scenarioRemoveChange)))
                                    ) : .empty
                            )
                        })
            ),
            .unwrap(model.comparison) { comparison in
                .section(
                    .class("card"),
                    .h2(.text(t(.scenarioBeforeAfter))),
                    .div(
                        .class("table-wrap"),
                        ScenarioListPage.comparisonTable(current: comparison.before, columns: [(t(.scenarioAfter), comparison.after)], context)),
                    .h3(.text(t(.scenarioAffected(count: String(comparison.affected.count))))),
                    comparison.affected.isEmpty
                        ? .p(.text(t(.scenarioNoneAffected)))
                        : .div(
                            .class("table-wrap"),
                            .table(
                                .class("data"),
                                .caption(.class("visually-hidden"), .text(t(.scenarioAffected(count: String(comparison.affected.count))))),
                                .thead(
                                    .tr(
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.orgManager))),
                                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.scenarioSpanBefore))),
                                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.scenarioSpanAfter))))),
                                .tbody(
                                    .forEach(comparison.affected) { manager in
                                        .tr(
                                            .td(.text(model.personNames[manager.personID] ?? "–")),
                                            .td(.class("number"), .text(manager.spanBefore.map(String.init) ?? "–")),
                                            .td(.class("number"), .text(manager.spanAfter.map(String.init) ?? t(.scenarioNoLongerManager))))
                                    })
                            ))
                )
            },
            isOpen ? changeForms(model, context) : .empty,
            isOpen && model.problem == nil && !model.changes.isEmpty
                ? .section(
                    .class("card"),
                    .h2(.text(t(.scenarioApplyTitle))),
                    .p(.text(t(.scenarioApplyWarning))),
                    .form(
                        .action(SiteRoute.organisationScenarioApply(model.id).path), .method(.post),
                        csrfField(context),
                        .div(
                            .class("check"),
                            .input(.type(.checkbox), .name("confirm"), .id("confirm"), .value("yes"), .required(true)),
                            .label(.for("confirm"), .text(t(.scenarioApplyConfirm)))),
                        .button(.type(.submit), .class("primary"), .text(t(.scenarioApply)))
                    )
                ) : .empty
        )
        return Layout.render(Page(title: model.name, section: .area(.organisation), content: content), context: context)
    }

    private static func changeForms(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let action = SiteRoute.organisationScenarioChanges(model.id).path
        func unitSelect(_ name: String, _ label: String) -> Node<HTML.FormContext> {
            .div(
                .class("field"), .label(.for(name), .text(label)),
                .select(
                    .attribute(named: "name", value: name), .id(name),
                    .forEach(model.units) { unit in
                        let value = unit.id.uuidString.lowercased()
                        return .choice(value: value, label: unit.label, isSelected: model.typedChange[name] == value)
                    }))
        }
        func personSelect(_ name: String, _ label: String, allowNone: Bool) -> Node<HTML.FormContext> {
            .div(
                .class("field"), .label(.for(name), .text(label)),
                .select(
                    .attribute(named: "name", value: name), .id(name),
                    allowNone ? .choice(value: "", label: t(.scenarioNoManager), isSelected: (model.typedChange[name] ?? "").isEmpty) : .empty,
                    .forEach(model.people) { person in
                        let value = person.id.uuidString.lowercased()
                        return .choice(value: value, label: person.label, isSelected: model.typedChange[name] == value)
                    }))
        }
        func form(_ kind: String, _ title: String, _ fields: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
            .form(
                .action(action), .method(.post), .class("stack change-form"),
                csrfField(context),
                .input(.type(.hidden), .name("kind"), .value(kind)),
                .h3(.text(title)),
                .group(fields),
                .button(.type(.submit), .text(t(.scenarioAddChange))))
        }
        return .section(
            .class("card"),
            .h2(.id("add-change"), .text(t(.scenarioAddChangeTitle))),
            .unwrap(model.formError) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .div(
                .class("change-forms"),
                form("merge", t(.scenarioMerge), unitSelect("merge-unit", t(.scenarioMergeUnit)), unitSelect("merge-into", t(.scenarioMergeInto))),
                form("move", t(.scenarioMove), unitSelect("move-unit", t(.scenarioMoveUnit)), unitSelect("move-parent", t(.scenarioMoveParent))),
                form(
                    "manager", t(.scenarioChangeManager), unitSelect("manager-unit", t(.scenarioManagerUnit)),
                    personSelect("manager-person", t(.scenarioNewManager), allowNone: true)),
                form(
                    "split", t(.scenarioSplit), unitSelect("split-unit", t(.scenarioSplitUnit)),
                    textField("split-name", label: t(.scenarioSplitName), value: model.typedChange["split-name"] ?? "", autocomplete: "off"),
                    textField(
                        "split-headcount", label: t(.scenarioSplitHeadcount), value: model.typedChange["split-headcount"] ?? "", autocomplete: "off",
                        inputMode: "numeric"),
                    personSelect("split-manager", t(.scenarioNewManager), allowNone: true))
            )
        )
    }
}
