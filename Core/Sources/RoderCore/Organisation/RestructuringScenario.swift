import Foundation

/// One change a restructuring scenario makes to the organisation.
public enum ScenarioChange: Codable, Sendable, Hashable {
    /// The unit's staff and sub-units move into `into`, and the unit is gone. Its manager, if
    /// they lead no other unit, joins the merged unit's staff.
    case merge(unit: UUID, into: UUID)
    /// A new unit beside `unit` (same parent) takes `headcount` of its staff.
    case split(unit: UUID, newUnit: UUID, name: LocalizedText, headcount: Int, managerID: UUID?)
    /// The unit (with everything below it) moves under `newParent`.
    case move(unit: UUID, newParent: UUID)
    /// Another manager for the unit (nil: none).
    case changeManager(unit: UUID, managerID: UUID?)

    /// The units the change names (for checks when the organisation itself changes).
    public var unitIDs: [UUID] {
        switch self {
        case .merge(let unit, let into): [unit, into]
        case .split(let unit, _, _, _, _): [unit]
        case .move(let unit, let newParent): [unit, newParent]
        case .changeManager(let unit, _): [unit]
        }
    }
}

public enum ScenarioError: Error, Sendable, Hashable {
    /// A unit the change names is not in the organisation (any more).
    case unknownUnit(UUID)
    case mergeIntoItself
    /// Merging or moving a unit under one of its own sub-units would cut it from the tree.
    case intoOwnSubtree
    /// A split cannot take more staff than the unit has, nor none.
    case invalidSplitHeadcount(available: Int)
    case unknownPerson(UUID)
}

extension OrganisationStructure {
    /// The structure after `changes`, in order. Throws at the first change that cannot be
    /// made, naming its position.
    public func applying(_ changes: [ScenarioChange]) throws(ScenarioStepError) -> OrganisationStructure {
        var result = self
        for (index, change) in changes.enumerated() {
            do { try result.apply(change) } catch { throw ScenarioStepError(index: index, error: error) }
        }
        return result
    }

    mutating func apply(_ change: ScenarioChange) throws(ScenarioError) {
        switch change {
        case .merge(let unitID, let targetID):
            guard var unit = units[unitID] else { throw .unknownUnit(unitID) }
            guard var target = units[targetID] else { throw .unknownUnit(targetID) }
            guard unitID != targetID else { throw .mergeIntoItself }
            guard !isInSubtree(targetID, of: unitID) else { throw .intoOwnSubtree }
            target.headcount += unit.headcount
            for child in units.values where child.parentID == unitID {
                var moved = child
                moved.parentID = targetID
                upsert(moved)
            }
            let formerManager = unit.managerID
            unit.managerID = nil
            removeUnit(unitID)
            if let formerManager, formerManager != target.managerID, !units.values.contains(where: { $0.managerID == formerManager }) {
                target.headcount += 1
            }
            upsert(target)
        case .split(let unitID, let newUnitID, let name, let headcount, let managerID):
            guard var unit = units[unitID] else { throw .unknownUnit(unitID) }
            guard headcount > 0, headcount <= unit.headcount else { throw .invalidSplitHeadcount(available: unit.headcount) }
            if let managerID, people[managerID] == nil { throw .unknownPerson(managerID) }
            unit.headcount -= headcount
            upsert(unit)
            upsert(OrgUnit(id: newUnitID, parentID: unit.parentID, kind: unit.kind, name: name, code: nil, headcount: headcount, managerID: managerID))
        case .move(let unitID, let parentID):
            guard var unit = units[unitID] else { throw .unknownUnit(unitID) }
            guard units[parentID] != nil else { throw .unknownUnit(parentID) }
            guard !isInSubtree(parentID, of: unitID) else { throw .intoOwnSubtree }
            unit.parentID = parentID
            upsert(unit)
        case .changeManager(let unitID, let managerID):
            guard var unit = units[unitID] else { throw .unknownUnit(unitID) }
            if let managerID, people[managerID] == nil { throw .unknownPerson(managerID) }
            unit.managerID = managerID
            upsert(unit)
        }
    }
}

/// A change that could not be made, and where in the scenario it is.
public struct ScenarioStepError: Error, Sendable, Hashable {
    public let index: Int
    public let error: ScenarioError
}

/// A scenario's figures before and after, and whose span of control it changes.
public struct ScenarioComparison: Sendable, Hashable {
    public struct AffectedManager: Sendable, Hashable {
        public let personID: UUID
        /// nil: not a manager on that side.
        public let spanBefore: Int?
        public let spanAfter: Int?
    }

    public let before: OrganisationReport
    public let after: OrganisationReport
    public let affected: [AffectedManager]

    public static func compare(_ before: OrganisationStructure, _ after: OrganisationStructure, targetBand: ClosedRange<Int>) -> ScenarioComparison {
        let reportBefore = OrganisationAnalytics.analyse(before, targetBand: targetBand)
        let reportAfter = OrganisationAnalytics.analyse(after, targetBand: targetBand)
        let spansBefore = Dictionary(uniqueKeysWithValues: reportBefore.managers.map { ($0.personID, $0.span) })
        let spansAfter = Dictionary(uniqueKeysWithValues: reportAfter.managers.map { ($0.personID, $0.span) })
        let affected = Set(spansBefore.keys).union(spansAfter.keys)
            .filter { spansBefore[$0] != spansAfter[$0] }
            .map { AffectedManager(personID: $0, spanBefore: spansBefore[$0], spanAfter: spansAfter[$0]) }
            .sorted {
                ($0.spanAfter ?? -1, $0.personID.textOrder.0, $0.personID.textOrder.1) > ($1.spanAfter ?? -1, $1.personID.textOrder.0, $1.personID.textOrder.1)
            }
        return ScenarioComparison(before: reportBefore, after: reportAfter, affected: affected)
    }
}
