import Foundation

/// Who answers which event's feedback: a receipt's key. The organisation is part of it, so no
/// check or write ever matches another organisation's rows.
public struct FeedbackKey: Hashable, Sendable {
    public let organisationID: UUID
    public let eventID: UUID
    public let personID: UUID

    public init(organisationID: UUID, eventID: UUID, personID: UUID) {
        self.organisationID = organisationID
        self.eventID = eventID
        self.personID = personID
    }
}

/// What the store knows before an answer: whether the person attended and has answered, and
/// which questions their programme asks.
public struct FeedbackEligibility: Sendable, Equatable {
    public let attended: Bool
    public let answered: Bool
    /// The questions of the organisation's programme (the latest by start year); the standard
    /// set when it has none of its own.
    public let questions: [FeedbackQuestion]

    public init(attended: Bool, answered: Bool, questions: [FeedbackQuestion]) {
        self.attended = attended
        self.answered = answered
        self.questions = questions
    }
}

/// Whether an answer was kept.
public enum FeedbackSubmissionOutcome: Sendable, Equatable {
    case stored
    /// The person had answered already (perhaps a moment ago, from another tab): the answer
    /// is dropped, the first one stands.
    case alreadyAnswered
}

/// Where feedback answers go: the two things a feedback answer needs from storage. An answer
/// is stored without the person; a separate receipt says that the person answered, so a
/// second answer is refused, even when both arrive at once.
public protocol FeedbackStore: Sendable {
    /// Whether `key`'s person may answer, and the questions.
    func check(_ key: FeedbackKey) async throws -> FeedbackEligibility
    /// Stores the receipt and the answer together, or neither; `day` ("2026-11-29") is all the
    /// answer keeps of when it was given.
    func submit(_ key: FeedbackKey, day: String, answer: FeedbackAnswer) async throws -> FeedbackSubmissionOutcome
}

/// A `FeedbackStore` in memory: for tests of the rules that use one (`FeedbackIntake`) without
/// a database.
public actor InMemoryFeedbackStore: FeedbackStore {
    /// An answer as the store keeps it: the event and the day, never the person.
    public struct StoredAnswer: Sendable, Equatable {
        public let organisationID: UUID
        public let eventID: UUID
        public let day: String
        public let answer: FeedbackAnswer
    }

    private var attendances: Set<FeedbackKey> = []
    private var receipts: Set<FeedbackKey> = []
    public private(set) var answers: [StoredAnswer] = []
    private var questions: [UUID: [FeedbackQuestion]] = [:]

    public init() {}

    /// Records that `key`'s person attended (checked in at) the event.
    public func attend(_ key: FeedbackKey) {
        attendances.insert(key)
    }

    /// The questions `organisationID`'s programme asks.
    public func ask(_ asked: [FeedbackQuestion], in organisationID: UUID) {
        questions[organisationID] = asked
    }

    public func check(_ key: FeedbackKey) -> FeedbackEligibility {
        FeedbackEligibility(
            attended: attendances.contains(key), answered: receipts.contains(key),
            questions: questions[key.organisationID] ?? QuestionSet.standard)
    }

    public func submit(_ key: FeedbackKey, day: String, answer: FeedbackAnswer) -> FeedbackSubmissionOutcome {
        guard receipts.insert(key).inserted else { return .alreadyAnswered }
        answers.append(StoredAnswer(organisationID: key.organisationID, eventID: key.eventID, day: day, answer: answer))
        return .stored
    }

    /// Who has answered `eventID` (the receipts, for reminders).
    public func answered(_ eventID: UUID) -> Set<UUID> {
        Set(receipts.filter { $0.eventID == eventID }.map(\.personID))
    }
}

/// Taking in one feedback answer: who may answer, with which questions, and what becomes of
/// the form they sent. The same steps for every store.
public enum FeedbackIntake {
    public enum Refusal: Error, Sendable, Equatable {
        case notAttended
        case alreadyAnswered
    }

    public enum Outcome: Sendable, Equatable {
        case stored
        case refused(Refusal)
        /// The form does not hold a valid answer to these questions: shown again, as typed.
        case incomplete(FeedbackAnswer.Problem, questions: [FeedbackQuestion])
    }

    /// The questions `key`'s person is to answer, or why they may not.
    public static func questions(for key: FeedbackKey, in store: some FeedbackStore) async throws -> Result<[FeedbackQuestion], Refusal> {
        let eligibility = try await store.check(key)
        guard eligibility.attended else { return .failure(.notAttended) }
        guard !eligibility.answered else { return .failure(.alreadyAnswered) }
        return .success(eligibility.questions)
    }

    /// Checks `form` (question key → typed value, and "comment") against the questions and
    /// stores it. A second answer is refused even when it passed the check at the same moment
    /// as the first (the store's receipt decides).
    public static func submit(_ form: [String: String], for key: FeedbackKey, on day: String, to store: some FeedbackStore) async throws -> Outcome {
        let questions: [FeedbackQuestion]
        switch try await self.questions(for: key, in: store) {
        case .failure(let refusal): return .refused(refusal)
        case .success(let asked): questions = asked
        }
        switch FeedbackAnswer.validate(form, questions: questions) {
        case .failure(let problem): return .incomplete(problem, questions: questions)
        case .success(let answer):
            return switch try await store.submit(key, day: day, answer: answer) {
            case .stored: .stored
            case .alreadyAnswered: .refused(.alreadyAnswered)
            }
        }
    }
}
