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
    var cssClass: String { "status status-" + rawValue.replacingOccurrences(of: "_", with: "-") }
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

/// The management group's one page: every area, its goals, who is responsible, the status
/// and the latest report. Prints on A4.
public enum ManagementGroupPage {
    public struct Goal: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var responsiblePersons: [String]
        public var status: GoalStatus
        public var lastReport: StatusReport?

        public init(id: UUID, title: LocalizedText, responsiblePersons: [String], status: GoalStatus, lastReport: StatusReport?) {
            self.id = id
            self.title = title
            self.responsiblePersons = responsiblePersons
            self.status = status
            self.lastReport = lastReport
        }
    }

    public struct Area: Sendable {
        public var title: LocalizedText
        public var goals: [Goal]

        public init(title: LocalizedText, goals: [Goal]) {
            self.title = title
            self.goals = goals
        }
    }

    public struct Model: Sendable {
        public var programmeName: LocalizedText?
        public var years: String
        public var areas: [Area]

        public init(programmeName: LocalizedText?, years: String, areas: [Area]) {
            self.programmeName = programmeName
            self.years = years
            self.areas = areas
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let goals = model.areas.flatMap(\.goals)
        let counts = GoalStatus.allCases.map { status in (status, goals.filter { $0.status == status }.count) }
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("lead"), .text(t(.mgIntro))),
            .ul(.class("figures"), .forEach(counts) { status, count in
                .li(.span(.class("figure-value"), .text(context.localizer.number(count))),
                    .span(.class(status.cssClass), .text(t(status.titleKey))))
            }),
            .forEach(model.areas.enumerated()) { index, area in
                .section(
                    .class("card area"),
                    .h2(.text("\(index + 1). "), localized(area.title, context)),
                    area.goals.isEmpty ? .p(.text(t(.homeAreaHasNoGoals))) : .div(.class("table-wrap"), .table(
                        .class("data"),
                        .caption(.class("visually-hidden"), .text(context.localizer.text(area.title)?.text ?? "")),
                        .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(t(.resultGoal))),
                                   .th(.attribute(named: "scope", value: "col"), .text(t(.responsiblePersons))),
                                   .th(.attribute(named: "scope", value: "col"), .text(t(.status))),
                                   .th(.attribute(named: "scope", value: "col"), .text(t(.mgLastReport))))),
                        .tbody(.forEach(area.goals) { goal in
                            .tr(
                                .td(.a(.href(SiteRoute.goal(goal.id).path), localized(goal.title, context))),
                                .td(.text(goal.responsiblePersons.joined(separator: ", "))),
                                .td(.span(.class(goal.status.cssClass), .text(t(goal.status.titleKey)))),
                                .td(goal.lastReport.map { report in
                                    .group(.text(context.localizer.date(report.at) + " · " + report.author),
                                           .unwrap(report.comment) { .p(.class("comment"), .text($0)) })
                                } ?? .text(t(.mgNoReport)))
                            )
                        })
                    ))
                )
            }
        )
        let title = model.programmeName.flatMap { context.localizer.text($0)?.text }.map { "\($0) \(model.years)" } ?? t(.areaStrategy)
        return Layout.render(Page(title: title, section: .area(.strategy), content: content), context: context)
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
        /// What was typed when the update was refused.
        public var draftStatus: GoalStatus?
        public var draftComment: String
        public var error: String?

        public init(id: UUID, title: LocalizedText, areaTitle: LocalizedText, responsiblePersons: [String], status: GoalStatus,
                    history: [StatusReport], canUpdate: Bool, draftStatus: GoalStatus? = nil, draftComment: String = "", error: String? = nil) {
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
            .p(.a(.href(SiteRoute.area(.strategy).path), .text("← " + t(.areaStrategy)))),
            .dl(.class("details"),
                .dt(.text(t(.developmentArea))), .dd(localized(model.areaTitle, context)),
                .dt(.text(t(.responsiblePersons))), .dd(.text(model.responsiblePersons.joined(separator: ", "))),
                .dt(.text(t(.status))), .dd(.span(.class(model.status.cssClass), .text(t(model.status.titleKey))))),
            model.canUpdate ? .section(
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
                            .div(.class("check"),
                                 .input(.type(.radio), .name("status"), .id("status-\(status.rawValue)"), .value(status.rawValue),
                                        .checked(status == chosen)),
                                 .label(.for("status-\(status.rawValue)"), .text(t(status.titleKey))))
                        }
                    ),
                    .div(.class(model.error == nil ? "field" : "field has-error"),
                         .label(.for("comment"), .text(t(.goalComment))),
                         .p(.class("hint"), .id("comment-hint"), .text(t(.goalCommentHint))),
                         .textarea(.name("comment"), .id("comment"), .rows(3), .attribute(named: "aria-describedby", value: "comment-hint"),
                                   .text(model.draftComment))),
                    .button(.type(.submit), .class("primary"), .text(t(.goalSaveStatus)))
                )
            ) : .empty,
            .section(
                .class("card"),
                .h2(.text(t(.goalHistory))),
                model.history.isEmpty ? .p(.text(t(.mgNoReport))) : .ol(.class("plain-list history"), .forEach(model.history) { report in
                    .li(.span(.class(report.status.cssClass), .text(t(report.status.titleKey))),
                        .text(" · " + context.localizer.dateTime(report.at) + " · " + report.author),
                        .unwrap(report.comment) { .p(.class("comment"), .text($0)) })
                })
            )
        )
        return Layout.render(Page(title: context.localizer.text(model.title)?.text ?? "–", section: .area(.strategy), content: content), context: context)
    }
}
