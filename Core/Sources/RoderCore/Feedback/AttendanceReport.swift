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

    /// An event held, with its invitations and check-ins counted.
    public struct EventCounts: Sendable, Hashable {
        public let event: EventInput
        public let invited: Int
        public let attended: Int
        public init(event: EventInput, invited: Int, attended: Int) {
            self.event = event
            self.invited = invited
            self.attended = attended
        }
    }

    /// A person's invitations to the events held: in all, and check-ins of their last
    /// `AttendanceReport.recent` (what `AttendanceTrend.isFalling` compares).
    public struct PersonCounts: Sendable, Hashable {
        public let personID: UUID
        public let invited: Int
        public let attended: Int
        public let recentlyAttended: Int
        public init(personID: UUID, invited: Int, attended: Int, recentlyAttended: Int) {
            self.personID = personID
            self.invited = invited
            self.attended = attended
            self.recentlyAttended = recentlyAttended
        }
    }

    /// How many of a person's latest events make "recent" for their trend.
    public static let recent = 3

    /// Only events that have been held count (the caller passes those).
    public init(events: [EventInput], invitations: [Invitation], timeZone: TimeZone) {
        let ordered = events.sorted { $0.start < $1.start }
        let eventsByID = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0) })
        let held = invitations.filter { eventsByID[$0.eventID] != nil }
        let order = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.id, $0) })
        let byEvent = Dictionary(grouping: held, by: \.eventID)
        let people = Dictionary(grouping: held, by: \.personID).map { personID, items in
            let history = items.sorted { order[$0.eventID]! < order[$1.eventID]! }.map(\.attended)
            return PersonCounts(
                personID: personID, invited: history.count, attended: history.filter { $0 }.count,
                recentlyAttended: history.suffix(Self.recent).filter { $0 }.count)
        }
        self.init(
            events: ordered.map { event in
                EventCounts(event: event, invited: byEvent[event.id]?.count ?? 0, attended: byEvent[event.id]?.filter(\.attended).count ?? 0)
            },
            people: people, timeZone: timeZone)
    }

    /// From counts, as the database adds them up: events in any order.
    public init(events: [EventCounts], people: [PersonCounts], timeZone: TimeZone) {
        let ordered = events.filter { $0.invited > 0 }.sorted { $0.event.start < $1.event.start }
        func rate(_ items: [EventCounts]) -> Rate {
            Rate(attended: items.reduce(0) { $0 + $1.attended }, invited: items.reduce(0) { $0 + $1.invited })
        }
        let byEvent = Dictionary(uniqueKeysWithValues: ordered.map { ($0.event.id, rate([$0])) })
        self.byEvent = byEvent
        self.people = people.filter { $0.invited > 0 }.map { person in
            PersonRow(
                personID: person.personID, rate: Rate(attended: person.attended, invited: person.invited),
                isFalling: AttendanceTrend.isFalling(
                    invited: person.invited, attended: person.attended, recentlyAttended: person.recentlyAttended, recent: Self.recent))
        }.sorted {
            ($0.rate.rate ?? 0, $0.personID.textOrder.0, $0.personID.textOrder.1) < ($1.rate.rate ?? 0, $1.personID.textOrder.0, $1.personID.textOrder.1)
        }
        byArea = Dictionary(grouping: ordered.filter { $0.event.areaID != nil }, by: { $0.event.areaID! }).mapValues(rate)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        struct HalfYear: Hashable, Comparable {
            let year: Int, half: Int
            static func < (a: HalfYear, b: HalfYear) -> Bool { (a.year, a.half) < (b.year, b.half) }
        }
        func halfYear(_ date: Date) -> HalfYear {
            HalfYear(year: calendar.component(.year, from: date), half: calendar.component(.month, from: date) <= 6 ? 1 : 2)
        }
        let periods = Dictionary(grouping: ordered, by: { halfYear($0.event.start) })
        byHalfYear = periods.keys.sorted().map { ($0.year, $0.half, rate(periods[$0]!)) }
        overall = rate(ordered)
        // The group's trend: the rates of its events, in date order.
        overallIsFalling = AttendanceTrend.isFalling(rates: ordered.compactMap { byEvent[$0.event.id]?.rate })
    }
}
