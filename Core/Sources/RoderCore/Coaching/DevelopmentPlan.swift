import Foundation

/// How far an action of a personal development plan has come.
public enum DevelopmentActionStatus: String, CaseIterable, Sendable {
    case planned
    case underWay = "under-way"
    case done
}

/// Who reads a manager's personal development plan: the manager themself (who writes it), their
/// coaches (of engagements still under way), and their own manager only if they chose to
/// share it. Nobody else — not the programme owner, not an administrator.
public enum PlanReader: Equatable, Sendable {
    case owner
    case coach
    case ownManager
    case outsider

    /// - Parameters:
    ///   - viewerPersonID: the signed-in user's person in the organisation, if any.
    ///   - viewerUserID: the signed-in user.
    ///   - ownerPersonID: whose plan it is.
    ///   - coachUserIDs: the coaches of the owner's engagements still under way.
    ///   - ownerManagerPersonID: the owner's own manager (`DevelopmentPlanRules.manager(of:…)`).
    ///   - sharedWithManager: whether the owner chose to share the plan with them.
    public init(
        viewerPersonID: UUID?, viewerUserID: UUID, ownerPersonID: UUID, coachUserIDs: Set<UUID>, ownerManagerPersonID: UUID?,
        sharedWithManager: Bool
    ) {
        if viewerPersonID == ownerPersonID {
            self = .owner
        } else if coachUserIDs.contains(viewerUserID) {
            self = .coach
        } else if sharedWithManager, let viewerPersonID, viewerPersonID == ownerManagerPersonID {
            self = .ownManager
        } else {
            self = .outsider
        }
    }

    public var mayRead: Bool { self != .outsider }
    public var mayWrite: Bool { self == .owner }
}

/// The rules of personal development plans that need the organisation's structure.
public enum DevelopmentPlanRules {
    /// A person's own manager: the manager of their unit, or — when they manage that unit
    /// themself — the manager of the unit above (the nearest one up that has a manager other
    /// than them). `units` maps a unit to its parent and manager.
    public static func manager(of personID: UUID, unitID: UUID?, units: [UUID: (parentID: UUID?, managerID: UUID?)]) -> UUID? {
        var current = unitID
        var visited = Set<UUID>()
        // The visited set keeps a damaged structure (a unit its own ancestor) from looping.
        while let unit = current, visited.insert(unit).inserted, let record = units[unit] {
            if let manager = record.managerID, manager != personID { return manager }
            current = record.parentID
        }
        return nil
    }
}

/// The limits of what the plan forms accept.
public enum DevelopmentPlanLimits {
    public static let textLength = 1...2_000
    /// A plan of more goals than this is no longer a plan.
    public static let goalsPerPlan = 30
    public static let actionsPerGoal = 30
}
