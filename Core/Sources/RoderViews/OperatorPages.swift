import Foundation
import Plot
import RoderCore

/// The programme operator's start page: the shared events, and nothing of any
/// organisation's own data beyond their names and pooled counts.
public enum OperatorHomePage {
    public struct EventRow: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var startsAt: Date
        public var organisations: [String]
        public var invited: Int
        public var attended: Int
        public var respondents: Int

        public init(id: UUID, title: LocalizedText, startsAt: Date, organisations: [String], invited: Int, attended: Int, respondents: Int) {
            self.invited = invited
            self.id = id
            self.title = title
            self.startsAt = startsAt
            self.organisations = organisations
            self.attended = attended
            self.respondents = respondents
        }
    }

    public struct AttendanceRow: Sendable {
        public var name: String
        public var attended: Int
        public var invited: Int
        public var isFalling: Bool

        public init(name: String, attended: Int, invited: Int, isFalling: Bool) {
            self.name = name
            self.attended = attended
            self.invited = invited
            self.isFalling = isFalling
        }
    }

    public static func render(participatingOrganisations: Int, events: [EventRow], attendance: [AttendanceRow] = [], context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("lead"), .text(t(.operatorIntro))),
            .ul(
                .class("figures"),
                .li(.span(.class("figure-value"), .text(context.localizer.number(participatingOrganisations))), .span(.text(t(.operatorOrganisations)))),
                .li(.span(.class("figure-value"), .text(String(events.count))), .span(.text(t(.sharedEventsTitle))))),
            .section(
                .class("card"),
                .h2(.text(t(.sharedEventsTitle))),
                .p(.text(t(.sharedEventsIntro))),
                .p(.class("toolbar"), .a(.class("button primary"), .href(SiteRoute.newSharedEvent.path), .text(t(.sharedEventNew)))),
                events.isEmpty
                    ? .p(.text(t(.sharedEventsNone)))
                    : .div(
                        .class("table-wrap"),
                        .table(
                            .class("data"),
                            .caption(.text(t(.sharedEventsTitle))),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.eventColumn))),
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.eventWhen))),
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.sharedEventOrganisations))),
                                    .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.eventAttendance))),
                                    .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.overviewAnswers))))),
                            .tbody(
                                .forEach(events) { event in
                                    .tr(
                                        .td(.a(.href(SiteRoute.sharedEvent(event.id).path), localized(event.title, context))),
                                        .td(.text(context.localizer.date(event.startsAt))),
                                        .td(.text(event.organisations.joined(separator: ", "))),
                                        .td(.class("number"), .text("\(event.attended) / \(event.invited)")),
                                        .td(.class("number"), .text(String(event.respondents))))
                                })
                        ))
            ),
            .if(
                !attendance.isEmpty,
                .section(
                    .class("card"),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("data"),
                            .caption(.text(t(.operatorAttendanceTitle))),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.organisation))),
                                    .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.eventAttendance))),
                                    .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.attendanceRate))))),
                            .tbody(
                                .forEach(attendance) { row in
                                    .tr(
                                        .th(
                                            .attribute(named: "scope", value: "row"), .text(row.name),
                                            .if(row.isFalling, .span(.class("status status-at-risk"), .text(" " + t(.attendanceFalling))))),
                                        .td(.class("number"), .text("\(row.attended) / \(row.invited)")),
                                        .td(
                                            .class("number"),
                                            .text(FeedbackOverviewPage.rate(row.invited > 0 ? Double(row.attended) / Double(row.invited) : nil, context))))
                                })
                        )),
                    .p(.class("hint"), .text(t(.operatorAttendanceHint)))
                ))
        )
        return Layout.render(Page(title: t(.operatorTitle), section: .operatorHome, content: content), context: context)
    }
}

/// The operator's form for a shared event: what, when, where, which organisations take part
/// and whom to invite in each.
public enum SharedEventFormPage {
    public struct Model: Sendable {
        public var kind: EventKind
        public var title: LocalizedText
        public var description: LocalizedText
        public var date: String
        public var startTime: String
        public var endTime: String
        public var place: String
        /// What the operator pays for the event without VAT, as typed: split by attendance.
        public var cost: String
        public var organisations: [InvitationPicker.Choice]
        public var chosen: Set<UUID>
        public var levels: Set<ManagementLevel>
        /// The participating organisations' languages together.
        public var languages: [RoderCore.Language]
        public var errors: [String]
        /// The shared event being changed; nil for a new one (which also chooses organisations).
        public var editing: UUID?

        public init(
            kind: EventKind = .leadershipForum, title: LocalizedText = LocalizedText(), description: LocalizedText = LocalizedText(), date: String = "",
            startTime: String = "09:00", endTime: String = "15:00", place: String = "", cost: String = "", organisations: [InvitationPicker.Choice] = [],
            chosen: Set<UUID> = [], levels: Set<ManagementLevel> = [.top, .middle], languages: [RoderCore.Language] = [.swedish, .finnish],
            errors: [String] = [], editing: UUID? = nil
        ) {
            self.editing = editing
            self.kind = kind
            self.title = title
            self.description = description
            self.date = date
            self.startTime = startTime
            self.endTime = endTime
            self.place = place
            self.cost = cost
            self.organisations = organisations
            self.chosen = chosen
            self.levels = levels
            self.languages = languages
            self.errors = errors
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(
                model.editing.map { .a(.href(SiteRoute.sharedEvent($0).path), .text("← " + t(.eventBack))) }
                    ?? .a(.href(SiteRoute.operatorHome.path), .text("← " + t(.operatorTitle)))),
            .if(model.editing != nil, .p(.class("hint"), .text(t(.sharedEventEditHint)))),
            .form(
                .action(model.editing.map { SiteRoute.editSharedEvent($0).path } ?? SiteRoute.newSharedEvent.path), .method(.post), .class("stack"),
                csrfField(context),
                errorSummary(model.errors, context: context),
                EventFormPage.basicFields(
                    kind: model.kind, title: model.title, description: model.description, date: model.date,
                    start: model.startTime, end: model.endTime, place: model.place, languages: model.languages, context),
                .div(
                    .class("field"), .label(.for("shared-cost"), .text(t(.sharedEventCost))),
                    .p(.class("hint"), .id("shared-cost-hint"), .text(t(.sharedEventCostHint))),
                    .input(
                        .type(.text), .name("cost"), .id("shared-cost"), .value(model.cost), .class("amount"),
                        .attribute(named: "inputmode", value: "decimal"), .attribute(named: "autocomplete", value: "off"),
                        .attribute(named: "aria-describedby", value: "shared-cost-hint"))),
                // Who takes part is chosen once: each organisation's part has its own invitations.
                .if(
                    model.editing == nil,
                    .fieldset(
                        .class("field invitation-choice"),
                        .legend(t(.sharedEventOrganisations)),
                        .forEach(model.organisations) { organisation in
                            .div(
                                .class("check"),
                                .input(
                                    .type(.checkbox), .name("organisation[]"), .id("organisation-\(organisation.id.uuidString.lowercased())"),
                                    .value(organisation.id.uuidString.lowercased()), .checked(model.chosen.contains(organisation.id))),
                                .label(.for("organisation-\(organisation.id.uuidString.lowercased())"), .text(organisation.label)))
                        }
                    )),
                .if(
                    model.editing == nil,
                    .fieldset(
                        .class("field invitation-choice"),
                        .legend(t(.sharedEventInviteLevels)),
                        .forEach([ManagementLevel.top, .middle, .supervisor]) { level in
                            .div(
                                .class("check"),
                                .input(
                                    .type(.checkbox), .name("invite-level[]"), .id("level-\(level.rawValue)"), .value(level.rawValue),
                                    .checked(model.levels.contains(level))),
                                .label(
                                    .for("level-\(level.rawValue)"), .text(t(level == .top ? .levelTop : level == .middle ? .levelMiddle : .levelSupervisor))))
                        }
                    )),
                .button(.type(.submit), .class("primary"), .text(t(model.editing == nil ? .sharedEventCreate : .eventSaveChanges)))
            )
        )
        return Layout.render(Page(title: t(model.editing == nil ? .sharedEventNew : .eventEdit), section: .operatorHome, content: content), context: context)
    }
}

/// A shared event for the operator: the room code, each organisation's attendance, and the
/// feedback pooled (`PooledFeedback`: an organisation's own results only when safe).
public enum SharedEventPage {
    /// One organisation's share of the event's cost.
    public struct CostShare: Sendable {
        public var name: String
        public var attended: Int
        public var share: Money

        public init(name: String, attended: Int, share: Money) {
            self.name = name
            self.attended = attended
            self.share = share
        }
    }

    public struct Organisation: Sendable {
        public var name: String
        public var invited: Int
        public var attended: Int

        public init(name: String, invited: Int, attended: Int) {
            self.name = name
            self.invited = invited
            self.attended = attended
        }
    }

    public struct Model: Sendable {
        public var title: LocalizedText
        public var kind: EventKind
        public var startsAt: Date
        public var endsAt: Date
        public var place: String?
        public var checkInCode: String
        public var checkInAddress: String?
        public var pooled: PooledFeedback
        public var questions: [FeedbackQuestion]
        public var threshold: Int
        /// For the link to the form that changes it.
        public var id: UUID?
        /// What the operator paid, and each organisation's share of it by attendance.
        public var cost: Money?
        public var costShares: [CostShare] = []

        public init(
            title: LocalizedText, kind: EventKind, startsAt: Date, endsAt: Date, place: String?, checkInCode: String, checkInAddress: String? = nil,
            pooled: PooledFeedback, questions: [FeedbackQuestion], threshold: Int, id: UUID? = nil
        ) {
            self.id = id
            self.checkInAddress = checkInAddress
            self.title = title
            self.kind = kind
            self.startsAt = startsAt
            self.endsAt = endsAt
            self.place = place
            self.checkInCode = checkInCode
            self.pooled = pooled
            self.questions = questions
            self.threshold = threshold
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.operatorHome.path), .text("← " + t(.operatorTitle)))),
            .dl(
                .class("details"),
                .dt(.text(t(.eventKind))), .dd(.text(t(model.kind.titleKey))),
                .dt(.text(t(.eventWhen))), .dd(.text(context.localizer.dateTime(model.startsAt) + "–" + context.localizer.time(model.endsAt))),
                .unwrap(model.place) { .group(.dt(.text(t(.eventPlace))), .dd(.text($0))) }),
            .unwrap(model.id) { .p(.class("toolbar"), .a(.href(SiteRoute.editSharedEvent($0).path), .text(t(.eventEdit)))) },
            .section(
                .class("card"),
                .h2(.text(t(.eventHostTitle))),
                EventPage.checkInCodeBlock(code: model.checkInCode, address: model.checkInAddress, context)),
            .section(
                .class("card"),
                .h2(.text(t(.pooledByOrganisation))),
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data"),
                        .caption(.text(t(.pooledByOrganisation))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(.organisation))),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.feedbackEligible).sentenceCased)),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.feedbackRespondents).sentenceCased)),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.feedbackResponseRate).sentenceCased)),
                                .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.overviewOverallScore))))),
                        .tbody(
                            .forEach(model.pooled.rows) { row in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(row.name)),
                                    .td(.class("number"), .text(String(row.summary.eligible))),
                                    .td(.class("number"), .text(String(row.summary.respondents))),
                                    .td(.class("number"), .text(FeedbackOverviewPage.rate(row.summary.responseRate, context))),
                                    .td(
                                        .class("number"),
                                        .text(overall(row.summary).map { context.localizer.number($0, fractionDigits: 1) } ?? t(.pooledHidden))))
                            })
                    )),
                .p(.class("hint"), .text(t(.pooledHiddenHint(k: String(model.threshold)))))),
            costSection(model, context),
            .section(
                .class("card"),
                .h2(.text(t(.pooledTitle))),
                EventResultsPage.summaryBody(model.pooled.pooled, questions: model.questions, threshold: model.threshold, context))
        )
        return Layout.render(Page(title: context.localizer.text(model.title)?.text ?? "–", section: .operatorHome, content: content), context: context)
    }

    private static func costSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        guard let cost = model.cost, cost.cents > 0 else {
            return .section(.class("card"), .h2(.text(t(.sharedEventCostTitle))), .p(.text(t(.sharedEventCostNone))))
        }
        return .section(
            .class("card"),
            .h2(.text(t(.sharedEventCostTitle))),
            .p(.text(t(.sharedEventCostSplit(amount: context.localizer.money(cost, cents: true))))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data"),
                    .caption(.class("visually-hidden"), .text(t(.sharedEventCostTitle))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(t(.organisation))),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.feedbackEligible).sentenceCased)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.sharedEventCostShare))))),
                    .tbody(
                        .forEach(model.costShares) { row in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(row.name)),
                                .td(.class("number"), .text(String(row.attended))),
                                .td(.class("number"), .text(context.localizer.money(row.share, cents: true))))
                        }))))
    }

    static func overall(_ summary: FeedbackSummary) -> Double? {
        let means = (summary.scales ?? []).compactMap(\.mean)
        return means.isEmpty ? nil : means.reduce(0, +) / Double(means.count)
    }
}
