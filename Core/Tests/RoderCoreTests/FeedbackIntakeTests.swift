import Foundation
import Testing

@testable import RoderCore

@Suite("Taking in a feedback answer")
struct FeedbackIntakeTests {
    private let organisation = UUID(), event = UUID()
    private let form = ["relevance": "4", "importance": "5", "suitability": "3", "worth_time": "4", "comment": " Bra! "]

    private func key(_ person: UUID) -> FeedbackKey {
        FeedbackKey(organisationID: organisation, eventID: event, personID: person)
    }

    @Test("Someone who attended answers once; the answer keeps the event and the day, not the person; a second is refused")
    func once() async throws {
        let store = InMemoryFeedbackStore(), person = UUID()
        await store.attend(key(person))
        #expect(try await FeedbackIntake.submit(form, for: key(person), on: "2026-12-03", to: store) == .stored)
        #expect(try await FeedbackIntake.submit(form, for: key(person), on: "2026-12-03", to: store) == .refused(.alreadyAnswered))
        let answers = await store.answers
        #expect(answers.count == 1)
        #expect(answers[0].eventID == event && answers[0].day == "2026-12-03")
        #expect(answers[0].answer == FeedbackAnswer(scores: ["relevance": 4, "importance": 5, "suitability": 3, "worth_time": 4], comment: "Bra!"))
        #expect(await store.answered(event) == [person])
        #expect(try await FeedbackIntake.questions(for: key(person), in: store) == .failure(.alreadyAnswered))
    }

    @Test("Someone who did not attend, or attended another organisation's event, may not answer")
    func notAttended() async throws {
        let store = InMemoryFeedbackStore(), person = UUID()
        #expect(try await FeedbackIntake.submit(form, for: key(person), on: "2026-12-03", to: store) == .refused(.notAttended))
        await store.attend(FeedbackKey(organisationID: UUID(), eventID: event, personID: person))
        #expect(try await FeedbackIntake.questions(for: key(person), in: store) == .failure(.notAttended))
        #expect(await store.answers.isEmpty)
    }

    @Test("An incomplete form stores nothing and comes back with the programme's own questions")
    func incomplete() async throws {
        let store = InMemoryFeedbackStore(), person = UUID()
        let asked = [FeedbackQuestion(key: "useful", text: LocalizedText(sv: "Nyttigt?", fi: "Hyödyllinen?", en: "Useful?"), kind: .scale)]
        await store.ask(asked, in: organisation)
        await store.attend(key(person))
        #expect(
            try await FeedbackIntake.submit(form, for: key(person), on: "2026-12-03", to: store)
                == .incomplete(.missingScore(questionKey: "useful"), questions: asked))
        #expect(await store.answers.isEmpty)
        #expect(try await FeedbackIntake.submit(["useful": "5"], for: key(person), on: "2026-12-03", to: store) == .stored)
    }

    @Test("Answers sent at the same moment by one person: exactly one is stored")
    func concurrent() async throws {
        let store = InMemoryFeedbackStore(), person = UUID()
        await store.attend(key(person))
        let outcomes = try await withThrowingTaskGroup(of: FeedbackIntake.Outcome.self) { group in
            for _ in 0..<20 { group.addTask { try await FeedbackIntake.submit(form, for: key(person), on: "2026-12-03", to: store) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == .stored }.count == 1)
        #expect(outcomes.filter { $0 == .refused(.alreadyAnswered) }.count == 19)
        #expect(await store.answers.count == 1)
    }
}
