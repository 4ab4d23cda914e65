import Foundation
import Plot
import RoderCore

/// Links between the coaching and competence pages, shown on each of them.
func coachingTabs(_ current: SiteRoute, _ context: PageContext) -> Node<HTML.BodyContext> {
    let tabs: [(SiteRoute, Str)] = [(.area(.coaching), .coachingTab), (.competenceArea, .competenceTab), (.competenceFramework, .frameworkTitle)]
    return .nav(
        .class("tabs"), .ariaLabel(context(.areaCoaching)),
        .ul(
            .forEach(tabs) { route, title in
                .li(.a(.href(route.path), .text(context(title)), route == current ? .attribute(named: "aria-current", value: "page") : .empty))
            })
    )
}

/// A competence as the pages name it: its group and name, and the four level texts.
public struct CompetenceSummary: Sendable {
    public var id: UUID
    public var group: LocalizedText
    public var name: LocalizedText
    public var levels: [LocalizedText]

    public init(id: UUID, group: LocalizedText, name: LocalizedText, levels: [LocalizedText]) {
        self.id = id
        self.group = group
        self.name = name
        self.levels = levels
    }

    func levelText(_ level: CompetenceLevel) -> LocalizedText {
        levels.indices.contains(level.value - 1) ? levels[level.value - 1] : LocalizedText()
    }
}

/// The fields of a competence, as typed.
public struct CompetenceForm: Sendable {
    public var group: LocalizedText
    public var name: LocalizedText
    public var levels: [LocalizedText]
    public var errors: [String]

    public init(group: LocalizedText = LocalizedText(), name: LocalizedText = LocalizedText(), levels: [LocalizedText]? = nil, errors: [String] = []) {
        self.group = group
        self.name = name
        self.levels = levels ?? CompetenceLevel.all.map { _ in LocalizedText() }
        self.errors = errors
    }

    static func render(_ form: CompetenceForm, action: String, submit: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        func field(_ name: String, _ label: String, _ text: LocalizedText, language: RoderCore.Language, rows: Int? = nil) -> Node<HTML.FormContext> {
            let id = "\(name)-\(language.code)"
            let required = language == languages.first && rows == nil
            return .div(
                .class("field"),
                .label(.for(id), .text(label + " (\(language.nativeName))")),
                rows.map { rows in
                    .textarea(.name(id), .id(id), .rows(rows), .attribute(named: "lang", value: language.code), .text(text[language] ?? ""))
                }
                    ?? .input(
                        .type(.text), .name(id), .id(id), .value(text[language] ?? ""), .attribute(named: "lang", value: language.code),
                        .required(required)))
        }
        return .form(
            .action(action), .method(.post), .class("stack"),
            csrfField(context),
            errorSummary(form.errors, context: context),
            .forEach(languages) { language in .group(field("group", t(.competenceGroup), form.group, language: language)) },
            .forEach(languages) { language in .group(field("name", t(.competenceName), form.name, language: language)) },
            .forEach(CompetenceLevel.all) { level in
                .fieldset(
                    .class("field"),
                    .legend(t(.competenceLevelLegend(level: String(level.value)))),
                    .forEach(languages) { language in
                        field("level\(level.value)", t(.competenceLevelDescription), form.levels[level.value - 1], language: language, rows: 2)
                    })
            },
            .button(.type(.submit), .class("primary"), .text(submit))
        )
    }
}

/// The competence framework: every competence by group, what its levels mean and which role
/// profiles expect which level. Everyone reads it; those who change the role profiles change it.
public enum CompetenceFrameworkPage {
    public struct Item: Sendable {
        public var competence: CompetenceSummary
        /// "Unit manager: 3", one per profile that requires the competence.
        public var expectations: [(profile: LocalizedText, level: CompetenceLevel)]

        public init(competence: CompetenceSummary, expectations: [(profile: LocalizedText, level: CompetenceLevel)]) {
            self.competence = competence
            self.expectations = expectations
        }
    }

    public struct Model: Sendable {
        public var items: [Item]
        public var canChange: Bool
        public var form: CompetenceForm

        public init(items: [Item], canChange: Bool, form: CompetenceForm) {
            self.items = items
            self.canChange = canChange
            self.form = form
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let groups = groupedInOrder(model.items) { context.localizer.text($0.competence.group)?.text ?? "" }
        let content: Node<HTML.BodyContext> = .group(
            coachingTabs(.competenceFramework, context),
            .p(.class("lead"), .text(t(.frameworkIntro))),
            model.items.isEmpty ? .section(.class("card"), .p(.text(t(.frameworkEmpty)))) : .empty,
            .forEach(groups) { group in
                .section(
                    .class("card"),
                    .h2(localized(group.items[0].competence.group, context)),
                    .forEach(group.items) { item in
                        .div(
                            .class("competence"),
                            .h3(
                                localized(item.competence.name, context),
                                model.canChange
                                    ? .group(
                                        .text(" "),
                                        .a(
                                            .class("edit-link"), .href(SiteRoute.competence(item.competence.id).path),
                                            .attribute(
                                                named: "aria-label",
                                                value: t(.competenceEditNamed(name: context.localizer.text(item.competence.name)?.text ?? ""))),
                                            .text(t(.personEditShort))))
                                    : .empty),
                            .ol(
                                .class("level-list"),
                                .forEach(CompetenceLevel.all) { level in
                                    .li(.strong(.text("\(level.value) ")), localized(item.competence.levelText(level), context))
                                }),
                            item.expectations.isEmpty
                                ? .p(.class("meta"), .text(t(.competenceNotExpected)))
                                : .p(
                                    .class("meta"),
                                    .text(
                                        t(.competenceExpectedBy) + ": "
                                            + item.expectations.map {
                                                (context.localizer.text($0.profile)?.text ?? "–") + ": " + t(.levelInline(level: String($0.level.value)))
                                            }.joined(separator: ", ")))
                        )
                    })
            },
            model.canChange
                ? .section(
                    .class("card"),
                    .h2(.id("new"), .text(t(.competenceNew))),
                    .p(.class("hint"), .text(t(.competenceNewHint))),
                    CompetenceForm.render(model.form, action: SiteRoute.competenceFramework.path, submit: t(.competenceAdd), context))
                : .empty
        )
        return Layout.render(Page(title: t(.frameworkTitle), section: .area(.coaching), content: content), context: context)
    }
}

/// One competence's edit form.
public enum CompetenceEditPage {
    public static func render(id: UUID, form: CompetenceForm, context: PageContext) -> String {
        let t = context
        let title = context.localizer.text(form.name)?.text ?? t(.competenceName)
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.competenceFramework.path), .text("← " + t(.frameworkTitle)))),
            .section(.class("card"), CompetenceForm.render(form, action: SiteRoute.competence(id).path, submit: t(.saveChanges), context))
        )
        return Layout.render(Page(title: title, section: .area(.coaching), content: content), context: context)
    }
}

/// The fields of a new self-assessment round, as typed.
public struct AssessmentRoundForm: Sendable {
    public var name: LocalizedText
    public var profileIDs: Set<UUID>
    public var lastDay: String
    public var errors: [String]

    public init(name: LocalizedText = LocalizedText(), profileIDs: Set<UUID> = [], lastDay: String = "", errors: [String] = []) {
        self.name = name
        self.profileIDs = profileIDs
        self.lastDay = lastDay
        self.errors = errors
    }
}

/// The competence page: a manager's own self-assessment (the rounds open to them and their
/// latest result against their role's expectations); for those who run or follow the
/// programme, the rounds and a form to open one.
public enum CompetenceAreaPage {
    public struct OpenRound: Sendable {
        public var id: UUID
        public var name: LocalizedText
        public var lastDay: Date?
        public var answered: Bool

        public init(id: UUID, name: LocalizedText, lastDay: Date?, answered: Bool) {
            self.id = id
            self.name = name
            self.lastDay = lastDay
            self.answered = answered
        }
    }

    public struct MyResult: Sendable {
        public var round: LocalizedText
        public var previousRound: LocalizedText?
        public var rows: [(competence: CompetenceSummary, result: SelfAssessmentResult)]

        public init(round: LocalizedText, previousRound: LocalizedText?, rows: [(competence: CompetenceSummary, result: SelfAssessmentResult)]) {
            self.round = round
            self.previousRound = previousRound
            self.rows = rows
        }
    }

    public struct RoundRow: Sendable {
        public var id: UUID
        public var name: LocalizedText
        public var openedAt: Date
        public var lastDay: Date?
        public var isOpen: Bool
        public var invited: Int
        public var answered: Int

        public init(id: UUID, name: LocalizedText, openedAt: Date, lastDay: Date?, isOpen: Bool, invited: Int, answered: Int) {
            self.id = id
            self.name = name
            self.openedAt = openedAt
            self.lastDay = lastDay
            self.isOpen = isOpen
            self.invited = invited
            self.answered = answered
        }
    }

    public struct Programme: Sendable {
        public var rounds: [RoundRow]
        public var competenceCount: Int
        /// Role profiles to choose for a new round ("Unit manager (12)"); nil unless the
        /// reader may open one.
        public var profiles: [SelectChoice]?
        public var form: AssessmentRoundForm

        public init(rounds: [RoundRow], competenceCount: Int, profiles: [SelectChoice]?, form: AssessmentRoundForm) {
            self.rounds = rounds
            self.competenceCount = competenceCount
            self.profiles = profiles
            self.form = form
        }
    }

    public struct Model: Sendable {
        public var openRounds: [OpenRound]
        public var myResult: MyResult?
        public var programme: Programme?
        /// Whether the user is a person of the organisation, and so has a plan of their own.
        public var hasOwnPlan: Bool
        /// The people whose development plans the user may read (as their coach or manager).
        public var readablePlans: [SelectChoice]

        public init(openRounds: [OpenRound], myResult: MyResult?, programme: Programme?, hasOwnPlan: Bool = false, readablePlans: [SelectChoice] = []) {
            self.openRounds = openRounds
            self.myResult = myResult
            self.programme = programme
            self.hasOwnPlan = hasOwnPlan
            self.readablePlans = readablePlans
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            coachingTabs(.competenceArea, context),
            .p(.class("lead"), .text(t(.competenceIntro))),
            .section(
                .class("card"),
                .h2(.text(t(.selfAssessmentMine))),
                model.openRounds.isEmpty && model.myResult == nil ? .p(.text(t(.selfAssessmentNoneOpen))) : .empty,
                .ul(
                    .class("plain-list"),
                    .forEach(model.openRounds) { round in
                        .li(
                            .a(
                                .class(round.answered ? "button" : "button primary"), .href(SiteRoute.selfAssessment(round.id).path),
                                .text(t(round.answered ? .selfAssessmentChange : .selfAssessmentStart)), .text(": "), localized(round.name, context)),
                            .unwrap(round.lastDay) { .p(.class("meta"), .text(t(.roundLastDay) + " " + context.localizer.date($0))) })
                    }),
                .unwrap(model.myResult) { myResult($0, context) },
                model.hasOwnPlan ? .p(.a(.class("button"), .href(SiteRoute.developmentPlan.path), .text(t(.planMine)))) : .empty
            ),
            model.readablePlans.isEmpty
                ? .empty
                : .section(
                    .class("card"),
                    .h2(.text(t(.plansSharedWithMe))),
                    .ul(
                        .class("plain-list"),
                        .forEach(model.readablePlans) { person in
                            .li(.a(.href(SiteRoute.personDevelopmentPlan(person.id).path), .text(person.label)))
                        })),
            .unwrap(model.programme) { programme($0, context) }
        )
        return Layout.render(Page(title: t(.competenceTab), section: .area(.coaching), content: content), context: context)
    }

    private static func myResult(_ result: MyResult, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let comparesWithPrevious = result.previousRound != nil
        return .div(
            .id("my-result"),
            .h3(.text(t(.selfAssessmentResult)), .text(": "), localized(result.round, context)),
            .p(.class("hint"), .text(t(.selfAssessmentPrivate))),
            .div(
                .class("table-wrap"), scrollRegion(t(.selfAssessmentResult)),
                .table(
                    .class("data result-table"),
                    .caption(.class("visually-hidden"), .text(t(.selfAssessmentResult))),
                    .thead(
                        .tr(
                            .th(.text(t(.competenceName))), .th(.class("number"), .text(t(.resultYou))),
                            .th(.class("number"), .text(t(.resultExpected))), .th(.text(t(.resultStatus))),
                            comparesWithPrevious ? .th(.class("number"), .text(t(.resultPrevious))) : .empty)),
                    .tbody(
                        .forEach(result.rows) { row in
                            .tr(
                                .td(localized(row.competence.name, context)),
                                .td(.class("number"), .text(row.result.level.map { String($0.value) } ?? "–")),
                                .td(.class("number"), .text(row.result.expected.map { String($0.value) } ?? "–")),
                                .td(status(row.result, context)),
                                comparesWithPrevious
                                    ? .td(
                                        .class("number"),
                                        .text(
                                            row.result.previous.map { previous in
                                                String(previous.value)
                                                    + (row.result.change.map { $0 == 0 ? "" : $0 > 0 ? " (▲ \($0))" : " (▼ \(-$0))" } ?? "")
                                            } ?? "–"))
                                    : .empty)
                        }))
            )
        )
    }

    private static func status(_ result: SelfAssessmentResult, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let gap = result.gap, let level = result.level, let expected = result.expected else { return .text("–") }
        if level > expected { return .span(.class("status status-done"), .text(context(.resultAbove))) }
        if gap == 0 { return .span(.class("status status-done"), .text(context(.resultMeets))) }
        return .span(.class("status status-off-track"), .text(context(gap == 1 ? .resultBelowOne : .resultBelow(levels: String(gap)))))
    }

    private static func programme(_ model: Programme, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .group(
            .section(
                .class("card"),
                .h2(.text(t(.roundsTitle))),
                model.rounds.isEmpty
                    ? .p(.text(t(.roundsNone)))
                    : .div(
                        .class("table-wrap"), scrollRegion(t(.roundsTitle)),
                        .table(
                            .class("data"),
                            .caption(.class("visually-hidden"), .text(t(.roundsTitle))),
                            .thead(
                                .tr(
                                    .th(.text(t(.roundName))), .th(.text(t(.roundOpened))), .th(.text(t(.roundLastDay))),
                                    .th(.class("number"), .text(t(.roundAnswered))), .th(.text(t(.engagementState))))),
                            .tbody(
                                .forEach(model.rounds) { round in
                                    .tr(
                                        .td(.a(.href(SiteRoute.assessmentRound(round.id).path), localized(round.name, context))),
                                        .td(.text(context.localizer.date(round.openedAt))),
                                        .td(.text(round.lastDay.map(context.localizer.date) ?? "–")),
                                        .td(.class("number"), .text(t(.roundAnsweredOf(answered: String(round.answered), invited: String(round.invited))))),
                                        .td(.text(t(round.isOpen ? .roundOpen : .roundClosed))))
                                })))
            ),
            .unwrap(model.profiles) { profiles in newRound(profiles, form: model.form, competenceCount: model.competenceCount, context) }
        )
    }

    private static func newRound(_ profiles: [SelectChoice], form: AssessmentRoundForm, competenceCount: Int, _ context: PageContext) -> Node<HTML.BodyContext>
    {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        return .section(
            .class("card"),
            .h2(.id("new-round"), .text(t(.roundNew))),
            competenceCount == 0 || profiles.isEmpty
                ? .p(.text(t(.roundNeedsFramework)), .text(" "), .a(.href(SiteRoute.competenceFramework.path), .text(t(.frameworkTitle))))
                : .form(
                    .action(SiteRoute.assessmentRounds.path), .method(.post), .class("stack"),
                    csrfField(context),
                    errorSummary(form.errors, context: context),
                    .forEach(languages) { language in
                        .div(
                            .class("field"),
                            .label(.for("name-\(language.code)"), .text(t(.roundName) + " (\(language.nativeName))")),
                            .input(
                                .type(.text), .name("name-\(language.code)"), .id("name-\(language.code)"), .value(form.name[language] ?? ""),
                                .attribute(named: "lang", value: language.code), .required(language == languages.first)))
                    },
                    choiceCheckboxes(name: "profile", legend: t(.roundProfiles), hint: t(.roundProfilesHint), choices: profiles, checked: form.profileIDs),
                    .div(
                        .class("field"), .label(.for("last-day"), .text(t(.roundLastDay))),
                        .input(.type(.date), .name("last-day"), .id("last-day"), .value(form.lastDay))),
                    .button(.type(.submit), .class("primary"), .text(t(.roundOpenButton))))
        )
    }
}

/// A manager's self-assessment: each competence of their role profile rated 1–4 with what
/// the levels mean, and an optional comment. Made to be done on a phone in a few minutes.
public enum SelfAssessmentPage {
    public struct Model: Sendable {
        public var roundID: UUID
        public var round: LocalizedText
        public var competences: [CompetenceSummary]
        public var levels: [UUID: CompetenceLevel]
        public var comments: [UUID: String]
        public var missing: [LocalizedText]
        public var threshold: Int

        public init(
            roundID: UUID, round: LocalizedText, competences: [CompetenceSummary], levels: [UUID: CompetenceLevel], comments: [UUID: String],
            missing: [LocalizedText] = [], threshold: Int
        ) {
            self.roundID = roundID
            self.round = round
            self.competences = competences
            self.levels = levels
            self.comments = comments
            self.missing = missing
            self.threshold = threshold
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let title = context.localizer.text(model.round)?.text ?? t(.selfAssessmentMine)
        let missingNames = model.missing.map { context.localizer.text($0)?.text ?? "–" }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.competenceArea.path), .text("← " + t(.competenceTab)))),
            .p(.class("lead"), .text(t(.selfAssessmentIntro(k: String(model.threshold))))),
            .form(
                .action(SiteRoute.selfAssessment(model.roundID).path), .method(.post), .class("stack self-assessment"),
                csrfField(context),
                errorSummary(missingNames.isEmpty ? [] : [t(.selfAssessmentMissing(names: missingNames.joined(separator: ", ")))], context: context),
                .forEach(model.competences) { competence in
                    let key = competence.id.uuidString.lowercased()
                    let comment = model.comments[competence.id] ?? ""
                    return .fieldset(
                        .class("field competence-rating"),
                        .legend(context.localizer.text(competence.name)?.text ?? "–"),
                        .forEach(CompetenceLevel.all) { level in
                            let id = "level-\(key)-\(level.value)"
                            return .div(
                                .class("check"),
                                .input(
                                    .type(.radio), .name("level-\(key)"), .id(id), .value(String(level.value)),
                                    .checked(model.levels[competence.id] == level)),
                                .label(.for(id), .strong(.text("\(level.value) ")), localized(competence.levelText(level), context)))
                        },
                        .element(
                            named: "details",
                            nodes: [
                                comment.isEmpty ? .empty : .attribute(named: "open"),
                                .element(named: "summary", text: t(.selfAssessmentComment)),
                                .label(.class("visually-hidden"), .for("comment-\(key)"), .text(t(.selfAssessmentComment))),
                                .textarea(.name("comment-\(key)"), .id("comment-\(key)"), .rows(2), .text(comment)),
                            ])
                    )
                },
                .button(.type(.submit), .class("primary"), .text(t(.selfAssessmentSubmit))))
        )
        return Layout.render(Page(title: title, section: .area(.coaching), content: content), context: context)
    }
}

/// A round for the programme: who has answered (how many, never who), reminders and closing,
/// and the competence overview — per competence and role profile the distribution of levels
/// and the change since the previous round, each group only from k people.
public enum AssessmentRoundPage {
    public struct Model: Sendable {
        public var row: CompetenceAreaPage.RoundRow
        public var previousRound: LocalizedText?
        public var remindersSent: Int
        public var canManage: Bool
        public var threshold: Int
        public var competences: [CompetenceSummary]
        public var profiles: [(id: UUID, name: LocalizedText)]
        /// Expected level per (profile, competence), for the profile tables.
        public var expected: [UUID: [UUID: CompetenceLevel]]
        public var overview: CompetenceOverview
        /// Whether the reader may plan a seminar on a common need.
        public var canPlanSeminar: Bool

        public init(
            row: CompetenceAreaPage.RoundRow, previousRound: LocalizedText?, remindersSent: Int, canManage: Bool, threshold: Int,
            competences: [CompetenceSummary], profiles: [(id: UUID, name: LocalizedText)], expected: [UUID: [UUID: CompetenceLevel]],
            overview: CompetenceOverview, canPlanSeminar: Bool
        ) {
            self.row = row
            self.previousRound = previousRound
            self.remindersSent = remindersSent
            self.canManage = canManage
            self.threshold = threshold
            self.competences = competences
            self.profiles = profiles
            self.expected = expected
            self.overview = overview
            self.canPlanSeminar = canPlanSeminar
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let row = model.row
        let title = context.localizer.text(row.name)?.text ?? t(.roundName)
        let names = Dictionary(uniqueKeysWithValues: model.competences.map { ($0.id, $0) })
        let needs = model.overview.commonNeeds()
        let anythingShown = model.overview.rows.contains { $0.total.distribution != nil }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.competenceArea.path), .text("← " + t(.competenceTab)))),
            .dl(
                .class("details"),
                .dt(.text(t(.roundOpened))), .dd(.text(context.localizer.date(row.openedAt))),
                .dt(.text(t(.roundLastDay))), .dd(.text(row.lastDay.map(context.localizer.date) ?? "–")),
                .dt(.text(t(.engagementState))), .dd(.text(t(row.isOpen ? .roundOpen : .roundClosed))),
                .dt(.text(t(.roundAnswered))),
                .dd(.text(t(.roundAnsweredOf(answered: String(row.answered), invited: String(row.invited))))),
                .dt(.text(t(.roundReminders))), .dd(.text(String(model.remindersSent)))
            ),
            model.canManage && row.isOpen
                ? .div(
                    .class("row-actions"),
                    row.answered < row.invited
                        ? .form(
                            .action(SiteRoute.assessmentReminders(row.id).path), .method(.post), .class("inline-form"),
                            csrfField(context),
                            .button(
                                .type(.submit), .class("primary"),
                                .text(t(.roundRemind(count: String(row.invited - row.answered))))))
                        : .empty,
                    .form(
                        .action(SiteRoute.assessmentClose(row.id).path), .method(.post), .class("inline-form"),
                        csrfField(context),
                        .button(.type(.submit), .class("link-button"), .text(t(.roundClose)))))
                : .empty,
            .section(
                .class("card"),
                .h2(.text(t(.overviewTitle))),
                .p(.class("hint"), .text(t(.overviewPrivacy(k: String(model.threshold))))),
                .unwrap(model.previousRound) { .p(.class("hint"), .text(t(.overviewComparedWith)), .text(" "), localized($0, context)) },
                anythingShown
                    ? .group(
                        .h3(.text(t(.overviewAllProfiles))),
                        table(
                            id: "all", caption: t(.overviewAllProfiles), rows: model.overview.rows.map { ($0.competenceID, $0.total) }, names: names,
                            expected: [:], context))
                    : .p(.class("notice"), .text(t(.overviewNothingYet(k: String(model.threshold))))),
                .forEach(model.profiles) { profile in
                    let cells = model.overview.rows.compactMap { row in row.byProfile[profile.id].map { (row.competenceID, $0) } }
                    let profileName = context.localizer.text(profile.name)?.text ?? "–"
                    return cells.isEmpty || !anythingShown
                        ? .empty
                        : .group(
                            .h3(localized(profile.name, context)),
                            cells.contains { $0.1.distribution != nil }
                                ? table(
                                    id: profile.id.uuidString.lowercased(), caption: profileName, rows: cells, names: names,
                                    expected: model.expected[profile.id] ?? [:], context)
                                : .p(.text(t(.overviewProfileHidden(k: String(model.threshold))))))
                }
            ),
            needs.isEmpty
                ? .empty
                : .section(
                    .class("card"),
                    .h2(.text(t(.overviewCommonNeeds))),
                    .p(.class("hint"), .text(t(.overviewCommonNeedsHint))),
                    .ul(
                        .class("plain-list"),
                        .forEach(needs) { need in
                            .li(
                                .strong(names[need.competenceID].map { localized($0.name, context) } ?? .text("–")),
                                .text(" · " + t(.overviewMean) + " " + context.localizer.number(need.mean, fractionDigits: 1)),
                                model.canPlanSeminar
                                    ? .group(.text(" · "), .a(.href(SiteRoute.newEvent(theme: need.competenceID).path), .text(t(.overviewPlanSeminar))))
                                    : .empty)
                        }))
        )
        return Layout.render(Page(title: title, section: .area(.coaching), content: content), context: context)
    }

    /// "+0,4", "−0,2", "±0,0": the change in the mean at one decimal.
    private static func signedChange(_ change: Double, _ context: PageContext) -> String {
        let shown = (change * 10).rounded() / 10
        return (shown > 0 ? "+" : shown < 0 ? "−" : "±") + context.localizer.number(abs(shown), fractionDigits: 1)
    }

    private static func table(
        id: String, caption: String, rows: [(UUID, CompetenceOverview.Cell)], names: [UUID: CompetenceSummary], expected: [UUID: CompetenceLevel],
        _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        let t = context
        return .div(
            .class("table-wrap"), scrollRegion(caption),
            .table(
                .class("data level-table"),
                .caption(.class("visually-hidden"), .text(caption)),
                .thead(
                    .tr(
                        .th(.text(t(.competenceName))),
                        .forEach(CompetenceLevel.all) { .th(.class("number"), .text(t(.levelShort(level: String($0.value))))) },
                        .th(.class("number"), .text(t(.overviewMean))),
                        expected.isEmpty ? .empty : .th(.class("number"), .text(t(.resultExpected))),
                        .th(.class("number"), .text(t(.overviewChange))),
                        .th(.attribute(named: "aria-hidden", value: "true")))),
                .tbody(
                    .forEach(rows) { competenceID, cell in
                        let name: Node<HTML.TableRowContext> = .th(
                            .attribute(named: "scope", value: "row"), names[competenceID].map { localized($0.name, context) } ?? .text("–"))
                        switch cell {
                        case .shown(let distribution, let change):
                            return .tr(
                                name,
                                .forEach(CompetenceLevel.all) { .td(.class("number"), .text(String(distribution.count($0)))) },
                                .td(.class("number"), .text(distribution.mean.map { context.localizer.number($0, fractionDigits: 1) } ?? "–")),
                                expected.isEmpty ? .empty : .td(.class("number"), .text(expected[competenceID].map { String($0.value) } ?? "–")),
                                .td(
                                    .class("number"),
                                    .text(change.map { signedChange($0, context) } ?? "–")),
                                .td(.raw(SVGChart.levelBar(distribution.counts))))
                        case .hidden, .empty:
                            return .tr(
                                name,
                                .td(
                                    .attribute(named: "colspan", value: String(CompetenceLevel.all.count + (expected.isEmpty ? 3 : 4))),
                                    .class("meta"), .text(t(cell == .hidden ? .overviewHidden : .overviewNoAnswers))))
                        }
                    })
            )
        )
    }
}

/// Items in groups, the groups in the order their first item comes.
func groupedInOrder<Item>(_ items: [Item], by key: (Item) -> String) -> [(key: String, items: [Item])] {
    var order: [String] = []
    var groups: [String: [Item]] = [:]
    for item in items {
        let name = key(item)
        if groups[name] == nil { order.append(name) }
        groups[name, default: []].append(item)
    }
    return order.map { ($0, groups[$0]!) }
}
