import Foundation
import Plot
import RoderCore

/// A manager's personal development plan: development goals linked to competences and to the
/// programme's result goals, each with actions, due dates and status. The manager writes it;
/// their coach, and their own manager if they share it, read it.
public enum DevelopmentPlanPage {
    public struct Action: Sendable {
        public var id: UUID
        public var text: String
        public var due: Date
        public var status: DevelopmentActionStatus

        public init(id: UUID, text: String, due: Date, status: DevelopmentActionStatus) {
            self.id = id
            self.text = text
            self.due = due
            self.status = status
        }
    }

    public struct Goal: Sendable {
        public var id: UUID
        public var text: String
        public var competence: LocalizedText?
        public var resultGoal: SelectChoice?
        public var actions: [Action]

        public init(id: UUID, text: String, competence: LocalizedText?, resultGoal: SelectChoice?, actions: [Action]) {
            self.id = id
            self.text = text
            self.competence = competence
            self.resultGoal = resultGoal
            self.actions = actions
        }
    }

    /// What was typed into one of the forms when it was refused: which form ("goal" or the
    /// goal's id for an action), its fields and the message.
    public struct Typed: Sendable {
        public var form: String
        public var fields: [String: String]
        public var error: String

        public init(form: String, fields: [String: String], error: String) {
            self.form = form
            self.fields = fields
            self.error = error
        }
    }

    public struct Model: Sendable {
        public var ownerName: String
        public var reader: PlanReader
        public var goals: [Goal]
        public var sharedWithManager: Bool
        public var coachNames: [String]
        public var managerName: String?
        public var competences: [SelectChoice]
        public var resultGoals: [SelectChoice]
        public var today: Date
        public var typed: Typed?

        public init(
            ownerName: String, reader: PlanReader, goals: [Goal], sharedWithManager: Bool, coachNames: [String], managerName: String?,
            competences: [SelectChoice], resultGoals: [SelectChoice], today: Date, typed: Typed? = nil
        ) {
            self.ownerName = ownerName
            self.reader = reader
            self.goals = goals
            self.sharedWithManager = sharedWithManager
            self.coachNames = coachNames
            self.managerName = managerName
            self.competences = competences
            self.resultGoals = resultGoals
            self.today = today
            self.typed = typed
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let isOwner = model.reader == .owner
        let title = isOwner ? t(.planMine) : t(.planOf(name: model.ownerName))
        let content: Node<HTML.BodyContext> = .group(
            coachingTabs(.competenceArea, context),
            .p(.class("lead"), .text(t(isOwner ? .planIntro : .planReadOnly))),
            isOwner ? sharing(model, context) : .empty,
            model.goals.isEmpty ? .section(.class("card"), .p(.text(t(.planEmpty)))) : .empty,
            .forEach(model.goals) { goal($0, model, context) },
            isOwner ? newGoal(model, context) : .empty
        )
        return Layout.render(Page(title: title, section: .area(.coaching), content: content), context: context)
    }

    /// For a user who is not a person of the organisation (an external coach, say).
    public static func renderNotLinked(context: PageContext) -> String {
        let content: Node<HTML.BodyContext> = .group(coachingTabs(.competenceArea, context), .section(.class("card"), .p(.text(context(.planNotLinked)))))
        return Layout.render(Page(title: context(.planMine), section: .area(.coaching), content: content), context: context)
    }

    private static func sharing(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .h2(.text(t(.planWhoSees))),
            .p(.text(model.coachNames.isEmpty ? t(.planNoCoach) : t(.planCoachesSee(names: model.coachNames.joined(separator: ", "))))),
            .unwrap(model.managerName) { manager in
                .form(
                    .action(SiteRoute.developmentPlanSharing.path), .method(.post), .class("stack"),
                    csrfField(context),
                    .div(
                        .class("check"),
                        .input(.type(.checkbox), .name("shared"), .id("shared"), .value("1"), .checked(model.sharedWithManager)),
                        .label(.for("shared"), .text(t(.planShareWithManager(name: manager))))),
                    .button(.type(.submit), .text(t(.planSaveSharing))))
            })
    }

    private static func goal(_ goal: Goal, _ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let typed = model.typed?.form == goal.id.uuidString.lowercased() ? model.typed : nil
        return .section(
            .class("card"),
            .h2(.text(goal.text)),
            .p(
                .class("meta"),
                .unwrap(goal.competence) { .group(.text(t(.competenceName) + ": "), localized($0, context)) },
                goal.competence != nil && goal.resultGoal != nil ? .text(" · ") : .empty,
                .unwrap(goal.resultGoal) { .group(.text(t(.resultGoal) + ": "), .a(.href(SiteRoute.goal($0.id).path), .text($0.label))) }),
            goal.actions.isEmpty
                ? .p(.text(t(.planNoActions)))
                : .ul(
                    .class("plain-list action-list"),
                    .forEach(goal.actions) { action in
                        .li(
                            .p(
                                .strong(.text(action.text)),
                                .text(" · " + t(.actionDue) + " " + context.localizer.date(action.due)),
                                .span(
                                    .class(action.status == .done ? "status status-done" : action.due < model.today ? "status status-off-track" : "status"),
                                    .text(
                                        t(action.status == .done ? action.status.titleKey : action.due < model.today ? .actionOverdue : action.status.titleKey))
                                )),
                            model.reader == .owner
                                ? .form(
                                    .action(SiteRoute.developmentAction(action.id).path), .method(.post), .class("inline-form"),
                                    csrfField(context),
                                    .label(.class("visually-hidden"), .for("status-\(action.id.uuidString.lowercased())"), .text(t(.status))),
                                    .select(
                                        .attribute(named: "name", value: "status"), .id("status-\(action.id.uuidString.lowercased())"),
                                        .forEach(DevelopmentActionStatus.allCases) {
                                            .choice(value: $0.rawValue, label: t($0.titleKey), isSelected: $0 == action.status)
                                        }),
                                    .button(.type(.submit), .class("link-button"), .text(t(.planSaveStatus))))
                                : .empty)
                    }),
            model.reader == .owner
                ? .form(
                    .action(SiteRoute.developmentGoalActions(goal.id).path), .method(.post), .class("stack"),
                    csrfField(context),
                    .h3(.text(t(.planAddAction))),
                    .unwrap(typed?.error) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                    .div(
                        .class("measure-form"),
                        .div(
                            .class("field"), .label(.for("action-\(goal.id.uuidString.lowercased())"), .text(t(.actionText))),
                            .input(
                                .type(.text), .name("text"), .id("action-\(goal.id.uuidString.lowercased())"), .required(true),
                                .value(typed?.fields["text"] ?? ""))),
                        .div(
                            .class("field"), .label(.for("due-\(goal.id.uuidString.lowercased())"), .text(t(.actionDue))),
                            .input(
                                .type(.date), .name("due"), .id("due-\(goal.id.uuidString.lowercased())"), .required(true),
                                .value(typed?.fields["due"] ?? "")))),
                    .button(.type(.submit), .text(t(.actionAdd))))
                : .empty
        )
    }

    private static func newGoal(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let typed = model.typed?.form == "goal" ? model.typed : nil
        func select(_ name: String, label: String, choices: [SelectChoice]) -> Node<HTML.FormContext> {
            .div(
                .class("field"), .label(.for(name), .text(label)),
                .select(
                    .attribute(named: "name", value: name), .id(name),
                    .choice(value: "", label: t(.planNoLink), isSelected: (typed?.fields[name] ?? "").isEmpty),
                    .forEach(choices) { choice in
                        .choice(
                            value: choice.id.uuidString.lowercased(), label: choice.label, isSelected: typed?.fields[name] == choice.id.uuidString.lowercased())
                    }))
        }
        return .section(
            .class("card"),
            .h2(.id("new-goal"), .text(t(.planNewGoal))),
            .form(
                .action(SiteRoute.developmentGoals.path), .method(.post), .class("stack"),
                csrfField(context),
                .unwrap(typed?.error) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                .div(
                    .class("field"), .label(.for("goal-text"), .text(t(.planGoalText))),
                    .p(.class("hint"), .id("goal-text-hint"), .text(t(.planGoalHint))),
                    .textarea(
                        .name("text"), .id("goal-text"), .rows(2), .required(true), .attribute(named: "aria-describedby", value: "goal-text-hint"),
                        .text(typed?.fields["text"] ?? ""))),
                select("competence", label: t(.competenceName), choices: model.competences),
                select("result-goal", label: t(.resultGoal), choices: model.resultGoals),
                .button(.type(.submit), .class("primary"), .text(t(.planAddGoal))))
        )
    }
}

extension DevelopmentActionStatus {
    public var titleKey: Str {
        switch self {
        case .planned: .planStatusPlanned
        case .underWay: .planStatusUnderWay
        case .done: .planStatusDone
        }
    }
}
