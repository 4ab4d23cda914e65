import Foundation
import Plot
import RoderCore

extension GoalStatus {
    public var titleKey: Str {
        switch self {
        case .notStarted: .statusNotStarted
        case .onTrack: .statusOnTrack
        case .atRisk: .statusAtRisk
        case .offTrack: .statusOffTrack
        case .done: .statusDone
        }
    }

    /// The CSS class that colours it (never colour alone: the word is always shown too).
    var cssClass: String { "status status-" + String(rawValue.map { $0 == "_" ? "-" : $0 }) }
}

/// A status report as pages show it.
public struct StatusReport: Sendable, Hashable {
    public var status: GoalStatus
    public var comment: String?
    public var author: String
    public var at: Date

    public init(status: GoalStatus, comment: String?, author: String, at: Date) {
        self.status = status
        self.comment = comment
        self.author = author
        self.at = at
    }
}

/// A milestone as the overview pages mention it: what, by when, and whether it is late.
public struct MilestoneNote: Sendable, Hashable {
    public var title: LocalizedText
    public var due: Date
    public var isOverdue: Bool

    public init(title: LocalizedText, due: Date, isOverdue: Bool) {
        self.title = title
        self.due = due
        self.isOverdue = isOverdue
    }
}

extension MeasurementFrequency {
    public var titleKey: Str {
        switch self {
        case .monthly: .frequencyMonthly
        case .quarterly: .frequencyQuarterly
        case .halfYearly: .frequencyHalfYearly
        case .yearly: .frequencyYearly
        }
    }
}

extension InitiativeStatus {
    public var titleKey: Str {
        switch self {
        case .planned: .initiativePlanned
        case .underway: .initiativeUnderway
        case .paused: .initiativePaused
        case .done: .initiativeDone
        }
    }
}

/// "Next: Pilot at two service points · 31.3.2026 · overdue", overdue ones stand out.
func milestoneNode<C: HTML.BodyContext>(_ note: MilestoneNote, _ context: PageContext) -> Node<C> {
    .p(
        .class(note.isOverdue ? "milestone overdue" : "milestone"),
        .text(context(.mgNextMilestone) + " "), localized(note.title, context),
        .text(" · " + context.localizer.date(note.due)),
        note.isOverdue ? .strong(.text(" · " + context(.milestoneOverdue))) : .empty)
}

/// `milestoneNode` as `TableRows` content.
func milestoneContent(_ note: MilestoneNote, _ context: PageContext) -> TableRows.Content {
    .paragraphOf(
        class: note.isOverdue ? "milestone overdue" : "milestone",
        [.text(context(.mgNextMilestone) + " "), .localized(note.title, context), .text(" · " + context.localizer.date(note.due))]
            + (note.isOverdue ? [.strong(" · " + context(.milestoneOverdue))] : []))
}

/// `progressNode` as `TableRows` content.
func progressContent(_ progress: Double?, _ colour: ProgressColour, _ context: PageContext) -> TableRows.Content {
    guard let progress else { return .span(class: "progress progress-grey", "–") }
    return .span(class: "progress progress-\(colour.rawValue)", context.localizer.number(progress * 100) + " %")
}

/// The management group's one page: every area with its progress, its goals, who is
/// responsible, the status, the latest report and the next milestone. Prints on A4.
public enum ManagementGroupPage {
    public struct Goal: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var responsiblePersons: [String]
        public var status: GoalStatus
        public var lastReport: StatusReport?
        /// From the indicators, 0...1; nil before any measurement.
        public var progress: Double?
        public var colour: ProgressColour
        public var nextMilestone: MilestoneNote?

        public init(
            id: UUID, title: LocalizedText, responsiblePersons: [String], status: GoalStatus, lastReport: StatusReport?,
            progress: Double? = nil, colour: ProgressColour = .grey, nextMilestone: MilestoneNote? = nil
        ) {
            self.id = id
            self.title = title
            self.responsiblePersons = responsiblePersons
            self.status = status
            self.lastReport = lastReport
            self.progress = progress
            self.colour = colour
            self.nextMilestone = nextMilestone
        }
    }

    public struct Area: Sendable {
        public var title: LocalizedText
        public var goals: [Goal]
        public var progress: Double?
        public var colour: ProgressColour

        public init(title: LocalizedText, goals: [Goal], progress: Double? = nil, colour: ProgressColour = .grey) {
            self.title = title
            self.goals = goals
            self.progress = progress
            self.colour = colour
        }
    }

    public struct InitiativeRow: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var owner: String?
        public var status: InitiativeStatus
        public var nextMilestone: MilestoneNote?

        public init(id: UUID, title: LocalizedText, owner: String?, status: InitiativeStatus, nextMilestone: MilestoneNote?) {
            self.id = id
            self.title = title
            self.owner = owner
            self.status = status
            self.nextMilestone = nextMilestone
        }
    }

    public struct Model: Sendable {
        public var programmeName: LocalizedText?
        public var programmeID: UUID?
        public var years: String
        public var areas: [Area]
        public var initiatives: [InitiativeRow]
        public var thresholds: ColourThresholds
        public var canCreateGoals: Bool
        /// For an organisation without a programme: the form to start one, as typed.
        public var newProgramme = NewProgrammeForm()

        public init(
            programmeName: LocalizedText?, programmeID: UUID? = nil, years: String, areas: [Area], initiatives: [InitiativeRow] = [],
            thresholds: ColourThresholds = .standard, canCreateGoals: Bool = false
        ) {
            self.programmeName = programmeName
            self.programmeID = programmeID
            self.years = years
            self.areas = areas
            self.initiatives = initiatives
            self.thresholds = thresholds
            self.canCreateGoals = canCreateGoals
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let goals = model.areas.flatMap(\.goals)
        let counts = GoalStatus.allCases.map { status in (status, goals.filter { $0.status == status }.count) }
        let percent = { (value: Double) in context.localizer.number(value * 100) + " %" }
        let areaTitles = model.areas.enumerated().map { index, area in "\(index + 1). " + (context.localizer.text(area.title)?.text ?? "–") }
        let links: [Node<HTML.BodyContext>] = [
            model.canCreateGoals ? .a(.class("button primary"), .href(SiteRoute.newGoal.path), .text(t(.goalNew))) : nil,
            .a(.href(SiteRoute.initiatives.path), .text(t(.initiativesTitle))),
            model.canCreateGoals ? model.programmeID.map { .a(.href(SiteRoute.programme($0).path), .text(t(.programmeSettings))) } : nil,
            model.canCreateGoals ? .a(.href(SiteRoute.strategyArchive.path), .text(t(.archiveTitle))) : nil,
        ].compactMap { $0 }
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("lead"), .text(t(.mgIntro))),
            model.programmeName == nil ? .p(.text(t(.homeNoProgramme))) : .empty,
            // Who can start it, and where the administrator gives that role.
            model.programmeName == nil && !model.canCreateGoals
                ? .p(
                    .class("hint"), .text(t(.strategyNoProgrammeWho)),
                    SiteRoute.users.isAllowed(for: context.principal)
                        ? .group(.text(" "), .a(.href(SiteRoute.users.path), .text(t(.strategyGiveOwnerRole)))) : .empty) : .empty,
            model.programmeName == nil && model.canCreateGoals
                ? .section(.class("card"), .h2(.text(t(.programmeNewStart))), newProgrammeForm(model.newProgramme, context)) : .empty,
            .p(.class("toolbar no-print"), .group(links.flatMap { [$0, .text(" ")] })),
            .ul(
                .class("figures"),
                .forEach(counts) { status, count in
                    .li(
                        .span(.class("figure-value"), .text(context.localizer.number(count))),
                        .span(.class(status.cssClass), .text(t(status.titleKey))))
                }),
            model.areas.isEmpty
                ? .empty
                : .section(
                    .class("card area-progress"),
                    .h2(.text(t(.mgAreaProgressTitle))),
                    .div(
                        .class("chart-scroll"),
                        .raw(
                            SVGChart.progress(
                                zip(areaTitles, model.areas).map { ($0, $1.progress, $1.colour.rawValue) }, percent: percent,
                                title: t(.mgAreaProgressTitle), description: t(.mgAreaProgressDescription), id: "area-progress"))),
                    .p(
                        .class("hint"),
                        .text(
                            t(
                                .mgThresholdsLegend(
                                    green: context.localizer.number(model.thresholds.green * 100), amber: context.localizer.number(model.thresholds.amber * 100)
                                ))))
                ),
            .forEach(Array(zip(areaTitles, model.areas))) { areaTitle, area in
                .section(
                    .class("card area"),
                    .h2(.text(areaTitle), .text(" "), progressNode(area.progress, area.colour, context)),
                    area.goals.isEmpty
                        ? .p(.text(t(.homeAreaHasNoGoals)))
                        : .div(
                            .class("table-wrap"),
                            .table(
                                .class("data"),
                                .caption(.class("visually-hidden"), .text(areaTitle)),
                                .thead(
                                    .tr(
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.resultGoal))),
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.responsiblePersons))),
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.status))),
                                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.progress))),
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.mgLastReport))))),
                                .tbody(.rows(goalRows(area.goals, context)))
                            ))
                )
            },
            model.initiatives.isEmpty
                ? .empty
                : .section(
                    .class("card"),
                    .h2(.text(t(.initiativesTitle))),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("data"),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.initiativeColumn))),
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.initiativeOwner))),
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.status))))),
                            .tbody(
                                .forEach(model.initiatives) { initiative in
                                    .tr(
                                        .td(
                                            .a(.href(SiteRoute.initiative(initiative.id).path), localized(initiative.title, context)),
                                            .unwrap(initiative.nextMilestone) { milestoneNode($0, context) }),
                                        .td(.text(initiative.owner ?? "–")),
                                        .td(.text(t(initiative.status.titleKey))))
                                })
                        ))
                )
        )
        let title = model.programmeName.flatMap { context.localizer.text($0)?.text }.map { "\($0) \(model.years)" } ?? t(.areaStrategy)
        let exports: Node<HTML.BodyContext> = .group(
            exportLinks(.exportGoals, label: .exportGoals, context), exportLinks(.exportIndicators, label: .exportIndicators, context),
            exportLinks(.exportMeasurements, label: .exportMeasurements, context))
        return Layout.render(Page(title: title, section: .area(.strategy), content: .group(content, exports)), context: context)
    }
}

/// "62 %" in its threshold colour, or a dash before the first measurement.
func progressNode<C: HTML.BodyContext>(_ progress: Double?, _ colour: ProgressColour, _ context: PageContext) -> Node<C> {
    guard let progress else { return .span(.class("progress progress-grey"), .text("–")) }
    return .span(.class("progress progress-\(colour.rawValue)"), .text(context.localizer.number(progress * 100) + " %"))
}

/// An indicator as the goal page shows it.
public struct IndicatorView: Sendable {
    public var id: UUID
    public var name: LocalizedText
    public var unit: String
    public var baseline: Double
    public var target: Double
    public var direction: PreferredDirection
    public var values: [MeasurementRow]
    public var progress: Double?
    public var colour: ProgressColour
    public var weight: Double
    public var frequency: MeasurementFrequency
    /// The latest value is older than the frequency allows (or there is none).
    public var valueIsDue: Bool

    public init(
        id: UUID, name: LocalizedText, unit: String, baseline: Double, target: Double, direction: PreferredDirection,
        values: [MeasurementRow], progress: Double?, colour: ProgressColour, weight: Double = 1,
        frequency: MeasurementFrequency = .quarterly, valueIsDue: Bool = false
    ) {
        self.weight = weight
        self.frequency = frequency
        self.valueIsDue = valueIsDue
        self.id = id
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.values = values
        self.progress = progress
        self.colour = colour
    }
}

/// One current measurement as the goal page lists it.
public struct MeasurementRow: Sendable {
    public var id: UUID
    public var date: Date
    public var value: Double
    public var comment: String?
    public var by: String
    /// Its year has ended and is not unlocked: it can no longer be corrected.
    public var isLocked: Bool
    /// Earlier values this one corrected, oldest first.
    public var corrected: [Double]

    public init(id: UUID, date: Date, value: Double, comment: String?, by: String, isLocked: Bool = false, corrected: [Double] = []) {
        self.id = id
        self.date = date
        self.value = value
        self.comment = comment
        self.by = by
        self.isLocked = isLocked
        self.corrected = corrected
    }
}

/// One result goal: its status history and, for its responsible persons, a quick update
/// that works on a phone.
public enum GoalPage {
    public struct Model: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var areaTitle: LocalizedText
        public var responsiblePersons: [String]
        public var status: GoalStatus
        public var history: [StatusReport]
        public var canUpdate: Bool
        public var indicators: [IndicatorView]
        public var canManageIndicators: Bool
        public var indicatorError: String?
        /// What was typed when a new indicator was refused.
        public var indicatorDraft: IndicatorDraft?
        /// What was typed when a measurement or a correction was refused.
        public var measurementDraft: MeasurementDraft?
        /// What was typed when the update was refused.
        public var draftStatus: GoalStatus?
        public var draftComment: String
        public var error: String?
        public var description: LocalizedText?
        public var dates: String?
        public var isArchived: Bool
        public var initiatives: [(id: UUID, title: LocalizedText, next: MilestoneNote?)]
        public var usesWeights: Bool
        /// The years whose measurements and reports are shown; nil: every year, no choice.
        public var yearScope: YearScope?
        /// Whether each indicator lists every value of the years shown (`?values=all`), not
        /// only its latest `GoalPage.valuesListed`; its chart always shows every one.
        public var listsEveryValue = false

        public init(
            id: UUID, title: LocalizedText, areaTitle: LocalizedText, responsiblePersons: [String], status: GoalStatus,
            history: [StatusReport], canUpdate: Bool, indicators: [IndicatorView] = [], canManageIndicators: Bool = false,
            indicatorError: String? = nil, indicatorDraft: IndicatorDraft? = nil, measurementDraft: MeasurementDraft? = nil,
            draftStatus: GoalStatus? = nil, draftComment: String = "", error: String? = nil,
            description: LocalizedText? = nil, dates: String? = nil, isArchived: Bool = false,
            initiatives: [(id: UUID, title: LocalizedText, next: MilestoneNote?)] = [], usesWeights: Bool = false
        ) {
            self.description = description
            self.dates = dates
            self.isArchived = isArchived
            self.initiatives = initiatives
            self.usesWeights = usesWeights
            self.indicators = indicators
            self.canManageIndicators = canManageIndicators
            self.indicatorError = indicatorError
            self.indicatorDraft = indicatorDraft
            self.measurementDraft = measurementDraft
            self.id = id
            self.title = title
            self.areaTitle = areaTitle
            self.responsiblePersons = responsiblePersons
            self.status = status
            self.history = history
            self.canUpdate = canUpdate
            self.draftStatus = draftStatus
            self.draftComment = draftComment
            self.error = error
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let chosen = model.draftStatus ?? model.status
        let content: Node<HTML.BodyContext> = .group(
            .p(
                .a(.href(SiteRoute.area(.strategy).path), .text("← " + t(.areaStrategy))),
                model.canManageIndicators ? .group(.text(" · "), .a(.href(SiteRoute.editGoal(model.id).path), .text(t(.goalEdit)))) : .empty),
            model.isArchived ? .p(.class("notice"), .text(t(.archivedNote))) : .empty,
            .unwrap(model.description) { .p(.class("lead"), localized($0, context)) },
            .dl(
                .class("details"),
                .dt(.text(t(.developmentArea))), .dd(localized(model.areaTitle, context)),
                .dt(.text(t(.responsiblePersons))), .dd(.text(model.responsiblePersons.joined(separator: ", "))),
                .unwrap(model.dates) { .group(.dt(.text(t(.goalPeriod))), .dd(.text($0))) },
                .dt(.text(t(.status))), .dd(.span(.class(model.status.cssClass), .text(t(model.status.titleKey)))),
                model.initiatives.isEmpty
                    ? .empty
                    : .group(
                        .dt(.text(t(.initiativesTitle))),
                        .dd(
                            .ul(
                                .class("plain-list"),
                                .forEach(model.initiatives) { initiative in
                                    .li(
                                        .a(.href(SiteRoute.initiative(initiative.id).path), localized(initiative.title, context)),
                                        .unwrap(initiative.next) { milestoneNode($0, context) })
                                })))),
            .unwrap(model.yearScope) { $0.render(path: SiteRoute.goal(model.id).path, subject: .goalHistory, context) },
            model.canUpdate
                ? .section(
                    .class("card"),
                    .h2(.id("update"), .text(t(.goalUpdateTitle))),
                    .form(
                        .action(SiteRoute.goalStatus(model.id).path), .method(.post), .class("stack"),
                        csrfField(context),
                        .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                        .fieldset(
                            .class("field status-choice"),
                            .legend(t(.status)),
                            .forEach(GoalStatus.allCases) { status in
                                .div(
                                    .class("check"),
                                    .input(
                                        .type(.radio), .name("status"), .id("status-\(status.rawValue)"), .value(status.rawValue),
                                        .checked(status == chosen)),
                                    .label(.for("status-\(status.rawValue)"), .text(t(status.titleKey))))
                            }
                        ),
                        .div(
                            .class(model.error == nil ? "field" : "field has-error"),
                            .label(.for("comment"), .text(t(.goalComment))),
                            .p(.class("hint"), .id("comment-hint"), .text(t(.goalCommentHint))),
                            .textarea(
                                .name("comment"), .id("comment"), .rows(3), .attribute(named: "aria-describedby", value: "comment-hint"),
                                .text(model.draftComment))),
                        .button(.type(.submit), .class("primary"), .text(t(.goalSaveStatus)))
                    )
                ) : .empty,
            .section(
                .class("card"),
                .h2(.id("indicators"), .text(t(.indicatorsTitle))),
                .unwrap(model.indicatorError) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                model.indicators.isEmpty
                    ? .p(.text(t(.indicatorsNone)))
                    : .group(
                        model.indicators.map { indicator in
                            indicatorNode(
                                indicator, canRecord: model.canUpdate, canManage: model.canManageIndicators, usesWeights: model.usesWeights,
                                draft: model.measurementDraft, listsEveryValue: model.listsEveryValue,
                                showAll: SiteRoute.goal(model.id).path + "?"
                                    + [model.yearScope?.query ?? "", "values=all"].filter { !$0.isEmpty }.joined(separator: "&")
                                    + "#indicator-\(indicator.id.uuidString.lowercased())", context)
                        }),
                model.canManageIndicators ? newIndicatorForm(model.id, draft: model.indicatorDraft, context) : .empty
            ),
            .section(
                .class("card"),
                .h2(.text(t(.goalHistory))),
                model.history.isEmpty
                    ? .p(.text(t(.mgNoReport)))
                    : .ol(
                        .class("plain-list history"),
                        .forEach(model.history) { report in
                            .li(
                                .span(.class(report.status.cssClass), .text(t(report.status.titleKey))),
                                .text(" · " + context.localizer.dateTime(report.at) + " · " + report.author),
                                .unwrap(report.comment) { .p(.class("comment"), .text($0)) })
                        })
            )
        )
        return Layout.render(Page(title: context.localizer.text(model.title)?.text ?? "–", section: .area(.strategy), content: content), context: context)
    }
}

extension GoalPage {
    /// The values an indicator lists, newest first, unless every one is asked for: a year of
    /// monthly values. Each listed value carries its correction form.
    public static let valuesListed = 12

    /// `draft`: a refused measurement of this indicator, or correction of one of its values,
    /// shown again as typed. `showAll`: the link that lists every value.
    static func indicatorNode(
        _ indicator: IndicatorView, canRecord: Bool, canManage: Bool, usesWeights: Bool, draft: MeasurementDraft? = nil,
        listsEveryValue: Bool = true, showAll: String = "", _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        let t = context
        let typed = draft?.formFor == indicator.id ? draft : nil
        let correcting = indicator.values.contains { $0.id == draft?.formFor }
        let newestFirst = indicator.values.sorted { $0.date > $1.date }
        // A refused correction of an older value is shown with every value, so it is in view.
        let listed = listsEveryValue || correcting ? newestFirst : Array(newestFirst.prefix(valuesListed))
        let name = context.localizer.text(indicator.name)?.text ?? "–"
        let number = { (value: Double) in context.localizer.number(value, fractionDigits: value.rounded() == value ? 0 : 1) }
        let formID = "measure-\(indicator.id.uuidString.lowercased())"
        let valueDetails: Node<HTML.BodyContext> = .details(
            .open(correcting),
            .summary(.text(t(.indicatorValues(count: String(indicator.values.count))))),
            valueList(listed, indicator: indicator, canRecord: canRecord, draft: draft, number: number, context),
            shortenedList(shown: listed.count, of: newestFirst.count, showAll: showAll, context))
        return .div(
            .class("indicator"), .id("indicator-\(indicator.id.uuidString.lowercased())"),
            .h3(.text(name), .text(" "), progressNode(indicator.progress, indicator.colour, context)),
            .p(
                .class("meta"),
                .text(t(.indicatorFromTo(baseline: number(indicator.baseline), target: number(indicator.target), unit: indicator.unit))),
                .text(" · " + t(indicator.frequency.titleKey)),
                usesWeights ? .text(" · " + t(.indicatorWeightIs(weight: number(indicator.weight)))) : .empty),
            indicator.valueIsDue && canRecord ? .p(.class("milestone overdue"), .text(t(.indicatorValueDue))) : .empty,
            indicator.values.isEmpty
                ? .p(.text(t(.indicatorNoValues)))
                : .group(
                    .div(
                        .class("chart-scroll"),
                        .raw(
                            SVGChart.line(
                                indicator.values.map { ($0.date, $0.value) }, target: indicator.target, baseline: indicator.baseline,
                                title: name, description: t(.indicatorChartDescription(target: number(indicator.target), unit: indicator.unit)),
                                id: "chart-\(indicator.id.uuidString.lowercased())"))),
                    valueDetails
                ),
            canRecord
                ? .form(
                    .action(SiteRoute.indicatorMeasurements(indicator.id).path), .method(.post), .class("measure-form"),
                    csrfField(context),
                    .div(
                        .class("field"), .label(.for("\(formID)-date"), .text(t(.measurementDate))),
                        .input(.type(.date), .name("date"), .id("\(formID)-date"), .required(true), .value(typed?.date ?? ""))),
                    .div(
                        .class("field"), .label(.for("\(formID)-value"), .text(t(.measurementValue(unit: indicator.unit)))),
                        .input(
                            .type(.text), .name("value"), .id("\(formID)-value"), .required(true), .attribute(named: "inputmode", value: "decimal"),
                            .value(typed?.value ?? ""))),
                    .div(
                        .class("field"), .label(.for("\(formID)-comment"), .text(t(.goalComment))),
                        .input(.type(.text), .name("comment"), .id("\(formID)-comment"), .value(typed?.comment ?? ""))),
                    .button(.type(.submit), .text(t(.measurementRecord)))
                ) : .empty,
            canManage
                ? .div(
                    .class("row-actions"),
                    .a(
                        .href(SiteRoute.editIndicator(indicator.id).path), .class("button secondary"),
                        .attribute(named: "aria-label", value: t(.indicatorEdit) + ": " + name), .text(t(.indicatorEdit))),
                    archiveButton(kind: "indicator", id: indicator.id, label: t(.archiveAction), itemName: name, context)) : .empty
        )
    }

    /// The listed values of an indicator, newest first, each with its correction form when it may be corrected.
    private static func valueList<Context: HTML.BodyContext>(
        _ values: [MeasurementRow], indicator: IndicatorView, canRecord: Bool, draft: MeasurementDraft?, number: @escaping (Double) -> String,
        _ context: PageContext
    ) -> Node<Context> {
        let t = context
        return .ul(
            .class("plain-list values"),
            .forEach(values) { value in
                .li(
                    .text(context.localizer.date(value.date) + ": " + number(value.value) + " " + indicator.unit + " · " + value.by),
                    value.corrected.isEmpty
                        ? .empty
                        : .span(
                            .class("muted"),
                            .text(
                                " · "
                                    + t(
                                        .measurementCorrectedFrom(values: value.corrected.map(number).joined(separator: ", "))))),
                    value.isLocked ? .span(.class("muted"), .text(" · " + t(.measurementLocked))) : .empty,
                    .unwrap(value.comment) { .p(.class("comment"), .text($0)) },
                    canRecord && !value.isLocked
                        ? correctionForm(value, unit: indicator.unit, draft: draft?.formFor == value.id ? draft : nil, context) : .empty)
            })
    }

    /// A correction replaces a value and keeps the old one in the history (and the audit log).
    static func correctionForm(_ value: MeasurementRow, unit: String, draft: MeasurementDraft?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let formID = "correct-\(value.id.uuidString.lowercased())"
        return .details(
            .class("correction"),
            .open(draft != nil),
            .summary(.text(t(.measurementCorrect)), .span(.class("visually-hidden"), .text(" " + context.localizer.date(value.date)))),
            .form(
                .action(SiteRoute.measurementCorrection(value.id).path), .method(.post), .class("measure-form"),
                csrfField(context),
                .div(
                    .class("field"), .label(.for("\(formID)-value"), .text(t(.measurementValue(unit: unit)))),
                    .input(
                        .type(.text), .name("value"), .id("\(formID)-value"), .required(true), .attribute(named: "inputmode", value: "decimal"),
                        .value(draft?.value ?? ""))),
                .div(
                    .class("field"), .label(.for("\(formID)-comment"), .text(t(.measurementCorrectionReason))),
                    .input(.type(.text), .name("comment"), .id("\(formID)-comment"), .required(true), .value(draft?.comment ?? ""))),
                .button(.type(.submit), .text(t(.measurementCorrect))))
        )
    }

    /// The form for a new indicator; open, with what was typed, when `draft` was refused.
    static func newIndicatorForm(_ goalID: UUID, draft: IndicatorDraft?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .details(
            .open(draft != nil),
            .summary(.text(t(.indicatorNew))),
            .form(
                .action(SiteRoute.goalIndicators(goalID).path), .method(.post), .class("stack"),
                csrfField(context),
                indicatorFields(draft ?? .empty, context),
                .button(.type(.submit), .text(t(.indicatorCreate)))
            )
        )
    }

    /// An indicator's fields, for a new one and for changing one.
    static func indicatorFields(_ draft: IndicatorDraft, _ context: PageContext) -> Node<HTML.FormContext> {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        return .group(
            .forEach(languages) { language in
                textField(
                    "name-\(language.code)", label: t(.indicatorName) + " (" + language.nativeName + ")", value: draft.name[language] ?? "",
                    autocomplete: "off", required: language == languages.first)
            },
            textField("unit", label: t(.indicatorUnit), value: draft.unit, autocomplete: "off", required: false),
            textField("baseline", label: t(.indicatorBaseline), value: draft.baseline, autocomplete: "off", inputMode: "decimal"),
            textField("target", label: t(.indicatorTarget), value: draft.target, autocomplete: "off", inputMode: "decimal"),
            textField(
                "weight", label: t(.indicatorWeight), value: draft.weight, autocomplete: "off", inputMode: "decimal", required: false,
                hint: t(.indicatorWeightHint)),
            .div(
                .class("field"), .label(.for("frequency"), .text(t(.indicatorFrequency))),
                .select(
                    .attribute(named: "name", value: "frequency"), .id("frequency"),
                    .forEach(MeasurementFrequency.allCases) { .choice(value: $0.rawValue, label: t($0.titleKey), isSelected: $0 == draft.frequency) })),
            .div(
                .class("field"), .label(.for("direction"), .text(t(.indicatorDirection))),
                .select(
                    .attribute(named: "name", value: "direction"), .id("direction"),
                    .forEach([(PreferredDirection.up, Str.directionUp), (.down, .directionDown), (.neutral, .directionNeutral)]) { direction, label in
                        .choice(value: direction.rawValue, label: t(label), isSelected: direction == draft.direction)
                    }))
        )
    }
}

/// A measurement's or a correction's form as typed, refused.
public struct MeasurementDraft: Sendable, Equatable {
    /// The indicator a new value was for, or the measurement a correction was for.
    public var formFor: UUID
    public var date: String
    public var value: String
    public var comment: String

    public init(formFor: UUID, date: String = "", value: String, comment: String) {
        self.formFor = formFor
        self.date = date
        self.value = value
        self.comment = comment
    }
}

/// An indicator's form as typed: the texts as they were entered, so a refused form comes
/// back unchanged.
public struct IndicatorDraft: Sendable, Equatable {
    public var name: LocalizedText
    public var unit: String
    public var baseline: String
    public var target: String
    public var weight: String
    public var frequency: MeasurementFrequency
    public var direction: PreferredDirection

    public init(
        name: LocalizedText, unit: String, baseline: String, target: String, weight: String,
        frequency: MeasurementFrequency, direction: PreferredDirection
    ) {
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.weight = weight
        self.frequency = frequency
        self.direction = direction
    }

    public static let empty = IndicatorDraft(name: LocalizedText(), unit: "", baseline: "", target: "", weight: "1", frequency: .quarterly, direction: .up)
}

/// The programme owner changes an indicator: its names, unit, baseline, target, weight,
/// frequency and direction. Its measurements stay as they are.
public enum IndicatorFormPage {
    public struct Model: Sendable {
        public var indicatorID: UUID
        public var goalID: UUID
        public var goalTitle: LocalizedText
        public var draft: IndicatorDraft
        public var errors: [String]

        public init(indicatorID: UUID, goalID: UUID, goalTitle: LocalizedText, draft: IndicatorDraft, errors: [String] = []) {
            self.indicatorID = indicatorID
            self.goalID = goalID
            self.goalTitle = goalTitle
            self.draft = draft
            self.errors = errors
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.goal(model.goalID).path + "#indicators"), .text("← " + (context.localizer.text(model.goalTitle)?.text ?? t(.resultGoal))))),
            .p(.class("hint"), .text(t(.indicatorEditHint))),
            .form(
                .action(SiteRoute.editIndicator(model.indicatorID).path), .method(.post), .class("stack"),
                csrfField(context),
                errorSummary(model.errors, context: context),
                GoalPage.indicatorFields(model.draft, context),
                .button(.type(.submit), .class("primary"), .text(t(.saveChanges)))
            )
        )
        return Layout.render(Page(title: t(.indicatorEdit), section: .area(.strategy), content: content), context: context)
    }
}

/// The programme owner writes a result goal: its area, title and description in the
/// organisation's languages, its responsible persons, start and end.
public enum GoalFormPage {
    public typealias Choice = SelectChoice

    public struct Model: Sendable {
        public var areas: [Choice]
        public var people: [Choice]
        public var areaID: UUID?
        public var title: LocalizedText
        public var description: LocalizedText
        public var responsibleIDs: Set<UUID>
        public var start: String
        public var end: String
        public var errors: [String]
        /// The goal being changed; nil for a new one.
        public var goalID: UUID?

        public init(
            areas: [Choice], people: [Choice], areaID: UUID? = nil, title: LocalizedText = LocalizedText(),
            description: LocalizedText = LocalizedText(), responsibleIDs: Set<UUID> = [], start: String = "", end: String = "",
            errors: [String] = [], goalID: UUID? = nil
        ) {
            self.goalID = goalID
            self.areas = areas
            self.people = people
            self.areaID = areaID
            self.title = title
            self.description = description
            self.responsibleIDs = responsibleIDs
            self.start = start
            self.end = end
            self.errors = errors
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        let content: Node<HTML.BodyContext> = .group(
            .p(
                model.goalID.map { .a(.href(SiteRoute.goal($0).path), .text("← " + (context.localizer.text(model.title)?.text ?? t(.resultGoal)))) }
                    ?? .a(.href(SiteRoute.area(.strategy).path), .text("← " + t(.areaStrategy)))),
            .form(
                .action(model.goalID.map { SiteRoute.editGoal($0).path } ?? SiteRoute.newGoal.path), .method(.post), .class("stack"),
                csrfField(context),
                errorSummary(model.errors, context: context),
                .div(
                    .class("field"), .label(.for("area"), .text(t(.developmentArea))),
                    .select(
                        .attribute(named: "name", value: "area"), .id("area"),
                        .forEach(model.areas) { .choice(value: $0.id.uuidString.lowercased(), label: $0.label, isSelected: $0.id == model.areaID) })),
                .forEach(languages) { language in
                    .fieldset(
                        .class("field language-group"),
                        .legend(language.nativeName),
                        textField(
                            "title-\(language.code)", label: t(.goalTitle), value: model.title[language] ?? "", autocomplete: "off",
                            required: language == languages.first),
                        .div(
                            .class("field"),
                            .label(.for("description-\(language.code)"), .text(t(.goalDescription))),
                            .textarea(
                                .name("description-\(language.code)"), .id("description-\(language.code)"), .rows(3),
                                .attribute(named: "lang", value: language.code), .text(model.description[language] ?? "")))
                    )
                },
                choiceCheckboxes(
                    name: "responsible", legend: t(.responsiblePersons), hint: t(.goalResponsibleHint), choices: model.people,
                    checked: model.responsibleIDs),
                .div(
                    .class("measure-form"),
                    .div(.class("field"), .label(.for("start"), .text(t(.goalStart))), .input(.type(.date), .name("start"), .id("start"), .value(model.start))),
                    .div(.class("field"), .label(.for("end"), .text(t(.goalEnd))), .input(.type(.date), .name("end"), .id("end"), .value(model.end)))),
                .button(.type(.submit), .class("primary"), .text(t(model.goalID == nil ? .goalCreate : .saveChanges)))
            ),
            .unwrap(model.goalID) { goalID in
                .section(
                    .class("card"), .h2(.text(t(.archiveTitle))), .p(.text(t(.archiveGoalHint))),
                    archiveButton(kind: "goal", id: goalID, label: t(.archiveAction), itemName: context.localizer.text(model.title)?.text ?? "", context))
            }
        )
        return Layout.render(Page(title: t(model.goalID == nil ? .goalNew : .goalEdit), section: .area(.strategy), content: content), context: context)
    }
}

extension ManagementGroupPage {
    /// An area's goals, written as text (`TableRows`): a large town's programme has hundreds,
    /// and Plot's tree for them cost more than reading them.
    static func goalRows(_ goals: [Goal], _ context: PageContext) -> TableRows {
        var rows = TableRows()
        for goal in goals {
            rows.row { row in
                row.cell(
                    contents: [.link(href: SiteRoute.goal(goal.id).path, .localized(goal.title, context))]
                        + (goal.nextMilestone.map { [milestoneContent($0, context)] } ?? []))
                row.cell(.text(goal.responsiblePersons.joined(separator: ", ")))
                row.cell(.span(class: goal.status.cssClass, context(goal.status.titleKey)))
                row.cell(class: "number", progressContent(goal.progress, goal.colour, context))
                if let report = goal.lastReport {
                    row.cell(
                        contents: [.text(context.localizer.date(report.at) + " · " + report.author)]
                            + (report.comment.map { [.paragraph(class: "comment", $0)] } ?? []))
                } else {
                    row.cell(.text(context(.mgNoReport)))
                }
            }
        }
        return rows
    }
}
