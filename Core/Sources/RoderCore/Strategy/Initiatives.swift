import Foundation

/// Where an initiative (the customer-service concept, the intranet) stands.
public enum InitiativeStatus: String, CaseIterable, Codable, Sendable, Hashable {
    case planned
    case underway
    case paused
    case done
}

/// One dated step of an initiative.
public struct Milestone: Sendable, Hashable {
    public let id: UUID
    public let title: LocalizedText
    /// The day it is due (any time on that day counts as on time).
    public let due: Date
    public let doneAt: Date?

    public init(id: UUID, title: LocalizedText, due: Date, doneAt: Date? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.doneAt = doneAt
    }

    public var isDone: Bool { doneAt != nil }

    /// Not done and its day has passed in the organisation's time zone.
    public func isOverdue(at now: Date, in timeZone: TimeZone) -> Bool {
        guard !isDone else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.startOfDay(for: due) < calendar.startOfDay(for: now)
    }
}

public enum Milestones {
    /// The step to look at next: the earliest milestone not yet done (an overdue one
    /// comes first, being the earliest), nil when all are done.
    public static func next(_ milestones: [Milestone]) -> Milestone? {
        milestones.filter { !$0.isDone }.min { ($0.due, $0.id.textOrder.0, $0.id.textOrder.1) < ($1.due, $1.id.textOrder.0, $1.id.textOrder.1) }
    }

    /// Sort key for lists of initiatives: open ones by their next milestone, then those
    /// without one, finished ones last.
    public static func urgency(_ status: InitiativeStatus, nextDue: Date?) -> (Int, Date) {
        (status == .done ? 1 : 0, nextDue ?? .distantFuture)
    }

    /// Not done and past due, oldest first.
    public static func overdue(_ milestones: [Milestone], at now: Date, in timeZone: TimeZone) -> [Milestone] {
        milestones.filter { $0.isOverdue(at: now, in: timeZone) }.sorted { $0.due < $1.due }
    }
}

/// Moving one item of an ordered list (development areas) up or down by one place.
public enum Reordering {
    /// `ids` in their new order; unchanged when `id` is missing or already at that end.
    public static func move<ID: Equatable>(_ id: ID, by offset: Int, in ids: [ID]) -> [ID] {
        guard let index = ids.firstIndex(of: id) else { return ids }
        let target = index + offset
        guard ids.indices.contains(target), offset != 0 else { return ids }
        var result = ids
        result.swapAt(index, target)
        return result
    }
}

/// How a programme turns figures into colours and goals: chosen by its owner.
public struct ProgrammeSettings: Sendable, Hashable {
    public var thresholds: ColourThresholds
    public var rollUp: RollUpMethod

    public init(thresholds: ColourThresholds = .standard, rollUp: RollUpMethod = .average) {
        self.thresholds = thresholds
        self.rollUp = rollUp
    }

    public static let standard = ProgrammeSettings()

    /// From whole percentages as typed in the settings form ("70", "40").
    public static func parse(green: String?, amber: String?) -> ColourThresholds? {
        func percent(_ text: String?) -> Double? {
            guard let text = text?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."),
                let value = Double(text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)), value.isFinite
            else { return nil }
            return value / 100
        }
        guard let green = percent(green), let amber = percent(amber) else { return nil }
        return try? ColourThresholds(green: green, amber: amber)
    }
}
