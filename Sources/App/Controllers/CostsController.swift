import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// What the programme costs: the year's working time in euros and its external costs against
/// the budget (`CostQuery` reads, `ProgrammeCosts` adds up); external costs entered and
/// changed while their year is open; hourly costs per management level and budgets per year.
struct CostsController: Sendable {
    func costs(_ request: Request) async throws -> Response {
        try await page(request, year: WorkingTimeController.chosenYear(request))
    }

    /// The form for a new cost of the chosen year, dated today when today is in that year.
    func newCost(_ request: Request) async throws -> Response {
        let year = WorkingTimeController.chosenYear(request)
        let today = WorkingTimeController.year(of: request.now, request) == year ? CalendarDay.string(request.now, in: request.timeZone) : ""
        return try await newCostPage(request, year: year, form: ExternalCostForm(date: today))
    }

    func add(_ request: Request) async throws -> Response {
        var form = Self.readCostForm(request)
        guard let valid = try await Self.validate(&form, request) else {
            let year = StrategyController.date(form.date, timeZone: request.timeZone).map { WorkingTimeController.year(of: $0, request) }
            return try await newCostPage(request, year: year ?? WorkingTimeController.chosenYear(request), form: form, status: .unprocessableEntity)
        }
        let cost = ExternalCost()
        valid.apply(to: cost, at: request.now)
        try await request.tenant.create(cost)
        try await request.audit(.externalCostChanged, subject: valid.supplier, subjectID: cost.id, after: "+ " + valid.amountText)
        try await request.setNotice(.costSaved)
        return request.redirect(to: SiteRoute.costs(year: WorkingTimeController.year(of: valid.date, request)).path + "#external")
    }

    func cost(_ request: Request) async throws -> Response {
        let cost = try await openCost(request)
        let localizer = request.localizer()
        let form = ExternalCostForm(
            date: CalendarDay.string(cost.date, in: request.timeZone), amount: localizer.moneyInput(Money(cents: cost.amountCents)),
            vat: cost.vatCents == 0 ? "" : localizer.moneyInput(Money(cents: cost.vatCents)), supplier: cost.supplier, category: cost.category,
            target: CostTarget(cost).value, description: cost.costDescription)
        return try await editPage(request, cost: cost, form: form)
    }

    func update(_ request: Request) async throws -> Response {
        let cost = try await openCost(request)
        var form = Self.readCostForm(request)
        guard let valid = try await Self.validate(&form, request) else {
            return try await editPage(request, cost: cost, form: form, status: .unprocessableEntity)
        }
        valid.apply(to: cost, at: request.now)
        try await cost.update(on: request.db)
        try await request.audit(.externalCostChanged, subject: valid.supplier, subjectID: cost.id, after: "= " + valid.amountText)
        try await request.setNotice(.costSaved)
        return request.redirect(to: SiteRoute.costs(year: WorkingTimeController.year(of: valid.date, request)).path + "#external")
    }

    func delete(_ request: Request) async throws -> Response {
        let cost = try await openCost(request)
        let year = WorkingTimeController.year(of: cost.date, request)
        try await cost.delete(on: request.db)
        try await request.audit(
            .externalCostChanged, subject: cost.supplier, subjectID: cost.id, after: "− " + Self.plainAmount(Money(cents: cost.amountCents)))
        try await request.setNotice(.costDeleted)
        return request.redirect(to: SiteRoute.costs(year: year).path + "#external")
    }

    func settings(_ request: Request) async throws -> Response {
        let year = WorkingTimeController.chosenYear(request)
        let tenant = try request.tenant
        let localizer = request.localizer()
        let (rates, from) = try await CostQuery.rateRows(year: year, in: tenant)
        let budget = try await CostQuery.budget(year: year, in: tenant)
        var form = CostSettingsForm()
        for (level, cents) in rates { form.rates[level] = localizer.moneyInput(Money(cents: cents)) }
        if let total = budget.total { form.budgets[""] = localizer.moneyInput(total) }
        for (area, amount) in budget.byArea { form.budgets[area.uuidString.lowercased()] = localizer.moneyInput(amount) }
        return try await settingsPage(request, year: year, form: form, ratesFromYear: from.flatMap { $0 < year ? $0 : nil })
    }

    func saveRates(_ request: Request) async throws -> Response {
        let year = try WorkingTimeController.postedYear(request)
        let tenant = try request.tenant
        let localizer = request.localizer()
        var form = CostSettingsForm()
        var parsed: [String: Int] = [:]
        let fields = [(CostSettingsPage.standardKey, localizer(.ratesStandard))] + ManagementLevel.allCases.map { ($0.rawValue, localizer($0.titleKey)) }
        for (key, label) in fields {
            let text = String((request.form[key] ?? "").trimmed.prefix(40))
            form.rates[key] = text
            guard !text.isEmpty else { continue }
            if let amount = Money(typed: text), amount.cents <= CostQuery.highestRate.cents {
                parsed[key] = amount.cents
            } else {
                form.rateErrors.append(localizer(.rateInvalid(field: label)))
            }
        }
        if !parsed.isEmpty && parsed[CostSettingsPage.standardKey] == nil && form.rateErrors.isEmpty {
            form.rateErrors.append(localizer(.ratesStandardMissing))
        }
        if try await !CostQuery.yearIsOpen(year, request) { form.rateErrors.append(localizer(.costYearLocked(year: String(year)))) }
        guard form.rateErrors.isEmpty else {
            return try await settingsPage(request, year: year, form: form, ratesFromYear: nil, status: .unprocessableEntity, keepBudget: true)
        }
        // All empty: the year has no rates of its own and uses an earlier year's again.
        let rates = parsed.sorted(by: { $0.key < $1.key })
        try await request.db.transaction { database in
            let scoped = TenantDatabase(organisationID: tenant.organisationID, database: database)
            try await scoped.query(HourlyRateRecord.self).filter(\.$year == year).delete()
            for (level, cents) in rates {
                try await scoped.create(HourlyRateRecord(organisationID: tenant.organisationID, year: year, level: level, cents: cents, at: request.now))
            }
        }
        try await request.audit(
            .hourlyRatesChanged, subject: String(year),
            after: rates.map { "\($0.key) \(Self.plainAmount(Money(cents: $0.value)))" }.joined(separator: ", "))
        try await request.setNotice(.ratesSaved)
        return request.redirect(to: SiteRoute.costSettings(year: year).path)
    }

    func saveBudget(_ request: Request) async throws -> Response {
        let year = try WorkingTimeController.postedYear(request)
        let tenant = try request.tenant
        let localizer = request.localizer()
        let areas = try await CostQuery.areas(tenant)
        var form = CostSettingsForm()
        var parsed: [UUID?: Int] = [:]
        let fields: [(key: String, area: UUID?, label: String)] =
            [("", nil, localizer(.budgetWhole))] + areas.map { ($0.id.uuidString.lowercased(), $0.id, localizer.text($0.title)?.text ?? "–") }
        for field in fields {
            let text = String((request.form["budget-" + (field.key.isEmpty ? "whole" : field.key)] ?? "").trimmed.prefix(40))
            form.budgets[field.key] = text
            guard !text.isEmpty else { continue }
            if let amount = Money(typed: text) {
                parsed[field.area] = amount.cents
            } else {
                form.budgetErrors.append(localizer(.budgetInvalid(field: field.label)))
            }
        }
        if try await !CostQuery.yearIsOpen(year, request) { form.budgetErrors.append(localizer(.costYearLocked(year: String(year)))) }
        guard form.budgetErrors.isEmpty else {
            return try await settingsPage(request, year: year, form: form, ratesFromYear: nil, status: .unprocessableEntity, keepRates: true)
        }
        let budgets = parsed
        try await request.db.transaction { database in
            let scoped = TenantDatabase(organisationID: tenant.organisationID, database: database)
            try await scoped.query(BudgetRecord.self).filter(\.$year == year).delete()
            for (area, cents) in budgets {
                try await scoped.create(BudgetRecord(organisationID: tenant.organisationID, year: year, areaID: area, cents: cents, at: request.now))
            }
        }
        try await request.audit(
            .budgetChanged, subject: String(year), after: parsed[nil].map { Self.plainAmount(Money(cents: $0)) } ?? "\(parsed.count)")
        try await request.setNotice(.budgetSaved)
        return request.redirect(to: SiteRoute.costs(year: year).path)
    }

    // MARK: -

    private func page(_ request: Request, year: Int) async throws -> Response {
        let tenant = try request.tenant
        let view = try await CostQuery.year(year, in: tenant, timeZone: request.timeZone, localizer: request.localizer())
        let current = WorkingTimeController.year(of: request.now, request)
        let programme = try await StrategyQuery.programme(tenant)
        let model = CostsPage.Model(
            year: year, years: Self.years(programme: programme, current: current).reversed(), costs: view.costs, ratesSet: view.ratesSet,
            areas: view.areas, events: view.events, goals: view.goals, external: view.external,
            canChange: !request.roles.isDisjoint(with: Access.changesCosts), yearIsOpen: try await CostQuery.yearIsOpen(year, of: programme, request))
        return request.html(CostsPage.render(model, context: try await request.pageContext()))
    }

    private func newCostPage(_ request: Request, year: Int, form: ExternalCostForm, status: HTTPStatus = .ok) async throws -> Response {
        let targets =
            try await CostQuery.yearIsOpen(year, request)
            ? try await CostQuery.targets(year: year, in: try request.tenant, timeZone: request.timeZone, localizer: request.localizer()) : nil
        return request.html(
            NewExternalCostPage.render(year: year, form: form, targets: targets, context: try await request.pageContext()), status: status)
    }

    private func editPage(_ request: Request, cost: ExternalCost, form: ExternalCostForm, status: HTTPStatus = .ok) async throws -> Response {
        let year = WorkingTimeController.year(of: cost.date, request)
        var targets = try await CostQuery.targets(year: year, in: try request.tenant, timeZone: request.timeZone, localizer: request.localizer())
        // The cost's own target stays offered even when it is an event of another year.
        let own = CostTarget(cost).value
        if !own.isEmpty && !targets.contains(where: { $0.value == own }),
            let label = try await CostQuery.targetLabel(CostTarget(cost), in: try request.tenant, localizer: request.localizer())
        {
            targets.insert(CostTargetChoice(value: own, label: label), at: 0)
        }
        return request.html(
            ExternalCostPage.render(id: try cost.requireID(), year: year, form: form, targets: targets, context: try await request.pageContext()),
            status: status)
    }

    private func settingsPage(
        _ request: Request, year: Int, form: CostSettingsForm, ratesFromYear: Int?, status: HTTPStatus = .ok, keepRates: Bool = false,
        keepBudget: Bool = false
    ) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        var form = form
        // A refused form keeps what was typed; the other form on the page shows what is saved.
        if keepRates {
            for (level, cents) in try await CostQuery.rateRows(year: year, in: tenant).rates { form.rates[level] = localizer.moneyInput(Money(cents: cents)) }
        }
        if keepBudget {
            let budget = try await CostQuery.budget(year: year, in: tenant)
            if let total = budget.total { form.budgets[""] = localizer.moneyInput(total) }
            for (area, amount) in budget.byArea { form.budgets[area.uuidString.lowercased()] = localizer.moneyInput(amount) }
        }
        let current = WorkingTimeController.year(of: request.now, request)
        let model = CostSettingsPage.Model(
            year: year, years: Self.years(programme: try await StrategyQuery.programme(tenant), current: current).reversed(), form: form,
            ratesFromYear: ratesFromYear, areas: try await CostQuery.areas(tenant), canChange: !request.roles.isDisjoint(with: Access.changesCosts),
            yearIsOpen: try await CostQuery.yearIsOpen(year, request))
        return request.html(CostSettingsPage.render(model, context: try await request.pageContext()), status: status)
    }

    /// The organisation's cost whose year still takes changes; another's is a 404, a locked one a 403.
    private func openCost(_ request: Request) async throws -> ExternalCost {
        guard let cost = try await request.tenant.find(ExternalCost.self, request.parameters.uuid("externalCostID")) else { throw Abort(.notFound) }
        guard try await CostQuery.yearIsOpen(WorkingTimeController.year(of: cost.date, request), request) else { throw Abort(.forbidden) }
        return cost
    }

    /// The programme's years and the next one (a budget is set ahead), newest last.
    private static func years(programme: Programme?, current: Int) -> [Int] {
        Array(min(programme?.startYear ?? current, current)...max(min(programme?.endYear ?? current, current + 1), current + 1))
    }

    /// "1234.50": amounts in the audit log, the same in every language.
    private static func plainAmount(_ amount: Money) -> String {
        String(amount.cents / 100) + "." + String(format: "%02d", abs(amount.cents % 100))
    }

    private struct ValidCost {
        let date: Date
        let amount: Money
        let vat: Money
        let supplier: String
        let category: CostCategory
        let target: CostTarget
        let description: String

        var amountText: String { CostsController.plainAmount(amount) }

        func apply(to cost: ExternalCost, at now: Date) {
            cost.date = date
            cost.amountCents = amount.cents
            cost.vatCents = vat.cents
            cost.supplier = supplier
            cost.category = category.rawValue
            cost.costDescription = description
            cost.areaID = target.areaID
            cost.eventID = target.eventID
            cost.engagementID = target.engagementID
            cost.updatedAt = now
        }
    }

    private static func readCostForm(_ request: Request) -> ExternalCostForm {
        let fields = request.form
        return ExternalCostForm(
            date: fields["date"]?.trimmed ?? "", amount: String((fields["amount"] ?? "").trimmed.prefix(40)),
            vat: String((fields["vat"] ?? "").trimmed.prefix(40)), supplier: String((fields["supplier"] ?? "").trimmed.prefix(ExternalCostForm.supplierLength)),
            category: fields["category"]?.trimmed ?? "", target: fields["target"]?.trimmed ?? "",
            description: String((fields["description"] ?? "").trimmed.prefix(ExternalCostForm.descriptionLength)))
    }

    /// The cost the form describes, or nil with the reasons in `form.errors`.
    private static func validate(_ form: inout ExternalCostForm, _ request: Request) async throws -> ValidCost? {
        let localizer = request.localizer()
        let amount = Money(typed: form.amount)
        if amount == nil { form.errors.append(localizer(.costAmountInvalid)) }
        let vat = form.vat.isEmpty ? Money.zero : Money(typed: form.vat)
        if vat == nil { form.errors.append(localizer(.costVATInvalid)) }
        if form.supplier.isEmpty { form.errors.append(localizer(.costSupplierMissing)) }
        let date = StrategyController.date(form.date, timeZone: request.timeZone)
        if let date {
            let year = WorkingTimeController.year(of: date, request)
            if !WorkingTimeController.reachableYears(request).contains(year) {
                form.errors.append(localizer(.costDateInvalid))
            } else if try await !CostQuery.yearIsOpen(year, request) {
                form.errors.append(localizer(.costYearLocked(year: String(year))))
            }
        } else {
            form.errors.append(localizer(.costDateInvalid))
        }
        // A target that is not the organisation's (or not a target at all) is the programme.
        let target = try await CostTarget(form.target).verified(in: try request.tenant)
        form.target = target.value
        let category = CostCategory(rawValue: form.category).flatMap { CostCategory.typed.contains($0) ? $0 : nil } ?? .other
        guard let date, let amount, let vat, form.errors.isEmpty else { return nil }
        return ValidCost(date: date, amount: amount, vat: vat, supplier: form.supplier, category: category, target: target, description: form.description)
    }
}

/// What an external cost belongs to, as the form sends it: "", "area:<id>", "event:<id>" or
/// "engagement:<id>".
struct CostTarget: Equatable {
    var areaID: UUID?
    var eventID: UUID?
    var engagementID: UUID?

    init(areaID: UUID? = nil, eventID: UUID? = nil, engagementID: UUID? = nil) {
        self.areaID = areaID
        self.eventID = eventID
        self.engagementID = engagementID
    }

    init(_ cost: ExternalCost) {
        self.init(areaID: cost.areaID, eventID: cost.eventID, engagementID: cost.engagementID)
    }

    init(_ value: String) {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[1]) else { return }
        switch parts[0] {
        case "area": areaID = id
        case "event": eventID = id
        case "engagement": engagementID = id
        default: break
        }
    }

    var value: String {
        if let eventID { return "event:" + eventID.uuidString }
        if let engagementID { return "engagement:" + engagementID.uuidString }
        if let areaID { return "area:" + areaID.uuidString }
        return ""
    }

    /// The target if it is the organisation's; the programme otherwise.
    func verified(in tenant: TenantDatabase) async throws -> CostTarget {
        if let eventID, try await tenant.find(EventRecord.self, eventID) != nil { return CostTarget(eventID: eventID) }
        if let engagementID, try await tenant.find(CoachingEngagement.self, engagementID) != nil { return CostTarget(engagementID: engagementID) }
        if let areaID, try await tenant.find(DevelopmentArea.self, areaID) != nil { return CostTarget(areaID: areaID) }
        return CostTarget()
    }
}
