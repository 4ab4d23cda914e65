import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("The programme's own questions after events", .serialized)
struct QuestionSetAppTests {
    @Test("The owner renames, removes and adds a question; the next feedback form asks exactly those; a refused edit keeps what was typed")
    func editAndAnswer() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get(SiteRoute.feedbackQuestions.path)
            #expect(page.status == .ok && page.body.string.contains("Hur relevant var delområdet för mig?"))

            let refused = try await owner.post(
                SiteRoute.feedbackQuestions.path,
                [
                    ("key[]", "relevance"), ("text-relevance-sv", "Ändrad fråga"), ("text-relevance-fi", ""), ("remove[]", "relevance"),
                    ("key[]", "importance"), ("remove[]", "importance"), ("key[]", "suitability"), ("remove[]", "suitability"),
                    ("key[]", "worth_time"), ("remove[]", "worth_time"), ("key[]", "comment"), ("text-comment-sv", "Kommentar"),
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Behåll minst en fråga") && refused.body.string.contains("Ändrad fråga"))

            let saved = try await owner.post(
                SiteRoute.feedbackQuestions.path,
                [
                    ("key[]", "relevance"), ("text-relevance-sv", "Hur relevant var ämnet för dig?"),
                    ("text-relevance-fi", "Kuinka merkityksellinen aihe oli sinulle?"),
                    ("key[]", "importance"), ("text-importance-sv", "Hur viktiga var frågorna?"), ("text-importance-fi", "Kuinka tärkeitä kysymykset olivat?"),
                    ("key[]", "suitability"), ("text-suitability-sv", "x"), ("remove[]", "suitability"),
                    ("key[]", "worth_time"), ("text-worth_time-sv", "Var det värt tiden?"), ("text-worth_time-fi", "Oliko se ajan arvoista?"),
                    ("new-sv", "Lärde du dig något nytt?"), ("new-fi", "Opitko jotain uutta?"),
                    ("key[]", "comment"), ("text-comment-sv", "Något mer?"), ("text-comment-fi", "Jotain muuta?"),
                ])
            #expect(saved.status == .seeOther)
            let found = try await StrategyQuery.programme(TenantDatabase(organisationID: event.$organisation.id, database: app.db))
            let programme = try #require(found)
            let keys = programme.questionSet.map(\.key)
            #expect(keys.count == 5 && keys.prefix(3) == ["relevance", "importance", "worth_time"] && keys.last == "comment" && keys[3].hasPrefix("q-"))

            let manager = try await EventTests.attendee(app, email: EventTests.managers[0], event: event, path: path)
            let form = try await manager.get(path + "/feedback").body.string
            #expect(form.contains("Lärde du dig något nytt?") && form.contains("Något mer?") && !form.contains("Hur lämpligt var sättet"))
            // The new question must be answered too.
            let incomplete = try await manager.post(path + "/feedback", [("relevance", "4"), ("importance", "5"), ("worth_time", "4")])
            #expect(incomplete.status == .unprocessableEntity)
            let answered = try await manager.post(path + "/feedback", [("relevance", "4"), ("importance", "5"), ("worth_time", "4"), (keys[3], "5")])
            #expect(answered.status == .seeOther)
            let stored = try #require(try await FeedbackAnswerRecord.query(on: app.db).filter(\.$event.$id == event.id!).first())
            #expect(stored.scores == ["relevance": 4, "importance": 5, "worth_time": 4, keys[3]: 5])
        }
    }
}
