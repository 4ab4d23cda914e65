import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// Restructuring scenarios: drafts on a copy of the organisation, compared, and applied on
/// purpose (audited). Only those who change the organisation see them.
struct ScenarioController: Sendable {
    func list(_ request: Request) async throws -> Response {
        try await listPage(request, newName: "", nameError: nil)
    }

    func create(_ request: Request) async throws -> Response {
        let name = (request.formField("name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            return try await listPage(request, newName: name, nameError: request.localizer()(.scenarioNameRequired), status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        let scenario = ScenarioRecord(
            organisationID: tenant.organisationID, name: String(name.prefix(200)),
            createdBy: request.state.user?.name ?? "–", createdAt: request.now)
        try await tenant.create(scenario)
        return request.redirect(to: SiteRoute.organisationScenario(scenario.id!).path)
    }

    func show(_ request: Request) async throws -> Response {
        let scenario = try await load(request)
        return try await page(request, scenario: scenario, formError: nil)
    }

    /// The fields of the form that adds a change, one group per kind of change.
    struct ChangeForm {
        let fields: FormFields

        var kind: String? { fields["kind"] }

        /// As typed, by field name, for the form shown again (identifiers as the options write them).
        var typed: [String: String] {
            let choices = ["merge-unit", "merge-into", "move-unit", "move-parent", "manager-unit", "manager-person", "split-unit", "split-manager"]
            var typed: [String: String] = [:]
            for name in choices { typed[name] = fields[name]?.lowercased() }
            for name in ["split-name", "split-headcount"] { typed[name] = fields[name] }
            return typed
        }
    }

    func addChange(_ request: Request) async throws -> Response {
        let scenario = try await load(request)
        guard scenario.appliedAt == nil else { throw Abort(.badRequest) }
        let form = ChangeForm(fields: request.form)
        let localizer = request.localizer()
        let change: ScenarioChange
        switch form.kind {
        case "merge":
            guard let unit = form.fields.id("merge-unit"), let into = form.fields.id("merge-into") else { throw Abort(.badRequest) }
            change = .merge(unit: unit, into: into)
        case "move":
            guard let unit = form.fields.id("move-unit"), let parent = form.fields.id("move-parent") else { throw Abort(.badRequest) }
            change = .move(unit: unit, newParent: parent)
        case "manager":
            guard let unit = form.fields.id("manager-unit") else { throw Abort(.badRequest) }
            change = .changeManager(unit: unit, managerID: form.fields.id("manager-person"))
        case "split":
            guard let unit = form.fields.id("split-unit") else { throw Abort(.badRequest) }
            let name = (form.fields["split-name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else {
                return try await page(
                    request, scenario: scenario, formError: localizer(.scenarioSplitNameRequired), typedChange: form.typed,
                    status: .unprocessableEntity)
            }
            let language = request.state.organisation?.contentLanguages.first ?? .swedish
            change = .split(
                unit: unit, newUnit: UUID(), name: LocalizedText([language: name]),
                headcount: Int(form.fields["split-headcount"] ?? "") ?? 0, managerID: form.fields.id("split-manager"))
        default:
            throw Abort(.badRequest)
        }
        // Check the change against the organisation as the scenario leaves it.
        let loaded = try await loadStructure(request)
        do {
            _ = try loaded.structure.applying(scenario.changes + [change])
        } catch {
            return try await page(
                request, scenario: scenario, formError: describe(error.error, localizer), typedChange: form.typed,
                status: .unprocessableEntity)
        }
        scenario.changes.append(change)
        try await scenario.save(on: request.db)
        return request.redirect(to: SiteRoute.organisationScenario(scenario.id!).path + "#add-change")
    }

    func removeChange(_ request: Request) async throws -> Response {
        let scenario = try await load(request)
        guard scenario.appliedAt == nil, let index = request.parameters.get("index", as: Int.self),
            scenario.changes.indices.contains(index)
        else { throw Abort(.badRequest) }
        scenario.changes.remove(at: index)
        try await scenario.save(on: request.db)
        return request.redirect(to: SiteRoute.organisationScenario(scenario.id!).path)
    }

    /// Makes the scenario's changes in the real organisation, in one transaction.
    func apply(_ request: Request) async throws -> Response {
        let scenario = try await load(request)
        guard scenario.appliedAt == nil else { throw Abort(.badRequest) }
        guard request.formField("confirm") == "yes" else {
            return try await page(request, scenario: scenario, formError: request.localizer()(.scenarioConfirmRequired), status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        let loaded = try await loadStructure(request)
        let after: OrganisationStructure
        do { after = try loaded.structure.applying(scenario.changes) } catch {
            return try await page(request, scenario: scenario, formError: nil, status: .conflict)
        }
        let before = loaded.structure
        // Where the people of a merged-away unit go: the unit it was merged into, followed through chains.
        var mergedInto: [UUID: UUID] = [:]
        for case .merge(let unit, let into) in scenario.changes { mergedInto[unit] = into }
        let merges = mergedInto
        @Sendable func destination(_ unit: UUID) -> UUID {
            var current = unit
            while let next = merges[current], next != unit { current = next }
            return current
        }
        let organisationID = tenant.organisationID
        let userName = request.state.user?.name ?? "–"
        let now = request.now
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            let rows = Dictionary(uniqueKeysWithValues: try await tenant.query(OrganisationUnit.self).all().map { ($0.id!, $0) })
            for (id, unit) in after.units where before.units[id] == nil {
                try await tenant.create(
                    OrganisationUnit(
                        id: id, organisationID: organisationID, parentID: unit.parentID, kind: unit.kind.rawValue,
                        name: unit.name, code: nil, headcount: unit.headcount, managerID: unit.managerID))
            }
            for (id, unit) in after.units {
                guard let old = before.units[id], old != unit, let row = rows[id] else { continue }
                row.$parent.id = unit.parentID
                row.headcount = unit.headcount
                row.$manager.id = unit.managerID
                row.name = unit.name
                try await row.save(on: database)
            }
            for id in before.units.keys where after.units[id] == nil {
                for person in try await tenant.query(Person.self).filter(\.$unitID == id).all() {
                    person.unitID = destination(id)
                    try await person.save(on: database)
                }
                try await rows[id]?.delete(on: database)
            }
            scenario.appliedAt = now
            scenario.appliedBy = userName
            try await scenario.save(on: database)
        }
        try await StructureHistoryStore.record(.scenario, tenant: tenant, targetBand: loaded.report.targetBand, at: now)
        try await request.audit(.scenarioApplied, subject: scenario.name, subjectID: scenario.id, after: "\(scenario.changes.count)")
        try await request.setNotice(.scenarioApplied)
        return request.redirect(to: SiteRoute.organisationScenario(scenario.id!).path)
    }

    // MARK: -

    private func load(_ request: Request) async throws -> ScenarioRecord {
        guard let id = request.parameters.uuid("scenarioID"),
            let scenario = try await request.tenant.find(ScenarioRecord.self, id)
        else { throw Abort(.notFound) }
        return scenario
    }

    /// The organisation with everyone who could lead a unit (not only today's managers).
    private func loadStructure(_ request: Request) async throws -> OrganisationQuery.Loaded {
        guard let organisation = request.state.organisation else { throw Abort(.forbidden) }
        return try await OrganisationQuery.load(try request.tenant, targetBand: organisation.spanTarget, includeCandidates: true)
    }

    private func listPage(_ request: Request, newName: String, nameError: String?, status: HTTPStatus = .ok) async throws -> Response {
        let loaded = try await loadStructure(request)
        let band = loaded.report.targetBand
        let scenarios = try await request.tenant.query(ScenarioRecord.self).sort(\.$createdAt, .descending).all()
        let model = ScenarioListPage.Model(
            current: loaded.report,
            scenarios: scenarios.map { scenario in
                ScenarioListPage.Summary(
                    id: scenario.id!, name: scenario.name, changeCount: scenario.changes.count, createdBy: scenario.createdBy,
                    appliedAt: scenario.appliedAt,
                    after: scenario.appliedAt == nil
                        ? (try? loaded.structure.applying(scenario.changes)).map { OrganisationAnalytics.analyse($0, targetBand: band) }
                        : nil
                )
            },
            newName: newName, nameError: nameError
        )
        return request.html(ScenarioListPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func page(
        _ request: Request, scenario: ScenarioRecord, formError: String?, typedChange: [String: String] = [:],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let loaded = try await loadStructure(request)
        let localizer = request.localizer()
        var comparison: ScenarioComparison?
        var problem: String?
        var unitNames = loaded.structure.units.mapValues(\.name)
        if scenario.appliedAt == nil {
            do {
                let after = try loaded.structure.applying(scenario.changes)
                comparison = ScenarioComparison.compare(loaded.structure, after, targetBand: loaded.report.targetBand)
                for (id, unit) in after.units where unitNames[id] == nil { unitNames[id] = unit.name }
            } catch {
                problem = localizer(.scenarioErrorStep(number: String(error.index + 1), reason: describe(error.error, localizer)))
            }
        }
        // Names from splits earlier in the scenario, for describing later changes.
        for case .split(_, let newUnit, let name, _, _) in scenario.changes where unitNames[newUnit] == nil { unitNames[newUnit] = name }
        let personNames = loaded.managers.mapValues(\.name)
        let unitChoices = loaded.structure.units.values
            .sorted { ($0.code ?? "~", localizer.text($0.name)?.text ?? "") < ($1.code ?? "~", localizer.text($1.name)?.text ?? "") }
            .map { ScenarioPage.Choice(id: $0.id, label: [$0.code, localizer.text($0.name)?.text].compactMap { $0 }.joined(separator: " ")) }
        let personChoices = loaded.managers.values.sorted { $0.name < $1.name }
            .map { person in ScenarioPage.Choice(id: person.id, label: person.title.map { "\(person.name) (\($0))" } ?? person.name) }
        var model = ScenarioPage.Model(
            id: scenario.id!, name: scenario.name, appliedAt: scenario.appliedAt, appliedBy: scenario.appliedBy,
            changes: scenario.changes.map { describe($0, units: unitNames, people: personNames, localizer) },
            comparison: comparison, problem: problem, formError: formError,
            units: unitChoices, people: personChoices, personNames: personNames
        )
        model.typedChange = typedChange
        return request.html(ScenarioPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func describe(_ change: ScenarioChange, units: [UUID: LocalizedText], people: [UUID: String], _ localizer: Localizer) -> String {
        func unit(_ id: UUID) -> String { units[id].flatMap { localizer.text($0)?.text } ?? localizer(.unknownUnitName) }
        switch change {
        case .merge(let id, let into): return localizer(.scenarioDescribeMerge(unit: unit(id), target: unit(into)))
        case .move(let id, let parent): return localizer(.scenarioDescribeMove(unit: unit(id), target: unit(parent)))
        case .split(let id, _, let name, let headcount, _):
            return localizer(.scenarioDescribeSplit(unit: unit(id), count: String(headcount), name: localizer.text(name)?.text ?? "–"))
        case .changeManager(let id, let manager):
            guard let manager else { return localizer(.scenarioDescribeNoManager(unit: unit(id))) }
            return localizer(.scenarioDescribeManager(unit: unit(id), name: people[manager] ?? "–"))
        }
    }

    private func describe(_ error: ScenarioError, _ localizer: Localizer) -> String {
        switch error {
        case .unknownUnit: localizer(.scenarioErrorUnknownUnit)
        case .mergeIntoItself: localizer(.scenarioErrorMergeIntoItself)
        case .intoOwnSubtree: localizer(.scenarioErrorIntoOwnSubtree)
        case .invalidSplitHeadcount(let available): localizer(.scenarioErrorSplit(count: String(available)))
        case .unknownPerson: localizer(.scenarioErrorUnknownPerson)
        }
    }
}
