import Foundation
import Plot
import RoderCore

/// One engagement as a list shows it: who, what, how far — never a note's text.
public struct EngagementRow: Sendable {
    public var id: UUID
    public var purpose: LocalizedText
    public var coachName: String
    public var participants: [String]
    public var state: EngagementState
    public var agreedSessions: Int
    public var figures: CoachingFigures
    public var nextSession: Date?
    /// Open actions, for the coach and the coachees only (nil for everyone else).
    public var openActions: Int?

    public init(
        id: UUID, purpose: LocalizedText, coachName: String, participants: [String], state: EngagementState, agreedSessions: Int,
        figures: CoachingFigures, nextSession: Date? = nil, openActions: Int? = nil
    ) {
        self.id = id
        self.purpose = purpose
        self.coachName = coachName
        self.participants = participants
        self.state = state
        self.agreedSessions = agreedSessions
        self.figures = figures
        self.nextSession = nextSession
        self.openActions = openActions
    }
}

/// The fields of a new engagement, as typed when a save was refused.
public struct EngagementForm: Sendable {
    public var purpose: LocalizedText
    public var coachID: UUID?
    public var participantIDs: Set<UUID>
    public var agreedSessions: String
    public var start: String
    public var end: String
    public var errors: [String]
    /// The development areas and result goals the engagement supports.
    public var areaIDs: Set<UUID> = []
    public var goalIDs: Set<UUID> = []

    public init(
        purpose: LocalizedText = LocalizedText(), coachID: UUID? = nil, participantIDs: Set<UUID> = [], agreedSessions: String = "6",
        start: String = "", end: String = "", errors: [String] = []
    ) {
        self.purpose = purpose
        self.coachID = coachID
        self.participantIDs = participantIDs
        self.agreedSessions = agreedSessions
        self.start = start
        self.end = end
        self.errors = errors
    }
}

/// The coaching area: the reader's own engagements first (as coach or coachee), then — for
/// those who run or follow the programme — every engagement with its figures, and a link to a
/// new one (the programme owner sets it up, a coach proposes it: `NewEngagementPage`).
public enum CoachingAreaPage {
    public struct NewEngagement: Sendable {
        public var form: EngagementForm
        /// Users with the coach role; empty when the coach proposes for themself.
        public var coaches: [SelectChoice]
        public var people: [SelectChoice]
        public var isProposal: Bool
        public var areas: [SelectChoice] = []
        public var goals: [SelectChoice] = []

        public init(form: EngagementForm, coaches: [SelectChoice], people: [SelectChoice], isProposal: Bool) {
            self.form = form
            self.coaches = coaches
            self.people = people
            self.isProposal = isProposal
        }
    }

    /// How the reader starts a new engagement: the programme owner sets one up, a coach proposes one.
    public enum Starting: Sendable {
        case setsUp, proposes
    }

    public struct Model: Sendable {
        public var mine: [EngagementRow]
        /// Every engagement of the organisation, for the programme owner, administrator and viewer.
        public var programme: [EngagementRow]?
        /// Nil: the reader starts none.
        public var starting: Starting?
        /// How useful coachees found the coaching, per coach (by name) and in total.
        public var usefulness: (byCoach: [(name: String, group: UsefulnessSummary.Group)], total: UsefulnessSummary.Group)?
        /// The figures of every engagement of the programme, however many the table lists;
        /// nil: the table's own rows are summed.
        public var programmeTotals: (figures: CoachingFigures, agreedSessions: Int)?
        /// How many ended engagements the lists show, of how many the reader may see.
        public var ended: (shown: Int, total: Int)?

        public init(
            mine: [EngagementRow], programme: [EngagementRow]?, starting: Starting?,
            usefulness: (byCoach: [(name: String, group: UsefulnessSummary.Group)], total: UsefulnessSummary.Group)? = nil
        ) {
            self.mine = mine
            self.programme = programme
            self.starting = starting
            self.usefulness = usefulness
        }
    }

    /// Ended engagements listed unless all are asked for (`?ended=all`); those under way are always listed.
    public static let endedShown = 10

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let shortened: Node<HTML.BodyContext> = .unwrap(model.ended) { ended in
            shortenedList(
                shown: ended.shown, of: ended.total, showAll: SiteRoute.area(.coaching).path + "?ended=all",
                summary: .coachingEndedShowing(shown: String(ended.shown), total: String(ended.total)), context)
        }
        let content: Node<HTML.BodyContext> = .group(
            coachingTabs(.area(.coaching), context),
            .p(.class("lead"), .text(t(.coachingIntro))),
            .unwrap(model.starting) { starting in
                .p(
                    .a(
                        .class("button primary"), .href(SiteRoute.newEngagement.path),
                        .text(t(starting == .setsUp ? .engagementNew : .engagementPropose))))
            },
            .section(
                .class("card"),
                .h2(.text(t(.coachingMine))),
                model.mine.isEmpty
                    ? .p(.text(t(.coachingMineNone)))
                    : .ul(.class("plain-list engagement-list"), .forEach(model.mine) { mineItem($0, context) }),
                model.programme == nil ? shortened : .empty
            ),
            .unwrap(model.programme) { rows in
                .section(
                    .class("card"),
                    .h2(.text(t(.coachingProgramme))),
                    rows.isEmpty ? .p(.text(t(.coachingProgrammeNone))) : programmeTable(rows, totals: model.programmeTotals, context),
                    shortened
                )
            },
            .unwrap(model.usefulness) { usefulness($0.byCoach, total: $0.total, context) }
        )
        return Layout.render(Page(title: t(.areaCoaching), section: .area(.coaching), content: content), context: context)
    }

    private static func mineItem(_ row: EngagementRow, _ context: PageContext) -> Node<HTML.ListContext> {
        let t = context
        return .li(
            .h3(.a(.href(SiteRoute.engagement(row.id).path), localized(row.purpose, context))),
            .p(
                .class("meta"),
                .text([row.coachName, row.participants.joined(separator: ", "), t(row.state.titleKey)].joined(separator: " · "))),
            .p(
                .text(t(.engagementNextSession) + ": "),
                .text(row.nextSession.map { context.localizer.dateTime($0) } ?? t(.engagementNoNextSession)),
                .unwrap(row.openActions) { count in count > 0 ? .text(" · " + t(.engagementOpenActions(count: String(count)))) : .empty })
        )
    }

    private static func usefulness(
        _ byCoach: [(name: String, group: UsefulnessSummary.Group)], total: UsefulnessSummary.Group, _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        let t = context
        func text(_ group: UsefulnessSummary.Group) -> String {
            switch group {
            case .none: t(.usefulnessNone)
            case .hidden: t(.usefulnessHidden)
            case .shown(let mean, let count, _): t(.usefulnessShown(mean: context.localizer.number(mean, fractionDigits: 1), count: String(count)))
            }
        }
        let comments: [String] = if case .shown(_, _, let comments) = total { comments } else { [] }
        return .section(
            .class("card"),
            .h2(.id("usefulness"), .text(t(.usefulnessTitle))),
            .dl(
                .class("details"),
                .dt(.text(t(.usefulnessAll))), .dd(.text(text(total))),
                .forEach(byCoach) { coach in .group(.dt(.text(coach.name)), .dd(.text(text(coach.group)))) }),
            comments.isEmpty ? .empty : .ul(.class("plain-list comment-list"), .forEach(comments) { .li(.class("comment"), .text($0)) })
        )
    }

    static func figuresText(_ row: EngagementRow, _ context: PageContext) -> String {
        context(
            .engagementSessionFigures(
                held: String(row.figures.held), agreed: String(row.agreedSessions), missed: String(row.figures.missed),
                planned: String(row.figures.planned)))
    }

    private static func programmeTable(
        _ rows: [EngagementRow], totals: (figures: CoachingFigures, agreedSessions: Int)?, _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        let t = context
        let total = totals?.figures ?? rows.reduce(CoachingFigures()) { $0 + $1.figures }
        let agreed = totals?.agreedSessions ?? rows.reduce(0) { $0 + $1.agreedSessions }
        return .div(
            .class("table-wrap"), scrollRegion(t(.coachingProgramme)),
            .table(
                .class("data"),
                .caption(.class("visually-hidden"), .text(t(.coachingProgramme))),
                .thead(
                    .tr(
                        .th(.text(t(.engagementColumn))), .th(.text(t(.engagementCoach))), .th(.text(t(.engagementParticipants))),
                        .th(.text(t(.engagementState))), .th(.text(t(.engagementSessions))), .th(.class("number"), .text(t(.engagementHoursColumn))),
                        .th(.class("number"), .text(t(.engagementParticipantHours))))),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .td(.a(.href(SiteRoute.engagement(row.id).path), localized(row.purpose, context))),
                            .td(.text(row.coachName)),
                            .td(.text(row.participants.joined(separator: ", "))),
                            .td(.text(t(row.state.titleKey))),
                            .td(.text(figuresText(row, context))),
                            .td(.class("number"), .text(context.localizer.number(row.figures.hoursHeld, fractionDigits: 1))),
                            .td(.class("number"), .text(context.localizer.number(row.figures.participantHours, fractionDigits: 1))))
                    }),
                .tfoot(
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .attribute(named: "colspan", value: "4"), .text(t(.coachingTotals))),
                        .td(
                            .text(
                                t(
                                    .engagementSessionFigures(
                                        held: String(total.held), agreed: String(agreed),
                                        missed: String(total.missed), planned: String(total.planned))))),
                        .td(.class("number"), .text(context.localizer.number(total.hoursHeld, fractionDigits: 1))),
                        .td(.class("number"), .text(context.localizer.number(total.participantHours, fractionDigits: 1)))))
            )
        )
    }
}

/// A new coaching engagement: the programme owner sets one up, a coach proposes one. A page
/// of its own, as it offers everyone who may take part (thousands in a large town).
public enum NewEngagementPage {
    public static func render(_ model: CoachingAreaPage.NewEngagement, context: PageContext) -> String {
        let title = context(model.isProposal ? .engagementPropose : .engagementNew)
        let content: Node<HTML.BodyContext> = .group(
            coachingTabs(.area(.coaching), context),
            .p(.a(.href(SiteRoute.area(.coaching).path), .text("← " + context(.areaCoaching)))),
            form(model, context))
        return Layout.render(Page(title: title, section: .area(.coaching), content: content), context: context)
    }

    private static func form(_ model: CoachingAreaPage.NewEngagement, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let form = model.form
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        return .section(
            .class("card"),
            .if(model.isProposal, .p(.class("hint"), .text(t(.engagementProposeHint)))),
            !model.isProposal && model.coaches.isEmpty
                ? .p(.text(t(.engagementNoCoaches)))
                : .form(
                    .action(SiteRoute.createEngagement.path), .method(.post), .class("stack"),
                    csrfField(context),
                    errorSummary(form.errors, context: context),
                    .forEach(languages) { language in
                        .div(
                            .class("field"),
                            .label(.for("purpose-\(language.code)"), .text(t(.engagementPurpose) + " (\(language.nativeName))")),
                            .textarea(
                                .name("purpose-\(language.code)"), .id("purpose-\(language.code)"), .rows(2),
                                .attribute(named: "lang", value: language.code), .required(language == languages.first),
                                .text(form.purpose[language] ?? "")))
                    },
                    .if(
                        !model.isProposal,
                        .div(
                            .class("field"),
                            .label(.for("coach"), .text(t(.engagementCoach))),
                            .select(
                                .attribute(named: "name", value: "coach"), .id("coach"),
                                .forEach(model.coaches) { .choice(value: $0.id.uuidString.lowercased(), label: $0.label, isSelected: $0.id == form.coachID) }
                            ))),
                    choiceCheckboxes(
                        name: "participant", legend: t(.engagementParticipants), hint: t(.engagementParticipantsHint), choices: model.people,
                        checked: form.participantIDs),
                    model.areas.isEmpty && model.goals.isEmpty
                        ? .empty
                        : .element(
                            named: "details",
                            nodes: [
                                form.areaIDs.isEmpty && form.goalIDs.isEmpty ? .empty : .attribute(named: "open"),
                                .element(named: "summary", text: t(.engagementLinksOptional)),
                                model.areas.isEmpty
                                    ? .empty
                                    : choiceCheckboxes(
                                        name: "area", legend: t(.developmentArea), hint: t(.engagementLinksHint), choices: model.areas, checked: form.areaIDs),
                                model.goals.isEmpty
                                    ? .empty
                                    : choiceCheckboxes(
                                        name: "goal", legend: t(.resultGoal), hint: t(.engagementLinksHint), choices: model.goals, checked: form.goalIDs),
                            ]),
                    .div(
                        .class("measure-form"),
                        .div(
                            .class("field"), .label(.for("agreed"), .text(t(.engagementAgreedSessions))),
                            .input(.type(.number), .name("agreed"), .id("agreed"), .value(form.agreedSessions), .attribute(named: "min", value: "1"))),
                        .div(
                            .class("field"), .label(.for("start"), .text(t(.engagementStarts))),
                            .input(.type(.date), .name("start"), .id("start"), .value(form.start))),
                        .div(
                            .class("field"), .label(.for("end"), .text(t(.engagementEnds))),
                            .input(.type(.date), .name("end"), .id("end"), .value(form.end)))),
                    .button(.type(.submit), .class("primary"), .text(t(model.isProposal ? .engagementPropose : .engagementCreate)))
                )
        )
    }
}

/// One engagement. Its coach and coachees see sessions, the notes they may read, and the
/// agreed actions; the programme sees figures only, and that notes exist.
public enum EngagementPage {
    public struct Session: Sendable {
        public var id: UUID
        public var startsAt: Date
        public var minutes: Int
        public var form: CoachingSessionForm
        public var place: String
        public var status: CoachingSessionStatus
        /// The coachees who took part, once the session is held.
        public var tookPart: Set<UUID>

        public init(
            id: UUID, startsAt: Date, minutes: Int, form: CoachingSessionForm, place: String, status: CoachingSessionStatus, tookPart: Set<UUID> = []
        ) {
            self.id = id
            self.startsAt = startsAt
            self.minutes = minutes
            self.form = form
            self.place = place
            self.status = status
            self.tookPart = tookPart
        }
    }

    public struct Note: Sendable {
        public var kind: CoachingNoteKind
        public var author: String
        public var at: Date
        public var text: String

        public init(kind: CoachingNoteKind, author: String, at: Date, text: String) {
            self.kind = kind
            self.author = author
            self.at = at
            self.text = text
        }
    }

    public struct Action: Sendable {
        public var id: UUID
        public var text: String
        public var due: Date
        public var done: Bool
        public var resultGoal: SelectChoice?

        public init(id: UUID, text: String, due: Date, done: Bool, resultGoal: SelectChoice? = nil) {
            self.id = id
            self.text = text
            self.due = due
            self.done = done
            self.resultGoal = resultGoal
        }
    }

    /// What was typed into one of the page's forms when it was refused.
    public struct Typed: Sendable {
        public var fields: [String: String]
        public var error: String?
        /// Which form: "session", "note", "action", or "took-part" with `sessionID`.
        public var form: String
        public var sessionID: UUID?

        public init(form: String, fields: [String: String], error: String?, sessionID: UUID? = nil) {
            self.form = form
            self.sessionID = sessionID
            self.fields = fields
            self.error = error
        }
    }

    public struct Model: Sendable {
        public var row: EngagementRow
        public var start: Date?
        public var end: Date?
        public var reader: CoachingReader
        public var sessions: [Session]
        public var notes: [Note]
        /// How many notes exist, shown to those who may not read them.
        public var noteCount: Int
        public var actions: [Action]
        public var nextStates: [EngagementState]
        public var canPlanSessions: Bool
        public var today: Date
        public var typed: Typed?
        /// A coachee of an ended engagement rates it; their rating so far, if any.
        public var mayRate = false
        public var ownRating: Int?
        public var threshold = AnonymityThreshold.standard.k
        /// The coach or the programme owner, once the engagement has ended.
        public var mayDeleteNotes = false
        /// What the engagement supports: area titles (no id) and result goals (with their page).
        public var links: [SelectChoice] = []
        public var linkedAreas: [LocalizedText] = []
        /// The result goals an action may serve.
        public var goals: [SelectChoice] = []
        /// The coachees by id, in the order the page lists them (who took part in a session).
        public var participants: [SelectChoice] = []

        /// A group's sessions say who took part; one coachee's sessions are theirs.
        var isGroup: Bool { participants.count > 1 }

        public init(
            row: EngagementRow, start: Date?, end: Date?, reader: CoachingReader, sessions: [Session], notes: [Note], noteCount: Int,
            actions: [Action], nextStates: [EngagementState], canPlanSessions: Bool, today: Date, typed: Typed? = nil
        ) {
            self.row = row
            self.start = start
            self.end = end
            self.reader = reader
            self.sessions = sessions
            self.notes = notes
            self.noteCount = noteCount
            self.actions = actions
            self.nextStates = nextStates
            self.canPlanSessions = canPlanSessions
            self.today = today
            self.typed = typed
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let row = model.row
        let title = context.localizer.text(row.purpose)?.text ?? t(.engagementColumn)
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.coaching).path), .text("← " + t(.areaCoaching)))),
            .dl(
                .class("details"),
                .dt(.text(t(.engagementCoach))), .dd(.text(row.coachName)),
                .dt(.text(t(.engagementParticipants))), .dd(.text(row.participants.joined(separator: ", "))),
                .dt(.text(t(.engagementState))), .dd(.text(t(row.state.titleKey))),
                .dt(.text(t(.engagementPeriod))),
                .dd(.text([model.start, model.end].map { $0.map(context.localizer.date) ?? "–" }.joined(separator: " – "))),
                .dt(.text(t(.engagementSessions))), .dd(.text(CoachingAreaPage.figuresText(row, context))),
                .dt(.text(t(.engagementHoursColumn))), .dd(.text(context.localizer.number(row.figures.hoursHeld, fractionDigits: 1))),
                .unwrap(model.isGroup ? row.figures.attendanceShare(groupSize: model.participants.count) : nil) { share in
                    .group(
                        .dt(.text(t(.engagementAttendance))),
                        .dd(
                            .text(
                                t(
                                    .engagementAttendanceFigures(
                                        percent: context.localizer.number(share * 100) + " %", taken: context.localizer.number(row.figures.attendances),
                                        possible: context.localizer.number(row.figures.held * model.participants.count))))))
                },
                .dt(.text(t(.engagementParticipantHours))),
                .dd(
                    .text(context.localizer.number(row.figures.participantHours, fractionDigits: 1)),
                    .span(.class("hint"), .text(" " + t(.engagementParticipantHoursHint)))),
                model.links.isEmpty && model.linkedAreas.isEmpty
                    ? .empty
                    : .group(
                        .dt(.text(t(.engagementLinks))),
                        .dd(
                            .forEach(model.linkedAreas) { .div(localized($0, context)) },
                            .forEach(model.links) { .div(.a(.href(SiteRoute.goal($0.id).path), .text($0.label))) }))
            ),
            stateForm(model, context),
            sessionsSection(model, context),
            model.reader == .outsider
                ? .section(
                    .class("card"),
                    .p(.text(t(.engagementFiguresOnly))),
                    .p(.text(t(.engagementNotesExist(count: String(model.noteCount))))))
                : .group(notesSection(model, context), actionsSection(model, context)),
            model.mayRate ? ratingSection(model, context) : .empty,
            model.mayDeleteNotes && model.noteCount > 0 ? deleteNotesSection(model, context) : .empty
        )
        return Layout.render(Page(title: title, section: .area(.coaching), content: content), context: context)
    }

    private static func ratingSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let chosen = typedValue(model, form: "rating", "rating")
        return .section(
            .class("card"),
            .h2(.id("rating"), .text(t(.ratingTitle))),
            .unwrap(model.ownRating) { .p(.class("notice"), .text(t(.ratingGiven(rating: String($0))))) },
            .form(
                .action(SiteRoute.engagementRating(model.row.id).path), .method(.post), .class("stack"),
                csrfField(context),
                .unwrap(typedError(model, form: "rating")) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                .fieldset(
                    .class("field status-choice"),
                    .legend(t(.ratingTitle)),
                    .p(.class("hint"), .text(t(.ratingHintK(k: String(model.threshold))))),
                    .forEach(Array(UsefulnessSummary.scale)) { value in
                        .div(
                            .class("check"),
                            .input(
                                .type(.radio), .name("rating"), .id("rating-\(value)"), .value(String(value)),
                                .checked(chosen.isEmpty ? model.ownRating == value : chosen == String(value))),
                            .label(.for("rating-\(value)"), .text(String(value))))
                    }),
                .div(
                    .class("field"), .label(.for("rating-comment"), .text(t(.ratingComment))),
                    .textarea(.name("comment"), .id("rating-comment"), .rows(3), .text(typedValue(model, form: "rating", "comment")))),
                .button(.type(.submit), .class("primary"), .text(t(.ratingSubmit))))
        )
    }

    private static func deleteNotesSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .h2(.id("delete-notes"), .text(t(.notesDeleteTitle))),
            .p(.text(t(.notesDeleteHint))),
            .form(
                .action(SiteRoute.engagementNotesDelete(model.row.id).path), .method(.post), .class("stack"),
                csrfField(context),
                .unwrap(typedError(model, form: "delete")) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                .div(
                    .class("check"),
                    .input(.type(.checkbox), .name("confirm"), .id("confirm-delete"), .value("1")),
                    .label(.for("confirm-delete"), .text(t(.notesDeleteConfirm)))),
                .button(.type(.submit), .class("danger"), .text(t(.notesDeleteButton))))
        )
    }

    private static func typedError(_ model: Model, form: String) -> String? {
        model.typed?.form == form ? model.typed?.error : nil
    }

    private static func typedValue(_ model: Model, form: String, _ field: String) -> String {
        model.typed?.form == form ? model.typed?.fields[field] ?? "" : ""
    }

    private static func stateForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        guard !model.nextStates.isEmpty else { return .empty }
        return .div(
            .class("row-actions"),
            .forEach(model.nextStates) { state in
                .form(
                    .action(SiteRoute.engagementState(model.row.id).path), .method(.post), .class("inline-form"),
                    csrfField(context),
                    .input(.type(.hidden), .name("state"), .value(state.rawValue)),
                    .button(
                        .type(.submit), .class(state == .ended ? "link-button" : "primary"),
                        .text(
                            t(
                                state == .ended
                                    ? .engagementEnd : model.row.state == .proposed && state == .planned ? .engagementApprove : .engagementStart))))
            })
    }

    private static func sessionsSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let error = typedError(model, form: "session")
        return .section(
            .class("card"),
            .h2(.id("sessions"), .text(t(.sessionsTitle))),
            model.sessions.isEmpty
                ? .p(.text(t(.sessionsNone)))
                : .ul(
                    .class("plain-list session-list"),
                    .forEach(model.sessions) { session in
                        .li(
                            .strong(.text(context.localizer.dateTime(session.startsAt))),
                            .text(
                                " · \(session.minutes) min · " + t(session.form.titleKey)
                                    + (session.place.isEmpty || model.reader == .outsider ? "" : " · " + session.place)),
                            .span(.class("status"), .text(" " + t(session.status.titleKey))),
                            .if(
                                model.reader != .outsider && session.status == .planned,
                                .group(.text(" · "), .a(.href(SiteRoute.coachingSessionCalendar(session.id).path), .text(t(.eventAddToCalendar))))),
                            tookPartLine(session, model, context),
                            // A group's session is marked held with who took part; one coachee's with a click.
                            .if(model.reader == .coach && model.isGroup && session.status != .missed, tookPartForm(session, model, context)),
                            .if(
                                model.reader == .coach && session.status == .planned,
                                .div(
                                    .class("row-actions"),
                                    model.isGroup ? .empty : statusForm(session, .held, context),
                                    statusForm(session, .missed, context)))
                        )
                    }),
            .if(
                model.canPlanSessions && model.row.state != .ended,
                .form(
                    .action(SiteRoute.engagementSessions(model.row.id).path), .method(.post), .class("stack"),
                    csrfField(context),
                    .h3(.text(t(.sessionPlan))),
                    .unwrap(error) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                    .div(
                        .class("measure-form"),
                        .div(
                            .class("field"), .label(.for("session-date"), .text(t(.sessionDate))),
                            .input(.type(.date), .name("date"), .id("session-date"), .required(true), .value(typedValue(model, form: "session", "date")))),
                        .div(
                            .class("field"), .label(.for("session-time"), .text(t(.sessionTime))),
                            .input(.type(.time), .name("time"), .id("session-time"), .required(true), .value(typedValue(model, form: "session", "time")))),
                        .div(
                            .class("field"), .label(.for("session-minutes"), .text(t(.sessionLength))),
                            .input(
                                .type(.number), .name("minutes"), .id("session-minutes"), .attribute(named: "min", value: "15"),
                                .value(typedValue(model, form: "session", "minutes").isEmpty ? "90" : typedValue(model, form: "session", "minutes"))))),
                    .div(
                        .class("field"), .label(.for("session-form"), .text(t(.sessionForm))),
                        .select(
                            .attribute(named: "name", value: "form"), .id("session-form"),
                            .forEach(CoachingSessionForm.allCases) {
                                .choice(value: $0.rawValue, label: t($0.titleKey), isSelected: typedValue(model, form: "session", "form") == $0.rawValue)
                            })),
                    textField("place", label: t(.sessionPlace), value: typedValue(model, form: "session", "place"), required: false),
                    .button(.type(.submit), .class("primary"), .text(t(.sessionPlanButton)))))
        )
    }

    private static func statusForm(
        _ session: Session, _ status: CoachingSessionStatus, _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .action(SiteRoute.coachingSession(session.id).path), .method(.post), .class("inline-form"),
            csrfField(context),
            .input(.type(.hidden), .name("status"), .value(status.rawValue)),
            .button(
                .type(.submit), .class(status == .held ? "primary" : "link-button"),
                .text(context(status == .held ? .sessionMarkHeld : .sessionMarkMissed))))
    }

    /// Who took part in a held group session: names for the coach and the coachees, a count
    /// for those who follow the programme.
    private static func tookPartLine(_ session: Session, _ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard model.isGroup, session.status == .held else { return .empty }
        if model.reader == .outsider {
            return .p(
                .class("meta"),
                .text(context(.sessionTookPartCount(count: String(session.tookPart.count), of: String(model.participants.count)))))
        }
        let names = model.participants.filter { session.tookPart.contains($0.id) }.map(\.label)
        return .p(.class("meta"), .text(context(.sessionTookPart(names: names.isEmpty ? "–" : names.joined(separator: ", ")))))
    }

    /// The coach of a group ticks who took part: marking a planned session held, or correcting
    /// a held one. Everyone is ticked until the coach says otherwise.
    private static func tookPartForm(_ session: Session, _ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let refused = model.typed.flatMap { $0.form == "took-part" && $0.sessionID == session.id ? $0 : nil }
        let checked: Set<UUID> =
            // A refused form had nobody from the group ticked: show it as it was sent.
            if refused != nil { [] } else if session.status == .held { session.tookPart } else { Set(model.participants.map(\.id)) }
        return .details(
            .class("took-part"),
            .if(refused != nil, .attribute(named: "open", value: "")),
            .summary(.text(t(session.status == .planned ? .sessionMarkHeld : .sessionChangeWhoTookPart))),
            .form(
                .action(SiteRoute.coachingSession(session.id).path), .method(.post), .class("stack"),
                csrfField(context),
                .input(.type(.hidden), .name("status"), .value(CoachingSessionStatus.held.rawValue)),
                .unwrap(refused?.error) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                choiceCheckboxes(
                    name: "took_part", legend: t(.sessionWhoTookPart), hint: t(.sessionWhoTookPartHint), choices: model.participants,
                    checked: checked, idPrefix: "took-part-\(session.id.uuidString.lowercased())"),
                .button(.type(.submit), .class("primary"), .text(t(session.status == .planned ? .sessionMarkHeld : .sessionSaveWhoTookPart)))))
    }

    private static func notesSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let error = typedError(model, form: "note")
        let chosenKind = typedValue(model, form: "note", "kind")
        return .section(
            .class("card"),
            .h2(.id("notes"), .text(t(.notesTitle))),
            model.notes.isEmpty
                ? .p(.text(t(.notesNone)))
                : .ul(
                    .class("plain-list note-list"),
                    .forEach(model.notes) { note in
                        .li(
                            .p(.class("meta"), .text([context.localizer.dateTime(note.at), note.author, t(note.kind.titleKey)].joined(separator: " · "))),
                            .p(.class("prose"), .text(note.text)))
                    }),
            .form(
                .action(SiteRoute.engagementNotes(model.row.id).path), .method(.post), .class("stack"),
                csrfField(context),
                .unwrap(error) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                .div(
                    .class("field"), .label(.for("note-text"), .text(t(.noteText))),
                    .textarea(.name("text"), .id("note-text"), .rows(4), .required(true), .text(typedValue(model, form: "note", "text")))),
                .fieldset(
                    .class("field"),
                    .legend(t(.noteWho)),
                    .forEach(model.reader.writableKinds) { kind in
                        .div(
                            .class("check"),
                            .input(
                                .type(.radio), .name("kind"), .id("note-kind-\(kind.rawValue)"), .value(kind.rawValue),
                                .checked(chosenKind.isEmpty ? kind == model.reader.writableKinds.first : chosenKind == kind.rawValue)),
                            .label(.for("note-kind-\(kind.rawValue)"), .text(t(kind.titleKey))))
                    }),
                .button(.type(.submit), .class("primary"), .text(t(.noteAdd))))
        )
    }

    private static func actionsSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let error = typedError(model, form: "action")
        return .section(
            .class("card"),
            .h2(.id("actions"), .text(t(.actionsTitle))),
            model.actions.isEmpty
                ? .p(.text(t(.actionsNone)))
                : .ul(
                    .class("plain-list action-list"),
                    .forEach(model.actions) { action in
                        .li(
                            .p(
                                .strong(.text(action.text)),
                                .text(" · " + t(.actionDue) + " " + context.localizer.date(action.due)),
                                .unwrap(action.resultGoal) { goal in .group(.text(" · "), .a(.href(SiteRoute.goal(goal.id).path), .text(goal.label))) },
                                action.done
                                    ? .span(.class("status status-done"), .text(" " + t(.actionDone)))
                                    : action.due < model.today ? .span(.class("status status-off-track"), .text(" " + t(.actionOverdue))) : .empty),
                            .form(
                                .action(SiteRoute.coachingAction(action.id).path), .method(.post), .class("inline-form"),
                                csrfField(context),
                                .input(.type(.hidden), .name("done"), .value(action.done ? "0" : "1")),
                                .button(.type(.submit), .class("link-button"), .text(t(action.done ? .actionReopen : .actionMarkDone)))))
                    }),
            .form(
                .action(SiteRoute.engagementActions(model.row.id).path), .method(.post), .class("stack"),
                csrfField(context),
                .unwrap(error) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                textField("action-text", label: t(.actionText), value: typedValue(model, form: "action", "action-text")),
                .div(
                    .class("field"), .label(.for("action-due"), .text(t(.actionDue))),
                    .input(.type(.date), .name("due"), .id("action-due"), .required(true), .value(typedValue(model, form: "action", "due")))),
                model.goals.isEmpty
                    ? .empty
                    : .div(
                        .class("field"), .label(.for("action-goal"), .text(t(.actionGoal))),
                        .select(
                            .attribute(named: "name", value: "goal"), .id("action-goal"),
                            .choice(value: "", label: t(.planNoLink), isSelected: typedValue(model, form: "action", "goal").isEmpty),
                            .forEach(model.goals) { goal in
                                .choice(
                                    value: goal.id.uuidString.lowercased(), label: goal.label,
                                    isSelected: typedValue(model, form: "action", "goal") == goal.id.uuidString.lowercased())
                            })),
                .button(.type(.submit), .class("primary"), .text(t(.actionAdd))))
        )
    }
}

extension EngagementState {
    public var titleKey: Str {
        switch self {
        case .proposed: .engagementStateProposed
        case .planned: .engagementStatePlanned
        case .active: .engagementStateActive
        case .ended: .engagementStateEnded
        }
    }
}

extension CoachingSessionStatus {
    public var titleKey: Str {
        switch self {
        case .planned: .sessionStatusPlanned
        case .held: .sessionStatusHeld
        case .missed: .sessionStatusMissed
        }
    }
}

extension CoachingSessionForm {
    public var titleKey: Str {
        switch self {
        case .inPerson: .sessionFormInPerson
        case .online: .sessionFormOnline
        }
    }
}

extension CoachingNoteKind {
    public var titleKey: Str {
        switch self {
        case .coachPrivate: .noteKindPrivate
        case .shared: .noteKindShared
        case .reflection: .noteKindReflection
        }
    }
}
