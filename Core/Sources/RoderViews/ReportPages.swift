import Foundation
import Plot
import RoderCore

/// The annual programme report: one page that prints on A4 (cover, contents, numbered
/// sections, tables that do not break across pages), in one language or with Swedish and
/// Finnish side by side.
public enum ProgrammeReportPage {
    public struct Indicator: Sendable {
        public var name: LocalizedText
        public var unit: String
        public var baseline: Double
        public var target: Double
        /// The latest value up to the year's end.
        public var value: Double?
        public var progress: Double?

        public init(name: LocalizedText, unit: String, baseline: Double, target: Double, value: Double?, progress: Double?) {
            self.name = name
            self.unit = unit
            self.baseline = baseline
            self.target = target
            self.value = value
            self.progress = progress
        }
    }

    public struct Goal: Sendable {
        public var title: LocalizedText
        /// As last reported before the year's end.
        public var status: GoalStatus
        public var comment: String?
        public var indicators: [Indicator]

        public init(title: LocalizedText, status: GoalStatus, comment: String?, indicators: [Indicator]) {
            self.title = title
            self.status = status
            self.comment = comment
            self.indicators = indicators
        }
    }

    public struct Area: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var goals: [Goal]
        public var ownerText: LocalizedText?

        public init(id: UUID, title: LocalizedText, goals: [Goal], ownerText: LocalizedText?) {
            self.id = id
            self.title = title
            self.goals = goals
            self.ownerText = ownerText
        }
    }

    public struct Initiative: Sendable {
        public var title: LocalizedText
        public var status: InitiativeStatus
        public var milestonesDone: Int
        public var milestones: Int
        public var overdue: Int

        public init(title: LocalizedText, status: InitiativeStatus, milestonesDone: Int, milestones: Int, overdue: Int) {
            self.title = title
            self.status = status
            self.milestonesDone = milestonesDone
            self.milestones = milestones
            self.overdue = overdue
        }
    }

    /// A held event: attendance always, feedback only from k respondents.
    public struct Event: Sendable {
        public var title: LocalizedText
        public var date: Date
        public var invited: Int
        public var attended: Int
        public var respondents: Int
        /// The mean of the scale questions' means; nil below k.
        public var score: Double?

        public init(title: LocalizedText, date: Date, invited: Int, attended: Int, respondents: Int, score: Double?) {
            self.title = title
            self.date = date
            self.invited = invited
            self.attended = attended
            self.respondents = respondents
            self.score = score
        }
    }

    public struct Coaching: Sendable {
        public var engagements: Int
        public var sessionsHeld: Int
        public var participantMinutes: Int
        public var selfAssessments: Int

        public init(engagements: Int, sessionsHeld: Int, participantMinutes: Int, selfAssessments: Int) {
            self.engagements = engagements
            self.sessionsHeld = sessionsHeld
            self.participantMinutes = participantMinutes
            self.selfAssessments = selfAssessments
        }
    }

    public struct Model: Sendable {
        public var organisationName: String
        public var programmeName: LocalizedText?
        public var year: Int
        public var years: [Int]
        public var isLocked: Bool
        public var producedAt: Date
        public var summary: LocalizedText?
        public var areas: [Area]
        public var initiatives: [Initiative]
        public var events: [Event]
        public var attendanceRate: Double?
        public var previousAttendanceRate: Double?
        public var threshold: Int
        public var coaching: Coaching?
        /// The structure's figures at the start and end of the year, when there is history.
        public var structure: (from: StructureFigures, to: StructureFigures)?
        public var costs: ProgrammeCosts
        public var canWriteTexts: Bool

        public init(
            organisationName: String, programmeName: LocalizedText?, year: Int, years: [Int], isLocked: Bool, producedAt: Date, summary: LocalizedText?,
            areas: [Area], initiatives: [Initiative], events: [Event], attendanceRate: Double?, previousAttendanceRate: Double?, threshold: Int,
            coaching: Coaching?, structure: (from: StructureFigures, to: StructureFigures)?, costs: ProgrammeCosts, canWriteTexts: Bool
        ) {
            self.organisationName = organisationName
            self.programmeName = programmeName
            self.year = year
            self.years = years
            self.isLocked = isLocked
            self.producedAt = producedAt
            self.summary = summary
            self.areas = areas
            self.initiatives = initiatives
            self.events = events
            self.attendanceRate = attendanceRate
            self.previousAttendanceRate = previousAttendanceRate
            self.threshold = threshold
            self.coaching = coaching
            self.structure = structure
            self.costs = costs
            self.canWriteTexts = canWriteTexts
        }
    }

    /// The report's sections in order: anchor and title.
    static let sections: [(id: String, title: Str)] = [
        ("goals", .reportGoals), ("initiatives", .reportInitiatives), ("attendance", .reportAttendance), ("feedback", .reportFeedback),
        ("coaching", .reportCoaching), ("organisation", .reportStructure), ("costs", .reportCosts),
    ]

    /// `languages`: one, or Swedish and Finnish side by side.
    public static func render(_ model: Model, languages: [RoderCore.Language], context reader: PageContext) -> String {
        let columns = languages.map { reader.speaking($0) }
        let bilingual = columns.count > 1
        // A report in one language is the page in that language, its heading and frame too.
        let context = bilingual ? reader : (columns.first ?? reader)
        let t = context
        let year = String(model.year)
        func sideBySide(_ part: (PageContext) -> Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
            guard bilingual else { return part(columns.first ?? context) }
            return .div(
                .class("bilingual"),
                .forEach(columns) { column in .div(.attribute(named: "lang", value: column.language.code), part(column)) })
        }
        let content: Node<HTML.BodyContext> = .div(
            .class(bilingual ? "report bilingual-report" : "report"),
            controls(model, languages: languages, context),
            sideBySide { cover(model, withTitle: bilingual, $0) },
            sideBySide { contents($0) },
            .forEach(Array(sections.enumerated())) { index, section in
                .section(
                    .class("report-section"), .id(section.id),
                    sideBySide { column in
                        .group(
                            .h2(.text("\(index + 1). " + column(section.title))),
                            body(section.id, model, column))
                    })
            })
        return Layout.render(Page(title: t(.reportTitle(year: year)), section: .area(.reports), content: content), context: context)
    }

    /// What is not printed: the year, the language, the print button, the owner's link.
    private static func controls(_ model: Model, languages: [RoderCore.Language], _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let chosen = languages.count > 1 ? "both" : (languages.first ?? context.language).code
        let options: [(String, String)] =
            [(RoderCore.Language.swedish.code, "Svenska"), (RoderCore.Language.finnish.code, "Suomi"), (RoderCore.Language.english.code, "English")]
            + [("both", t(.reportBoth))]
        return .div(
            .class("no-print report-controls"),
            .p(.class("lead"), .text(t(.reportIntro))),
            .form(
                .action(SiteRoute.area(.reports).path), .method(.get), .class("inline-form"),
                .label(.for("report-year"), .text(t(.timeYear))),
                .select(
                    .attribute(named: "name", value: "year"), .id("report-year"),
                    .forEach(model.years) { .choice(value: String($0), label: String($0), isSelected: $0 == model.year) }),
                .label(.for("report-language"), .text(t(.reportLanguage))),
                .select(
                    .attribute(named: "name", value: "language"), .id("report-language"),
                    .forEach(options) { .choice(value: $0.0, label: $0.1, isSelected: $0.0 == chosen) }),
                .button(.type(.submit), .text(t(.reportShow)))),
            .p(
                .class("toolbar"),
                .button(.type(.button), .class("primary"), .attribute(named: "onclick", value: "window.print()"), .text(t(.reportPrint))),
                model.canWriteTexts ? .a(.href(SiteRoute.reportTexts(year: model.year).path), .text(t(.reportWriteTexts))) : .empty))
    }

    /// The page's heading is the title; side by side, each column names it in its language.
    private static func cover(_ model: Model, withTitle: Bool, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let year = String(model.year)
        return .div(
            .class("report-cover"),
            .p(.class("report-organisation"), .text(model.organisationName)),
            withTitle ? .p(.class("report-title"), .text(t(.reportTitle(year: year)))) : .empty,
            .unwrap(model.programmeName) { .p(.class("report-programme"), localized($0, context)) },
            .p(.class("hint"), .text(t(model.isLocked ? .reportLocked(year: year) : .reportOpen(year: year)))),
            .p(.class("hint"), .text(t(.reportGenerated(date: context.localizer.date(model.producedAt))))),
            .unwrap(model.summary) { summary in
                .group(.h2(.text(t(.reportSummary))), paragraphs(summary, context))
            })
    }

    private static func contents(_ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("report-contents"), .attribute(named: "aria-label", value: context(.reportContents)),
            .h2(.text(context(.reportContents))),
            .ol(.forEach(sections) { section in .li(.a(.href("#" + section.id), .text(context(section.title)))) }))
    }

    private static func paragraphs(_ text: LocalizedText, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let resolved = context.localizer.text(text) else { return .empty }
        return .div(
            .class("report-text"), resolved.language != context.language ? .attribute(named: "lang", value: resolved.language.code) : .empty,
            .forEach(resolved.text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { .p(.text($0)) })
    }

    fileprivate static func percent(_ share: Double?, _ context: PageContext) -> String {
        share.map { context.localizer.number($0 * 100) + "\u{00A0}%" } ?? "–"
    }

    fileprivate static func number(_ value: Double?, _ context: PageContext) -> String {
        value.map { context.localizer.number($0, fractionDigits: $0.rounded() == $0 ? 0 : 1) } ?? "–"
    }

    /// A report table; its rows are written as text (`TableRows`): a large programme's report
    /// has a row per indicator and two per event.
    private static func table(
        _ caption: String, head: [String], numeric: Set<Int>, kind: String? = nil, rows: TableRows
    ) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap report-table"), scrollRegion(caption),
            .table(
                .class(kind.map { "data " + $0 } ?? "data"),
                .caption(.class("visually-hidden"), .text(caption)),
                .thead(.tr(.forEach(Array(head.enumerated())) { index, title in .th(numeric.contains(index) ? .class("number") : .empty, .text(title)) })),
                .tbody(.rows(rows))))
    }

    private static func body(_ section: String, _ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        switch section {
        case "goals":
            guard !model.areas.isEmpty else { return .p(.text(t(.reportNoGoals))) }
            return .forEach(Array(model.areas.enumerated())) { index, area in
                .div(
                    .class("report-area"),
                    .h3(.text("1.\(index + 1) "), localized(area.title, context)),
                    .unwrap(area.ownerText) { text in .div(.class("owner-text"), .h4(.text(t(.reportOwnerText))), paragraphs(text, context)) },
                    area.goals.isEmpty
                        ? .p(.text(t(.reportNoGoals)))
                        : table(
                            context.localizer.text(area.title)?.text ?? t(.reportGoals),
                            head: [t(.resultGoal), t(.status), t(.indicatorColumn), t(.indicatorTarget), t(.reportValueAtYearEnd), t(.reportProgress)],
                            numeric: [3, 4, 5], kind: "goals-table",
                            rows: goalRows(area.goals, context)))
            }
        case "initiatives":
            guard !model.initiatives.isEmpty else { return .p(.text(t(.reportNoInitiatives))) }
            return table(
                t(.reportInitiatives), head: [t(.initiativeTitle), t(.status), t(.columnMilestonesDone), t(.reportOverdue)], numeric: [2, 3],
                rows: model.initiatives.reduce(into: TableRows()) { rows, initiative in
                    rows.row { row in
                        row.header(.localized(initiative.title, context))
                        row.cell(.text(t(initiative.status.titleKey)))
                        row.cell(class: "number", .text("\(initiative.milestonesDone) / \(initiative.milestones)"))
                        row.cell(class: "number", .text(String(initiative.overdue)))
                    }
                })
        case "attendance":
            guard !model.events.isEmpty else { return .p(.text(t(.reportNoEvents))) }
            let rate = percent(model.attendanceRate, context)
            return .group(
                .p(
                    .class("report-figure"),
                    .text(
                        model.previousAttendanceRate.map { t(.reportAttendanceRate(rate: rate, previous: percent($0, context))) }
                            ?? t(.reportAttendanceRateOnly(rate: rate)))),
                table(
                    t(.reportAttendance), head: [t(.eventDate), t(.eventColumn), t(.columnInvited), t(.columnAttended), t(.reportRate)],
                    numeric: [2, 3, 4],
                    rows: model.events.reduce(into: TableRows()) { rows, event in
                        rows.row { row in
                            row.cell(.text(context.localizer.date(event.date)))
                            row.header(.localized(event.title, context))
                            row.cell(class: "number", .text(String(event.invited)))
                            row.cell(class: "number", .text(String(event.attended)))
                            row.cell(class: "number", .text(percent(event.invited > 0 ? Double(event.attended) / Double(event.invited) : nil, context)))
                        }
                    }))
        case "feedback":
            guard !model.events.isEmpty else { return .p(.text(t(.reportNoEvents))) }
            return .group(
                .p(.class("hint"), .text(t(.reportFeedbackHint(k: String(model.threshold))))),
                table(
                    t(.reportFeedback), head: [t(.eventColumn), t(.feedbackRespondents).sentenceCased, t(.reportScore)], numeric: [1, 2],
                    rows: model.events.reduce(into: TableRows()) { rows, event in
                        rows.row { row in
                            row.header(.localized(event.title, context))
                            row.cell(class: "number", .text("\(event.respondents) / \(event.attended)"))
                            row.cell(class: "number", .text(event.score.map { context.localizer.number($0, fractionDigits: 1) } ?? "–"))
                        }
                    }))
        case "coaching":
            guard let coaching = model.coaching, coaching.engagements + coaching.sessionsHeld + coaching.selfAssessments > 0 else {
                return .p(.text(t(.reportNoCoaching)))
            }
            return .ul(
                .class("figures"),
                .li(.span(.class("figure-value"), .text(String(coaching.engagements))), .span(.text(t(.reportEngagements)))),
                .li(.span(.class("figure-value"), .text(String(coaching.sessionsHeld))), .span(.text(t(.reportSessionsHeld)))),
                .li(
                    .span(.class("figure-value"), .text(context.localizer.number(WorkingTimeSummary.hours(coaching.participantMinutes), fractionDigits: 1))),
                    .span(.text(t(.reportCoachingHours)))),
                .li(.span(.class("figure-value"), .text(String(coaching.selfAssessments))), .span(.text(t(.reportAssessments)))))
        case "organisation":
            guard let structure = model.structure else { return .p(.text(t(.reportNoStructure))) }
            let rows: [(String, (StructureFigures) -> String)] = [
                (t(.orgUnits), { String($0.units) }), (t(.exportManagers), { String($0.managers) }), (t(.reportHeadcount), { String($0.headcount) }),
                (t(.reportMedianSpan), { context.localizer.number($0.medianSpan, fractionDigits: 1) }),
            ]
            return table(
                t(.reportStructure), head: ["", t(.reportStructureFrom), t(.reportStructureTo)], numeric: [1, 2],
                rows: rows.reduce(into: TableRows()) { rows, figure in
                    rows.row { row in
                        row.header(.text(figure.0))
                        row.cell(class: "number", .text(figure.1(structure.from)))
                        row.cell(class: "number", .text(figure.1(structure.to)))
                    }
                })
        default:
            let costs = model.costs
            let budget = costs.budgetComparison
            return .group(
                .ul(
                    .class("figures"),
                    .li(.span(.class("figure-value"), .text(context.localizer.money(costs.total.total))), .span(.text(t(.costsTotal)))),
                    .li(
                        .span(.class("figure-value"), .text(context.localizer.money(costs.total.workingTime))),
                        .span(.text(t(.costsWorkingTime) + " (" + context.localizer.number(WorkingTimeSummary.hours(costs.total.minutes)) + " h)"))),
                    .li(.span(.class("figure-value"), .text(context.localizer.money(costs.total.external))), .span(.text(t(.costsExternal)))),
                    .li(
                        .span(.class("figure-value"), .text(budget.budget.map { context.localizer.money($0) } ?? "–")),
                        .span(.text(budget.isOver ? t(.costsOverBadge) : t(.costsBudget))))),
                table(
                    t(.reportCosts), head: [t(.costsByArea), t(.costsHours), t(.costsTotal), t(.costsBudget), t(.costsRemaining)], numeric: [1, 2, 3, 4],
                    rows: model.areas.reduce(into: TableRows()) { rows, area in
                        let figures = costs.byArea[area.id] ?? CostFigures()
                        let comparison = costs.budgetComparison(area: area.id)
                        guard figures.total.cents > 0 || comparison.budget != nil else { return }
                        rows.row { row in
                            row.header(.localized(area.title, context))
                            row.cell(class: "number", .text(context.localizer.number(WorkingTimeSummary.hours(figures.minutes))))
                            row.cell(class: "number", .text(context.localizer.money(figures.total)))
                            row.cell(class: "number", .text(comparison.budget.map { context.localizer.money($0) } ?? "–"))
                            row.cell(
                                class: comparison.isOver ? "number over" : "number", .text(comparison.remaining.map { context.localizer.money($0) } ?? "–"))
                        }
                    }))
        }
    }
}

extension ProgrammeReportPage {
    /// An area's goals, a row per indicator (the goal and its status on the first).
    fileprivate static func goalRows(_ goals: [Goal], _ context: PageContext) -> TableRows {
        var rows = TableRows()
        for goal in goals {
            let indicators = goal.indicators.isEmpty ? [nil] : goal.indicators.map(Optional.some)
            for (position, indicator) in indicators.enumerated() {
                rows.row { row in
                    if position == 0 {
                        if let comment = goal.comment {
                            row.header(.localized(goal.title, context), .paragraph(class: "hint", comment))
                        } else {
                            row.header(.localized(goal.title, context))
                        }
                        row.cell(.span(class: goal.status.cssClass, context(goal.status.titleKey)))
                    } else {
                        row.cell()
                        row.cell()
                    }
                    if let indicator {
                        row.cell(.localized(indicator.name, context))
                        row.cell(class: "number", .text(number(indicator.target, context) + " " + indicator.unit))
                        row.cell(class: "number", .text(number(indicator.value, context)))
                        row.cell(class: "number", .text(percent(indicator.progress, context)))
                    } else {
                        row.cell()
                        for _ in 0..<3 { row.cell(class: "number", .text("")) }
                    }
                }
            }
        }
        return rows
    }
}

/// The programme owner's comments for a year's report: a summary and a few sentences per area,
/// in each of the organisation's content languages.
public enum ReportTextsPage {
    public struct Model: Sendable {
        public var year: Int
        public var languages: [RoderCore.Language]
        public var areas: [(id: UUID, title: LocalizedText)]
        /// Keyed by "summary" or an area id, then by language code: as typed or as saved.
        public var texts: [String: [String: String]]
        public var errors: [String]
        public var isLocked: Bool

        public init(
            year: Int, languages: [RoderCore.Language], areas: [(id: UUID, title: LocalizedText)], texts: [String: [String: String]],
            errors: [String] = [], isLocked: Bool
        ) {
            self.year = year
            self.languages = languages
            self.areas = areas
            self.texts = texts
            self.errors = errors
            self.isLocked = isLocked
        }
    }

    public static let summaryKey = "summary"
    public static let textLength = 2_000

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let year = String(model.year)
        let parts: [(key: String, title: String)] =
            [(summaryKey, t(.reportSummary))] + model.areas.map { ($0.id.uuidString.lowercased(), context.localizer.text($0.title)?.text ?? "–") }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.report(year: model.year).path), .text("← " + t(.reportTitle(year: year))))),
            .p(.text(t(.reportTextsIntro))),
            model.isLocked
                ? .p(.class("hint"), .text(t(.reportLocked(year: year))))
                : .form(
                    .action(SiteRoute.reportTextsSave.path), .method(.post), .class("stack"),
                    csrfField(context),
                    .input(.type(.hidden), .name("year"), .value(year)),
                    errorSummary(model.errors, context: context),
                    .forEach(parts) { part in
                        .fieldset(
                            .class("field"),
                            .legend(part.title),
                            .forEach(model.languages) { language in
                                let id = "text-\(part.key)-\(language.code)"
                                return .div(
                                    .class("field"),
                                    .label(.for(id), .text(t(.reportOwnerText) + " (" + language.nativeName + ")")),
                                    .textarea(
                                        .name("\(part.key).\(language.code)"), .id(id), .attribute(named: "rows", value: "4"),
                                        .attribute(named: "lang", value: language.code),
                                        .attribute(named: "maxlength", value: String(textLength)),
                                        .text(model.texts[part.key]?[language.code] ?? "")))
                            })
                    },
                    .button(.type(.submit), .class("primary"), .text(t(.reportTextsSave))))
        )
        return Layout.render(Page(title: t(.reportTextsTitle(year: year)), section: .area(.reports), content: content), context: context)
    }
}

extension PageContext {
    /// The same page for a reader of another language: a bilingual report's second column.
    func speaking(_ language: RoderCore.Language) -> PageContext {
        guard language != self.language else { return self }
        return PageContext(
            localizer: Localizer(language: language, timeZone: localizer.timeZone, contentLanguages: localizer.contentLanguages),
            principal: principal, userName: userName, organisation: organisation, organisations: organisations, csrfToken: csrfToken,
            currentPath: currentPath, notice: notice)
    }
}
