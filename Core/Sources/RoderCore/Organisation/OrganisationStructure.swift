import Foundation

/// What kind of part of the organisation a unit is, from the top down.
public enum UnitKind: String, CaseIterable, Codable, Sendable, Hashable {
    case sector, division, unit, team
}

/// How far up a person is in management. Top and middle management are the programme's
/// responsible persons; immediate supervisors lead units; staff lead no one.
public enum ManagementLevel: String, CaseIterable, Codable, Sendable, Hashable {
    case top, middle, supervisor, staff
}

/// A unit of the organisation tree.
public struct OrgUnit: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var parentID: UUID?
    public var kind: UnitKind
    public var name: LocalizedText
    /// The HR system's code for the unit, usually the cost centre; stable across imports.
    public var code: String?
    /// Staff of the unit itself (not of its sub-units), the manager not included.
    public var headcount: Int
    public var managerID: UUID?

    public init(id: UUID, parentID: UUID?, kind: UnitKind, name: LocalizedText, code: String? = nil, headcount: Int, managerID: UUID?) {
        self.id = id
        self.parentID = parentID
        self.kind = kind
        self.name = name
        self.code = code
        self.headcount = headcount
        self.managerID = managerID
    }
}

/// A person of the organisation, as far as the structure is concerned.
public struct OrgPerson: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var name: String
    public var title: String?
    public var level: ManagementLevel

    public init(id: UUID, name: String, title: String? = nil, level: ManagementLevel) {
        self.id = id
        self.name = name
        self.title = title
        self.level = level
    }
}

/// The organisation tree with its people: the input of the analytics and of restructuring
/// scenarios. A value: a scenario changes a copy, never the original.
public struct OrganisationStructure: Sendable, Hashable {
    public private(set) var units: [UUID: OrgUnit]
    public private(set) var people: [UUID: OrgPerson]

    public init(units: [OrgUnit], people: [OrgPerson]) {
        self.units = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Children of each unit, sorted by code then name, so every listing is stable.
    public var childrenByParent: [UUID?: [OrgUnit]] {
        Dictionary(grouping: units.values, by: \.parentID).mapValues { $0.sorted(by: Self.displayOrder) }
    }

    public var roots: [OrgUnit] { children(of: nil) }

    /// The units directly below `unitID` (nil: the top units), in display order; for one
    /// unit's page, cheaper than grouping the whole tree.
    public func children(of unitID: UUID?) -> [OrgUnit] {
        units.values.filter { $0.parentID == unitID }.sorted(by: Self.displayOrder)
    }

    static func displayOrder(_ lhs: OrgUnit, _ rhs: OrgUnit) -> Bool {
        if lhs.code != rhs.code { return (lhs.code ?? "") < (rhs.code ?? "") }
        let left = lhs.name[.swedish] ?? lhs.name[.finnish] ?? lhs.name[.english] ?? ""
        let right = rhs.name[.swedish] ?? rhs.name[.finnish] ?? rhs.name[.english] ?? ""
        return left != right ? left < right : lhs.id.textOrder < rhs.id.textOrder
    }

    /// The unit and every unit below it.
    public func subtree(of unitID: UUID) -> [OrgUnit] {
        subtree(of: unitID, children: childrenByParent)
    }

    /// The same, with the children index computed once by the caller (for many calls).
    public func subtree(of unitID: UUID, children: [UUID?: [OrgUnit]]) -> [OrgUnit] {
        var result: [OrgUnit] = []
        var stack = [unitID]
        while let next = stack.popLast() {
            guard let unit = units[next] else { continue }
            result.append(unit)
            stack += (children[next] ?? []).map(\.id).reversed()
        }
        return result
    }

    /// The units from the root down to `unitID`.
    public func path(to unitID: UUID) -> [OrgUnit] {
        var path: [OrgUnit] = []
        var current = units[unitID]
        var seen: Set<UUID> = []
        while let unit = current, seen.insert(unit.id).inserted {
            path.insert(unit, at: 0)
            current = unit.parentID.flatMap { units[$0] }
        }
        return path
    }

    /// Whether `candidate` is `unitID` or lies below it (moving a unit under its own
    /// descendant would cut it off from the tree).
    public func isInSubtree(_ candidate: UUID, of unitID: UUID) -> Bool {
        path(to: candidate).contains { $0.id == unitID }
    }

    /// The manager responsible for a unit's staff: its own, or the nearest above it.
    public func effectiveManager(of unitID: UUID) -> UUID? {
        for unit in path(to: unitID).reversed() {
            if let manager = unit.managerID { return manager }
        }
        return nil
    }

    public var totalHeadcount: Int { units.values.reduce(0) { $0 + $1.headcount } }

    // MARK: Changes (used by restructuring scenarios and by imports)

    public mutating func upsert(_ unit: OrgUnit) { units[unit.id] = unit }
    public mutating func upsert(_ person: OrgPerson) { people[person.id] = person }
    public mutating func removeUnit(_ id: UUID) { units[id] = nil }
}
