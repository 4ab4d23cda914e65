import Foundation

/// Attendance over a programme: per event, per person, per development area and per
/// half-year, with who (and whether the whole group) is coming less and less.
public struct AttendanceReport: Sendable {
    public struct EventInput: Sendable, Hashable {
        public let id: UUID
        public let start: Date
        public let areaID: UUID?
        public init(id: UUID, start: Date, areaID: UUID?) {
            self.id = id
            self.start = start
            self.areaID = areaID
        }
    }

    public struct Invitation: Sendable, Hashable {
        public let eventID: UUID
        public let personID: UUID
        public let attended: Bool
        public init(eventID: UUID, personID: UUID, attended: Bool) {
            self.eventID = eventID
            self.personID = personID
            self.attended = attended
        }
    }

    public struct Rate: Sendable, Hashable {
        public let attended: Int
        public let invited: Int
        public var rate: Double? { AttendanceTrend.rate(attended: attended, expected: invited) }
    }

    public struct PersonRow: Sendable, Hashable {
        public let personID: UUID
        public let rate: Rate
        public let isFalling: Bool
    }

    public let byEvent: [UUID: Rate]
    public let people: [PersonRow]
    public let byArea: [UUID: Rate]
    /// Rate per half-year (1: January–June, 2: July–December), in time order.
    public let byHalfYear: [(year: Int, half: Int, rate: Rate)]
    public let overall: Rate
    /// The whole group's attendance, event by event, is falling.
    public let overallIsFalling: Bool

    /// Only events that have been held count (the caller passes those).
    public init(events: [EventInput], invitations: [Invitation], timeZone: TimeZone) {
        let ordered = events.sorted { $0.start < $1.start }
        let eventsByID = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0) })
        let held = invitations.filter { eventsByID[$0.eventID] != nil }
        func rate(_ items: [Invitation]) -> Rate { Rate(attended: items.filter(\.attended).count, invited: items.count) }

        let byEvent = Dictionary(grouping: held, by: \.eventID).mapValues(rate)
        self.byEvent = byEvent
        let order = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.id, $0) })
        people = Dictionary(grouping: held, by: \.personID).map { personID, items in
            let history = items.sorted { order[$0.eventID]! < order[$1.eventID]! }.map(\.attended)
            return PersonRow(personID: personID, rate: rate(items), isFalling: AttendanceTrend.isFalling(history))
        }.sorted { ($0.rate.rate ?? 0, $0.personID.uuidString) < ($1.rate.rate ?? 0, $1.personID.uuidString) }
        byArea = Dictionary(grouping: held.filter { eventsByID[$0.eventID]?.areaID != nil }, by: { eventsByID[$0.eventID]!.areaID! }).mapValues(rate)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        struct HalfYear: Hashable, Comparable {
            let year: Int, half: Int
            static func < (a: HalfYear, b: HalfYear) -> Bool { (a.year, a.half) < (b.year, b.half) }
        }
        func halfYear(_ date: Date) -> HalfYear {
            HalfYear(year: calendar.component(.year, from: date), half: calendar.component(.month, from: date) <= 6 ? 1 : 2)
        }
        let periods = Dictionary(grouping: held, by: { halfYear(eventsByID[$0.eventID]!.start) })
        byHalfYear = periods.keys.sorted().map { ($0.year, $0.half, rate(periods[$0]!)) }
        overall = rate(held)
        // The group's trend: the rates of its events, in date order.
        overallIsFalling = AttendanceTrend.isFalling(rates: ordered.compactMap { byEvent[$0.id]?.rate })
    }
}
