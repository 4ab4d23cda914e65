import Fluent
import Foundation
import RoderCore
import SQLKit

/// The answers of an event that its results show (`ResultRelease`): all answers stored when
/// the release was made. No time is kept: nothing ties a release to the answer that made it due.
final class FeedbackRelease: Model, TenantOwned, @unchecked Sendable {
    static let schema = "feedback_releases"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<FeedbackRelease, Organisation> { $organisation }
    @Parent(key: "event_id") var event: EventRecord
    @Field(key: "respondents") var respondents: Int
    @Field(key: "answer_ids") var answerIDs: StoredIDs

    init() {}

    init(organisationID: UUID, eventID: UUID, answerIDs: [UUID]) {
        self.id = UUID()
        self.$organisation.id = organisationID
        self.$event.id = eventID
        self.respondents = answerIDs.count
        self.answerIDs = StoredIDs(ids: answerIDs)
    }
}

/// Answers as their results may show them: each event's last release, and a new release when
/// one is due. Released when results are read, not when answers are written, so the busiest
/// path (a seminar's answers) does no more than before.
enum ReleasedFeedback {
    struct Event: Sendable {
        /// The answers the results show.
        let answers: [FeedbackAnswer]
        /// How many answered in all.
        let stored: Int
    }

    /// For each event (with its organisation), its released answers. `database` may be a
    /// tenant's or, for the operator's pooled view, the whole database. `pools`: events whose
    /// answers are pooled (the parts of a shared event, by its id) are released together,
    /// when k more have answered across the pool.
    static func answers(
        of events: [(id: UUID, organisationID: UUID)], pools: [UUID: UUID] = [:], threshold: AnonymityThreshold,
        on database: any Database
    ) async throws -> [UUID: Event] {
        let ids = events.map(\.id)
        guard !ids.isEmpty else { return [:] }
        let stored = Dictionary(grouping: try await FeedbackAnswerRecord.query(on: database).filter(\.$event.$id ~~ ids).all(), by: { $0.$event.id })
        let latest = Dictionary(
            try await FeedbackRelease.query(on: database).filter(\.$event.$id ~~ ids).all().map { ($0.$event.id, $0) },
            uniquingKeysWith: { $0.respondents >= $1.respondents ? $0 : $1 })
        var result: [UUID: Event] = [:]
        for unit in Dictionary(grouping: events, by: { pools[$0.id] ?? $0.id }).values {
            let storedCount = unit.reduce(0) { $0 + (stored[$1.id]?.count ?? 0) }
            let releasedCount = unit.reduce(0) { $0 + (latest[$1.id]?.respondents ?? 0) }
            let due = ResultRelease.isDue(stored: storedCount, released: releasedCount, threshold: threshold)
            for event in unit {
                let answers = stored[event.id] ?? []
                if due {
                    if answers.count > latest[event.id]?.respondents ?? 0 {
                        try await FeedbackRelease(organisationID: event.organisationID, eventID: event.id, answerIDs: answers.compactMap(\.id)).create(
                            on: database)
                    }
                    result[event.id] = Event(answers: answers.map(\.answer), stored: answers.count)
                } else {
                    let shown = Set(latest[event.id]?.answerIDs.ids ?? [])
                    result[event.id] = Event(answers: answers.filter { $0.id.map(shown.contains) ?? false }.map(\.answer), stored: answers.count)
                }
            }
        }
        return result
    }
}
