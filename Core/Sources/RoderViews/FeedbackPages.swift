import Foundation
import Plot
import RoderCore

/// The feedback area: how the programme's events have been received, across the programme,
/// per half-year and per development area (`FeedbackOverview`: means only from events at k).
public enum FeedbackOverviewPage {
    public struct Area: Sendable {
        public var id: UUID?
        public var title: LocalizedText?

        public init(id: UUID?, title: LocalizedText?) {
            self.id = id
            self.title = title
        }
    }

    public struct Model: Sendable {
        public var overview: FeedbackOverview
        public var questions: [FeedbackQuestion]
        public var threshold: Int
        /// In the programme's order; those without feedback are left out by the page.
        public var areas: [Area]
        public var canEditQuestions: Bool
        public var scope: YearScope

        public init(
            overview: FeedbackOverview, questions: [FeedbackQuestion], threshold: Int, areas: [Area], canEditQuestions: Bool = false,
            scope: YearScope = YearScope(programmeStartYear: nil, showsEveryYear: true)
        ) {
            self.canEditQuestions = canEditQuestions
            self.scope = scope
            self.overview = overview
            self.questions = questions
            self.threshold = threshold
            self.areas = areas
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let overall = model.overview.overall
        let questionsLink: Node<HTML.BodyContext> = .if(
            model.canEditQuestions,
            .p(.class("toolbar"), .a(.href(SiteRoute.feedbackQuestions.path), .text(t(.questionsLink)))))
        let scope = model.scope.render(path: SiteRoute.area(.feedback).path, context)
        let content: Node<HTML.BodyContext> =
            overall.respondents == 0
            ? .group(
                .p(.class("lead"), .text(t(.overviewIntro(k: String(model.threshold))))), scope, questionsLink,
                emptyState(.overviewNoFeedback, next: .area(.events), label: .emptyToEvents, takenBy: .programmeOwner, context))
            : .group(
                .p(.class("lead"), .text(t(.overviewIntro(k: String(model.threshold))))),
                scope,
                questionsLink,
                programmeSection(model, context),
                periodSection(model, context),
                areaSection(model, context)
            )
        return Layout.render(Page(title: t(.areaFeedback), section: .area(.feedback), content: content), context: context)
    }

    static func score(_ value: Double?, _ context: PageContext) -> String {
        value.map { context.localizer.number($0, fractionDigits: 1) } ?? "–"
    }

    static func rate(_ value: Double?, _ context: PageContext) -> String {
        value.map { context.localizer.number($0 * 100) + " %" } ?? "–"
    }

    /// Question | mean, with the overall score last: used here and on the summary page.
    static func meansTable(_ cell: FeedbackOverview.Cell, questions: [FeedbackQuestion], caption: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let scales = questions.filter { $0.kind == .scale }
        return .div(
            .class("table-wrap"),
            .table(
                .class("data"),
                .caption(.text(caption)),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(t(.feedbackQuestion))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.feedbackMean))))),
                .tbody(
                    .forEach(scales) { question in
                        .tr(
                            .td(.text(context.localizer.text(question.text)?.text ?? question.key)),
                            .td(.class("number"), .text(score(cell.means[question.key], context))))
                    },
                    .tr(
                        .class("total"), .th(.attribute(named: "scope", value: "row"), .text(t(.overviewOverallScore))),
                        .td(.class("number"), .text(score(cell.overall, context))))
                )
            ))
    }

    private static func programmeSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let overall = model.overview.overall
        return .section(
            .class("card"),
            .h2(.text(t(.overviewProgramme))),
            .ul(
                .class("figures"),
                .li(.span(.class("figure-value"), .text(String(overall.events))), .span(.text(t(.overviewEventsHeld)))),
                .li(.span(.class("figure-value"), .text(String(overall.respondents))), .span(.text(t(.overviewAnswers)))),
                .li(.span(.class("figure-value"), .text(rate(overall.responseRate, context))), .span(.text(t(.feedbackResponseRate).sentenceCased))),
                .li(.span(.class("figure-value"), .text(score(overall.overall, context))), .span(.text(t(.overviewOverallScore))))),
            meansTable(overall, questions: model.questions, caption: t(.overviewProgramme), context),
            .p(.class("hint"), .text(t(.overviewOverallHint))),
            .if(overall.leftOut > 0, .p(.class("hint"), .text(t(.overviewLeftOut(count: String(overall.leftOut), k: String(model.threshold))))))
        )
    }

    private static func periodSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let rows = model.overview.byHalfYear
        let bars = rows.map { row in
            SVGChart.Bar(label: row.period.label, value: Int(((row.cell.overall ?? 0) * 100).rounded()), text: score(row.cell.overall, context))
        }
        return .section(
            .class("card"),
            .h2(.id("by-half-year"), .text(t(.overviewByHalfYear))),
            .div(
                .class("chart-scroll"),
                .raw(
                    SVGChart.bars(
                        bars, title: t(.overviewByHalfYear), description: t(.overviewChartDescription),
                        id: "feedback-trend", maximum: 500))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data"),
                    .caption(.text(t(.overviewByHalfYear))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(t(.overviewPeriod))),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.loopEvents))),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.overviewAnswers))),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.feedbackResponseRate).sentenceCased)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.overviewOverallScore))),
                            .th(.attribute(named: "scope", value: "col"), .text(t(.overviewSummaryLink))))),
                    .tbody(
                        .forEach(rows.reversed()) { row in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(row.period.label)),
                                .td(.class("number"), .text(String(row.cell.events))),
                                .td(.class("number"), .text(String(row.cell.respondents))),
                                .td(.class("number"), .text(rate(row.cell.responseRate, context))),
                                .td(.class("number"), .text(score(row.cell.overall, context))),
                                .td(
                                    .a(
                                        .href(SiteRoute.feedbackSummary(row.period).path), .text(t(.overviewSummaryLink)),
                                        .span(.class("visually-hidden"), .text(" " + row.period.label)))))
                        })
                ))
        )
    }

    private static func areaSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let periods = model.overview.periods
        var areas = model.areas.filter { model.overview.byArea[$0.id] != nil }
        if model.overview.byArea[nil] != nil, !areas.contains(where: { $0.id == nil }) { areas.append(Area(id: nil, title: nil)) }
        func cell(_ area: Area, _ period: HalfYear) -> String {
            guard let cell = model.overview.byAreaAndHalfYear[area.id]?[period], cell.respondents > 0 else { return "–" }
            guard let overall = cell.overall else { return t(.overviewCellOnlyCount(count: String(cell.respondents))) }
            return t(.overviewCellAnswers(score: score(overall, context), count: String(cell.respondents)))
        }
        return .section(
            .class("card"),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data"),
                    .caption(.text(t(.overviewByArea))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(t(.developmentArea))),
                            .forEach(periods) { .th(.attribute(named: "scope", value: "col"), .class("number"), .text($0.label)) })),
                    .tbody(
                        .forEach(areas) { area in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), area.title.map { localized($0, context) } ?? .text(t(.overviewNoArea))),
                                .forEach(periods) { .td(.class("number"), .text(cell(area, $0))) })
                        })
                ))
        )
    }
}

/// "What you said and what we do": a half-year's feedback in figures, with the programme
/// owner's own words on what was heard and what happens next — to share with participants.
public enum FeedbackLoopPage {
    public struct EventRow: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var startsAt: Date
        public var attended: Int
        public var invited: Int
        public var respondents: Int

        public init(id: UUID, title: LocalizedText, startsAt: Date, attended: Int, invited: Int, respondents: Int) {
            self.id = id
            self.title = title
            self.startsAt = startsAt
            self.attended = attended
            self.invited = invited
            self.respondents = respondents
        }
    }

    public struct Model: Sendable {
        public var period: HalfYear
        public var otherPeriods: [HalfYear]
        public var events: [EventRow]
        public var cell: FeedbackOverview.Cell
        public var questions: [FeedbackQuestion]
        public var threshold: Int
        public var heard: LocalizedText
        public var actions: LocalizedText
        public var updated: (at: Date, by: String)?
        public var canEdit: Bool

        public init(
            period: HalfYear, otherPeriods: [HalfYear], events: [EventRow], cell: FeedbackOverview.Cell, questions: [FeedbackQuestion],
            threshold: Int, heard: LocalizedText, actions: LocalizedText, updated: (at: Date, by: String)?, canEdit: Bool
        ) {
            self.period = period
            self.otherPeriods = otherPeriods
            self.events = events
            self.cell = cell
            self.questions = questions
            self.threshold = threshold
            self.heard = heard
            self.actions = actions
            self.updated = updated
            self.canEdit = canEdit
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let attended = model.events.reduce(0) { $0 + $1.attended }, invited = model.events.reduce(0) { $0 + $1.invited }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.feedback).path), .text("← " + t(.areaFeedback)))),
            .p(.class("lead"), .text(t(.loopIntro))),
            .section(
                .class("card"),
                .h2(.text(t(.loopFigures))),
                .ul(
                    .class("figures"),
                    .li(.span(.class("figure-value"), .text(String(model.events.count))), .span(.text(t(.loopEvents)))),
                    .li(
                        .span(.class("figure-value"), .text(invited == 0 ? "–" : context.localizer.number(Double(attended) / Double(invited) * 100) + " %")),
                        .span(.text(t(.loopAttendance)))),
                    .li(.span(.class("figure-value"), .text(String(model.cell.respondents))), .span(.text(t(.overviewAnswers)))),
                    .li(
                        .span(.class("figure-value"), .text(FeedbackOverviewPage.rate(model.cell.responseRate, context))),
                        .span(.text(t(.feedbackResponseRate).sentenceCased)))),
                .if(!model.cell.means.isEmpty, FeedbackOverviewPage.meansTable(model.cell, questions: model.questions, caption: t(.loopFigures), context)),
                .if(
                    model.cell.leftOut > 0, .p(.class("hint"), .text(t(.overviewLeftOut(count: String(model.cell.leftOut), k: String(model.threshold)))))),
                .ul(
                    .class("plain-list"),
                    .forEach(model.events) { event in
                        .li(
                            .a(.href(SiteRoute.event(event.id).path), localized(event.title, context)),
                            .text(" · " + context.localizer.date(event.startsAt) + " · \(event.attended) / \(event.invited)"))
                    })
            ),
            textSection(t(.loopHeard), model.heard, id: "heard", context),
            textSection(t(.loopActions), model.actions, id: "actions", context),
            .unwrap(model.updated) { updated in
                .p(.class("hint"), .text(t(.loopUpdated(date: context.localizer.date(updated.at), name: updated.by))))
            },
            .if(model.canEdit, editSection(model, context)),
            .if(
                !model.otherPeriods.isEmpty,
                .nav(
                    .attribute(named: "aria-label", value: t(.loopOtherPeriods)),
                    .h2(.text(t(.loopOtherPeriods))),
                    .ul(
                        .class("plain-list inline-list"),
                        .forEach(model.otherPeriods) { period in
                            .li(.a(.href(SiteRoute.feedbackSummary(period).path), .text(period.label)))
                        })
                ))
        )
        return Layout.render(Page(title: t(.loopTitle(period: model.period.label)), section: .area(.feedback), content: content), context: context)
    }

    private static func textSection(_ title: String, _ text: LocalizedText, id: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card"),
            .h2(.id(id), .text(title)),
            context.localizer.text(text).map { resolved in
                .div(
                    .class("prose"), .attribute(named: "lang", value: resolved.language.code),
                    .forEach(resolved.text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { .p(.text($0)) })
            } ?? .p(.class("hint"), .text(context(.loopNotWritten)))
        )
    }

    private static func editSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        return .details(
            .class("card"),
            .summary(.text(t(.loopEdit))),
            .form(
                .action(SiteRoute.feedbackSummary(model.period).path), .method(.post), .class("stack"),
                csrfField(context),
                .p(.class("hint"), .text(t(.loopEditHint))),
                .forEach(languages) { language in
                    .fieldset(
                        .class("field language-group"),
                        .legend(language.nativeName),
                        .div(
                            .class("field"),
                            .label(.for("heard-\(language.code)"), .text(t(.loopHeard))),
                            .textarea(
                                .name("heard-\(language.code)"), .id("heard-\(language.code)"), .rows(5),
                                .attribute(named: "lang", value: language.code), .text(model.heard[language] ?? ""))),
                        .div(
                            .class("field"),
                            .label(.for("actions-\(language.code)"), .text(t(.loopActions))),
                            .textarea(
                                .name("actions-\(language.code)"), .id("actions-\(language.code)"), .rows(5),
                                .attribute(named: "lang", value: language.code), .text(model.actions[language] ?? "")))
                    )
                },
                .button(.type(.submit), .class("primary"), .text(t(.saveChanges)))
            )
        )
    }
}

/// The programme owner edits the questions asked after events: the texts in the
/// organisation's languages, removing and adding scale questions, the comment's wording.
public enum FeedbackQuestionsPage {
    public struct Model: Sendable {
        public var questions: [FeedbackQuestion]
        /// What was typed into "new question", kept when the form comes back.
        public var newText: LocalizedText
        public var errors: [String]

        public init(questions: [FeedbackQuestion], newText: LocalizedText = LocalizedText(), errors: [String] = []) {
            self.questions = questions
            self.newText = newText
            self.errors = errors
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        let scales = model.questions.filter { $0.kind == .scale }
        let comment = model.questions.first { $0.kind == .comment }
        func texts(prefix: String, text: LocalizedText) -> Node<HTML.FormContext> {
            .forEach(languages) { language in
                inputField(
                    name: "\(prefix)-\(language.code)", id: "\(prefix)-\(language.code)", label: t(.questionText) + " (\(language.nativeName))",
                    value: text[language] ?? "", lang: language.code)
            }
        }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.feedback).path), .text("← " + t(.areaFeedback)))),
            .p(.class("lead"), .text(t(.questionsIntro))),
            .form(
                .action(SiteRoute.feedbackQuestions.path), .method(.post), .class("stack"),
                csrfField(context),
                errorSummary(model.errors, context: context),
                .forEach(Array(scales.enumerated())) { index, question in
                    .fieldset(
                        .class("field language-group"),
                        .legend(t(.questionNumber(number: String(index + 1)))),
                        .input(.type(.hidden), .name("key[]"), .value(question.key)),
                        texts(prefix: "text-\(question.key)", text: question.text),
                        .div(
                            .class("check"),
                            .input(.type(.checkbox), .name("remove[]"), .id("remove-\(question.key)"), .value(question.key)),
                            .label(.for("remove-\(question.key)"), .text(t(.questionRemove))))
                    )
                },
                .fieldset(
                    .class("field language-group"),
                    .legend(t(.questionNew)),
                    texts(prefix: "new", text: model.newText)
                ),
                .unwrap(comment) { comment in
                    .fieldset(
                        .class("field language-group"),
                        .legend(t(.questionCommentField)),
                        .input(.type(.hidden), .name("key[]"), .value(comment.key)),
                        texts(prefix: "text-\(comment.key)", text: comment.text)
                    )
                },
                .button(.type(.submit), .class("primary"), .text(t(.saveChanges)))
            )
        )
        return Layout.render(Page(title: t(.questionsTitle), section: .area(.feedback), content: content), context: context)
    }
}
