import Foundation

/// A level of a competence, as a profile expects it or a manager rates themself: 1 (getting
/// started) to 4 (leads others in it). Each competence describes its four levels in words.
public struct CompetenceLevel: Sendable, Hashable, Comparable, Codable {
    public static let range = 1...4
    public static let all = range.map(CompetenceLevel.init(unchecked:))

    public let value: Int

    public init?(_ value: Int) {
        guard Self.range.contains(value) else { return nil }
        self.value = value
    }

    /// A level typed into a form ("3"); anything else is no level.
    public init?(parsing text: String?) {
        guard let text, let value = Int(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(value)
    }

    private init(unchecked value: Int) { self.value = value }

    public static func < (lhs: CompetenceLevel, rhs: CompetenceLevel) -> Bool { lhs.value < rhs.value }
}

/// How many rated themselves at each level, and the mean.
public struct LevelDistribution: Sendable, Hashable {
    /// Counts of levels 1…4, in that order.
    public private(set) var counts = [0, 0, 0, 0]

    public init() {}

    public init(_ levels: [CompetenceLevel]) {
        for level in levels { add(level) }
    }

    public mutating func add(_ level: CompetenceLevel, times: Int = 1) {
        // Counts come from the database; a sum that would overflow saturates instead of trapping.
        let (sum, overflow) = counts[level.value - 1].addingReportingOverflow(max(0, times))
        counts[level.value - 1] = overflow ? Int.max : sum
    }

    public mutating func add(_ other: LevelDistribution) {
        for level in CompetenceLevel.all { add(level, times: other.count(level)) }
    }

    public var respondents: Int {
        counts.reduce(0) { total, count in
            let (sum, overflow) = total.addingReportingOverflow(count)
            return overflow ? Int.max : sum
        }
    }

    /// In floating point, so no count can overflow it.
    public var mean: Double? {
        let respondents = counts.reduce(0.0) { $0 + Double($1) }
        guard respondents > 0 else { return nil }
        return counts.enumerated().reduce(0.0) { $0 + Double($1.offset + 1) * Double($1.element) } / respondents
    }

    public func count(_ level: CompetenceLevel) -> Int { counts[level.value - 1] }
}

/// One self-assessed level, as the overview reads it: whose (only to count people), under
/// which role profile the person was invited, which competence, which level.
public struct SelfAssessedLevel: Sendable, Hashable {
    public let personID: UUID
    public let profileID: UUID
    public let competenceID: UUID
    public let level: CompetenceLevel

    public init(personID: UUID, profileID: UUID, competenceID: UUID, level: CompetenceLevel) {
        self.personID = personID
        self.profileID = profileID
        self.competenceID = competenceID
        self.level = level
    }
}

/// How many people of one role profile rated one competence at one level in a round: what the
/// database counts for the overview (one answer per person and competence is its unique key).
public struct LevelCount: Sendable, Hashable {
    public let profileID: UUID
    public let competenceID: UUID
    public let level: CompetenceLevel
    public let count: Int

    public init(profileID: UUID, competenceID: UUID, level: CompetenceLevel, count: Int) {
        self.profileID = profileID
        self.competenceID = competenceID
        self.level = level
        self.count = count
    }

    /// Individual levels counted, each person once per competence (the last level given).
    public static func counting(_ levels: [SelfAssessedLevel]) -> [LevelCount] {
        var latest: [[UUID]: SelfAssessedLevel] = [:]
        for level in levels { latest[[level.personID, level.competenceID]] = level }
        var counts: [LevelCountKey: Int] = [:]
        for level in latest.values { counts[LevelCountKey(profileID: level.profileID, competenceID: level.competenceID, level: level.level), default: 0] += 1 }
        return counts.map { LevelCount(profileID: $0.key.profileID, competenceID: $0.key.competenceID, level: $0.key.level, count: $0.value) }
    }

    private struct LevelCountKey: Hashable {
        let profileID: UUID
        let competenceID: UUID
        let level: CompetenceLevel
    }
}

/// The programme's view of a self-assessment round: per competence, the distribution of levels
/// in each role profile and in total, and the change in the mean since the previous round.
///
/// Self-assessments are personal, so the overview follows the feedback rules: a group shows only
/// from k people, and the profiles of one competence are suppressed together (`Suppression`),
/// so a hidden profile cannot be worked out as the total minus the shown ones.
public struct CompetenceOverview: Sendable {
    /// One group (a profile, or everyone) of one competence.
    public enum Cell: Sendable, Hashable {
        /// Nobody in the group rated the competence.
        case empty
        /// Fewer than k people, or hidden so that a small group cannot be calculated.
        case hidden
        /// The distribution, and the mean's change since the previous round when that round
        /// showed the same group.
        case shown(LevelDistribution, change: Double?)

        public var distribution: LevelDistribution? {
            if case .shown(let distribution, _) = self { distribution } else { nil }
        }
    }

    public struct Row: Sendable {
        public let competenceID: UUID
        public let total: Cell
        public let byProfile: [UUID: Cell]
    }

    public let rows: [Row]

    /// `competenceIDs` in the order the framework lists them; `previous` is the round before, if any.
    public init(competenceIDs: [UUID], current: [SelfAssessedLevel], previous: [SelfAssessedLevel], threshold: AnonymityThreshold) {
        self.init(competenceIDs: competenceIDs, current: LevelCount.counting(current), previous: LevelCount.counting(previous), threshold: threshold)
    }

    /// The same from counts per profile, competence and level, as the database gives them.
    public init(competenceIDs: [UUID], current: [LevelCount], previous: [LevelCount], threshold: AnonymityThreshold) {
        let thisRound = Self.cells(current, threshold: threshold)
        let previousRound = Self.cells(previous, threshold: threshold)
        rows = competenceIDs.map { competenceID in
            func withChange(_ cell: Cell?, _ earlier: Cell?) -> Cell {
                guard case .shown(let distribution, _) = cell else { return cell ?? .empty }
                let change = distribution.mean.flatMap { mean in earlier?.distribution?.mean.map { mean - $0 } }
                return .shown(distribution, change: change)
            }
            let profiles = Set((thisRound[competenceID]?.byProfile ?? [:]).keys)
            return Row(
                competenceID: competenceID,
                total: withChange(thisRound[competenceID]?.total, previousRound[competenceID]?.total),
                byProfile: Dictionary(
                    uniqueKeysWithValues: profiles.map { profile in
                        (profile, withChange(thisRound[competenceID]?.byProfile[profile], previousRound[competenceID]?.byProfile[profile]))
                    }))
        }
    }

    /// The lowest-rated competences in total (visible ones only), lowest first: the programme's
    /// common development needs, each a candidate theme for a seminar.
    public func commonNeeds(limit: Int = 3) -> [(competenceID: UUID, mean: Double)] {
        let means = rows.compactMap { row in row.total.distribution?.mean.map { (competenceID: row.competenceID, mean: $0) } }
        // Ties keep the framework's order, so the list is stable.
        let ordered = means.enumerated().sorted { ($0.element.mean, $0.offset) < ($1.element.mean, $1.offset) }.map(\.element)
        return Array(ordered.prefix(max(0, limit)))
    }

    private static func cells(_ counts: [LevelCount], threshold: AnonymityThreshold) -> [UUID: (total: Cell, byProfile: [UUID: Cell])] {
        var result: [UUID: (total: Cell, byProfile: [UUID: Cell])] = [:]
        for (competenceID, ofCompetence) in Dictionary(grouping: counts.filter { $0.count > 0 }, by: \.competenceID) {
            var byProfile: [UUID: LevelDistribution] = [:]
            for count in ofCompetence { byProfile[count.profileID, default: LevelDistribution()].add(count.level, times: count.count) }
            let suppression = Suppression.plan(
                groups: byProfile.map { (key: $0.key.uuidString, respondents: $0.value.respondents) }, threshold: threshold)
            var total = LevelDistribution()
            for distribution in byProfile.values { total.add(distribution) }
            result[competenceID] = (
                total: suppression.totalVisible ? .shown(total, change: nil) : .hidden,
                byProfile: Dictionary(
                    uniqueKeysWithValues: byProfile.map { profileID, distribution in
                        (profileID, suppression.isVisible(profileID.uuidString) ? .shown(distribution, change: nil) : .hidden)
                    })
            )
        }
        return result
    }
}

/// A manager's own result in a round: their level against the profile's expectation and
/// against their own previous round. Only they see it.
public struct SelfAssessmentResult: Sendable, Hashable {
    public let competenceID: UUID
    public let level: CompetenceLevel?
    public let expected: CompetenceLevel?
    public let previous: CompetenceLevel?

    public init(competenceID: UUID, level: CompetenceLevel?, expected: CompetenceLevel?, previous: CompetenceLevel?) {
        self.competenceID = competenceID
        self.level = level
        self.expected = expected
        self.previous = previous
    }

    /// Levels to go to the expected level; 0 when met or exceeded, nil when either is unknown.
    public var gap: Int? {
        guard let level, let expected else { return nil }
        return max(0, expected.value - level.value)
    }

    /// The change since the previous round, when both rounds have a level.
    public var change: Int? {
        guard let level, let previous else { return nil }
        return level.value - previous.value
    }
}

/// Whether a self-assessment round takes answers: from opening until the owner closes it or
/// its last day has passed.
public struct AssessmentRoundWindow: Sendable, Hashable {
    public let closesOn: Date?
    public let closedAt: Date?

    public init(closesOn: Date?, closedAt: Date?) {
        self.closesOn = closesOn
        self.closedAt = closedAt
    }

    /// `closesOn` is the start of the last day in the organisation's time zone; answers are
    /// taken to the end of that day.
    public func isOpen(at now: Date) -> Bool {
        guard closedAt == nil else { return false }
        guard let closesOn else { return true }
        return now < closesOn.addingTimeInterval(24 * 60 * 60)
    }
}

/// The limits of what the competence forms accept.
public enum CompetenceLimits {
    public static let commentLength = 0...2_000
    public static let descriptionLength = 0...2_000
    /// A framework of more competences than this is no longer one a manager rates in minutes.
    public static let competencesPerFramework = 60
}
