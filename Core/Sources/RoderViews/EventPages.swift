import Foundation
import Plot
import RoderCore

extension EventKind {
    public var titleKey: Str {
        switch self {
        case .leadershipForum: .eventKindForum
        case .seminar: .eventKindSeminar
        case .managementGroup: .eventKindManagementGroup
        case .coachingGroup: .eventKindCoachingGroup
        case .other: .eventKindOther
        }
    }
}

/// An event as lists show it.
public struct EventSummary: Sendable {
    public var id: UUID
    public var kind: EventKind
    public var title: LocalizedText
    public var startsAt: Date
    public var place: String?
    public var invited: Int
    public var attended: Int
    /// For the signed-in participant: invited, checked in, answered.
    public var mine: MyParticipation?
    /// Run by the programme operator with other organisations.
    public var isShared: Bool

    public init(
        id: UUID, kind: EventKind, title: LocalizedText, startsAt: Date, place: String?, invited: Int, attended: Int, mine: MyParticipation? = nil,
        isShared: Bool = false
    ) {
        self.isShared = isShared
        self.id = id
        self.kind = kind
        self.title = title
        self.startsAt = startsAt
        self.place = place
        self.invited = invited
        self.attended = attended
        self.mine = mine
    }
}

public struct MyParticipation: Sendable, Hashable {
    public var checkedIn: Bool
    public var answered: Bool

    public init(checkedIn: Bool, answered: Bool) {
        self.checkedIn = checkedIn
        self.answered = answered
    }
}

/// Forums and seminars: upcoming first, then past ones with their attendance.
public enum EventsPage {
    /// How many past events the list shows before "Show all".
    public static let pastLimit = 50

    /// `pastTotal`: how many events were held in all, when `past` holds only the latest.
    public static func render(
        upcoming: [EventSummary], past: [EventSummary], pastTotal: Int? = nil, canCreate: Bool, canSeeAttendance: Bool = false,
        context: PageContext
    ) -> String {
        let t = context
        func table(_ events: [EventSummary], caption: String) -> Node<HTML.BodyContext> {
            .div(
                .class("table-wrap"),
                .table(
                    .class("data"),
                    .caption(.text(caption)),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(t(.eventColumn))),
                            .th(.attribute(named: "scope", value: "col"), .text(t(.eventWhen))),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.eventAttendance))),
                            .th(.attribute(named: "scope", value: "col"), .text(t(.eventMine))))),
                    .tbody(
                        .forEach(events) { event in
                            .tr(
                                .td(
                                    .a(.href(SiteRoute.event(event.id).path), localized(event.title, context)),
                                    .p(
                                        .class("muted"),
                                        .text(
                                            t(event.kind.titleKey) + (event.isShared ? " · " + t(.sharedEventShort) : "")
                                                + (event.place.map { " · " + $0 } ?? "")))),
                                .td(.text(context.localizer.dateTime(event.startsAt))),
                                .td(.class("number"), .text("\(event.attended) / \(event.invited)")),
                                .td(
                                    .text(
                                        event.mine.map { mine in
                                            mine.answered ? t(.eventFeedbackGiven) : mine.checkedIn ? t(.eventCheckedIn) : t(.eventInvited)
                                        } ?? "–")))
                        })
                ))
        }
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("lead"), .text(t(.eventsIntro))),
            .p(
                .class("toolbar"),
                canCreate ? .a(.class("button primary"), .href(SiteRoute.newEvent.path), .text(t(.eventNew))) : .empty,
                canSeeAttendance ? .a(.href(SiteRoute.attendance.path), .text(t(.attendanceLink))) : .empty,
                .a(.href(SiteRoute.account.path + "#calendar"), .text(t(.calendarFeedTitle)))),
            upcoming.isEmpty && past.isEmpty
                ? emptyState(.emptyEvents, next: .newEvent, label: .emptyPlanFirstForum, takenBy: .programmeOwner, context)
                : upcoming.isEmpty ? .p(.text(t(.eventsNoneUpcoming))) : table(upcoming, caption: t(.eventsUpcoming)),
            past.isEmpty ? .empty : table(past, caption: t(.eventsPast)),
            shortenedList(shown: past.count, of: pastTotal, showAll: SiteRoute.area(.events).path + "?past=all", context)
        )
        let exports: Node<HTML.BodyContext> = .group(
            exportLinks(.exportEvents, label: .exportEvents, context),
            canSeeAttendance ? exportLinks(.exportFeedback, label: .exportFeedback, context) : .empty)
        return Layout.render(Page(title: t(.areaEvents), section: .area(.events), content: .group(content, exports)), context: context)
    }
}

/// The programme owner plans an event and invites top and middle management.
public enum EventFormPage {
    public struct Model: Sendable {
        public var kind: EventKind
        public var title: LocalizedText
        public var description: LocalizedText
        public var date: String
        public var startTime: String
        public var endTime: String
        public var place: String
        public var areaID: UUID?
        public var areas: [SelectChoice]
        public var capacity: String
        public var onlineURL: String
        public var hosts: String
        public var goals: [SelectChoice]
        public var goalIDs: Set<UUID>
        /// The organisation's external coaches, and those who host this event: they see its
        /// feedback, and only its.
        public var coaches: [SelectChoice] = []
        public var coachIDs: Set<UUID> = []
        /// The hosts' and experts' preparation in hours, as typed.
        public var preparation = ""
        public var invitations: InvitationPicker
        public var errors: [String]
        /// The event being changed; nil for a new one (which also invites).
        public var editing: UUID?

        public init(
            kind: EventKind = .seminar, title: LocalizedText = LocalizedText(), description: LocalizedText = LocalizedText(),
            date: String = "", startTime: String = "09:00", endTime: String = "12:00", place: String = "", areaID: UUID? = nil,
            areas: [SelectChoice] = [], capacity: String = "", onlineURL: String = "", hosts: String = "", goals: [SelectChoice] = [],
            goalIDs: Set<UUID> = [], invitations: InvitationPicker = InvitationPicker(), errors: [String] = [], editing: UUID? = nil
        ) {
            self.editing = editing
            self.onlineURL = onlineURL
            self.hosts = hosts
            self.goals = goals
            self.goalIDs = goalIDs
            self.kind = kind
            self.title = title
            self.description = description
            self.date = date
            self.startTime = startTime
            self.endTime = endTime
            self.place = place
            self.areaID = areaID
            self.areas = areas
            self.capacity = capacity
            self.invitations = invitations
            self.errors = errors
        }
    }

    /// What, in which languages, when and where: the same on a town's form and the operator's
    /// shared-event form.
    static func basicFields(
        kind: EventKind, title: LocalizedText, description: LocalizedText, date: String, start: String, end: String,
        place: String, languages: [RoderCore.Language], _ context: PageContext
    ) -> Node<HTML.FormContext> {
        let t = context
        return .group(
            .div(
                .class("field"), .label(.for("kind"), .text(t(.eventKind))),
                .select(
                    .attribute(named: "name", value: "kind"), .id("kind"),
                    .forEach(EventKind.allCases) { .choice(value: $0.rawValue, label: t($0.titleKey), isSelected: $0 == kind) })),
            .forEach(languages) { language in
                .fieldset(
                    .class("field language-group"),
                    .legend(language.nativeName),
                    inputField(
                        name: "title-\(language.code)", id: "title-\(language.code)", label: t(.eventTitle), value: title[language] ?? "",
                        required: language == languages.first, lang: language.code),
                    .div(
                        .class("field"),
                        .label(.for("description-\(language.code)"), .text(t(.goalDescription))),
                        .textarea(
                            .name("description-\(language.code)"), .id("description-\(language.code)"), .rows(2),
                            .attribute(named: "lang", value: language.code), .text(description[language] ?? "")))
                )
            },
            .div(
                .class("measure-form"),
                .div(
                    .class("field"), .label(.for("date"), .text(t(.eventDate))),
                    .input(.type(.date), .name("date"), .id("date"), .value(date), .required(true))),
                .div(
                    .class("field"), .label(.for("start"), .text(t(.eventStarts))),
                    .input(.type(.time), .name("start"), .id("start"), .value(start), .required(true))),
                .div(
                    .class("field"), .label(.for("end"), .text(t(.eventEnds))),
                    .input(.type(.time), .name("end"), .id("end"), .value(end), .required(true)))),
            inputField(name: "place", id: "place", label: t(.eventPlace), value: place)
        )
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        let back = model.editing.map { (SiteRoute.event($0).path, "← " + t(.eventBack)) } ?? (SiteRoute.area(.events).path, "← " + t(.areaEvents))
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(back.0), .text(back.1))),
            .if(model.editing != nil, .p(.class("hint"), .text(t(.eventEditHint)))),
            .form(
                .action(model.editing.map { SiteRoute.editEvent($0).path } ?? SiteRoute.newEvent.path), .method(.post), .class("stack"),
                csrfField(context),
                errorSummary(model.errors, context: context),
                basicFields(
                    kind: model.kind, title: model.title, description: model.description, date: model.date, start: model.startTime,
                    end: model.endTime, place: model.place, languages: languages, context),
                inputField(name: "onlineURL", id: "onlineURL", label: t(.eventOnlineURL), value: model.onlineURL),
                inputField(name: "hosts", id: "hosts", label: t(.eventHosts), value: model.hosts, hint: t(.eventHostsHint)),
                inputField(name: "capacity", id: "capacity", label: t(.eventCapacity), value: model.capacity, inputMode: "numeric"),
                inputField(
                    name: "preparation", id: "preparation", label: t(.eventPreparation), value: model.preparation, inputMode: "decimal",
                    hint: t(.timeHoursHint)),
                .div(
                    .class("field"), .label(.for("area"), .text(t(.eventArea))),
                    .select(
                        .attribute(named: "name", value: "area"), .id("area"),
                        .choice(value: "", label: "–", isSelected: model.areaID == nil),
                        .forEach(model.areas) { .choice(value: $0.id.uuidString.lowercased(), label: $0.label, isSelected: $0.id == model.areaID) })),
                .if(
                    !model.goals.isEmpty,
                    .fieldset(
                        .class("field invitation-choice"),
                        .legend(t(.eventGoals)),
                        .details(
                            .open(!model.goalIDs.isEmpty),
                            .summary(.text(t(.eventGoals))),
                            .div(
                                .class("choices"),
                                .forEach(model.goals) { goal in
                                    .div(
                                        .class("check"),
                                        .input(
                                            .type(.checkbox), .name("goal[]"), .id("goal-\(goal.id.uuidString.lowercased())"),
                                            .value(goal.id.uuidString.lowercased()), .checked(model.goalIDs.contains(goal.id))),
                                        .label(.for("goal-\(goal.id.uuidString.lowercased())"), .text(goal.label)))
                                })
                        )
                    )),
                .if(
                    !model.coaches.isEmpty,
                    .fieldset(
                        .class("field invitation-choice"),
                        .legend(t(.eventCoaches)),
                        .p(.class("hint"), .text(t(.eventCoachesHint))),
                        .div(
                            .class("choices"),
                            .forEach(model.coaches) { coach in
                                .div(
                                    .class("check"),
                                    .input(
                                        .type(.checkbox), .name("coach[]"), .id("coach-\(coach.id.uuidString.lowercased())"),
                                        .value(coach.id.uuidString.lowercased()), .checked(model.coachIDs.contains(coach.id))),
                                    .label(.for("coach-\(coach.id.uuidString.lowercased())"), .text(coach.label)))
                            })
                    )),
                .if(model.editing == nil, InvitationPicker.fields(model.invitations, idPrefix: "new", context)),
                .button(.type(.submit), .class("primary"), .text(t(model.editing == nil ? .eventCreate : .eventSaveChanges)))
            )
        )
        return Layout.render(Page(title: t(model.editing == nil ? .eventNew : .eventEdit), section: .area(.events), content: content), context: context)
    }
}

/// One event: what and when; for the host the code to show in the room and the list of
/// who came; for a participant checking in and giving feedback.
public enum EventPage {
    public struct Attendee: Sendable {
        public var personID: UUID
        public var name: String
        public var checkedIn: Bool

        public init(personID: UUID, name: String, checkedIn: Bool) {
            self.personID = personID
            self.name = name
            self.checkedIn = checkedIn
        }
    }

    public struct Model: Sendable {
        public var summary: EventSummary
        public var endsAt: Date
        public var description: LocalizedText?
        public var areaTitle: LocalizedText?
        public var isHost: Bool
        public var checkInCode: String?
        public var attendees: [Attendee]
        public var canCheckIn: Bool
        public var checkInOpen: Bool
        public var checkInError: String?
        /// The signed-in person's sign-up, nil when they cannot sign up (not a person, or it is over).
        public var registration: Registration.State?
        public var capacity: Int?
        public var registered: Int
        public var waitingPosition: Int?
        /// The address the room's QR code opens (`SiteRoute.checkInWithCode`, absolute).
        public var checkInAddress: String?
        /// The code the QR code brought, filled into the check-in form.
        public var typedCode: String = ""
        /// For the host, after the event: how many have not answered and whether to remind them.
        public var reminders: Reminders?
        /// For the host, before the event ends: inviting more people.
        public var invitations: InvitationPicker?
        public var materials: [Material] = []
        public var onlineURL: String?
        public var hosts: String?
        /// Result goals the event deals with: link and "3. Title".
        public var goals: [SelectChoice] = []
        /// What went wrong with the last material the host tried to add.
        public var materialError: String?
        /// The refused material's title and address as typed, and whether it was a file (which
        /// the browser makes the host choose again).
        public var typedMaterial: (title: String, url: String, isFile: Bool)?
        /// The host's search in a long check-in list (part of a name, any case or accents).
        public var attendeeQuery: String = ""
        /// The event is over: marking someone present now lets them answer, so it needs a reason.
        public var lateCheckIn = false
        /// Whether the reader may open the results (an external coach only of events they lead).
        public var showsResults = true

        /// The attendees the check-in list shows: those whose name contains the search.
        public var shownAttendees: [Attendee] {
            let query = attendeeQuery.trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty else { return attendees }
            return attendees.filter { $0.name.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        }

        public init(
            summary: EventSummary, endsAt: Date, description: LocalizedText?, areaTitle: LocalizedText?, isHost: Bool, checkInCode: String?,
            attendees: [Attendee], canCheckIn: Bool, checkInOpen: Bool, checkInError: String? = nil,
            registration: Registration.State? = nil, capacity: Int? = nil, registered: Int = 0, waitingPosition: Int? = nil,
            reminders: Reminders? = nil, invitations: InvitationPicker? = nil
        ) {
            self.reminders = reminders
            self.invitations = invitations
            self.registration = registration
            self.capacity = capacity
            self.registered = registered
            self.waitingPosition = waitingPosition
            self.summary = summary
            self.endsAt = endsAt
            self.description = description
            self.areaTitle = areaTitle
            self.isHost = isHost
            self.checkInCode = checkInCode
            self.attendees = attendees
            self.canCheckIn = canCheckIn
            self.checkInOpen = checkInOpen
            self.checkInError = checkInError
        }
    }

    public struct Material: Sendable {
        public var id: UUID
        public var title: String
        /// A link's address; nil for an uploaded file.
        public var url: String?
        public var fileName: String?
        public var size: Int?

        public init(id: UUID, title: String, url: String?, fileName: String?, size: Int?) {
            self.id = id
            self.title = title
            self.url = url
            self.fileName = fileName
            self.size = size
        }
    }

    public struct Reminders: Sendable {
        public var attended: Int
        public var missing: Int
        public var sent: Int
        public var limit: Int
        /// Why no reminder can go now, or why the last try was refused.
        public var message: String?
        public var canSend: Bool

        public init(attended: Int, missing: Int, sent: Int, limit: Int, message: String?, canSend: Bool) {
            self.attended = attended
            self.missing = missing
            self.sent = sent
            self.limit = limit
            self.message = message
            self.canSend = canSend
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let event = model.summary
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.events).path), .text("← " + t(.areaEvents)))),
            .unwrap(model.description) { .p(.class("lead"), localized($0, context)) },
            .if(event.isShared, .div(.class("notice info"), .p(.text(t(.sharedEventBadge))))),
            .dl(
                .class("details"),
                .dt(.text(t(.eventKind))), .dd(.text(t(event.kind.titleKey))),
                .dt(.text(t(.eventWhen))), .dd(.text(context.localizer.dateTime(event.startsAt) + "–" + context.localizer.time(model.endsAt))),
                .unwrap(event.place) { .group(.dt(.text(t(.eventPlace))), .dd(.text($0))) },
                .unwrap(model.onlineURL) { url in
                    .group(.dt(.text(t(.eventOnlineJoin))), .dd(.a(.href(url), .attribute(named: "rel", value: "noopener noreferrer"), .text(url))))
                },
                .unwrap(model.hosts) { .group(.dt(.text(t(.eventHosts))), .dd(.text($0))) },
                .unwrap(model.areaTitle) { .group(.dt(.text(t(.eventArea))), .dd(localized($0, context))) },
                .if(
                    !model.goals.isEmpty,
                    .group(
                        .dt(.text(t(.eventGoals))),
                        .dd(
                            .ul(
                                .class("plain-list"),
                                .forEach(model.goals) { goal in
                                    .li(.a(.href(SiteRoute.goal(goal.id).path), .text(goal.label)))
                                })))),
                .dt(.text(t(.eventAttendance))), .dd(.text("\(event.attended) / \(event.invited)")),
                .dt(.text(t(.eventRegistered))),
                .dd(.text(model.capacity.map { t(.eventPlacesTaken(taken: String(model.registered), places: String($0))) } ?? String(model.registered)))),
            // A shared event's time and place belong to the programme operator.
            .if(
                model.isHost,
                event.isShared
                    ? .p(.class("hint"), .text(t(.eventSharedNotEditable)))
                    : .p(.class("toolbar"), .a(.href(SiteRoute.editEvent(event.id).path), .text(t(.eventEdit))))),
            registrationSection(model, context),
            materialsSection(model, context),
            participantSection(model, context),
            model.isHost ? hostSection(model, context) : .empty,
            .p(
                .class("toolbar"), .if(model.showsResults, .a(.href(SiteRoute.eventResults(event.id).path), .text(t(.feedbackResultsTitle)))),
                .a(.href(SiteRoute.eventCalendar(event.id).path), .text(t(.eventAddToCalendar))))
        )
        return Layout.render(Page(title: context.localizer.text(event.title)?.text ?? "–", section: .area(.events), content: content), context: context)
    }

    private static func materialsSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let eventID = model.summary.id
        guard !model.materials.isEmpty || model.isHost else { return .empty }
        func size(_ bytes: Int?) -> String {
            guard let bytes else { return "" }
            return bytes < 1024 * 1024
                ? " (\(max(1, bytes / 1024)) kB)" : " (" + context.localizer.number(Double(bytes) / 1_048_576, fractionDigits: 1) + " MB)"
        }
        return .section(
            .class("card"),
            .h2(.id("materials"), .text(t(.materialsTitle))),
            model.materials.isEmpty
                ? .p(.text(t(.materialsNone)))
                : .ul(
                    .class("plain-list"),
                    .forEach(model.materials) { material in
                        .li(
                            material.url.map { url in .a(.href(url), .attribute(named: "rel", value: "noopener noreferrer"), .text(material.title)) }
                                ?? .a(.href(SiteRoute.eventMaterial(eventID, material: material.id).path), .text(material.title + size(material.size))),
                            .if(
                                model.isHost,
                                .form(
                                    .action(SiteRoute.eventMaterialDelete(eventID, material: material.id).path), .method(.post), .class("inline-form"),
                                    csrfField(context),
                                    .button(
                                        .type(.submit), .class("secondary"), .attribute(named: "aria-label", value: t(.materialRemove) + ": " + material.title),
                                        .text(t(.materialRemove)))))
                        )
                    }),
            .if(
                model.isHost,
                .group(
                    .unwrap(model.materialError) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                    .details(
                        .open(model.materialError != nil),
                        .summary(.text(t(.materialAddLink))),
                        .form(
                            .action(SiteRoute.eventMaterials(eventID).path), .method(.post), .class("stack"),
                            csrfField(context),
                            inputField(
                                name: "title", id: "link-title", label: t(.materialTitle),
                                value: model.typedMaterial.map { $0.isFile ? "" : $0.title } ?? "", required: true),
                            inputField(name: "url", id: "link-url", label: t(.materialURL), value: model.typedMaterial?.url ?? "", required: true),
                            .button(.type(.submit), .class("secondary"), .text(t(.materialAdd))))
                    ),
                    .details(
                        .open(model.materialError != nil),
                        .summary(.text(t(.materialAddFile))),
                        .form(
                            .action(SiteRoute.eventMaterials(eventID).path), .method(.post), .enctype(.multipartData), .class("stack"),
                            csrfField(context),
                            inputField(
                                name: "title", id: "file-title", label: t(.materialTitle),
                                value: model.typedMaterial.map { $0.isFile ? $0.title : "" } ?? "", required: true),
                            .div(
                                .class("field"),
                                .label(.for("material-file"), .text(t(.materialFile))),
                                .p(.class("hint"), .id("material-file-hint"), .text(t(.materialFileHint))),
                                .input(
                                    .type(.file), .name("file"), .id("material-file"), .required(true),
                                    .attribute(named: "accept", value: MaterialFile.acceptedExtensions),
                                    .attribute(named: "aria-describedby", value: "material-file-hint"))),
                            .button(.type(.submit), .class("secondary"), .text(t(.materialAdd))))
                    )
                ))
        )
    }

    private static func registrationSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        guard let state = model.registration else { return .empty }
        func button(_ action: String, _ label: String, primary: Bool) -> Node<HTML.BodyContext> {
            .form(
                .action(SiteRoute.eventRegistration(model.summary.id).path), .method(.post), .class("inline-form"),
                csrfField(context), .input(.type(.hidden), .name("action"), .value(action)),
                .button(.type(.submit), .class(primary ? "primary" : "secondary"), .text(label)))
        }
        let status: String
        switch state {
        case .registered: status = t(.registrationRegistered)
        case .waitlisted: status = t(.registrationWaitlisted(position: String(model.waitingPosition ?? 1)))
        case .cancelled: status = t(.registrationCancelled)
        case .invited: status = t(.registrationInvited)
        }
        return .section(
            .class("card"),
            .h2(.id("registration"), .text(t(.registrationTitle))),
            .p(.text(status)),
            state == .registered || state == .waitlisted
                ? button("cancel", t(.registrationCancel), primary: false)
                : button("register", t(.registrationSignUp), primary: true)
        )
    }

    private static func participantSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let event = model.summary
        if let mine = event.mine, mine.checkedIn {
            return .section(
                .class("card"), .h2(.text(t(.eventCheckedIn))),
                mine.answered
                    ? .p(.text(t(.eventFeedbackGiven)))
                    : .p(.a(.class("button primary"), .href(SiteRoute.eventFeedback(event.id).path), .text(t(.feedbackGive)))))
        }
        guard model.canCheckIn else { return .empty }
        return .section(
            .class("card"),
            .h2(.id("check-in"), .text(t(.eventCheckInTitle))),
            model.checkInOpen
                ? .form(
                    .action(SiteRoute.eventCheckIn(event.id).path), .method(.post), .class("stack"),
                    csrfField(context),
                    .unwrap(model.checkInError) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                    inputField(name: "code", id: "code", label: t(.eventCheckInCode), value: model.typedCode, required: true),
                    .button(.type(.submit), .class("primary"), .text(t(.eventCheckInButton)))
                ) : .p(.text(t(.eventCheckInClosed)))
        )
    }

    private static func hostSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .h2(.text(t(.eventHostTitle))),
            .unwrap(model.checkInCode) { checkInCodeBlock(code: $0, address: model.checkInAddress, context) },
            // Open while people can check in; before the event it would only be a long list.
            .details(
                .class("attendance-list"), .id("check-in-list"),
                .open(model.checkInOpen || model.summary.attended > 0 || !model.attendeeQuery.isEmpty || (model.lateCheckIn && model.checkInError != nil)),
                .summary(.text(t(.eventCheckInList(attended: String(model.summary.attended), invited: String(model.summary.invited))))),
                // A plain GET form: a host with 200 invitees finds a name without scrolling, no script needed.
                .if(
                    model.attendees.count > 12 || !model.attendeeQuery.isEmpty,
                    .form(
                        // The fragment brings the host back to the list, not to the top of the page.
                        .action(SiteRoute.event(model.summary.id).path + "#check-in-list"), .method(.get), .class("search"),
                        .attribute(named: "role", value: "search"),
                        .label(.for("who"), .text(t(.attendeeSearchLabel))),
                        .input(.type(.search), .name("who"), .id("who"), .value(model.attendeeQuery)),
                        .button(.type(.submit), .class("secondary"), .text(t(.search))))),
                .if(
                    !model.attendeeQuery.isEmpty,
                    .p(
                        .attribute(named: "role", value: "status"),
                        .text(
                            t(
                                .attendeeShowing(shown: String(model.shownAttendees.count), invited: String(model.attendees.count), query: model.attendeeQuery))
                                + " "),
                        .a(.href(SiteRoute.event(model.summary.id).path + "#check-in-list"), .text(t(.attendeeShowAll))))),
                .if(model.lateCheckIn, .p(.class("hint"), .text(t(.eventLateCheckInHint)))),
                .unwrap(model.lateCheckIn ? model.checkInError : nil) {
                    .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0)))
                },
                .ul(
                    .class("plain-list attendees"),
                    .forEach(model.shownAttendees) { attendee in
                        let reasonID = "reason-" + attendee.personID.uuidString.lowercased()
                        return .li(
                            .text(attendee.name + " · "),
                            attendee.checkedIn
                                ? .span(.class("status status-done"), .text(t(.eventCheckedIn)))
                                : .form(
                                    .action(SiteRoute.eventAttendance(model.summary.id).path), .method(.post), .class("inline-form"),
                                    csrfField(context), .input(.type(.hidden), .name("person"), .value(attendee.personID.uuidString.lowercased())),
                                    .if(!model.attendeeQuery.isEmpty, .input(.type(.hidden), .name("who"), .value(model.attendeeQuery))),
                                    .if(
                                        model.lateCheckIn,
                                        .group(
                                            .label(.for(reasonID), .class("visually-hidden"), .text(t(.eventLateCheckInReason) + " " + attendee.name)),
                                            .input(
                                                .type(.text), .name("reason"), .id(reasonID), .required(true), .attribute(named: "maxlength", value: "300"),
                                                .placeholder(t(.eventLateCheckInReason))))),
                                    .button(
                                        .type(.submit), .attribute(named: "aria-label", value: t(.eventMarkPresent) + ": " + attendee.name),
                                        .text(t(.eventMarkPresent)))))
                    })),
            .unwrap(model.reminders) { reminderPart($0, eventID: model.summary.id, context) },
            .unwrap(model.invitations) { picker in
                .details(
                    .class("invite-more"), .open(picker.open),
                    .summary(.text(t(.inviteMore))),
                    .form(
                        .action(SiteRoute.eventInvitations(model.summary.id).path), .method(.post), .class("stack"),
                        csrfField(context),
                        .unwrap(picker.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                        InvitationPicker.fields(picker, idPrefix: "more", context),
                        .button(.type(.submit), .class("secondary"), .text(t(.inviteAdd))))
                )
            }
        )
    }

    /// The code to show in the room, read out letter by letter, and its QR code (nothing if the
    /// address is too long for one): for a town's host and for the operator.
    static func checkInCodeBlock(code: String, address: String?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.text(context(.eventShowCode))),
            .p(.class("check-in-code"), .attribute(named: "aria-label", value: code.map(String.init).joined(separator: " ")), .text(code)),
            .unwrap(address.flatMap { try? QRCode.encode($0) }) { qr in
                .div(.class("qr"), .raw(qr.svg(label: context(.eventQRLabel(code: code)))), .p(.class("hint"), .text(context(.eventQRHint))))
            }
        )
    }

    private static func reminderPart(_ reminders: Reminders, eventID: UUID, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .div(
            .class("stack"),
            .h3(.id("reminders"), .text(t(.reminderTitle))),
            .p(
                .text(
                    t(
                        .reminderStatus(
                            missing: String(reminders.missing), attended: String(reminders.attended), sent: String(reminders.sent),
                            limit: String(reminders.limit))))),
            .unwrap(reminders.message) { .div(.class("notice info"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .if(
                reminders.canSend,
                .form(
                    .action(SiteRoute.eventReminders(eventID).path), .method(.post), .class("inline-form"),
                    csrfField(context), .button(.type(.submit), .class("secondary"), .text(t(.reminderSendNow)))))
        )
    }
}

/// The questionnaire after an event: quick on a phone, and says plainly what happens to it.
public enum FeedbackFormPage {
    public static func render(
        eventID: UUID, eventTitle: LocalizedText, questions: [FeedbackQuestion], values: [String: String], error: String?,
        threshold: Int, context: PageContext
    ) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.event(eventID).path), .text("← "), localized(eventTitle, context))),
            .div(.class("notice info"), .p(.text(t(.feedbackAnonymityNote(k: String(threshold)))))),
            .form(
                .action(SiteRoute.eventFeedback(eventID).path), .method(.post), .class("stack feedback-form"),
                csrfField(context),
                .unwrap(error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .forEach(questions) { question in
                    switch question.kind {
                    case .scale:
                        return .fieldset(
                            .class("field scale"),
                            .legend(context.localizer.text(question.text)?.text ?? question.key),
                            .div(
                                .class("scale-choices"),
                                .forEach(1...5) { score in
                                    .div(
                                        .class("scale-choice"),
                                        .input(
                                            .type(.radio), .name(question.key), .id("\(question.key)-\(score)"), .value(String(score)),
                                            .checked(values[question.key] == String(score)), .required(true)),
                                        .label(.for("\(question.key)-\(score)"), .text(String(score))))
                                }),
                            .p(.class("hint"), .text(t(.feedbackScaleHint)))
                        )
                    case .comment:
                        return .div(
                            .class("field"),
                            .label(.for(question.key), .text(context.localizer.text(question.text)?.text ?? question.key)),
                            .textarea(.name(question.key), .id(question.key), .rows(3), .text(values[question.key] ?? "")))
                    }
                },
                .button(.type(.submit), .class("primary"), .text(t(.feedbackSend)))
            )
        )
        return Layout.render(Page(title: t(.feedbackGive), section: .area(.events), content: content), context: context)
    }
}

/// An event's feedback: counts and the response rate always; distributions, means and
/// comments only from k respondents.
public enum EventResultsPage {
    public static func render(
        eventID: UUID, eventTitle: LocalizedText, questions: [FeedbackQuestion], summary: FeedbackSummary, threshold: Int,
        context: PageContext
    ) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.event(eventID).path), .text("← "), localized(eventTitle, context))),
            summaryBody(summary, questions: questions, threshold: threshold, context)
        )
        return Layout.render(
            Page(
                title: t(.feedbackResultsTitle) + ": " + (context.localizer.text(eventTitle)?.text ?? "–"), section: .area(.events),
                content: content), context: context)
    }

    /// Counts, then (from k) the distribution per question and the comments: an event's
    /// results, and the pool of a shared event.
    static func summaryBody(_ summary: FeedbackSummary, questions: [FeedbackQuestion], threshold: Int, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let text = { (key: String) in questions.first { $0.key == key }.flatMap { context.localizer.text($0.text)?.text } ?? key }
        return .group(
            .ul(
                .class("figures"),
                .li(.span(.class("figure-value"), .text(String(summary.respondents))), .span(.text(t(.feedbackRespondents)))),
                .li(.span(.class("figure-value"), .text(String(summary.eligible))), .span(.text(t(.feedbackEligible)))),
                .li(
                    .span(.class("figure-value"), .text(summary.responseRate.map { context.localizer.number($0 * 100) + " %" } ?? "–")),
                    .span(.text(t(.feedbackResponseRate))))),
            summary.scales.map { scales in
                .group(
                    .if(
                        summary.published < summary.respondents,
                        .p(
                            .class("hint"),
                            .text(
                                t(
                                    .feedbackPublishedPart(
                                        shown: String(summary.published), count: String(summary.respondents),
                                        needed: String(max(1, threshold - (summary.respondents - summary.published)))))))),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("data"),
                            .caption(.text(t(.feedbackDistribution))),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(t(.feedbackQuestion))),
                                    .forEach(1...5) { .th(.attribute(named: "scope", value: "col"), .class("number"), .text(String($0))) },
                                    .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.feedbackMean))))),
                            .tbody(
                                .forEach(scales) { scale in
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .text(text(scale.questionKey))),
                                        scale.isShown
                                            ? .group(
                                                .forEach(scale.distribution) { .td(.class("number"), .text(String($0))) },
                                                .td(.class("number"), .strong(.text(scale.mean.map { context.localizer.number($0, fractionDigits: 1) } ?? "–")))
                                            )
                                            : .td(
                                                .attribute(named: "colspan", value: "6"), .class("hint"),
                                                .text(t(.feedbackQuestionBelowThreshold(count: String(scale.answered), k: String(threshold))))))
                                })
                        )),
                    .h2(.text(t(.feedbackComments))),
                    (summary.comments ?? []).isEmpty
                        ? .p(.text(t(.feedbackNoComments)))
                        : .ul(.class("plain-list comments"), .forEach(summary.comments ?? []) { .li(.p(.class("comment"), .text($0))) })
                )
            } ?? .div(.class("notice info"), .p(.text(t(.feedbackBelowThreshold(k: String(threshold), count: String(summary.respondents))))))
        )
    }
}

/// Choosing whom to invite: whole management levels, units (with the units below them) and
/// single people. Used by the new-event form and by the host's "invite more".
public struct InvitationPicker: Sendable {
    public struct Level: Sendable {
        public var level: ManagementLevel
        public var count: Int
        public init(level: ManagementLevel, count: Int) { self.level = level; self.count = count }
    }

    public struct Choice: Sendable {
        public var id: UUID
        public var label: String
        public init(id: UUID, label: String) { self.id = id; self.label = label }
    }

    /// Levels with at least one person, in order from the top.
    public var levels: [Level]
    public var units: [Choice]
    public var people: [Choice]
    public var choice: InvitationChoice
    public var error: String?
    /// Whether a collapsed picker starts open (it had an error).
    public var open: Bool

    public init(
        levels: [Level] = [], units: [Choice] = [], people: [Choice] = [], choice: InvitationChoice = .management,
        error: String? = nil, open: Bool = false
    ) {
        self.levels = levels
        self.units = units
        self.people = people
        self.choice = choice
        self.error = error
        self.open = open
    }

    static func title(_ level: ManagementLevel, count: Int) -> Str {
        let count = String(count)
        return switch level {
        case .top: .inviteLevelTop(count: count)
        case .middle: .inviteLevelMiddle(count: count)
        case .supervisor: .inviteLevelSupervisor(count: count)
        case .staff: .inviteLevelStaff(count: count)
        }
    }

    static func fields(_ picker: InvitationPicker, idPrefix: String, _ context: PageContext) -> Node<HTML.FormContext> {
        let t = context
        func check<C: HTML.BodyContext>(_ name: String, _ value: String, _ label: String, checked: Bool) -> Node<C> {
            let id = "\(idPrefix)-\(name)-\(value)"
            return .div(
                .class("check"),
                .input(.type(.checkbox), .name(name + "[]"), .id(id), .value(value), .checked(checked)),
                .label(.for(id), .text(label)))
        }
        return .fieldset(
            .class("field invitation-choice"),
            .legend(t(.inviteTitle)),
            .p(.class("hint"), .text(t(.inviteHint))),
            .forEach(picker.levels) { level in
                check(
                    "invite-level", level.level.rawValue, t(title(level.level, count: level.count)),
                    checked: picker.choice.levels.contains(level.level))
            },
            .if(
                !picker.units.isEmpty,
                .details(
                    .open(!picker.choice.unitIDs.isEmpty),
                    .summary(.text(t(.inviteUnits))),
                    .div(
                        .class("choices"),
                        .forEach(picker.units) { unit in
                            check("invite-unit", unit.id.uuidString.lowercased(), unit.label, checked: picker.choice.unitIDs.contains(unit.id))
                        })
                )),
            .if(
                !picker.people.isEmpty,
                .details(
                    .open(!picker.choice.personIDs.isEmpty),
                    .summary(.text(t(.invitePeople))),
                    .div(
                        .class("choices"),
                        .forEach(picker.people) { person in
                            check("invite-person", person.id.uuidString.lowercased(), person.label, checked: picker.choice.personIDs.contains(person.id))
                        })
                ))
        )
    }
}
