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
    /// The released answers' totals; nil for a release made before they were kept.
    @OptionalField(key: "score_totals") var scoreTotals: ScoreTotals?

    init() {}

    init(organisationID: UUID, eventID: UUID, answers: [(id: UUID, answer: FeedbackAnswer)]) {
        self.id = UUID()
        self.$organisation.id = organisationID
        self.$event.id = eventID
        self.respondents = answers.count
        self.answerIDs = StoredIDs(ids: answers.map(\.id))
        self.scoreTotals = ScoreTotals(answers.map(\.answer))
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
                        try await FeedbackRelease(
                            organisationID: event.organisationID, eventID: event.id,
                            answers: answers.compactMap { record in record.id.map { ($0, record.answer) } }
                        ).create(on: database)
                    }
                    result[event.id] = Event(answers: answers.map(\.answer), stored: answers.count)
                } else {
                    let shown = Set(latest[event.id]?.answerIDs.ids ?? [])
                    let released = answers.filter { $0.id.map(shown.contains) ?? false }.map(\.answer)
                    // A release from before totals were kept gets them now, once.
                    if let release = latest[event.id], release.scoreTotals == nil {
                        release.scoreTotals = ScoreTotals(released)
                        try await release.save(on: database)
                    }
                    result[event.id] = Event(answers: released, stored: answers.count)
                }
            }
        }
        return result
    }
}

extension ReleasedFeedback {
    /// An event held, with what the feedback overview and the half-year summary show of it.
    struct HeldEvent: Sendable {
        let id: UUID
        let title: LocalizedText
        let areaID: UUID?
        let startsAt: Date
        let invited: Int
        let attended: Int
        /// Answers stored, released or not.
        let stored: Int
        /// The released answers' totals.
        let totals: ScoreTotals
    }

    /// The organisation's events that ended before `now`, oldest first, with their counts and
    /// the totals of their released answers: one row per event and one per release, no
    /// answer read. Only an event with answers not yet released, or a release from before
    /// totals were kept, goes through `answers(of:)` — which makes a release when one is due.
    /// The counts are by event alone: the events are the organisation's already.
    /// `starts`: the events that started in this range (by default all).
    static func heldEvents(
        _ tenant: TenantDatabase, endedBefore now: Date, starts: Range<Date> = Date.distantPast..<Date.distantFuture, threshold: AnonymityThreshold
    ) async throws -> [HeldEvent] {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let organisationID = tenant.organisationID
        // Invitations, check-ins and answers as each event keeps them (`AddEventCounts`).
        let events = try await sql.resultRows(
            """
            SELECT e.id, e.title, e.area_id, e.starts_at, e.invited_count AS invited, e.checked_in_count AS attended, e.answer_count AS stored
            FROM events e WHERE e.organisation_id = \(bind: organisationID) AND e.ends_at < \(bind: now)
              AND e.starts_at >= \(bind: starts.lowerBound) AND e.starts_at < \(bind: starts.upperBound)
            ORDER BY e.starts_at, e.id
            """)
        // Each event's latest release (the most respondents); only its totals are decoded
        // (an event has a release per k answers, and their JSON is most of this read's cost).
        var latest: [UUID: (respondents: Int, row: ResultRow)] = [:]
        for row in try await sql.resultRows(
            """
            SELECT r.event_id, r.respondents, r.score_totals FROM feedback_releases r
            WHERE r.organisation_id = \(bind: organisationID)
              AND r.event_id IN (SELECT e.id FROM events e WHERE e.organisation_id = \(bind: organisationID) AND e.ends_at < \(bind: now)
                AND e.starts_at >= \(bind: starts.lowerBound) AND e.starts_at < \(bind: starts.upperBound))
            """)
        {
            let eventID = try row.uuid("event_id"), respondents = try row.decode(column: "respondents", as: Int.self)
            if respondents >= latest[eventID]?.respondents ?? -1 { latest[eventID] = (respondents, row) }
        }
        var totals: [UUID: ScoreTotals] = [:]
        var unsettled: [UUID] = []
        for row in events {
            let id = try row.uuid("id"), stored = try row.decode(column: "stored", as: Int.self)
            if let release = latest[id], release.respondents == stored,
                let known = try release.row.decode(column: "score_totals", as: ScoreTotals?.self)
            {
                totals[id] = known
            } else if stored > 0 {
                unsettled.append(id)
            }
        }
        if !unsettled.isEmpty {
            let released = try await answers(of: unsettled.map { ($0, organisationID) }, threshold: threshold, on: tenant.database)
            for id in unsettled { totals[id] = ScoreTotals(released[id]?.answers ?? []) }
        }
        return try events.map { row in
            let id = try row.uuid("id")
            return HeldEvent(
                id: id, title: try row.decode(column: "title", as: LocalizedText.self), areaID: try row.optionalUUID("area_id"),
                startsAt: try row.decode(column: "starts_at", as: Date.self), invited: try row.decode(column: "invited", as: Int.self),
                attended: try row.decode(column: "attended", as: Int.self), stored: try row.decode(column: "stored", as: Int.self),
                totals: totals[id] ?? ScoreTotals())
        }
    }
}
