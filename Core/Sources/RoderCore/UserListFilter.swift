import Foundation

/// Which of the organisation's users the users list (and its export) shows: by role, by the unit
/// of the person an account is linked to (with the units under it), and by status.
public struct UserListFilter: Sendable, Hashable {
    public enum Status: String, CaseIterable, Sendable {
        /// Can sign in.
        case active
        /// Has not chosen a password yet (invited, or the invitation expired).
        case invited
        case deactivated
    }

    public var role: Role?
    public var unitID: UUID?
    public var status: Status?

    public init(role: Role? = nil, unitID: UUID? = nil, status: Status? = nil) {
        self.role = role
        self.unitID = unitID
        self.status = status
    }

    /// From a query or form; anything unknown filters nothing.
    public init(role: String?, unit: String?, status: String?) {
        self.init(role: role.flatMap(Role.init(rawValue:)), unitID: unit.flatMap(UUID.init(uuidString:)), status: status.flatMap(Status.init(rawValue:)))
    }

    public var isEmpty: Bool { role == nil && unitID == nil && status == nil }

    /// The filter as a query string (without "?"), for links that keep it: the export.
    public var query: String {
        [
            role.map { "role=" + $0.rawValue }, unitID.map { "unit=" + $0.uuidString.lowercased() }, status.map { "status=" + $0.rawValue },
        ].compactMap { $0 }.joined(separator: "&")
    }

    /// A user's status as the filter sees it.
    public static func status(isActive: Bool, hasPassword: Bool) -> Status {
        !isActive ? .deactivated : hasPassword ? .active : .invited
    }

    /// Whether a user is shown. `unitID`: the unit of the person the account is linked to;
    /// `unitsShown`: the chosen unit with everything under it (`AccountCandidates.subtree`).
    public func matches(roles: Set<Role>, status: Status, unitID: UUID?, unitsShown: Set<UUID>?) -> Bool {
        if let role, !roles.contains(role) { return false }
        if let wanted = self.status, wanted != status { return false }
        if let unitsShown, !(unitID.map(unitsShown.contains) ?? false) { return false }
        return true
    }

    /// The chosen unit with every unit under it; nil when no unit is chosen.
    public func unitsShown(parents: [UUID: UUID?]) -> Set<UUID>? {
        unitID.map { AccountCandidates.subtree(of: $0, parents: parents) }
    }
}
