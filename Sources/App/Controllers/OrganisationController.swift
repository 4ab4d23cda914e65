import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// The organisation structure: the tree, one unit, and the span-of-control analytics.
struct OrganisationController: Sendable {
    func chart(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let loaded = try await OrganisationQuery.load(tenant, targetBand: try organisation(request).spanTarget)
        let query = (request.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let model = OrganisationChartPage.Model(
            roots: OrganisationQuery.tree(loaded),
            query: query,
            results: query.isEmpty ? [] : try await search(query, loaded: loaded, tenant: tenant, localizer: request.localizer()),
            canChange: canChange(request),
            unitCount: loaded.report.unitCount,
            managerCount: loaded.report.managerCount,
            totalHeadcount: loaded.report.totalHeadcount
        )
        return request.html(OrganisationChartPage.render(model, context: try await request.pageContext()))
    }

    func unit(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let unitID = request.parameters.uuid("unitID") else { throw Abort(.notFound) }
        let loaded = try await OrganisationQuery.load(tenant, targetBand: try organisation(request).spanTarget)
        guard let unit = loaded.structure.units[unitID] else { throw Abort(.notFound) }
        let spans = Dictionary(uniqueKeysWithValues: loaded.report.managers.map { ($0.personID, $0.span) })
        var node = OrganisationQuery.node(unit, loaded: loaded, spans: spans)
        node.children = loaded.structure.children(of: unitID).map { OrganisationQuery.node($0, loaded: loaded, spans: spans) }
        // By surname where it is known, then by the name as shown.
        func sortKey(_ person: Person) -> (String, String) {
            (person.surname ?? person.name.split(separator: " ").last.map(String.init) ?? "", person.name)
        }
        let people = try await tenant.query(Person.self).filter(\.$unitID == unitID).all().sorted { sortKey($0) < sortKey($1) }
        let model = UnitPage.Model(
            unit: node,
            path: loaded.structure.path(to: unitID).dropLast().map { OrganisationQuery.node($0, loaded: loaded, spans: spans) },
            managerTitle: unit.managerID.flatMap { loaded.managers[$0]?.title },
            peopleInLine: loaded.report.managers.first { $0.personID == unit.managerID }?.peopleInLine,
            people: people.map { UnitPage.Person(id: $0.id!, name: $0.name, title: $0.title, isManager: $0.id == unit.managerID) },
            canChange: canChange(request)
        )
        return request.html(UnitPage.render(model, context: try await request.pageContext()))
    }

    func analytics(_ request: Request) async throws -> Response {
        try await analyticsPage(request, targetError: nil)
    }

    /// The organisation's target band for spans of control.
    func setSpanTarget(_ request: Request) async throws -> Response {
        let organisation = try organisation(request)
        let form = request.form
        guard let minimum = form["minimum"].flatMap({ Int($0) }), let maximum = form["maximum"].flatMap({ Int($0) }),
            (1...100).contains(minimum), (1...100).contains(maximum), minimum <= maximum
        else {
            return try await analyticsPage(
                request, targetError: request.localizer()(.orgTargetInvalid),
                typedTarget: (form["minimum"] ?? "", form["maximum"] ?? ""), status: .unprocessableEntity)
        }
        let before = "\(organisation.spanTarget.lowerBound)–\(organisation.spanTarget.upperBound)"
        organisation.spanTargetMinimum = minimum
        organisation.spanTargetMaximum = maximum
        try await organisation.save(on: request.db)
        try await request.audit(
            .spanTargetChanged, subject: request.localizer().text(organisation.name)?.text ?? "–", subjectID: organisation.id,
            before: before, after: "\(minimum)–\(maximum)")
        return request.redirect(to: SiteRoute.organisationAnalytics.path)
    }

    private func analyticsPage(
        _ request: Request, targetError: String?, typedTarget: (minimum: String, maximum: String)? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let loaded = try await OrganisationQuery.load(try request.tenant, targetBand: try organisation(request).spanTarget)
        var managers: [UUID: OrganisationAnalyticsPage.Manager] = [:]
        for load in loaded.report.managers {
            managers[load.personID] = OrganisationAnalyticsPage.Manager(
                name: loaded.managers[load.personID]?.name ?? "–",
                units: load.unitIDs.compactMap { loaded.structure.units[$0]?.name },
                span: load.span, peopleInLine: load.peopleInLine
            )
        }
        let history = try await StructureHistoryStore.load(try request.tenant)
        let model = OrganisationAnalyticsPage.Model(
            report: loaded.report, managers: managers, canChange: canChange(request), targetError: targetError,
            typedTarget: typedTarget, history: history, comparison: comparison(request, history))
        return request.html(OrganisationAnalyticsPage.render(model, context: try await request.pageContext()), status: status)
    }

    /// The two snapshots asked for (`from`, `to`), or the first and the latest.
    private func comparison(_ request: Request, _ history: [StructureSnapshot]) -> (from: StructureSnapshot, to: StructureSnapshot)? {
        guard history.count > 1 else { return nil }
        func snapshot(_ name: String) -> StructureSnapshot? {
            request.query[String.self, at: name].flatMap(UUID.init(uuidString:)).flatMap { id in history.first { $0.id == id } }
        }
        return (snapshot("from") ?? history[0], snapshot("to") ?? history[history.count - 1])
    }

    /// Units whose name (in any language) or code contains the query, and people whose
    /// name does, each with the path to their unit. At most 50.
    private func search(
        _ query: String, loaded: OrganisationQuery.Loaded, tenant: TenantDatabase, localizer: Localizer
    ) async throws -> [OrganisationChartPage.SearchResult] {
        let needle = query.lowercased()
        func path(_ unitID: UUID) -> [LocalizedText] { loaded.structure.path(to: unitID).map(\.name) }
        var results = loaded.structure.units.values
            .filter { unit in unit.code?.lowercased().contains(needle) == true || unit.name.texts.values.contains { $0.lowercased().contains(needle) } }
            .sorted(by: { ($0.code ?? "") < ($1.code ?? "") })
            .prefix(50)
            .map { OrganisationChartPage.SearchResult(unitID: $0.id, path: path($0.id)) }
        let people = try await tenant.query(Person.self).field(\.$id).field(\.$name).field(\.$title).field(\.$unitID).all()
        for person in people where results.count < 50 && person.name.lowercased().contains(needle) {
            guard let unitID = person.unitID ?? loaded.structure.units.values.first(where: { $0.managerID == person.id })?.id else { continue }
            results.append(OrganisationChartPage.SearchResult(unitID: unitID, path: path(unitID), personName: person.name, personTitle: person.title))
        }
        return results
    }

    private func organisation(_ request: Request) throws -> Organisation {
        guard let organisation = request.state.organisation else { throw Abort(.forbidden) }
        return organisation
    }

    private func canChange(_ request: Request) -> Bool {
        Access.organisation(Access.changesOrganisation).allows(request.state.principal)
    }
}
