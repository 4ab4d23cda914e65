import Foundation

/// Who an event invites: whole management levels ("all middle management"), everyone in
/// chosen units and the units below them, and people picked by name — each person once.
public struct InvitationChoice: Sendable, Hashable {
    public var levels: Set<ManagementLevel>
    public var unitIDs: Set<UUID>
    public var personIDs: Set<UUID>

    /// What a new event suggests: the article's forums are for top and middle management.
    public static let management = InvitationChoice(levels: [.top, .middle])

    public init(levels: Set<ManagementLevel> = [], unitIDs: Set<UUID> = [], personIDs: Set<UUID> = []) {
        self.levels = levels
        self.unitIDs = unitIDs
        self.personIDs = personIDs
    }

    public var isEmpty: Bool { levels.isEmpty && unitIDs.isEmpty && personIDs.isEmpty }

    /// A person of the organisation who could be invited.
    public struct Candidate: Sendable, Hashable {
        public var id: UUID
        public var level: ManagementLevel
        public var unitID: UUID?

        public init(id: UUID, level: ManagementLevel, unitID: UUID?) {
            self.id = id
            self.level = level
            self.unitID = unitID
        }
    }

    /// The people this choice invites, in the candidates' order. `unitParents` maps each
    /// unit to its parent, so a chosen unit brings in the people of every unit below it.
    public func invitees(from candidates: [Candidate], unitParents: [UUID: UUID]) -> [UUID] {
        candidates.filter { candidate in
            levels.contains(candidate.level) || personIDs.contains(candidate.id)
                || candidate.unitID.map { isInChosenUnit($0, unitParents: unitParents) } == true
        }.map(\.id)
    }

    private func isInChosenUnit(_ unitID: UUID, unitParents: [UUID: UUID]) -> Bool {
        guard !unitIDs.isEmpty else { return false }
        var current: UUID? = unitID
        var seen = Set<UUID>()
        // Walks up the tree; `seen` stops a malformed, cyclic import from looping forever.
        while let unit = current, seen.insert(unit).inserted {
            if unitIDs.contains(unit) { return true }
            current = unitParents[unit]
        }
        return false
    }
}
