import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// Feedback across events: the overview (programme, half-years, areas) and the half-year
/// summary shared back with participants. Aggregates only; see `FeedbackOverview` for why
/// events below k stay out of every mean.
struct FeedbackController: Sendable {
    func overview(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let programme = try await StrategyQuery.programme(tenant)
        let threshold = programme?.anonymityThreshold ?? .standard
        let held = try await Self.heldEvents(tenant, now: request.now)
        let areas = programme == nil ? [] : try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme!.requireID())
            .sort(\.$position).all()
        let overview = FeedbackOverview(events: held.map(\.input), questions: QuestionSet.standard, threshold: threshold,
                                        timeZone: request.application.config.timeZone)
        let model = FeedbackOverviewPage.Model(overview: overview, questions: QuestionSet.standard, threshold: threshold.k,
                                               areas: areas.map { FeedbackOverviewPage.Area(id: $0.id, title: $0.title) })
        return request.html(FeedbackOverviewPage.render(model, context: try await request.pageContext()))
    }

    func summary(_ request: Request) async throws -> Response {
        let period = try Self.period(request)
        return try await summaryPage(request, period: period)
    }

    /// The programme owner writes what was heard and what happens next.
    func saveSummary(_ request: Request) async throws -> Response {
        let period = try Self.period(request)
        let tenant = try request.tenant
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let note = try await tenant.query(FeedbackLoopNote.self).filter(\.$period == period.key).first()
            ?? FeedbackLoopNote(organisationID: tenant.organisationID, period: period)
        note.heard = Self.limited(request.localizedField("heard", languages: languages))
        note.actions = Self.limited(request.localizedField("actions", languages: languages))
        note.updatedAt = request.now
        note.updatedBy = request.state.user?.name ?? "–"
        try await note.save(on: request.db)
        try await request.audit(.feedbackSummaryWritten, subject: period.label, subjectID: note.id)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.feedbackSummary(period).path)
    }

    // MARK: -

    struct HeldEvent {
        let record: EventRecord
        let invited: Int
        let input: FeedbackOverview.EventInput
    }

    /// Events that have ended, with their attendance and answers, in one read each.
    static func heldEvents(_ tenant: TenantDatabase, now: Date) async throws -> [HeldEvent] {
        let events = try await tenant.query(EventRecord.self).filter(\.$endsAt < now).sort(\.$startsAt).all()
        let participants = Dictionary(grouping: try await tenant.query(EventParticipant.self).all(), by: { $0.$event.id })
        let answers = Dictionary(grouping: try await tenant.query(FeedbackAnswerRecord.self).all(), by: { $0.$event.id })
        return events.map { event in
            let own = participants[event.id!] ?? []
            return HeldEvent(record: event, invited: own.count,
                             input: FeedbackOverview.EventInput(areaID: event.areaID, start: event.startsAt,
                                                                eligible: own.filter { $0.checkedInAt != nil }.count,
                                                                answers: (answers[event.id!] ?? []).map(\.answer)))
        }
    }

    private func summaryPage(_ request: Request, period: HalfYear) async throws -> Response {
        let tenant = try request.tenant
        let timeZone = request.application.config.timeZone
        let threshold = try await EventController.threshold(tenant)
        let held = try await Self.heldEvents(tenant, now: request.now)
        let inPeriod = held.filter { HalfYear($0.record.startsAt, timeZone: timeZone) == period }
        let overview = FeedbackOverview(events: inPeriod.map(\.input), questions: QuestionSet.standard, threshold: threshold, timeZone: timeZone)
        let note = try await tenant.query(FeedbackLoopNote.self).filter(\.$period == period.key).first()
        let periods = Set(held.map { HalfYear($0.record.startsAt, timeZone: timeZone) }).subtracting([period]).sorted().reversed()
        let model = FeedbackLoopPage.Model(
            period: period, otherPeriods: Array(periods),
            events: inPeriod.map { FeedbackLoopPage.EventRow(id: $0.record.id!, title: $0.record.title, startsAt: $0.record.startsAt,
                                                              attended: $0.input.eligible, invited: $0.invited, respondents: $0.input.answers.count) },
            cell: overview.overall, questions: QuestionSet.standard, threshold: threshold.k,
            heard: note?.heard ?? LocalizedText(), actions: note?.actions ?? LocalizedText(),
            updated: note.map { ($0.updatedAt, $0.updatedBy) },
            canEdit: Endpoint.saveFeedbackSummary.access.allows(request.state.principal))
        return request.html(FeedbackLoopPage.render(model, context: try await request.pageContext()))
    }

    static func period(_ request: Request) throws -> HalfYear {
        guard let key = request.parameters.get("period"), let period = HalfYear(key: key) else { throw Abort(.notFound) }
        return period
    }

    /// At most 5,000 characters per language: a summary, not a report.
    static func limited(_ text: LocalizedText) -> LocalizedText {
        LocalizedText(Dictionary(uniqueKeysWithValues: Language.allCases.compactMap { language in text[language].map { (language, String($0.prefix(5_000))) } }))
    }
}
