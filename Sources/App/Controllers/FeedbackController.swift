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
        let (scope, from) = request.yearScope(programme)
        let held = try await ReleasedFeedback.heldEvents(
            tenant, endedBefore: request.now, starts: (from ?? .distantPast)..<Date.distantFuture, threshold: threshold)
        let areas =
            programme == nil
            ? []
            : try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme!.requireID())
                .sort(\.$position).all()
        let questions = programme?.questionSet ?? QuestionSet.standard
        let overview = FeedbackOverview(
            events: held.map(Self.input), questions: questions, threshold: threshold,
            timeZone: request.application.config.timeZone)
        let model = FeedbackOverviewPage.Model(
            overview: overview, questions: questions, threshold: threshold.k,
            areas: areas.map { FeedbackOverviewPage.Area(id: $0.id, title: $0.title) },
            canEditQuestions: programme != nil && Endpoint.saveFeedbackQuestions.access.allows(request.state.principal), scope: scope)
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
        let note =
            try await tenant.query(FeedbackLoopNote.self).filter(\.$period == period.key).first()
            ?? FeedbackLoopNote(organisationID: tenant.organisationID, period: period)
        note.heard = Self.limited(request.form.localized("heard", languages: languages))
        note.actions = Self.limited(request.form.localized("actions", languages: languages))
        note.updatedAt = request.now
        note.updatedBy = request.state.user?.name ?? "–"
        try await note.save(on: request.db)
        try await request.audit(.feedbackSummaryWritten, subject: period.label, subjectID: note.id)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.feedbackSummary(period).path)
    }

    func questions(_ request: Request) async throws -> Response {
        let programme = try await Self.requireProgramme(request)
        return request.html(FeedbackQuestionsPage.render(.init(questions: programme.questionSet), context: try await request.pageContext()))
    }

    /// Saves the edited questions. Keys never change (answers refer to them); a refused edit
    /// comes back with everything typed.
    func saveQuestions(_ request: Request) async throws -> Response {
        let programme = try await Self.requireProgramme(request)
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let localizer = request.localizer()
        let form = request.form
        let removed = Set(form.values("remove"))
        let current = programme.questionSet
        let keys = form.values("key").filter { key in current.contains { $0.key == key } }
        let newText = request.form.localized("new", languages: languages)
        let edits =
            keys.map { QuestionSet.Edit(key: $0, text: request.form.localized("text-\($0)", languages: languages), remove: removed.contains($0)) }
            + [QuestionSet.Edit(key: nil, text: newText)]
        switch QuestionSet.edited(current, edits: edits, required: languages[0]) {
        case .success(let questions):
            programme.feedbackQuestions = questions
            try await programme.save(on: request.db)
            try await request.audit(
                .questionsChanged, subject: localizer.text(programme.name)?.text ?? "–", subjectID: programme.id,
                after: String(questions.count))
            try await request.setNotice(.saved)
            return request.redirect(to: SiteRoute.feedbackQuestions.path)
        case .failure(let problem):
            let message: String =
                switch problem {
                case .noScaleQuestion: localizer(.questionsNeedOne)
                case .tooMany: localizer(.questionsTooMany(count: String(QuestionSet.largestScaleCount)))
                case .textMissing(let number, let language): localizer(.questionsTextMissing(number: String(number), language: language.nativeName))
                }
            // What was typed, not what was saved.
            let typed = keys.compactMap { key in
                current.first { $0.key == key }.map {
                    FeedbackQuestion(key: key, text: request.form.localized("text-\(key)", languages: languages), kind: $0.kind)
                }
            }
            return request.html(
                FeedbackQuestionsPage.render(.init(questions: typed, newText: newText, errors: [message]), context: try await request.pageContext()),
                status: .unprocessableEntity)
        }
    }

    // MARK: -

    static func requireProgramme(_ request: Request) async throws -> Programme {
        guard let programme = try await StrategyQuery.programme(try request.tenant) else { throw Abort(.notFound) }
        return programme
    }

    /// The half-years with an event held: the summary's links to the others. Read in date
    /// order, so the calendar is asked once per half-year rather than once per event.
    static func heldPeriods(_ tenant: TenantDatabase, now: Date, timeZone: TimeZone) async throws -> Set<HalfYear> {
        let starts = try await tenant.select(from: EventRecord.schema).column("starts_at").where("ends_at", .lessThan, now)
            .orderBy("starts_at").rows().map { try $0.decode(column: "starts_at", as: Date.self) }
        return Set(HalfYear.periods(ofAscending: starts, timeZone: timeZone))
    }

    static func input(_ event: ReleasedFeedback.HeldEvent) -> FeedbackOverview.EventInput {
        FeedbackOverview.EventInput(areaID: event.areaID, start: event.startsAt, eligible: event.attended, totals: event.totals, respondents: event.stored)
    }

    private func summaryPage(_ request: Request, period: HalfYear) async throws -> Response {
        let tenant = try request.tenant
        let timeZone = request.application.config.timeZone
        let (threshold, questions) = try await EventController.feedbackSettings(tenant)
        let inPeriod = try await ReleasedFeedback.heldEvents(
            tenant, endedBefore: request.now, starts: period.dates(in: timeZone), threshold: threshold)
        let overview = FeedbackOverview(events: inPeriod.map(Self.input), questions: questions, threshold: threshold, timeZone: timeZone)
        let note = try await tenant.query(FeedbackLoopNote.self).filter(\.$period == period.key).first()
        let periods = try await Self.heldPeriods(tenant, now: request.now, timeZone: timeZone).subtracting([period]).sorted().reversed()
        let model = FeedbackLoopPage.Model(
            period: period, otherPeriods: Array(periods),
            events: inPeriod.map {
                FeedbackLoopPage.EventRow(
                    id: $0.id, title: $0.title, startsAt: $0.startsAt, attended: $0.attended, invited: $0.invited, respondents: $0.totals.answers)
            },
            cell: overview.overall, questions: questions, threshold: threshold.k,
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
        LocalizedText(
            Dictionary(uniqueKeysWithValues: Language.allCases.compactMap { language in text[language].map { (language, String($0.prefix(5_000))) } }))
    }
}
