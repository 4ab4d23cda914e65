import Foundation

/// Where a coaching engagement is: a coach's proposal waits for the programme owner; an
/// agreed engagement is planned, then active while sessions are held, then ended.
public enum EngagementState: String, CaseIterable, Sendable {
    case proposed, planned, active, ended

    /// The states `actor` may move an engagement in this state to. The programme owner approves
    /// or declines a proposal and may end any engagement; the coach starts and ends their own.
    public func next(by actor: EngagementActor) -> [EngagementState] {
        switch (self, actor) {
        case (.proposed, .programmeOwner): [.planned, .ended]
        case (.planned, _): [.active, .ended]
        case (.active, _): [.ended]
        case (.proposed, .coach), (.ended, _): []
        }
    }
}

/// Who changes an engagement's state.
public enum EngagementActor: Sendable {
    case programmeOwner, coach
}

/// Who may read a note. Each kind has its readers, and nobody else reads its text —
/// not the programme owner, an administrator, the operator or another coach.
public enum CoachingNoteKind: String, CaseIterable, Sendable {
    /// The coach's own notes: the coach only.
    case coachPrivate = "private"
    /// Notes the coach and the coachee (or the group's members) share.
    case shared
    /// A coachee's own reflections: that coachee only.
    case reflection
}

/// How the signed-in user stands to one engagement; what they may read and write follows
/// from it alone. The database layer selects notes with `readableKinds` and the author rule,
/// so a page cannot show what the reader may not read.
public enum CoachingReader: Equatable, Sendable {
    case coach
    case participant(personID: UUID)
    /// Everyone else, whatever their role: they see that notes exist, never what they say.
    case outsider

    /// The coach of the engagement comes first: a coach who is also in the group reads as the coach.
    public init(userID: UUID, personID: UUID?, coachUserID: UUID, participantPersonIDs: Set<UUID>) {
        if userID == coachUserID {
            self = .coach
        } else if let personID, participantPersonIDs.contains(personID) {
            self = .participant(personID: personID)
        } else {
            self = .outsider
        }
    }

    /// The kinds of notes this reader reads; a participant reads only their own reflections.
    public var readableKinds: Set<CoachingNoteKind> {
        switch self {
        case .coach: [.coachPrivate, .shared]
        case .participant: [.shared, .reflection]
        case .outsider: []
        }
    }

    /// The kinds this reader may write, in the order a form offers them.
    public var writableKinds: [CoachingNoteKind] {
        switch self {
        case .coach: [.coachPrivate, .shared]
        case .participant: [.reflection, .shared]
        case .outsider: []
        }
    }

    /// Whether this reader may read a note of `kind` written by the person `authorPersonID`.
    public func mayRead(_ kind: CoachingNoteKind, authorPersonID: UUID?) -> Bool {
        switch (self, kind) {
        case (.coach, .coachPrivate), (.coach, .shared), (.participant, .shared): true
        case (.participant(let personID), .reflection): authorPersonID == personID
        default: false
        }
    }

    /// Agreed actions are shared between the coach and the coachees.
    public var sharesActions: Bool { self != .outsider }
}

/// How a session went.
public enum CoachingSessionStatus: String, CaseIterable, Sendable {
    case planned, held, missed
}

/// Whether a session is met in person or online.
public enum CoachingSessionForm: String, CaseIterable, Sendable {
    case inPerson = "in-person", online
}

/// What the programme sees of engagements: counts and hours, never a note.
public struct CoachingFigures: Equatable, Sendable {
    /// One session as the figures count it; `tookPart` is how many coachees took part in it.
    public struct Session: Sendable {
        public var status: CoachingSessionStatus
        public var minutes: Int
        public var tookPart: Int

        public init(_ status: CoachingSessionStatus, minutes: Int, tookPart: Int = 0) {
            self.status = status
            self.minutes = minutes
            self.tookPart = tookPart
        }
    }

    public var planned = 0
    public var held = 0
    public var missed = 0
    /// Minutes of the sessions held.
    public var minutesHeld = 0
    /// Coachees at the sessions held, counted once per session ("person-sessions").
    public var attendances = 0
    /// Minutes of the sessions held times the coachees who took part: the coachees' own time.
    public var participantMinutes = 0

    public init() {}

    public init(sessions: [Session]) {
        for session in sessions { add(session) }
    }

    public mutating func add(_ session: Session) {
        switch session.status {
        case .planned: planned += 1
        case .held:
            held += 1
            // Lengths and counts are bounded where they are entered; this stays total whatever is stored.
            let minutes = max(0, session.minutes), tookPart = max(0, session.tookPart)
            minutesHeld = Self.saturatingSum(minutesHeld, minutes)
            attendances = Self.saturatingSum(attendances, tookPart)
            let (product, overflow) = minutes.multipliedReportingOverflow(by: tookPart)
            participantMinutes = Self.saturatingSum(participantMinutes, overflow ? Int.max : product)
        case .missed: missed += 1
        }
    }

    public static func + (lhs: CoachingFigures, rhs: CoachingFigures) -> CoachingFigures {
        var sum = lhs
        sum.planned = saturatingSum(lhs.planned, rhs.planned)
        sum.held = saturatingSum(lhs.held, rhs.held)
        sum.missed = saturatingSum(lhs.missed, rhs.missed)
        sum.minutesHeld = saturatingSum(lhs.minutesHeld, rhs.minutesHeld)
        sum.attendances = saturatingSum(lhs.attendances, rhs.attendances)
        sum.participantMinutes = saturatingSum(lhs.participantMinutes, rhs.participantMinutes)
        return sum
    }

    private static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    public var hoursHeld: Double { Double(minutesHeld) / 60 }
    public var participantHours: Double { Double(participantMinutes) / 60 }

    /// The share of the possible places at held sessions that were taken, for a group of
    /// `groupSize` coachees; nil before a session is held. At most 1 even if the group shrank.
    public func attendanceShare(groupSize: Int) -> Double? {
        guard held > 0, groupSize > 0 else { return nil }
        let (possible, overflow) = held.multipliedReportingOverflow(by: groupSize)
        guard !overflow else { return nil }
        return min(1, Double(attendances) / Double(possible))
    }
}

/// Who took part in a held session: the coachees ticked, kept only if they are in the
/// engagement. One coachee's session is theirs without a tick; a group needs at least one.
public enum SessionAttendance {
    public static func tookPart(chosen: Set<UUID>, participants: Set<UUID>) -> Set<UUID>? {
        if participants.count == 1 { return participants }
        let kept = chosen.intersection(participants)
        return kept.isEmpty ? nil : kept
    }
}

/// The limits of what a session form accepts.
public enum CoachingLimits {
    /// A session of at most a working day.
    public static let sessionMinutes = 15...480
    public static let agreedSessions = 1...100
    public static let noteLength = 1...10_000
}

/// How useful coachees found their coaching (1–5), as the programme sees it: per coach and in
/// total, each only from k coachees, the coaches suppressed together (`Suppression`) so a small
/// group cannot be worked out from the total.
public struct UsefulnessSummary: Sendable {
    public struct Rating: Sendable {
        public let coachID: UUID
        public let rating: Int
        public let comment: String

        public init(coachID: UUID, rating: Int, comment: String) {
            self.coachID = coachID
            self.rating = rating
            self.comment = comment
        }
    }

    public enum Group: Sendable, Equatable {
        case none
        case hidden(count: Int)
        /// Mean of the ratings, how many, and the comments in alphabetical order (not the order given).
        case shown(mean: Double, count: Int, comments: [String])
    }

    public static let scale = 1...5

    public let total: Group
    public let byCoach: [UUID: Group]

    public init(_ ratings: [Rating], threshold: AnonymityThreshold) {
        let valid = ratings.filter { Self.scale.contains($0.rating) }
        let groups = Dictionary(grouping: valid, by: \.coachID)
        let suppression = Suppression.plan(groups: groups.map { (key: $0.key.uuidString, respondents: $0.value.count) }, threshold: threshold)
        func summary(_ ratings: [Rating], visible: Bool) -> Group {
            guard !ratings.isEmpty else { return .none }
            guard visible else { return .hidden(count: ratings.count) }
            let mean = Double(ratings.reduce(0) { $0 + $1.rating }) / Double(ratings.count)
            return .shown(mean: mean, count: ratings.count, comments: ratings.map(\.comment).filter { !$0.isEmpty }.sorted())
        }
        total = summary(valid, visible: suppression.totalVisible)
        byCoach = groups.mapValues { summary($0, visible: suppression.isVisible($0[0].coachID.uuidString)) }
    }
}
