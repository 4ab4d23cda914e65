import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit

/// Reads the organisation structure of one tenant into the domain's value types.
enum OrganisationQuery {
    struct Loaded {
        let structure: OrganisationStructure
        /// The people who manage units (and with `includeCandidates` everyone in management), by id.
        let managers: [UUID: Manager]
        let report: OrganisationReport
    }

    struct Manager {
        let id: UUID
        let name: String
        let title: String?
    }

    /// With `includeCandidates`, everyone in management (not staff) is loaded too: they may
    /// be given a unit in a restructuring scenario. Read with plain SQL: this runs on every
    /// organisation page, for up to thousands of units.
    static func load(_ tenant: TenantDatabase, targetBand: ClosedRange<Int>, includeCandidates: Bool = false) async throws -> Loaded {
        let units = try await tenant.select(from: OrganisationUnit.schema)
            .columns("id", "parent_id", "kind", "name", "code", "headcount", "manager_id")
            .where("retired_at", .is, SQLLiteral.null)
            .rows()
            .map { row in
                OrgUnit(
                    id: try row.decode(column: "id", as: UUID.self), parentID: try row.decode(column: "parent_id", as: UUID?.self),
                    kind: UnitKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .unit,
                    name: try row.decode(column: "name", as: LocalizedText.self), code: try row.decode(column: "code", as: String?.self),
                    headcount: try row.decode(column: "headcount", as: Int.self), managerID: try row.decode(column: "manager_id", as: UUID?.self))
            }
        let managerIDs = Set(units.compactMap(\.managerID))
        let people = try await tenant.select(from: Person.schema)
            .columns("id", "name", "title", "management_level")
            .where("management_level", .notEqual, ManagementLevel.staff.rawValue)
            .rows()
            .map { row in
                (OrgPerson(
                    id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                    title: try row.decode(column: "title", as: String?.self),
                    level: ManagementLevel(rawValue: try row.decode(column: "management_level", as: String.self)) ?? .staff))
            }
        // Managers are never staff-level in Roder's own data; an imported level may say so, so
        // managers are looked up separately if missing.
        var byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let missing = managerIDs.filter { byID[$0] == nil }
        if !missing.isEmpty {
            for person in try await tenant.query(Person.self).filter(\.$id ~~ missing).all() { byID[person.id!] = person.domain }
        }
        let chosen = includeCandidates ? Array(byID.values) : managerIDs.compactMap { byID[$0] }
        let structure = OrganisationStructure(units: units, people: chosen)
        return Loaded(
            structure: structure,
            managers: Dictionary(uniqueKeysWithValues: chosen.map { ($0.id, Manager(id: $0.id, name: $0.name, title: $0.title)) }),
            report: OrganisationAnalytics.analyse(structure, targetBand: targetBand)
        )
    }

    /// The top `levels` of the tree, each unit with its manager's name and span. Deeper
    /// units are reached from their parent's page (and by search), so the page stays quick
    /// for an organisation of thousands of units.
    static func tree(_ loaded: Loaded, levels requested: Int? = nil) -> [UnitNode] {
        let children = loaded.structure.childrenByParent
        let levels = requested ?? levelsThatFit(children, budget: 300)
        let spans = Dictionary(uniqueKeysWithValues: loaded.report.managers.map { ($0.personID, $0.span) })
        func build(_ unit: OrgUnit, depth: Int) -> UnitNode {
            var node = node(unit, loaded: loaded, spans: spans)
            let below = children[unit.id] ?? []
            if depth + 1 < levels { node.children = below.map { build($0, depth: depth + 1) } } else { node.moreChildren = below.count }
            return node
        }
        return (children[nil] ?? []).map { build($0, depth: 0) }
    }

    /// As many levels from the top as have at most `budget` units together (at least two).
    static func levelsThatFit(_ children: [UUID?: [OrgUnit]], budget: Int) -> Int {
        var level = children[nil] ?? [], total = level.count, levels = 1
        while !level.isEmpty {
            let next = level.flatMap { children[$0.id] ?? [] }
            if next.isEmpty || (total + next.count > budget && levels >= 2) { break }
            total += next.count
            levels += 1
            level = next
        }
        return levels
    }

    static func node(_ unit: OrgUnit, loaded: Loaded, spans: [UUID: Int]) -> UnitNode {
        UnitNode(
            id: unit.id, name: unit.name, code: unit.code, kind: unit.kind,
            managerName: unit.managerID.flatMap { loaded.managers[$0]?.name }, headcount: unit.headcount,
            span: unit.managerID.flatMap { spans[$0] })
    }
}

extension OrganisationUnit {
    var domain: OrgUnit {
        OrgUnit(
            id: id!, parentID: $parent.id, kind: UnitKind(rawValue: kind) ?? .unit, name: name, code: code,
            headcount: headcount, managerID: $manager.id)
    }
}

extension Person {
    var domain: OrgPerson {
        OrgPerson(id: id!, name: name, title: title, level: ManagementLevel(rawValue: managementLevel) ?? .staff)
    }
}
