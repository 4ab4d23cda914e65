import Foundation

/// The harmonisation view of manager roles: who in management has no role profile yet,
/// and which roles are held under many different job titles (a sign the roles are not yet
/// one thing across the organisation).
public enum RoleHarmonisation {
    public struct Holder: Sendable, Hashable {
        public let personID: UUID
        public let name: String
        public let title: String?
        public let level: ManagementLevel
        public let roleID: UUID?

        public init(personID: UUID, name: String, title: String?, level: ManagementLevel, roleID: UUID?) {
            self.personID = personID
            self.name = name
            self.title = title
            self.level = level
            self.roleID = roleID
        }
    }

    /// Everyone in management (not staff) without a role, by name.
    public static func withoutRole(_ holders: [Holder]) -> [Holder] {
        holders.filter { $0.level != .staff && $0.roleID == nil }.sorted { $0.name < $1.name }
    }

    /// For each role, its holders' distinct titles and how many hold each, most common first.
    public static func titles(_ holders: [Holder]) -> [UUID: [(title: String, count: Int)]] {
        var counts: [UUID: [String: Int]] = [:]
        for holder in holders {
            guard let role = holder.roleID else { continue }
            counts[role, default: [:]][holder.title ?? "–", default: 0] += 1
        }
        return counts.mapValues { titles in titles.map { ($0.key, $0.value) }.sorted { ($0.count, $1.title) > ($1.count, $0.title) } }
    }
}
