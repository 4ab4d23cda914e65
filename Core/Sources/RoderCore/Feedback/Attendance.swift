import Foundation

/// When participants may check themselves in with the code shown in the room: from a
/// little before the event starts until a little after it ends.
public struct CheckInWindow: Sendable, Hashable {
    public static let opensBefore: TimeInterval = 30 * 60
    public static let closesAfter: TimeInterval = 30 * 60

    public let start: Date
    public let end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = max(start, end)
    }

    public func isOpen(at now: Date) -> Bool {
        now >= start.addingTimeInterval(-Self.opensBefore) && now <= end.addingTimeInterval(Self.closesAfter)
    }
}

/// The short code shown in the room: six characters without look-alikes (no 0/O, 1/I/L),
/// typed on a phone or read from the QR code.
public enum CheckInCode {
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    public static func generate<R: RandomNumberGenerator>(using generator: inout R) -> String {
        String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
    }

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// What was typed, as the code is stored: capitals, without spaces or dashes.
    public static func normalise(_ typed: String) -> String {
        typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
    }
}

/// Attendance as rates and their direction.
public enum AttendanceTrend {
    /// Attended ÷ expected, nil with nothing expected.
    public static func rate(attended: Int, expected: Int) -> Double? {
        expected > 0 ? Double(attended) / Double(expected) : nil
    }

    /// Whether someone's attendance is falling: over their events in date order, the rate of
    /// the last `recent` is at least `drop` below the rate before them — with the defaults,
    /// missing two of the last three after coming to nearly all (one miss is not a trend).
    /// Needs at least `recent` + 2 events to say so.
    public static func isFalling(_ attended: [Bool], recent: Int = 3, drop: Double = 0.4) -> Bool {
        isFalling(
            invited: attended.count, attended: attended.filter { $0 }.count, recentlyAttended: attended.suffix(recent).filter { $0 }.count,
            recent: recent, drop: drop)
    }

    /// The same from counts, as a database adds them up: of `invited` events, `attended` in
    /// all and `recentlyAttended` of the last `recent`.
    public static func isFalling(invited: Int, attended: Int, recentlyAttended: Int, recent: Int = 3, drop: Double = 0.4) -> Bool {
        guard invited >= recent + 2, recent > 0 else { return false }
        let before = Double(attended - recentlyAttended) / Double(invited - recent)
        let now = Double(recentlyAttended) / Double(recent)
        return before - now >= drop
    }

    /// The same for a group: the mean rate of its last `recent` events at least `drop` below
    /// the mean of the events before them (at least `recent` + 2 events).
    public static func isFalling(rates: [Double], recent: Int = 3, drop: Double = 0.15) -> Bool {
        guard rates.count >= recent + 2 else { return false }
        let earlier = rates.dropLast(recent), last = rates.suffix(recent)
        return earlier.reduce(0, +) / Double(earlier.count) - last.reduce(0, +) / Double(last.count) >= drop
    }
}

/// What kind of gathering an event is.
public enum EventKind: String, CaseIterable, Codable, Sendable, Hashable {
    case leadershipForum = "leadership_forum"
    case seminar
    case managementGroup = "management_group"
    case coachingGroup = "coaching_group"
    case other
}

/// Signing up for an event with limited places: a place while there is one, otherwise the
/// waiting list; when someone cancels, the first on the waiting list gets the place.
public enum Registration {
    public enum State: String, CaseIterable, Codable, Sendable, Hashable {
        case invited, registered, waitlisted, cancelled
    }

    /// What someone signing up gets, with `registered` places already taken.
    public static func signUp(capacity: Int?, registered: Int) -> State {
        guard let capacity else { return .registered }
        return registered < capacity ? .registered : .waitlisted
    }

    /// Who moves from the waiting list to a place, given those waiting in the order they
    /// signed up and the places now free.
    public static func promote<ID>(waiting: [ID], capacity: Int?, registered: Int) -> [ID] {
        guard let capacity else { return waiting }
        return Array(waiting.prefix(max(0, capacity - registered)))
    }
}
