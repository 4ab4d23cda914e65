import Fluent
import Foundation
import RoderCore
import RoderViews

/// Reads the organisation structure of one tenant into the domain's value types.
enum OrganisationQuery {
    struct Loaded {
        let structure: OrganisationStructure
        /// The people who manage units, by id (names for the pages).
        let managers: [UUID: Person]
        let report: OrganisationReport
    }

    /// With `includeCandidates`, everyone in management (not staff) is loaded too: they may
    /// be given a unit in a restructuring scenario.
    static func load(_ tenant: TenantDatabase, targetBand: ClosedRange<Int>, includeCandidates: Bool = false) async throws -> Loaded {
        let units = try await tenant.query(OrganisationUnit.self).all()
        let managerIDs = Set(units.compactMap { $0.$manager.id })
        var managers = managerIDs.isEmpty ? [] : try await tenant.query(Person.self).filter(\.$id ~~ managerIDs).all()
        if includeCandidates {
            let candidates = try await tenant.query(Person.self).filter(\.$managementLevel != ManagementLevel.staff.rawValue).all()
            managers += candidates.filter { !managerIDs.contains($0.id!) }
        }
        let structure = OrganisationStructure(
            units: units.map(\.domain),
            people: managers.map(\.domain)
        )
        return Loaded(
            structure: structure,
            managers: Dictionary(uniqueKeysWithValues: managers.map { ($0.id!, $0) }),
            report: OrganisationAnalytics.analyse(structure, targetBand: targetBand)
        )
    }

    /// The tree of unit nodes, each with its manager's name and span.
    static func tree(_ loaded: Loaded) -> [UnitNode] {
        let children = loaded.structure.childrenByParent
        let spans = Dictionary(uniqueKeysWithValues: loaded.report.managers.map { ($0.personID, $0.span) })
        func build(_ unit: OrgUnit, depth: Int) -> UnitNode {
            var node = node(unit, loaded: loaded, spans: spans)
            if depth < 64 { node.children = (children[unit.id] ?? []).map { build($0, depth: depth + 1) } }
            return node
        }
        return loaded.structure.roots.map { build($0, depth: 0) }
    }

    static func node(_ unit: OrgUnit, loaded: Loaded, spans: [UUID: Int]) -> UnitNode {
        UnitNode(id: unit.id, name: unit.name, code: unit.code, kind: unit.kind,
                 managerName: unit.managerID.flatMap { loaded.managers[$0]?.name }, headcount: unit.headcount,
                 span: unit.managerID.flatMap { spans[$0] })
    }
}

extension OrganisationUnit {
    var domain: OrgUnit {
        OrgUnit(id: id!, parentID: $parent.id, kind: UnitKind(rawValue: kind) ?? .unit, name: name, code: code,
                headcount: headcount, managerID: $manager.id)
    }
}

extension Person {
    var domain: OrgPerson {
        OrgPerson(id: id!, name: name, title: title, level: ManagementLevel(rawValue: managementLevel) ?? .staff)
    }
}
