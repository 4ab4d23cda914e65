import Foundation
import Plot
import RoderCore

/// The start page after sign-in. It is built from sections, one for each role the user
/// holds, so an HR director who is also an administrator sees both on one page.
public enum HomePage {
    public struct Model: Sendable {
        public var roles: Set<Role>
        public var programme: ProgrammeOverview?
        /// The result goals the signed-in manager is a responsible person for.
        public var responsibilities: [GoalSummary]
        /// Whether the signed-in user is linked to a person of the organisation at all.
        public var isLinkedToPerson: Bool
        public var userCountsByRole: [Role: Int]
        /// The engagements the user coaches, and those they are coached in.
        public var asCoach: CoachingAgenda?
        public var asCoachee: CoachingAgenda?
        /// Self-assessment rounds open to the user that they have not answered.
        public var openSelfAssessments: [CompetenceAreaPage.OpenRound] = []
        /// A new organisation's first steps, for its administrator and programme owner.
        public var checklist: StartChecklist?

        public init(
            roles: Set<Role>, programme: ProgrammeOverview?, responsibilities: [GoalSummary] = [],
            isLinkedToPerson: Bool = false, userCountsByRole: [Role: Int] = [:]
        ) {
            self.roles = roles
            self.programme = programme
            self.responsibilities = responsibilities
            self.isLinkedToPerson = isLinkedToPerson
            self.userCountsByRole = userCountsByRole
        }
    }

    /// What is coming in coaching: the next sessions, open actions, and — for a coach who works
    /// for several organisations — the engagements in the others.
    public struct CoachingAgenda: Sendable {
        public struct Session: Sendable {
            public var engagementID: UUID
            public var purpose: LocalizedText
            public var startsAt: Date

            public init(engagementID: UUID, purpose: LocalizedText, startsAt: Date) {
                self.engagementID = engagementID
                self.purpose = purpose
                self.startsAt = startsAt
            }
        }

        public struct Action: Sendable {
            public var engagementID: UUID
            public var text: String
            public var due: Date

            public init(engagementID: UUID, text: String, due: Date) {
                self.engagementID = engagementID
                self.text = text
                self.due = due
            }
        }

        public struct Elsewhere: Sendable {
            public var organisationID: UUID
            public var name: LocalizedText
            public var engagements: Int
            public var nextSession: Date?

            public init(organisationID: UUID, name: LocalizedText, engagements: Int, nextSession: Date?) {
                self.organisationID = organisationID
                self.name = name
                self.engagements = engagements
                self.nextSession = nextSession
            }
        }

        public var engagements: Int
        public var sessions: [Session]
        public var actions: [Action]
        public var elsewhere: [Elsewhere]
        public var today: Date

        public init(engagements: Int, sessions: [Session], actions: [Action], elsewhere: [Elsewhere] = [], today: Date) {
            self.engagements = engagements
            self.sessions = sessions
            self.actions = actions
            self.elsewhere = elsewhere
            self.today = today
        }
    }

    public struct ProgrammeOverview: Sendable {
        public var name: LocalizedText
        public var startYear: Int
        public var endYear: Int
        public var areas: [AreaSummary]

        public init(name: LocalizedText, startYear: Int, endYear: Int, areas: [AreaSummary]) {
            self.name = name
            self.startYear = startYear
            self.endYear = endYear
            self.areas = areas
        }
    }

    public struct AreaSummary: Sendable {
        public var title: LocalizedText
        public var goals: [GoalSummary]

        public init(title: LocalizedText, goals: [GoalSummary]) {
            self.title = title
            self.goals = goals
        }
    }

    public struct GoalSummary: Sendable {
        public var id: UUID?
        public var title: LocalizedText
        public var areaTitle: LocalizedText
        public var responsiblePersons: [String]
        public var status: GoalStatus
        public var lastReport: StatusReport?

        public init(
            id: UUID? = nil, title: LocalizedText, areaTitle: LocalizedText, responsiblePersons: [String],
            status: GoalStatus = .notStarted, lastReport: StatusReport? = nil
        ) {
            self.status = status
            self.lastReport = lastReport
            self.id = id
            self.title = title
            self.areaTitle = areaTitle
            self.responsiblePersons = responsiblePersons
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let title = context.userName.map { t(.homeGreeting(name: $0)) } ?? t(.navHome)
        let content: Node<HTML.BodyContext> = .group(
            .unwrap(context.organisation) { organisation in
                .p(
                    .class("lead"),
                    .text(
                        t(
                            .homeRolesIntro(roles: model.roles.sorted { $0.rawValue < $1.rawValue }.map { t($0.titleKey) }.joined(separator: ", ")))),
                    .text(" "), localized(organisation.name, context), .text("."))
            },
            .unwrap(model.checklist) { checklistSection($0, roles: model.roles, context) },
            .if(!model.openSelfAssessments.isEmpty, selfAssessmentSection(model.openSelfAssessments, context)),
            .if(model.roles.contains(.manager), responsibilitiesSection(model, context)),
            .unwrap(model.asCoachee) { coachingSection($0, title: t(.homeMyCoaching), context) },
            .if(model.roles.contains(.programmeOwner) || model.roles.contains(.viewer), programmeSection(model, context)),
            .if(model.roles.contains(.coach), coachingSection(model.asCoach, title: t(.homeCoachEngagements), context)),
            .if(model.roles.contains(.administrator), administrationSection(model, context))
        )
        return Layout.render(Page(title: title, section: .home, content: content), context: context)
    }

    /// "Getting started": each step ticked or not; a step the reader takes links to where it is
    /// taken, one someone else takes says who.
    private static func checklistSection(_ checklist: StartChecklist, roles: Set<Role>, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        func title(_ step: StartChecklist.Step) -> Str {
            switch step {
            case .importOrganisation: .checklistImport
            case .chooseProgrammeOwner: .checklistOwner
            case .inviteManagers: .checklistInvite
            case .startProgramme: .checklistProgramme
            case .addGoals: .checklistGoals
            case .planForum: .checklistForum
            }
        }
        func place(_ step: StartChecklist.Step) -> SiteRoute {
            switch step {
            case .importOrganisation: .organisationImport
            case .chooseProgrammeOwner: .users
            case .inviteManagers: .accountsFromOrganisation
            case .startProgramme, .addGoals: .area(.strategy)
            case .planForum: .newEvent
            }
        }
        return .section(
            .class("card"),
            .attribute(named: "aria-labelledby", value: "getting-started"),
            .h2(.id("getting-started"), .text(t(.checklistTitle))),
            .p(.class("hint"), .text(t(.checklistIntro))),
            .ol(
                .class("checklist"),
                .forEach(Array(StartChecklist.Step.allCases.enumerated())) { index, step in
                    let done = checklist.done.contains(step)
                    return .li(
                        .class(done ? "done" : "to-do"),
                        .span(.class("step-mark"), .attribute(named: "aria-hidden", value: "true"), .text(done ? "✓" : String(index + 1))),
                        .span(
                            .class("step-text"),
                            .span(.class("visually-hidden"), .text(t(done ? .checklistDone : .checklistToDo) + ": ")),
                            .text(t(title(step))),
                            step == .inviteManagers && !done && checklist.managersWithoutAccounts > 0
                                ? .text(". " + t(.checklistInviteLeft(count: context.localizer.number(checklist.managersWithoutAccounts)))) : .empty),
                        done
                            ? .empty
                            : roles.contains(step.takenBy)
                                ? .a(.href(place(step).path), .text(t(.checklistDoIt)), .span(.class("visually-hidden"), .text(": " + t(title(step)))))
                                : .span(.class("hint"), .text(t(.checklistTakenBy(role: t(step.takenBy.titleKey))))))
                }))
    }

    private static func responsibilitiesSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .attribute(named: "aria-labelledby", value: "my-responsibilities"),
            .h2(.id("my-responsibilities"), .text(t(.homeMyResponsibilities))),
            model.responsibilities.isEmpty
                ? .p(.text(t(model.isLinkedToPerson ? .homeNoResponsibilities : .homeNotLinkedToPerson)))
                : .ul(
                    .class("plain-list responsibilities"),
                    .forEach(model.responsibilities) { goal in
                        .li(
                            .class("responsibility"),
                            .h3(goal.id.map { id in .a(.href(SiteRoute.goal(id).path), localized(goal.title, context)) } ?? localized(goal.title, context)),
                            .p(
                                .class("muted"), localized(goal.areaTitle, context), .text(" · "),
                                .span(.class(goal.status.cssClass), .text(t(goal.status.titleKey))),
                                .unwrap(goal.lastReport) { .text(" · " + context.localizer.date($0.at)) }),
                            .unwrap(goal.id) { quickUpdateForm($0, goal: goal, context) }
                        )
                    }),
            .p(.class("hint"), .text(t(.homeReportStatusHint)))
        )
    }

    /// Status and comment in one small form: a manager reports from a phone in a minute.
    private static func quickUpdateForm(_ id: UUID, goal: GoalSummary, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let prefix = "quick-\(id.uuidString.lowercased())"
        return .form(
            .action(SiteRoute.goalStatus(id).path), .method(.post), .class("quick-update"),
            csrfField(context),
            .input(.type(.hidden), .name("return"), .value("home")),
            .div(
                .class("field"), .label(.for("\(prefix)-status"), .text(t(.status))),
                .select(
                    .attribute(named: "name", value: "status"), .id("\(prefix)-status"),
                    .forEach(GoalStatus.allCases) { .choice(value: $0.rawValue, label: t($0.titleKey), isSelected: $0 == goal.status) })),
            .div(
                .class("field"), .label(.for("\(prefix)-comment"), .text(t(.goalComment))),
                .textarea(.name("comment"), .id("\(prefix)-comment"), .rows(2), .attribute(named: "aria-describedby", value: "\(prefix)-hint"))),
            .p(.class("hint"), .id("\(prefix)-hint"), .text(t(.goalCommentHint))),
            .button(.type(.submit), .class("primary"), .text(t(.goalSaveStatus)))
        )
    }

    private static func programmeSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        guard let programme = model.programme else {
            return .section(.class("card"), .h2(.text(t(.homeProgramme))), .p(.text(t(.homeNoProgramme))))
        }
        return .section(
            .class("card"),
            .attribute(named: "aria-labelledby", value: "programme"),
            .h2(
                .id("programme"), localized(programme.name, context),
                .span(.class("muted"), .text(" \(programme.startYear)–\(programme.endYear)"))),
            .p(
                .text(
                    t(
                        .homeProgrammeIntro(
                            areas: context.localizer.number(programme.areas.count),
                            goals: context.localizer.number(programme.areas.reduce(0) { $0 + $1.goals.count }))))),
            .table(
                .class("data"),
                .caption(.text(t(.homeGoalsByArea))),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(t(.developmentArea))),
                        .th(.attribute(named: "scope", value: "col"), .text(t(.resultGoal))),
                        .th(.attribute(named: "scope", value: "col"), .text(t(.responsiblePersons))))),
                .tbody(
                    .forEach(programme.areas.enumerated()) { index, area in
                        .group(
                            area.goals.isEmpty
                                ? [
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .text("\(index + 1). "), localized(area.title, context)),
                                        .td(.attribute(named: "colspan", value: "2"), .text(t(.homeAreaHasNoGoals))))
                                ]
                                : area.goals.enumerated().map { goalIndex, goal in
                                    .tr(
                                        goalIndex == 0
                                            ? .th(
                                                .attribute(named: "scope", value: "rowgroup"),
                                                .attribute(named: "rowspan", value: String(area.goals.count)),
                                                .text("\(index + 1). "), localized(area.title, context))
                                            : .empty,
                                        .td(localized(goal.title, context)),
                                        .td(.text(goal.responsiblePersons.joined(separator: ", ")))
                                    )
                                })
                    })
            )
        )
    }

    private static func selfAssessmentSection(_ rounds: [CompetenceAreaPage.OpenRound], _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .h2(.text(t(.selfAssessmentMine))),
            .forEach(rounds) { round in
                .p(
                    .a(
                        .class("button primary"), .href(SiteRoute.selfAssessment(round.id).path), .text(t(.selfAssessmentStart)), .text(": "),
                        localized(round.name, context)),
                    .unwrap(round.lastDay) { .span(.class("meta"), .text(" " + t(.roundLastDay) + " " + context.localizer.date($0))) })
            })
    }

    /// The next sessions and open actions of the user's coaching, as coach or coachee.
    private static func coachingSection(_ agenda: CoachingAgenda?, title: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .h2(.text(title)),
            .unwrap(agenda) { agenda in
                .group(
                    agenda.engagements == 0 ? .p(.text(t(.coachingMineNone))) : .empty,
                    agenda.sessions.isEmpty
                        ? .empty
                        : .group(
                            .h3(.text(t(.homeNextSessions))),
                            .ul(
                                .class("plain-list"),
                                .forEach(agenda.sessions) { session in
                                    .li(
                                        .strong(.text(context.localizer.dateTime(session.startsAt))), .text(" · "),
                                        .a(.href(SiteRoute.engagement(session.engagementID).path), localized(session.purpose, context)))
                                })),
                    agenda.actions.isEmpty
                        ? .empty
                        : .group(
                            .h3(.text(t(.homeOpenActions))),
                            .ul(
                                .class("plain-list"),
                                .forEach(agenda.actions) { action in
                                    .li(
                                        .a(.href(SiteRoute.engagement(action.engagementID).path + "#actions"), .text(action.text)),
                                        .text(" · " + t(.actionDue) + " " + context.localizer.date(action.due)),
                                        action.due < agenda.today ? .span(.class("status status-off-track"), .text(" " + t(.actionOverdue))) : .empty)
                                })),
                    agenda.elsewhere.isEmpty
                        ? .empty
                        : .group(
                            .h3(.text(t(.homeCoachingElsewhere))),
                            .ul(
                                .class("plain-list"),
                                .forEach(agenda.elsewhere) { other in
                                    .li(
                                        .strong(localized(other.name, context)),
                                        .text(
                                            " · " + t(.homeElsewhereEngagements(count: String(other.engagements)))
                                                + (other.nextSession.map { " · " + t(.engagementNextSession) + ": " + context.localizer.dateTime($0) } ?? "")),
                                        .form(
                                            .action(SiteRoute.accountOrganisation.path), .method(.post), .class("inline-form"),
                                            csrfField(context),
                                            .input(.type(.hidden), .name("organisation"), .value(other.organisationID.uuidString)),
                                            .button(
                                                .type(.submit), .class("link-button"),
                                                .text(t(.homeSwitchTo(name: context.localizer.text(other.name)?.text ?? "–"))))))
                                }))
                )
            },
            .p(.a(.href(SiteRoute.area(.coaching).path), .text(t(.homeAllCoaching))))
        )
    }

    private static func administrationSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .attribute(named: "aria-labelledby", value: "administration"),
            .h2(.id("administration"), .text(t(.homeAdministration))),
            .dl(
                .class("counts"),
                .forEach(Role.allCases) { role in
                    .group(.dt(.text(t(role.titleKey))), .dd(.text(context.localizer.number(model.userCountsByRole[role] ?? 0))))
                }),
            .p(
                .a(.href(SiteRoute.users.path), .text(t(.homeManageUsers))), .text(" · "),
                .a(.href(SiteRoute.auditLog().path), .text(t(.navAuditLog))))
        )
    }
}
