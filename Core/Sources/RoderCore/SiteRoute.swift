import Foundation

/// Every page and action of Roder: the single source for the paths the server registers,
/// the links views build, and who may use each (`access`). Views never hold string paths.
public enum SiteRoute: Hashable, Sendable {
    case home
    case signIn(next: String? = nil)
    case signOut
    case language
    case account
    case accountPassword
    case accountOrganisation
    case accountCalendar
    /// The personal calendar feed; the token is the secret.
    case calendarFeed(token: String)
    case area(ProgrammeArea)
    case organisationUnit(UUID)
    /// A new unit, under `parent` when it is given.
    case newUnit(parent: UUID?)
    case editUnit(UUID)
    case retireUnit(UUID)
    case editPerson(UUID)
    case organisationAnalytics
    case organisationAnalyticsExport
    case organisationSpanTarget
    case organisationImport
    case organisationImportDraft(UUID)
    case organisationImportDemoFile
    case organisationScenarios
    case organisationScenario(UUID)
    case organisationScenarioChanges(UUID)
    case organisationScenarioRemoveChange(UUID, Int)
    case organisationScenarioApply(UUID)
    case organisationRoles
    case organisationRole(UUID)
    case organisationRoleHolders(UUID)
    case newGoal
    case strategyExport
    case goal(UUID)
    case goalStatus(UUID)
    case goalIndicators(UUID)
    case indicatorMeasurements(UUID)
    case editIndicator(UUID)
    case editGoal(UUID)
    case measurementCorrection(UUID)
    case initiatives
    case initiative(UUID)
    case initiativeMilestones(UUID)
    case milestone(UUID)
    case programmes
    case programme(UUID)
    case programmeAreas(UUID)
    case developmentArea(UUID)
    case developmentAreaMove(UUID)
    case periodLock(UUID, year: Int)
    case carryOver(UUID, year: Int)
    case strategyArchive
    case newEvent
    case event(UUID)
    case eventCheckIn(UUID)
    case eventAttendance(UUID)
    case eventFeedback(UUID)
    case eventResults(UUID)
    case eventCalendar(UUID)
    case attendance
    case eventRegistration(UUID)
    case feedbackExport
    case eventReminders(UUID)
    case eventInvitations(UUID)
    /// "What you said and what we do" for a half-year: shared back with participants.
    case feedbackSummary(HalfYear)
    case feedbackQuestions
    /// What the QR code in the room opens: the user's event with this code, code filled in.
    case checkInWithCode(String)
    case eventMaterials(UUID)
    case editEvent(UUID)
    case eventMaterial(UUID, material: UUID)
    case eventMaterialDelete(UUID, material: UUID)
    case users
    case newUser
    case user(UUID)
    case auditLog(page: Int = 1)
    case operatorHome
    case newSharedEvent
    case sharedEvent(UUID)
    case editSharedEvent(UUID)
    case health
    case asset(String)

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .home: return "/"
        case .signIn(let next):
            guard let next else { return "/sign-in" }
            return "/sign-in?next=" + Self.queryValue(next)
        case .signOut: return "/sign-out"
        case .language: return "/language"
        case .account: return "/account"
        case .accountPassword: return "/account/password"
        case .accountOrganisation: return "/account/organisation"
        case .accountCalendar: return "/account/calendar"
        case .calendarFeed(let token): return "/calendar/" + Self.segment(token) + ".ics"
        case .area(let area): return "/" + area.pathComponent
        case .organisationUnit(let id): return "/organisation/units/" + id.uuidString.lowercased()
        case .newUnit(let parent): return "/organisation/units/new" + (parent.map { "?parent=" + $0.uuidString.lowercased() } ?? "")
        case .editUnit(let id): return "/organisation/units/" + id.uuidString.lowercased() + "/edit"
        case .retireUnit(let id): return "/organisation/units/" + id.uuidString.lowercased() + "/retire"
        case .editPerson(let id): return "/organisation/people/" + id.uuidString.lowercased() + "/edit"
        case .organisationAnalytics: return "/organisation/analytics"
        case .organisationAnalyticsExport: return "/organisation/analytics/managers.csv"
        case .organisationSpanTarget: return "/organisation/analytics/target"
        case .organisationImport: return "/organisation/import"
        case .organisationImportDraft(let id): return "/organisation/import/" + id.uuidString.lowercased()
        case .organisationImportDemoFile: return "/organisation/import/demo.csv"
        case .organisationScenarios: return "/organisation/scenarios"
        case .organisationScenario(let id): return "/organisation/scenarios/" + id.uuidString.lowercased()
        case .organisationScenarioChanges(let id): return "/organisation/scenarios/" + id.uuidString.lowercased() + "/changes"
        case .organisationScenarioRemoveChange(let id, let index): return "/organisation/scenarios/" + id.uuidString.lowercased() + "/changes/\(index)/remove"
        case .organisationScenarioApply(let id): return "/organisation/scenarios/" + id.uuidString.lowercased() + "/apply"
        case .organisationRoles: return "/organisation/roles"
        case .organisationRole(let id): return "/organisation/roles/" + id.uuidString.lowercased()
        case .organisationRoleHolders(let id): return "/organisation/roles/" + id.uuidString.lowercased() + "/holders"
        case .newGoal: return "/strategy/goals/new"
        case .strategyExport: return "/strategy/export.csv"
        case .goal(let id): return "/strategy/goals/" + id.uuidString.lowercased()
        case .goalStatus(let id): return "/strategy/goals/" + id.uuidString.lowercased() + "/status"
        case .goalIndicators(let id): return "/strategy/goals/" + id.uuidString.lowercased() + "/indicators"
        case .indicatorMeasurements(let id): return "/strategy/indicators/" + id.uuidString.lowercased() + "/measurements"
        case .editIndicator(let id): return "/strategy/indicators/" + id.uuidString.lowercased() + "/edit"
        case .editGoal(let id): return "/strategy/goals/" + id.uuidString.lowercased() + "/edit"
        case .measurementCorrection(let id): return "/strategy/measurements/" + id.uuidString.lowercased()
        case .initiatives: return "/strategy/initiatives"
        case .initiative(let id): return "/strategy/initiatives/" + id.uuidString.lowercased()
        case .initiativeMilestones(let id): return "/strategy/initiatives/" + id.uuidString.lowercased() + "/milestones"
        case .milestone(let id): return "/strategy/milestones/" + id.uuidString.lowercased()
        case .programmes: return "/strategy/programmes"
        case .programme(let id): return "/strategy/programmes/" + id.uuidString.lowercased()
        case .programmeAreas(let id): return "/strategy/programmes/" + id.uuidString.lowercased() + "/areas"
        case .developmentArea(let id): return "/strategy/areas/" + id.uuidString.lowercased()
        case .developmentAreaMove(let id): return "/strategy/areas/" + id.uuidString.lowercased() + "/move"
        case .periodLock(let id, let year): return "/strategy/programmes/" + id.uuidString.lowercased() + "/years/\(year)/lock"
        case .carryOver(let id, let year): return "/strategy/programmes/" + id.uuidString.lowercased() + "/years/\(year)/carry-over"
        case .strategyArchive: return "/strategy/archive"
        case .newEvent: return "/events/new"
        case .event(let id): return "/events/" + id.uuidString.lowercased()
        case .eventCheckIn(let id): return "/events/" + id.uuidString.lowercased() + "/check-in"
        case .eventAttendance(let id): return "/events/" + id.uuidString.lowercased() + "/attendance"
        case .eventFeedback(let id): return "/events/" + id.uuidString.lowercased() + "/feedback"
        case .eventResults(let id): return "/events/" + id.uuidString.lowercased() + "/results"
        case .eventCalendar(let id): return "/events/" + id.uuidString.lowercased() + "/calendar.ics"
        case .attendance: return "/events/attendance"
        case .eventRegistration(let id): return "/events/" + id.uuidString.lowercased() + "/registration"
        case .feedbackExport: return "/events/feedback.csv"
        case .eventReminders(let id): return "/events/" + id.uuidString.lowercased() + "/reminders"
        case .eventInvitations(let id): return "/events/" + id.uuidString.lowercased() + "/invitations"
        case .feedbackSummary(let period): return "/feedback/summary/" + period.key
        case .feedbackQuestions: return "/feedback/questions"
        case .checkInWithCode(let code): return "/check-in?code=" + Self.queryValue(code)
        case .eventMaterials(let id): return "/events/" + id.uuidString.lowercased() + "/materials"
        case .editEvent(let id): return "/events/" + id.uuidString.lowercased() + "/edit"
        case .eventMaterial(let id, let material): return "/events/" + id.uuidString.lowercased() + "/materials/" + material.uuidString.lowercased()
        case .eventMaterialDelete(let id, let material):
            return "/events/" + id.uuidString.lowercased() + "/materials/" + material.uuidString.lowercased() + "/delete"
        case .users: return "/admin/users"
        case .newUser: return "/admin/users/new"
        case .user(let id): return "/admin/users/" + id.uuidString.lowercased()
        case .auditLog(let page): return page > 1 ? "/audit?page=\(page)" : "/audit"
        case .operatorHome: return "/operator"
        case .newSharedEvent: return "/operator/events/new"
        case .sharedEvent(let id): return "/operator/events/" + id.uuidString.lowercased()
        case .editSharedEvent(let id): return "/operator/events/" + id.uuidString.lowercased() + "/edit"
        case .health: return "/health"
        case .asset(let name): return "/assets/" + Self.segment(name)
        }
    }

    /// A path is safe to redirect to (after sign-in, after a language switch) only if a
    /// browser would read it as a path on this site. Browsers drop tabs and line breaks
    /// anywhere in a URL, read a backslash as a slash and `//` as another host, so all of
    /// those are refused outright rather than cleaned — as are control characters, spaces,
    /// and percent-encoded slashes, backslashes and controls, which other software decodes.
    public static func isSafeRedirect(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.count >= 1, bytes.count <= 2_048, bytes[0] == UInt8(ascii: "/") else { return false }
        if bytes.count > 1, bytes[1] == UInt8(ascii: "/") || bytes[1] == UInt8(ascii: "\\") { return false }
        for (index, byte) in bytes.enumerated() {
            // Controls (tab, CR, LF, NUL …), space, DEL, backslash; anything not ASCII is left
            // to percent-encoding, which our own links always use.
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte >= 0x80 { return false }
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = bytes[index + 1].hexDigitValue, let low = bytes[index + 2].hexDigitValue else { return false }
                let decoded = high * 16 + low
                if decoded <= 0x20 || decoded == 0x7F || decoded == UInt8(ascii: "/") || decoded == UInt8(ascii: "\\") || decoded == UInt8(ascii: "%") {
                    return false
                }
            }
        }
        return true
    }
}

/// The capability areas of the product brief, each a section of the navigation.
public enum ProgrammeArea: String, CaseIterable, Sendable, Hashable {
    case organisation
    case strategy
    case events
    case feedback
    case coaching
    case workingTime = "working-time"
    case reports

    public var pathComponent: String { rawValue }
}

/// One handler the server registers: method, path pattern and who may call it.
/// The permission test walks `Endpoint.allCases` for every role.
public enum Endpoint: String, CaseIterable, Sendable {
    case home
    case signInForm, signIn, signOut
    case language
    case account, accountPassword, accountOrganisation, accountCalendar, calendarFeed
    case organisationArea, organisationUnit, organisationAnalytics, organisationAnalyticsExport, setSpanTarget
    case newUnitForm, createUnit, editUnitForm, updateUnit, retireUnit, editPersonForm, updatePerson
    case organisationImportForm, organisationImportUpload, organisationImportDraft, organisationImportApply, organisationImportDemoFile
    case scenarios, createScenario, scenario, addScenarioChange, removeScenarioChange, applyScenario
    case roleProfiles, createRoleProfile, roleProfile, updateRoleProfile, changeRoleHolders
    case goal, updateGoalStatus, createIndicator, recordMeasurement, newGoalForm, createGoal, exportStrategy
    case editGoalForm, updateGoal, correctMeasurement, editIndicatorForm, updateIndicator
    case initiatives, createInitiative, initiative, updateInitiative, addMilestone, updateMilestone
    case createProgramme, programmeSettings, updateProgramme, createArea, updateArea, moveArea, setPeriodLock, carryOver
    case strategyArchive, archiveItem
    case newEventForm, createEvent, event, checkIn, hostCheckIn, feedbackForm, submitFeedback, eventResults, eventCalendar, attendance, register,
        exportFeedback, sendReminder, invite, feedbackSummary, saveFeedbackSummary, feedbackQuestions, saveFeedbackQuestions, addMaterial, material,
        removeMaterial, checkInWithCode
    case editEventForm, updateEvent
    case strategyArea, eventsArea, feedbackArea, coachingArea, workingTimeArea, reportsArea
    case users, newUserForm, createUser, user, updateUser
    case auditLog
    case operatorHome, newSharedEventForm, createSharedEvent, sharedEvent, editSharedEventForm, updateSharedEvent
    case health
    case asset

    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    /// How an endpoint is reached and who may reach it: method, path (`":name"` segments are
    /// parameters, `request.parameters` in a handler), access rule, and the largest body taken.
    public struct Route: Sendable {
        public let method: Method
        public let pattern: [String]
        public let access: Access
        public let maximumBodySize: ByteCount

        /// Forms are small: 64 KiB, enough for the mapping form of a file with many columns.
        static func get(_ pattern: [String], _ access: Access) -> Route {
            Route(method: .get, pattern: pattern, access: access, maximumBodySize: ByteCount(kilobytes: 64))
        }

        static func post(_ pattern: [String], _ access: Access, maximumBodySize: ByteCount = ByteCount(kilobytes: 64)) -> Route {
            Route(method: .post, pattern: pattern, access: access, maximumBodySize: maximumBodySize)
        }
    }

    /// Every endpoint in one table, one line each: adding a page is a case above and a line here.
    public var route: Route {
        switch self {
        case .home: .get([], .signedIn)
        case .signInForm: .get(["sign-in"], .anyone)
        case .signIn: .post(["sign-in"], .anyone)
        case .signOut: .post(["sign-out"], .anyone)
        case .language: .post(["language"], .anyone)
        case .account: .get(["account"], .signedIn)
        case .accountPassword: .post(["account", "password"], .signedIn)
        case .accountCalendar: .post(["account", "calendar"], .signedIn)
        // The calendar feed is read by calendar apps without a session: its token is the key.
        case .calendarFeed: .get(["calendar", ":file"], .anyone)
        case .accountOrganisation: .post(["account", "organisation"], .signedIn)
        case .organisationArea: .get([ProgrammeArea.organisation.pathComponent], .organisation(Access.readsOrganisation))
        case .organisationUnit: .get(["organisation", "units", ":unitID"], .organisation(Access.readsOrganisation))
        case .newUnitForm: .get(["organisation", "units", "new"], .organisation(Access.changesOrganisation))
        case .createUnit: .post(["organisation", "units", "new"], .organisation(Access.changesOrganisation))
        case .editUnitForm: .get(["organisation", "units", ":unitID", "edit"], .organisation(Access.changesOrganisation))
        case .updateUnit: .post(["organisation", "units", ":unitID", "edit"], .organisation(Access.changesOrganisation))
        case .retireUnit: .post(["organisation", "units", ":unitID", "retire"], .organisation(Access.changesOrganisation))
        case .editPersonForm: .get(["organisation", "people", ":personID", "edit"], .organisation(Access.changesOrganisation))
        case .updatePerson: .post(["organisation", "people", ":personID", "edit"], .organisation(Access.changesOrganisation))
        case .organisationAnalytics: .get(["organisation", "analytics"], .organisation(Access.readsOrganisation))
        case .organisationAnalyticsExport: .get(["organisation", "analytics", "managers.csv"], .organisation(Access.readsOrganisation))
        case .setSpanTarget: .post(["organisation", "analytics", "target"], .organisation(Access.changesOrganisation))
        // Restructuring drafts are sensitive: only those who change the organisation see them.
        case .organisationImportForm: .get(["organisation", "import"], .organisation(Access.changesOrganisation))
        // An HR export of 10,000 people is about 1–2 MB.
        case .organisationImportUpload: .post(["organisation", "import"], .organisation(Access.changesOrganisation), maximumBodySize: ByteCount(megabytes: 20))
        case .organisationImportDraft: .get(["organisation", "import", ":draftID"], .organisation(Access.changesOrganisation))
        case .organisationImportApply: .post(["organisation", "import", ":draftID"], .organisation(Access.changesOrganisation))
        case .organisationImportDemoFile: .get(["organisation", "import", "demo.csv"], .organisation(Access.changesOrganisation))
        case .scenarios: .get(["organisation", "scenarios"], .organisation(Access.changesOrganisation))
        case .createScenario: .post(["organisation", "scenarios"], .organisation(Access.changesOrganisation))
        case .scenario: .get(["organisation", "scenarios", ":scenarioID"], .organisation(Access.changesOrganisation))
        case .addScenarioChange: .post(["organisation", "scenarios", ":scenarioID", "changes"], .organisation(Access.changesOrganisation))
        case .removeScenarioChange:
            .post(["organisation", "scenarios", ":scenarioID", "changes", ":index", "remove"], .organisation(Access.changesOrganisation))
        case .applyScenario: .post(["organisation", "scenarios", ":scenarioID", "apply"], .organisation(Access.changesOrganisation))
        case .roleProfiles: .get(["organisation", "roles"], .organisation(Access.readsOrganisation))
        case .createRoleProfile: .post(["organisation", "roles"], .organisation(Access.changesOrganisation))
        case .roleProfile: .get(["organisation", "roles", ":roleID"], .organisation(Access.readsOrganisation))
        case .updateRoleProfile: .post(["organisation", "roles", ":roleID"], .organisation(Access.changesOrganisation))
        case .changeRoleHolders: .post(["organisation", "roles", ":roleID", "holders"], .organisation(Access.changesOrganisation))
        case .goal: .get(["strategy", "goals", ":goalID"], .anyOrganisationRole)
        case .newGoalForm: .get(["strategy", "goals", "new"], .organisation([.programmeOwner]))
        case .createGoal: .post(["strategy", "goals", "new"], .organisation([.programmeOwner]))
        case .exportStrategy: .get(["strategy", "export.csv"], .anyOrganisationRole)
        // Responsible persons report; the programme owner may too. The handler checks that a
        // manager is responsible for this goal.
        case .updateGoalStatus: .post(["strategy", "goals", ":goalID", "status"], .organisation([.manager, .programmeOwner]))
        case .createIndicator: .post(["strategy", "goals", ":goalID", "indicators"], .organisation([.programmeOwner]))
        case .recordMeasurement: .post(["strategy", "indicators", ":indicatorID", "measurements"], .organisation([.manager, .programmeOwner]))
        case .editGoalForm: .get(["strategy", "goals", ":goalID", "edit"], .organisation([.programmeOwner]))
        case .updateGoal: .post(["strategy", "goals", ":goalID", "edit"], .organisation([.programmeOwner]))
        case .editIndicatorForm: .get(["strategy", "indicators", ":indicatorID", "edit"], .organisation([.programmeOwner]))
        case .updateIndicator: .post(["strategy", "indicators", ":indicatorID", "edit"], .organisation([.programmeOwner]))
        case .correctMeasurement: .post(["strategy", "measurements", ":measurementID"], .organisation([.manager, .programmeOwner]))
        case .initiatives: .get(["strategy", "initiatives"], .anyOrganisationRole)
        case .createInitiative: .post(["strategy", "initiatives"], .organisation([.programmeOwner]))
        case .initiative: .get(["strategy", "initiatives", ":initiativeID"], .anyOrganisationRole)
        case .updateInitiative: .post(["strategy", "initiatives", ":initiativeID"], .organisation([.programmeOwner]))
        case .addMilestone: .post(["strategy", "initiatives", ":initiativeID", "milestones"], .organisation([.programmeOwner]))
        // An initiative's owner ticks its milestones off; the handler checks that too.
        case .updateMilestone: .post(["strategy", "milestones", ":milestoneID"], .organisation([.manager, .programmeOwner]))
        case .createProgramme: .post(["strategy", "programmes"], .organisation([.programmeOwner]))
        case .programmeSettings: .get(["strategy", "programmes", ":programmeID"], .organisation([.programmeOwner]))
        case .updateProgramme: .post(["strategy", "programmes", ":programmeID"], .organisation([.programmeOwner]))
        case .createArea: .post(["strategy", "programmes", ":programmeID", "areas"], .organisation([.programmeOwner]))
        case .updateArea: .post(["strategy", "areas", ":areaID"], .organisation([.programmeOwner]))
        case .moveArea: .post(["strategy", "areas", ":areaID", "move"], .organisation([.programmeOwner]))
        case .setPeriodLock: .post(["strategy", "programmes", ":programmeID", "years", ":year", "lock"], .organisation([.programmeOwner]))
        case .carryOver: .post(["strategy", "programmes", ":programmeID", "years", ":year", "carry-over"], .organisation([.programmeOwner]))
        case .strategyArchive: .get(["strategy", "archive"], .organisation([.programmeOwner]))
        case .archiveItem: .post(["strategy", "archive"], .organisation([.programmeOwner]))
        case .newEventForm: .get(["events", "new"], .organisation([.programmeOwner]))
        case .createEvent: .post(["events", "new"], .organisation([.programmeOwner]))
        // Anyone of the organisation may be invited; the handlers check the user is a person
        // of the organisation (and, for feedback, attended). Results show only from k answers.
        case .event: .get(["events", ":eventID"], .anyOrganisationRole)
        case .checkIn: .post(["events", ":eventID", "check-in"], .anyOrganisationRole)
        case .hostCheckIn: .post(["events", ":eventID", "attendance"], .organisation([.programmeOwner]))
        case .feedbackForm: .get(["events", ":eventID", "feedback"], .anyOrganisationRole)
        case .submitFeedback: .post(["events", ":eventID", "feedback"], .anyOrganisationRole)
        case .eventResults: .get(["events", ":eventID", "results"], .anyOrganisationRole)
        case .eventCalendar: .get(["events", ":eventID", "calendar.ics"], .anyOrganisationRole)
        // Attendance is named per person: for those who run and follow the programme.
        case .attendance: .get(["events", "attendance"], .organisation([.programmeOwner, .viewer]))
        case .register: .post(["events", ":eventID", "registration"], .anyOrganisationRole)
        case .exportFeedback: .get(["events", "feedback.csv"], .organisation([.programmeOwner, .viewer]))
        case .sendReminder: .post(["events", ":eventID", "reminders"], .organisation([.programmeOwner]))
        case .invite: .post(["events", ":eventID", "invitations"], .organisation([.programmeOwner]))
        case .editEventForm: .get(["events", ":eventID", "edit"], .organisation([.programmeOwner]))
        case .updateEvent: .post(["events", ":eventID", "edit"], .organisation([.programmeOwner]))
        // Aggregates only, shared back with the participants; not with external coaches.
        case .feedbackSummary: .get(["feedback", "summary", ":period"], .organisation(Access.readsProgrammeFeedback))
        case .saveFeedbackSummary: .post(["feedback", "summary", ":period"], .organisation([.programmeOwner]))
        case .feedbackQuestions: .get(["feedback", "questions"], .organisation([.programmeOwner]))
        case .saveFeedbackQuestions: .post(["feedback", "questions"], .organisation([.programmeOwner]))
        // A material file of at most 10 MB, with the form around it.
        case .addMaterial: .post(["events", ":eventID", "materials"], .organisation([.programmeOwner]), maximumBodySize: ByteCount(megabytes: 11))
        case .checkInWithCode: .get(["check-in"], .anyOrganisationRole)
        case .material: .get(["events", ":eventID", "materials", ":materialID"], .anyOrganisationRole)
        case .removeMaterial: .post(["events", ":eventID", "materials", ":materialID", "delete"], .organisation([.programmeOwner]))
        case .strategyArea: .get([ProgrammeArea.strategy.pathComponent], .anyOrganisationRole)
        case .eventsArea: .get([ProgrammeArea.events.pathComponent], .anyOrganisationRole)
        // The programme's feedback across events: an external coach reads only the events
        // they lead (`EventController.readsFeedback`).
        case .feedbackArea: .get([ProgrammeArea.feedback.pathComponent], .organisation(Access.readsProgrammeFeedback))
        case .coachingArea: .get([ProgrammeArea.coaching.pathComponent], .anyOrganisationRole)
        case .workingTimeArea: .get([ProgrammeArea.workingTime.pathComponent], .anyOrganisationRole)
        case .reportsArea: .get([ProgrammeArea.reports.pathComponent], .anyOrganisationRole)
        case .users: .get(["admin", "users"], .organisation([.administrator]))
        case .newUserForm: .get(["admin", "users", "new"], .organisation([.administrator]))
        case .createUser: .post(["admin", "users", "new"], .organisation([.administrator]))
        case .user: .get(["admin", "users", ":userID"], .organisation([.administrator]))
        case .updateUser: .post(["admin", "users", ":userID"], .organisation([.administrator]))
        case .auditLog: .get(["audit"], .organisation([.administrator, .programmeOwner]))
        case .operatorHome: .get(["operator"], .programmeOperator)
        case .newSharedEventForm: .get(["operator", "events", "new"], .programmeOperator)
        case .createSharedEvent: .post(["operator", "events", "new"], .programmeOperator)
        case .sharedEvent: .get(["operator", "events", ":sharedEventID"], .programmeOperator)
        case .editSharedEventForm: .get(["operator", "events", ":sharedEventID", "edit"], .programmeOperator)
        case .updateSharedEvent: .post(["operator", "events", ":sharedEventID", "edit"], .programmeOperator)
        case .health: .get(["health"], .anyone)
        case .asset: .get(["assets", ":file"], .anyone)
        }
    }

    public var method: Method { route.method }
    public var pattern: [String] { route.pattern }
    public var access: Access { route.access }
    public var maximumBodySize: ByteCount { route.maximumBodySize }

    public static func forArea(_ area: ProgrammeArea) -> Endpoint {
        switch area {
        case .organisation: .organisationArea
        case .strategy: .strategyArea
        case .events: .eventsArea
        case .feedback: .feedbackArea
        case .coaching: .coachingArea
        case .workingTime: .workingTimeArea
        case .reports: .reportsArea
        }
    }
}

extension SiteRoute {
    /// Whether the signed-in `principal` may open this link — views use it to hide links
    /// a user could not follow.
    public func isAllowed(for principal: Principal?) -> Bool {
        endpoint.access.allows(principal)
    }

    public var endpoint: Endpoint {
        switch self {
        case .home: .home
        case .signIn: .signInForm
        case .signOut: .signOut
        case .language: .language
        case .account: .account
        case .accountPassword: .accountPassword
        case .accountOrganisation: .accountOrganisation
        case .accountCalendar: .accountCalendar
        case .calendarFeed: .calendarFeed
        case .area(let area): .forArea(area)
        case .organisationUnit: .organisationUnit
        case .newUnit: .newUnitForm
        case .editUnit: .editUnitForm
        case .retireUnit: .retireUnit
        case .editPerson: .editPersonForm
        case .organisationAnalytics: .organisationAnalytics
        case .organisationAnalyticsExport: .organisationAnalyticsExport
        case .organisationSpanTarget: .setSpanTarget
        case .organisationImport: .organisationImportForm
        case .organisationImportDraft: .organisationImportDraft
        case .organisationImportDemoFile: .organisationImportDemoFile
        case .organisationScenarios: .scenarios
        case .organisationScenario: .scenario
        case .organisationScenarioChanges: .addScenarioChange
        case .organisationScenarioRemoveChange: .removeScenarioChange
        case .organisationScenarioApply: .applyScenario
        case .organisationRoles: .roleProfiles
        case .organisationRole: .roleProfile
        case .organisationRoleHolders: .changeRoleHolders
        case .newGoal: .newGoalForm
        case .strategyExport: .exportStrategy
        case .goal: .goal
        case .goalStatus: .updateGoalStatus
        case .goalIndicators: .createIndicator
        case .indicatorMeasurements: .recordMeasurement
        case .editIndicator: .editIndicatorForm
        case .editGoal: .editGoalForm
        case .measurementCorrection: .correctMeasurement
        case .initiatives: .initiatives
        case .initiative: .initiative
        case .initiativeMilestones: .addMilestone
        case .milestone: .updateMilestone
        case .programmes: .createProgramme
        case .programme: .programmeSettings
        case .programmeAreas: .createArea
        case .developmentArea: .updateArea
        case .developmentAreaMove: .moveArea
        case .periodLock: .setPeriodLock
        case .carryOver: .carryOver
        case .strategyArchive: .strategyArchive
        case .newEvent: .newEventForm
        case .event: .event
        case .eventCheckIn: .checkIn
        case .eventAttendance: .hostCheckIn
        case .eventFeedback: .feedbackForm
        case .eventResults: .eventResults
        case .eventCalendar: .eventCalendar
        case .attendance: .attendance
        case .eventRegistration: .register
        case .feedbackExport: .exportFeedback
        case .eventReminders: .sendReminder
        case .eventInvitations: .invite
        case .feedbackSummary: .feedbackSummary
        case .feedbackQuestions: .feedbackQuestions
        case .eventMaterials: .addMaterial
        case .editEvent: .editEventForm
        case .checkInWithCode: .checkInWithCode
        case .eventMaterial: .material
        case .eventMaterialDelete: .removeMaterial
        case .users: .users
        case .newUser: .newUserForm
        case .user: .user
        case .auditLog: .auditLog
        case .operatorHome: .operatorHome
        case .newSharedEvent: .newSharedEventForm
        case .sharedEvent: .sharedEvent
        case .editSharedEvent: .editSharedEventForm
        case .health: .health
        case .asset: .asset
        }
    }
}

extension SiteRoute {
    /// One path segment: whatever the text, it cannot add a segment, a query or a fragment.
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? ""
    }

    /// One query value: whatever the text, it cannot add a parameter or a fragment.
    static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? ""
    }
}

extension CharacterSet {
    static let urlPathSegmentAllowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/;?#%")
        return set
    }()

    /// Characters left as they are in a query value; `&`, `=`, `?`, `+` and `#` are encoded.
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=?+#")
        return set
    }()
}

/// A size in bytes, written the way people think about it.
public struct ByteCount: Sendable, Hashable {
    public let bytes: Int
    public init(kilobytes: Int) { bytes = kilobytes * 1024 }
    public init(megabytes: Int) { bytes = megabytes * 1024 * 1024 }
}
