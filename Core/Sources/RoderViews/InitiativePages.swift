import Foundation
import Plot
import RoderCore

/// The fields of an initiative as its form shows them (empty for a new one, or as typed
/// when a save was refused).
public struct InitiativeForm: Sendable {
    public var title: LocalizedText
    public var description: LocalizedText
    public var ownerID: UUID?
    public var status: InitiativeStatus
    public var goalIDs: Set<UUID>
    public var errors: [String]

    public init(
        title: LocalizedText = LocalizedText(), description: LocalizedText = LocalizedText(), ownerID: UUID? = nil,
        status: InitiativeStatus = .planned, goalIDs: Set<UUID> = [], errors: [String] = []
    ) {
        self.title = title
        self.description = description
        self.ownerID = ownerID
        self.status = status
        self.goalIDs = goalIDs
        self.errors = errors
    }
}

/// Every initiative of the programme with its next milestone; overdue ones stand out.
public enum InitiativesPage {
    public struct Row: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var owner: String?
        public var status: InitiativeStatus
        public var goals: [LocalizedText]
        public var nextMilestone: MilestoneNote?
        public var overdueCount: Int

        public init(
            id: UUID, title: LocalizedText, owner: String?, status: InitiativeStatus, goals: [LocalizedText],
            nextMilestone: MilestoneNote?, overdueCount: Int
        ) {
            self.id = id
            self.title = title
            self.owner = owner
            self.status = status
            self.goals = goals
            self.nextMilestone = nextMilestone
            self.overdueCount = overdueCount
        }
    }

    public struct Model: Sendable {
        public var rows: [Row]
        /// The programme owner's: a link to a new initiative (`NewInitiativePage`).
        public var canManage: Bool

        public init(rows: [Row], canManage: Bool) {
            self.rows = rows
            self.canManage = canManage
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.strategy).path), .text("← " + t(.areaStrategy)))),
            .p(.class("lead"), .text(t(.initiativesIntro))),
            model.canManage ? .p(.a(.class("button primary"), .href(SiteRoute.newInitiative.path), .text(t(.initiativeNew)))) : .empty,
            model.rows.isEmpty
                ? .p(.text(t(.initiativeNone)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data"),
                        .caption(.class("visually-hidden"), .text(t(.initiativesTitle))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(.initiativeColumn))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.initiativeGoals))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.initiativeOwner))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.status))))),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .td(
                                        .a(.href(SiteRoute.initiative(row.id).path), .strong(localized(row.title, context))),
                                        .unwrap(row.nextMilestone) { milestoneNode($0, context) },
                                        row.overdueCount > 1
                                            ? .p(.class("milestone overdue"), .text(t(.initiativeOverdueCount(count: String(row.overdueCount))))) : .empty),
                                    .td(.ul(.class("plain-list"), .forEach(row.goals) { .li(localized($0, context)) })),
                                    .td(.text(row.owner ?? "–")),
                                    .td(.text(t(row.status.titleKey))))
                            })
                    ))
        )
        return Layout.render(
            Page(
                title: t(.initiativesTitle), section: .area(.strategy),
                content: .group(content, exportLinks(.exportInitiatives, label: .exportInitiatives, context))), context: context)
    }
}

/// A new initiative of the programme, on a page of its own: the form offers every manager as
/// its owner, thousands in a large town.
public enum NewInitiativePage {
    public struct Model: Sendable {
        public var form: InitiativeForm
        public var people: [SelectChoice]
        public var goals: [SelectChoice]

        public init(form: InitiativeForm = InitiativeForm(), people: [SelectChoice], goals: [SelectChoice]) {
            self.form = form
            self.people = people
            self.goals = goals
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.initiatives.path), .text("← " + t(.initiativesTitle)))),
            .section(
                .class("card"),
                .form(
                    .action(SiteRoute.initiatives.path), .method(.post), .class("stack"),
                    csrfField(context),
                    initiativeFields(model.form, people: model.people, goals: model.goals, idPrefix: "new", context),
                    .button(.type(.submit), .class("primary"), .text(t(.initiativeCreate))))))
        return Layout.render(Page(title: t(.initiativeNew), section: .area(.strategy), content: content), context: context)
    }
}

/// Title and description per language, owner, status and the goals served.
func initiativeFields(_ form: InitiativeForm, people: [SelectChoice], goals: [SelectChoice], idPrefix: String, _ context: PageContext) -> Node<HTML.FormContext>
{
    let t = context
    let languages = context.organisation?.contentLanguages ?? [.swedish]
    return .group(
        errorSummary(form.errors, context: context),
        .forEach(languages) { language in
            .fieldset(
                .class("field language-group"),
                .legend(language.nativeName),
                inputField(
                    name: "title-\(language.code)", id: "\(idPrefix)-title-\(language.code)", label: t(.initiativeTitle),
                    value: form.title[language] ?? "", required: language == languages.first, lang: language.code),
                .div(
                    .class("field"),
                    .label(.for("\(idPrefix)-description-\(language.code)"), .text(t(.goalDescription))),
                    .textarea(
                        .name("description-\(language.code)"), .id("\(idPrefix)-description-\(language.code)"), .rows(2),
                        .attribute(named: "lang", value: language.code), .text(form.description[language] ?? "")))
            )
        },
        .div(
            .class("measure-form"),
            .div(
                .class("field"), .label(.for("\(idPrefix)-owner"), .text(t(.initiativeOwner))),
                .select(
                    .attribute(named: "name", value: "owner"), .id("\(idPrefix)-owner"),
                    .choice(value: "", label: "–", isSelected: form.ownerID == nil),
                    .forEach(people) { .choice(value: $0.id.uuidString.lowercased(), label: $0.label, isSelected: $0.id == form.ownerID) })),
            .div(
                .class("field"), .label(.for("\(idPrefix)-status"), .text(t(.status))),
                .select(
                    .attribute(named: "name", value: "status"), .id("\(idPrefix)-status"),
                    .forEach(InitiativeStatus.allCases) { .choice(value: $0.rawValue, label: t($0.titleKey), isSelected: $0 == form.status) }))),
        .fieldset(
            .class("field responsible-choice"),
            .legend(t(.initiativeGoals)),
            .div(
                .class("choices"),
                .forEach(goals) { goal in
                    .div(
                        .class("check"),
                        .input(
                            .type(.checkbox), .name("goal[]"), .id("\(idPrefix)-goal-\(goal.id.uuidString.lowercased())"),
                            .value(goal.id.uuidString.lowercased()), .checked(form.goalIDs.contains(goal.id))),
                        .label(.for("\(idPrefix)-goal-\(goal.id.uuidString.lowercased())"), .text(goal.label)))
                })
        )
    )
}

/// One initiative: what it is for, its milestones (tick off, add) and, for the programme
/// owner, its details to change.
public enum InitiativePage {
    public struct MilestoneRow: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var due: Date
        public var doneAt: Date?
        public var isOverdue: Bool

        public init(id: UUID, title: LocalizedText, due: Date, doneAt: Date?, isOverdue: Bool) {
            self.id = id
            self.title = title
            self.due = due
            self.doneAt = doneAt
            self.isOverdue = isOverdue
        }
    }

    public struct Model: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var description: LocalizedText?
        public var owner: String?
        public var status: InitiativeStatus
        public var goals: [(id: UUID, title: LocalizedText)]
        public var milestones: [MilestoneRow]
        public var isArchived: Bool
        public var canManage: Bool
        public var canTickOff: Bool
        public var form: InitiativeForm
        public var people: [SelectChoice]
        public var goalChoices: [SelectChoice]
        public var milestoneError: String?
        /// A refused new milestone as typed.
        public var typedMilestone: (title: LocalizedText, due: String)?

        public init(
            id: UUID, title: LocalizedText, description: LocalizedText?, owner: String?, status: InitiativeStatus,
            goals: [(id: UUID, title: LocalizedText)], milestones: [MilestoneRow], isArchived: Bool, canManage: Bool, canTickOff: Bool,
            form: InitiativeForm, people: [SelectChoice] = [], goalChoices: [SelectChoice] = [], milestoneError: String? = nil
        ) {
            self.id = id
            self.title = title
            self.description = description
            self.owner = owner
            self.status = status
            self.goals = goals
            self.milestones = milestones
            self.isArchived = isArchived
            self.canManage = canManage
            self.canTickOff = canTickOff
            self.form = form
            self.people = people
            self.goalChoices = goalChoices
            self.milestoneError = milestoneError
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        let name = context.localizer.text(model.title)?.text ?? "–"
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.initiatives.path), .text("← " + t(.initiativesTitle)))),
            model.isArchived ? .p(.class("notice"), .text(t(.archivedNote))) : .empty,
            .unwrap(model.description) { .p(.class("lead"), localized($0, context)) },
            .dl(
                .class("details"),
                .dt(.text(t(.initiativeOwner))), .dd(.text(model.owner ?? "–")),
                .dt(.text(t(.status))), .dd(.text(t(model.status.titleKey))),
                .dt(.text(t(.initiativeGoals))),
                .dd(
                    model.goals.isEmpty
                        ? .text("–")
                        : .ul(
                            .class("plain-list"),
                            .forEach(model.goals) { goal in
                                .li(.a(.href(SiteRoute.goal(goal.id).path), localized(goal.title, context)))
                            }))),
            .section(
                .class("card"),
                .h2(.id("milestones"), .text(t(.milestonesTitle))),
                .unwrap(model.milestoneError) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                model.milestones.isEmpty
                    ? .p(.text(t(.milestonesNone)))
                    : .ol(
                        .class("plain-list milestones"),
                        .forEach(model.milestones) { milestone in
                            .li(
                                .class(milestone.isOverdue ? "milestone-row overdue" : milestone.doneAt == nil ? "milestone-row" : "milestone-row done"),
                                .strong(.text(context.localizer.date(milestone.due))), .text(" · "), localized(milestone.title, context),
                                .text(" · "),
                                milestone.doneAt.map { .span(.class("status status-done"), .text(t(.milestoneDoneOn(date: context.localizer.date($0))))) }
                                    ?? (milestone.isOverdue
                                        ? .span(.class("status status-off-track"), .text(t(.milestoneOverdue)))
                                        : .span(.class("status status-not-started"), .text(t(.milestoneOpen)))),
                                model.canTickOff
                                    ? .form(
                                        .action(SiteRoute.milestone(milestone.id).path), .method(.post), .class("inline-form"),
                                        csrfField(context),
                                        .input(.type(.hidden), .name("done"), .value(milestone.doneAt == nil ? "1" : "0")),
                                        .button(
                                            .type(.submit),
                                            .attribute(
                                                named: "aria-label",
                                                value: (milestone.doneAt == nil ? t(.milestoneMarkDone) : t(.milestoneReopen)) + ": "
                                                    + (context.localizer.text(milestone.title)?.text ?? "")),
                                            .text(milestone.doneAt == nil ? t(.milestoneMarkDone) : t(.milestoneReopen)))
                                    ) : .empty
                            )
                        }),
                model.canManage
                    ? .details(
                        .open(model.typedMilestone != nil),
                        .summary(.text(t(.milestoneNew))),
                        .form(
                            .action(SiteRoute.initiativeMilestones(model.id).path), .method(.post), .class("stack"),
                            csrfField(context),
                            .forEach(languages) { language in
                                inputField(
                                    name: "title-\(language.code)", id: "milestone-title-\(language.code)",
                                    label: t(.milestoneTitle) + " (" + language.nativeName + ")", value: model.typedMilestone?.title[language] ?? "",
                                    required: language == languages.first, lang: language.code)
                            },
                            .div(
                                .class("field"), .label(.for("milestone-due"), .text(t(.milestoneDue))),
                                .input(.type(.date), .name("due"), .id("milestone-due"), .required(true), .value(model.typedMilestone?.due ?? ""))),
                            .button(.type(.submit), .text(t(.milestoneAdd))))
                    ) : .empty
            ),
            model.canManage
                ? .section(
                    .class("card"),
                    .h2(.id("edit"), .text(t(.initiativeEdit))),
                    .form(
                        .action(SiteRoute.initiative(model.id).path), .method(.post), .class("stack"),
                        csrfField(context),
                        initiativeFields(model.form, people: model.people, goals: model.goalChoices, idPrefix: "edit", context),
                        .button(.type(.submit), .class("primary"), .text(t(.saveChanges)))),
                    .div(
                        archiveButton(
                            kind: "initiative", id: model.id, label: t(model.isArchived ? .archiveRestore : .archiveAction), itemName: name,
                            restore: model.isArchived, context))
                ) : .empty
        )
        return Layout.render(Page(title: name, section: .area(.strategy), content: content), context: context)
    }
}
