import Foundation

/// A programme period: one calendar year. When it ends its measurements lock, so the
/// figures the management group saw stay as they were; an owner can unlock (audited).
public struct ProgrammePeriod: Sendable, Hashable, Codable {
    public let year: Int
    /// Set by an owner to allow corrections after the year has ended.
    public var isUnlocked: Bool

    public init(year: Int, isUnlocked: Bool = false) {
        self.year = year
        self.isUnlocked = isUnlocked
    }

    public func contains(_ date: Date, in timeZone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: date) == year
    }

    /// The period has ended once its year is over.
    public func hasEnded(at now: Date, in timeZone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: now) > year
    }

    /// Whether a measurement of this period may be recorded or corrected now.
    public func acceptsMeasurements(at now: Date, in timeZone: TimeZone) -> Bool {
        isUnlocked || !hasEnded(at: now, in: timeZone)
    }
}

/// Carrying a period's unfinished goals into the next one.
public enum CarryOver {
    public struct Goal: Sendable, Hashable {
        public let id: UUID
        public let status: GoalStatus
        public let isArchived: Bool
        public let indicators: [Indicator]
        /// The year the goal was meant to be reached in (its end date's year); nil for a
        /// goal that runs for the whole programme and so never needs carrying.
        public let endYear: Int?
        /// A copy was already made: carrying over twice must not make two.
        public let hasBeenCarriedOver: Bool

        public init(id: UUID, status: GoalStatus, isArchived: Bool, indicators: [Indicator], endYear: Int? = nil, hasBeenCarriedOver: Bool = false) {
            self.id = id
            self.status = status
            self.isArchived = isArchived
            self.indicators = indicators
            self.endYear = endYear
            self.hasBeenCarriedOver = hasBeenCarriedOver
        }
    }

    public struct Indicator: Sendable, Hashable {
        public let id: UUID
        public let definition: IndicatorDefinition
        public let measurements: [MeasuredValue]

        public init(id: UUID, definition: IndicatorDefinition, measurements: [MeasuredValue]) {
            self.id = id
            self.definition = definition
            self.measurements = measurements
        }
    }

    /// A goal to create in the next period, copied from `sourceGoalID`.
    public struct Copy: Sendable, Hashable {
        public let sourceGoalID: UUID
        /// Indicators to copy: the new baseline is where the old one ended.
        public let indicators: [CopiedIndicator]
    }

    public struct CopiedIndicator: Sendable, Hashable {
        public let sourceIndicatorID: UUID
        public let definition: IndicatorDefinition
    }

    /// The goals of `year` (those whose end falls in it) to carry into the next year: see
    /// `plan(_:)`; goals already carried are left out.
    public static func plan(_ goals: [Goal], endingIn year: Int) -> [Copy] {
        plan(goals.filter { $0.endYear == year && !$0.hasBeenCarriedOver })
    }

    /// Unfinished (not done), not archived goals, with their not archived indicators. Each
    /// copied indicator starts from its last value (or its old baseline if never measured),
    /// keeps its target, direction and weight, and has no measurements.
    public static func plan(_ goals: [Goal]) -> [Copy] {
        goals.filter { $0.status != .done && !$0.isArchived }.map { goal in
            Copy(
                sourceGoalID: goal.id,
                indicators: goal.indicators.filter { !$0.definition.isArchived }.map { indicator in
                    let last = indicator.measurements.max { $0.date < $1.date }?.value ?? indicator.definition.baseline
                    return CopiedIndicator(
                        sourceIndicatorID: indicator.id,
                        definition: IndicatorDefinition(
                            baseline: last, target: indicator.definition.target,
                            direction: indicator.definition.direction, weight: indicator.definition.weight))
                })
        }
    }
}

/// Archive instead of delete: archived items leave lists and roll-ups, and come back whole
/// when restored. The state every archivable thing (area, goal, indicator, initiative) has.
public struct ArchiveState: Sendable, Hashable, Codable {
    public private(set) var archivedAt: Date?
    public private(set) var archivedBy: String?

    public init(archivedAt: Date? = nil, archivedBy: String? = nil) {
        self.archivedAt = archivedAt
        self.archivedBy = archivedBy
    }

    public var isArchived: Bool { archivedAt != nil }

    public enum Problem: Error, Hashable { case alreadyArchived, notArchived }

    public mutating func archive(at date: Date, by name: String) throws(Problem) {
        guard archivedAt == nil else { throw .alreadyArchived }
        archivedAt = date
        archivedBy = name
    }

    public mutating func restore() throws(Problem) {
        guard archivedAt != nil else { throw .notArchived }
        archivedAt = nil
        archivedBy = nil
    }
}
