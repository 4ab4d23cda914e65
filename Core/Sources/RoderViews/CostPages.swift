import Foundation
import Plot
import RoderCore

/// What an external cost belongs to, as the form offers it: "" (the programme), "area:<id>",
/// "event:<id>" or "engagement:<id>".
public struct CostTargetChoice: Sendable, Hashable {
    public var value: String
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// The fields of the external-cost form, as typed (kept when refused).
public struct ExternalCostForm: Sendable {
    public var date: String
    public var amount: String
    public var vat: String
    public var supplier: String
    public var category: String
    public var target: String
    public var description: String
    public var errors: [String] = []

    public init(
        date: String = "", amount: String = "", vat: String = "", supplier: String = "", category: String = CostCategory.consultant.rawValue,
        target: String = "", description: String = ""
    ) {
        self.date = date
        self.amount = amount
        self.vat = vat
        self.supplier = supplier
        self.category = category
        self.target = target
        self.description = description
    }

    public static let supplierLength = 120
    public static let descriptionLength = 200
}

/// The cost view of a year: the programme's working time in euros and its external costs by
/// area, month, event and goal against the budget, and the list of external costs.
public enum CostsPage {
    /// One external cost of the year; `id` nil for a share of a shared event (not editable).
    public struct ExternalRow: Sendable {
        public var id: UUID?
        public var date: Date
        public var supplier: String
        public var category: CostCategory
        public var target: String
        public var description: String
        public var amount: Money
        public var vat: Money

        public init(id: UUID?, date: Date, supplier: String, category: CostCategory, target: String, description: String, amount: Money, vat: Money) {
            self.id = id
            self.date = date
            self.supplier = supplier
            self.category = category
            self.target = target
            self.description = description
            self.amount = amount
            self.vat = vat
        }
    }

    public struct Model: Sendable {
        public var year: Int
        public var years: [Int]
        public var costs: ProgrammeCosts
        /// Whether hourly costs are set for the year (otherwise working time counts nothing).
        public var ratesSet: Bool
        public var areas: [(id: UUID, title: LocalizedText)]
        public var events: [(id: UUID, title: LocalizedText, date: Date)]
        public var goals: [(id: UUID, title: LocalizedText)]
        public var external: [ExternalRow]
        /// Whether the user enters costs and budgets, and whether the year still takes changes.
        public var canChange: Bool
        public var yearIsOpen: Bool

        public init(
            year: Int, years: [Int], costs: ProgrammeCosts, ratesSet: Bool, areas: [(id: UUID, title: LocalizedText)],
            events: [(id: UUID, title: LocalizedText, date: Date)], goals: [(id: UUID, title: LocalizedText)], external: [ExternalRow], canChange: Bool,
            yearIsOpen: Bool
        ) {
            self.year = year
            self.years = years
            self.costs = costs
            self.ratesSet = ratesSet
            self.areas = areas
            self.events = events
            self.goals = goals
            self.external = external
            self.canChange = canChange
            self.yearIsOpen = yearIsOpen
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let year = String(model.year)
        let costs = model.costs
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("lead"), .text(t(.costsIntro))),
            .p(
                .class("page-links"), .a(.href(SiteRoute.workingTime(year: model.year).path), .text("← " + t(.areaWorkingTime))),
                .text(" · "), .a(.href(SiteRoute.costSettings(year: model.year).path), .text(t(.costsSettingsLink)))),
            yearChoice(model.years, chosen: model.year, action: SiteRoute.costs(), context),
            model.ratesSet ? .empty : .p(.class("notice warning"), .text(t(.costsNoRates))),
            figures(costs, context),
            costs.total.total == .zero && model.external.isEmpty
                ? .section(.class("card"), .p(.text(t(.costsNone))))
                : .group(
                    areaSection(model, context),
                    monthSection(model, context),
                    eventSection(model, context),
                    goalSection(model, context)),
            externalSection(model, context),
            exportLinks(.exportCosts, label: .exportCosts, year: model.year, context)
        )
        return Layout.render(
            Page(title: t(.costsTitle) + " " + year, section: .area(.workingTime), content: content), context: context)
    }

    static func money(_ amount: Money, _ context: PageContext) -> String { context.localizer.money(amount) }

    static func hours(_ minutes: Int, _ context: PageContext) -> String {
        context.localizer.number(WorkingTimeSummary.hours(minutes), fractionDigits: 1)
    }

    private static func percent(_ share: Double, _ context: PageContext) -> String {
        context.localizer.number(share * 100) + "\u{00A0}%"
    }

    private static func figures(_ costs: ProgrammeCosts, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let budget = costs.budgetComparison
        return .ul(
            .class("figures"),
            .li(.span(.class("figure-value"), .id("cost-total"), .text(money(costs.total.total, context))), .span(.text(t(.costsTotal)))),
            .li(
                .span(.class("figure-value"), .id("cost-working-time"), .text(money(costs.total.workingTime, context))),
                .span(.text(t(.costsWorkingTime) + " (" + hours(costs.total.minutes, context) + " h)"))),
            .li(.span(.class("figure-value"), .id("cost-external"), .text(money(costs.total.external, context))), .span(.text(t(.costsExternal)))),
            .li(
                .unwrap(
                    budget.remaining,
                    { remaining in
                        budget.isOver
                            ? .group(
                                .span(.class("figure-value over"), .text(money(.zero - remaining, context))),
                                .span(
                                    .text(
                                        t(.costsOverBadge).sentenceCased + " · " + t(.costsBudget) + " "
                                            + money(budget.budget!, context))))
                            : .group(
                                .span(.class("figure-value"), .text(money(remaining, context))),
                                .span(.text(t(.costsRemaining) + " · " + t(.costsBudget) + " " + money(budget.budget!, context))))
                    }, else: .group(.span(.class("figure-value"), .text("–")), .span(.text(t(.costsNoBudget)))))),
            .li(
                .span(.class("figure-value"), .text(costs.total.costPerParticipantHour.map { money($0, context) } ?? "–")),
                .span(.text(t(.costsPerParticipantHour)), .attribute(named: "title", value: t(.costsPerParticipantHourHint)))),
            .li(
                .span(.class("figure-value"), .text(costs.total.workingTimeShare.map { percent($0, context) } ?? "–")),
                .span(
                    .text(
                        costs.total.workingTimeShare.map {
                            t(.costsShares(workingTime: percent($0, context), external: percent(1 - $0, context)))
                        } ?? t(.costsSharesLabel))))
        )
    }

    /// The header of a figures table: what the rows are, then hours, euros and total.
    private static func figuresHead(_ first: String, participantHours: Bool = false, budget: Bool = false, _ context: PageContext) -> Node<HTML.TableContext> {
        let t = context
        return .thead(
            .tr(
                .th(.text(first)),
                .th(.class("number"), .text(t(participantHours ? .costsParticipantHours : .costsHours))),
                .th(.class("number"), .text(t(.costsWorkingTime))),
                .th(.class("number"), .text(t(.costsExternal))),
                .th(.class("number"), .text(t(.costsTotal))),
                budget ? .group(.th(.class("number"), .text(t(.costsBudget))), .th(.class("number"), .text(t(.costsRemaining)))) : .empty))
    }

    private static func figuresCells(_ figures: CostFigures, participantHours: Bool = false, _ context: PageContext) -> Node<HTML.TableRowContext> {
        .group(
            .td(.class("number"), .text(hours(participantHours ? figures.participantMinutes : figures.minutes, context))),
            .td(.class("number"), .text(money(figures.workingTime, context))),
            .td(.class("number"), .text(money(figures.external, context))),
            .td(.class("number total"), .text(money(figures.total, context))))
    }

    /// `figuresCells` written as text, for the tables with a row per event or goal (hundreds in a large town).
    private static func figureCells(_ figures: CostFigures, participantHours: Bool = false, into row: inout TableRows, _ context: PageContext) {
        row.cell(class: "number", .text(hours(participantHours ? figures.participantMinutes : figures.minutes, context)))
        row.cell(class: "number", .text(money(figures.workingTime, context)))
        row.cell(class: "number", .text(money(figures.external, context)))
        row.cell(class: "number total", .text(money(figures.total, context)))
    }

    private static func budgetCells(_ comparison: BudgetComparison, _ context: PageContext) -> Node<HTML.TableRowContext> {
        .group(
            .td(.class("number"), .text(comparison.budget.map { money($0, context) } ?? "–")),
            .td(
                .class(comparison.isOver ? "number over" : "number"),
                .text(comparison.remaining.map { money($0, context) } ?? "–"),
                comparison.isOver ? .span(.class("badge warning"), .text(context(.costsOverBadge))) : .empty))
    }

    private static func table(
        _ caption: String, head: Node<HTML.TableContext>, body: Node<HTML.TableContext>, foot: Node<HTML.TableContext> = .empty
    ) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap"), scrollRegion(caption),
            .table(.class("data"), .caption(.class("visually-hidden"), .text(caption)), head, body, foot))
    }

    private static func areaSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let costs = model.costs
        let rows: [(label: Node<HTML.BodyContext>, title: String, id: UUID?)] =
            model.areas.map { (localized($0.title, context), context.localizer.text($0.title)?.text ?? "–", $0.id) }
            + [(.text(t(.timeNoArea)), t(.timeNoArea), nil)]
        let shown = rows.filter { costs.byArea[$0.id] != nil || ($0.id.map { costs.budget.byArea[$0] != nil } ?? false) }
        let budgeted = model.areas.filter { costs.budget.byArea[$0.id] != nil }
        let chart: Node<HTML.BodyContext> =
            budgeted.isEmpty
            ? .empty
            : .div(
                .class("chart-scroll"),
                .raw(
                    SVGChart.progress(
                        budgeted.map { area in
                            let comparison = costs.budgetComparison(area: area.id)
                            let share = comparison.share ?? 0
                            return (context.localizer.text(area.title)?.text ?? "–", comparison.share, share > 1 ? "red" : share > 0.9 ? "amber" : "green")
                        }, percent: { percent($0, context) }, title: t(.costsBudgetChartTitle),
                        description: t(.costsBudgetChartDescription(year: String(model.year))), id: "budget-by-area")))
        return .section(
            .class("card"),
            .h2(.id("areas"), .text(t(.costsByArea))),
            chart,
            table(
                t(.costsTitle) + " · " + t(.costsByArea),
                head: figuresHead(t(.costsByArea), budget: true, context),
                body: .tbody(
                    .forEach(shown) { row in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), row.label),
                            figuresCells(costs.byArea[row.id] ?? CostFigures(), context),
                            row.id.map { budgetCells(costs.budgetComparison(area: $0), context) }
                                ?? .group(.td(.class("number"), .text("–")), .td(.class("number"), .text("–"))))
                    }),
                foot: .tfoot(
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(t(.timeTotal))), figuresCells(costs.total, context),
                        budgetCells(costs.budgetComparison, context)))))
    }

    private static func monthSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let costs = model.costs
        let bars = (1...12).map { month in
            let total = costs.byMonth[month]?.total ?? .zero
            return SVGChart.Bar(label: t(.month(month)), value: max(0, total.cents / 100), text: shortMoney(total, context))
        }
        return .section(
            .class("card"),
            .h2(.id("months"), .text(t(.costsByMonth))),
            .div(
                .class("chart-scroll"),
                .raw(
                    SVGChart.bars(
                        bars, title: t(.costsTitle) + " · " + t(.costsByMonth), description: t(.costsMonthChartDescription(year: String(model.year))),
                        id: "cost-by-month"))),
            table(
                t(.costsTitle) + " · " + t(.costsByMonth),
                head: figuresHead(t(.timeMonth), context),
                body: .tbody(
                    .forEach(Array(1...12).filter { costs.byMonth[$0] != nil }) { month in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(t(.month(month)))), figuresCells(costs.byMonth[month]!, context))
                    })))
    }

    /// "12 k€" on a bar, where a full amount would not fit.
    private static func shortMoney(_ amount: Money, _ context: PageContext) -> String {
        guard amount.cents >= 1_000_000 else { return context.localizer.number(amount.euros) }
        return context.localizer.number(amount.euros / 1000, fractionDigits: amount.cents >= 10_000_000 ? 0 : 1) + "k"
    }

    private static func eventSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let events = model.events.filter { model.costs.byEvent[$0.id] != nil }
        guard !events.isEmpty else { return .empty }
        return .section(
            .class("card"),
            .h2(.id("events"), .text(t(.costsByEvent))),
            table(
                t(.costsTitle) + " · " + t(.costsByEvent),
                head: figuresHead(t(.costsByEvent), participantHours: true, context),
                body: .tbody(
                    .rows(
                        events.reduce(into: TableRows()) { rows, event in
                            rows.row { row in
                                row.header(
                                    .link(href: SiteRoute.event(event.id).path, .localized(event.title, context)), .lineBreak,
                                    .span(class: "hint", context.localizer.date(event.date)))
                                figureCells(model.costs.byEvent[event.id] ?? CostFigures(), participantHours: true, into: &row, context)
                            }
                        }))))
    }

    private static func goalSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let goals = model.goals.filter { model.costs.byGoal[$0.id] != nil }
        guard !goals.isEmpty else { return .empty }
        return .section(
            .class("card"),
            .h2(.id("goals"), .text(t(.costsByGoal))),
            .p(.class("hint"), .text(t(.costsByGoalHint))),
            table(
                t(.costsTitle) + " · " + t(.costsByGoal),
                head: figuresHead(t(.costsByGoal), context),
                body: .tbody(
                    .rows(
                        goals.reduce(into: TableRows()) { rows, goal in
                            rows.row { row in
                                row.header(.link(href: SiteRoute.goal(goal.id).path, .localized(goal.title, context)))
                                figureCells(model.costs.byGoal[goal.id] ?? CostFigures(), into: &row, context)
                            }
                        }))))
    }

    private static func externalSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let title = t(.costsExternalList(year: String(model.year)))
        let categories = CostCategory.allCases.filter { model.costs.externalByCategory[$0] != nil }
        return .section(
            .class("card"),
            .h2(.id("external"), .text(title)),
            model.canChange && model.yearIsOpen
                ? .p(.a(.class("button primary"), .href(SiteRoute.newExternalCost(year: model.year).path), .text(t(.costAddTitle))))
                : model.canChange ? .p(.class("hint"), .text(t(.costYearLocked(year: String(model.year))))) : .empty,
            model.external.isEmpty
                ? .p(.text(t(.costsExternalNone)))
                : .group(
                    .ul(
                        .class("figures"),
                        .forEach(categories) { category in
                            .li(
                                .span(.class("figure-value"), .text(money(model.costs.externalByCategory[category] ?? .zero, context))),
                                .span(.text(t(category.titleKey))))
                        }),
                    table(
                        title,
                        head: .thead(
                            .tr(
                                .th(.text(t(.costDate))), .th(.text(t(.costSupplier))), .th(.text(t(.costCategory))), .th(.text(t(.costTarget))),
                                .th(.class("number"), .text(t(.costAmountShort))), .th(.class("number"), .text(t(.costVAT))),
                                model.canChange ? .th(.span(.class("visually-hidden"), .text(t(.costEdit)))) : .empty)),
                        body: .tbody(
                            .forEach(model.external) { row in
                                .tr(
                                    .td(.text(context.localizer.date(row.date))),
                                    .td(.text(row.supplier), row.description.isEmpty ? .empty : .group(.br(), .span(.class("hint"), .text(row.description)))),
                                    .td(.text(t(row.category.titleKey))),
                                    .td(.text(row.target)),
                                    .td(.class("number"), .text(context.localizer.money(row.amount, cents: true))),
                                    .td(.class("number"), .text(context.localizer.money(row.vat, cents: true))),
                                    model.canChange
                                        ? .td(
                                            .unwrap(model.yearIsOpen ? row.id : nil) {
                                                .a(
                                                    .href(SiteRoute.externalCost($0).path), .text(t(.costEdit)),
                                                    .span(.class("visually-hidden"), .text(" " + row.supplier)))
                                            }) : .empty)
                            }),
                        foot: .tfoot(
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .attribute(named: "colspan", value: "4"), .text(t(.timeTotal))),
                                .td(.class("number"), .text(context.localizer.money(model.costs.total.external, cents: true))),
                                .td(
                                    .class("number"),
                                    .text(context.localizer.money(model.external.reduce(.zero) { $0 + $1.vat }, cents: true))),
                                model.canChange ? .td() : .empty)))))
    }

    /// The form of a new external cost, also the edit form of one.
    static func costForm(
        _ form: ExternalCostForm, targets: [CostTargetChoice], action: SiteRoute, title: String?, button: String, _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        let t = context
        func field<Context: HTML.BodyContext>(
            _ name: String, _ label: Str, value: String, hint: Str? = nil, inputMode: String? = nil, required: Bool = false, maxLength: Int? = nil
        ) -> Node<Context> {
            .div(
                .class("field"), .label(.for("cost-" + name), .text(t(label))),
                .unwrap(hint) { .p(.class("hint"), .id("cost-\(name)-hint"), .text(t($0))) },
                .input(
                    .type(.text), .name(name), .id("cost-" + name), .value(value), .required(required),
                    .unwrap(inputMode) { .attribute(named: "inputmode", value: $0) },
                    .unwrap(maxLength) { .attribute(named: "maxlength", value: String($0)) },
                    hint == nil ? .empty : .attribute(named: "aria-describedby", value: "cost-\(name)-hint"),
                    .attribute(named: "autocomplete", value: "off")))
        }
        return .section(
            .class("card"),
            .unwrap(title) { .h2(.id("add"), .text($0)) },
            .form(
                .action(action.path), .method(.post), .class("stack cost-form"),
                csrfField(context),
                errorSummary(form.errors, context: context),
                .div(
                    .class("measure-form"),
                    .div(
                        .class("field"), .label(.for("cost-date"), .text(t(.costDate))),
                        .input(.type(.date), .name("date"), .id("cost-date"), .required(true), .value(form.date))),
                    field("amount", .costAmount, value: form.amount, hint: .costAmountHint, inputMode: "decimal", required: true),
                    field("vat", .costVAT, value: form.vat, hint: .costVATHint, inputMode: "decimal")),
                field("supplier", .costSupplier, value: form.supplier, required: true, maxLength: ExternalCostForm.supplierLength),
                .div(
                    .class("field"), .label(.for("cost-category"), .text(t(.costCategory))),
                    .select(
                        .attribute(named: "name", value: "category"), .id("cost-category"),
                        .forEach(CostCategory.typed) { .choice(value: $0.rawValue, label: t($0.titleKey), isSelected: $0.rawValue == form.category) })),
                .div(
                    .class("field"), .label(.for("cost-target"), .text(t(.costTarget))),
                    .select(
                        .attribute(named: "name", value: "target"), .id("cost-target"),
                        .choice(value: "", label: t(.costTargetProgramme), isSelected: form.target.isEmpty),
                        .forEach(targets) { .choice(value: $0.value, label: $0.label, isSelected: $0.value == form.target) })),
                field("description", .costDescription, value: form.description, maxLength: ExternalCostForm.descriptionLength),
                .button(.type(.submit), .class("primary"), .text(button))))
    }
}

/// A new external cost of a year, on a page of its own: it offers the year's events and every
/// coaching engagement as what the cost belongs to. Nil `targets`: the year takes no more costs.
public enum NewExternalCostPage {
    public static func render(year: Int, form: ExternalCostForm, targets: [CostTargetChoice]?, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.costs(year: year).path + "#external"), .text("← " + t(.costsTitle) + " " + String(year)))),
            .unwrap(targets) { targets in
                CostsPage.costForm(form, targets: targets, action: SiteRoute.externalCosts, title: nil, button: t(.costAddButton), context)
            },
            targets == nil ? .p(.class("notice warning"), .text(t(.costYearLocked(year: String(year))))) : .empty
        )
        return Layout.render(Page(title: t(.costAddTitle), section: .area(.workingTime), content: content), context: context)
    }
}

/// Changing or deleting one external cost.
public enum ExternalCostPage {
    public static func render(id: UUID, year: Int, form: ExternalCostForm, targets: [CostTargetChoice], context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.costs(year: year).path + "#external"), .text("← " + t(.costsTitle)))),
            CostsPage.costForm(form, targets: targets, action: .externalCostUpdate(id), title: nil, button: t(.costSaveButton), context),
            .form(
                .action(SiteRoute.externalCostDelete(id).path), .method(.post),
                csrfField(context),
                .button(.type(.submit), .class("danger"), .text(t(.costDeleteButton))))
        )
        return Layout.render(Page(title: t(.costEditTitle), section: .area(.workingTime), content: content), context: context)
    }
}

/// The fields of the hourly-cost and budget forms, as typed.
public struct CostSettingsForm: Sendable {
    /// Keyed by "standard" or a management level's raw value.
    public var rates: [String: String] = [:]
    /// Keyed by "" (the whole programme) or an area id.
    public var budgets: [String: String] = [:]
    public var rateErrors: [String] = []
    public var budgetErrors: [String] = []

    public init(rates: [String: String] = [:], budgets: [String: String] = [:]) {
        self.rates = rates
        self.budgets = budgets
    }
}

/// A year's hourly costs per management level and its budget for the programme and per area.
public enum CostSettingsPage {
    public struct Model: Sendable {
        public var year: Int
        public var years: [Int]
        public var form: CostSettingsForm
        /// The year the shown rates were set for, when earlier than `year`.
        public var ratesFromYear: Int?
        public var areas: [(id: UUID, title: LocalizedText)]
        public var canChange: Bool
        public var yearIsOpen: Bool

        public init(
            year: Int, years: [Int], form: CostSettingsForm, ratesFromYear: Int?, areas: [(id: UUID, title: LocalizedText)], canChange: Bool,
            yearIsOpen: Bool
        ) {
            self.year = year
            self.years = years
            self.form = form
            self.ratesFromYear = ratesFromYear
            self.areas = areas
            self.canChange = canChange
            self.yearIsOpen = yearIsOpen
        }
    }

    public static let standardKey = "standard"

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let year = String(model.year)
        let editable = model.canChange && model.yearIsOpen
        func amountField(name: String, id: String, label: String, value: String, hint: String? = nil) -> Node<HTML.FormContext> {
            .div(
                .class("field"), .label(.for(id), .text(label)),
                .unwrap(hint) { .p(.class("hint"), .id(id + "-hint"), .text($0)) },
                .input(
                    .type(.text), .name(name), .id(id), .value(value), .attribute(named: "inputmode", value: "decimal"),
                    .attribute(named: "autocomplete", value: "off"), .class("amount"),
                    hint == nil ? .empty : .attribute(named: "aria-describedby", value: id + "-hint"),
                    editable ? .empty : .attribute(named: "readonly", value: "readonly")))
        }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.costs(year: model.year).path), .text("← " + t(.costsTitle)))),
            yearChoice(model.years, chosen: model.year, action: SiteRoute.costSettings(), context),
            model.canChange && !model.yearIsOpen ? .p(.class("hint"), .text(t(.costYearLocked(year: year)))) : .empty,
            .section(
                .class("card"),
                .h2(.id("rates"), .text(t(.ratesTitle))),
                .p(.text(t(.ratesIntro))),
                .unwrap(model.ratesFromYear) { .p(.class("hint"), .text(t(.ratesFrom(year: String($0))))) },
                .form(
                    .action(SiteRoute.rates.path), .method(.post), .class("stack"),
                    csrfField(context),
                    .input(.type(.hidden), .name("year"), .value(year)),
                    errorSummary(model.form.rateErrors, context: context),
                    amountField(name: standardKey, id: "rate-standard", label: t(.ratesStandard), value: model.form.rates[standardKey] ?? ""),
                    .forEach(ManagementLevel.allCases) { level in
                        amountField(
                            name: level.rawValue, id: "rate-" + level.rawValue, label: t(.rateForLevel(t(level.titleKey))),
                            value: model.form.rates[level.rawValue] ?? "", hint: t(.rateLevelHint))
                    },
                    editable ? .button(.type(.submit), .class("primary"), .text(t(.ratesSave))) : .empty)),
            .section(
                .class("card"),
                .h2(.id("budget"), .text(t(.budgetTitle(year: year)))),
                .p(.text(t(.budgetIntro))),
                .form(
                    .action(SiteRoute.budget.path), .method(.post), .class("stack"),
                    csrfField(context),
                    .input(.type(.hidden), .name("year"), .value(year)),
                    errorSummary(model.form.budgetErrors, context: context),
                    amountField(name: "budget-whole", id: "budget-whole", label: t(.budgetWhole), value: model.form.budgets[""] ?? ""),
                    model.areas.isEmpty ? .p(.class("hint"), .text(t(.budgetNoProgramme))) : .empty,
                    .forEach(model.areas) { area in
                        let key = area.id.uuidString.lowercased()
                        return amountField(
                            name: "budget-" + key, id: "budget-" + key, label: t(.budgetArea(context.localizer.text(area.title)?.text ?? "–")),
                            value: model.form.budgets[key] ?? "")
                    },
                    editable ? .button(.type(.submit), .class("primary"), .text(t(.budgetSave))) : .empty))
        )
        return Layout.render(Page(title: t(.costSettingsTitle(year: year)), section: .area(.workingTime), content: content), context: context)
    }
}
