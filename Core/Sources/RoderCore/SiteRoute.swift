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

    public var method: Method {
        switch self {
        case .createUnit, .updateUnit, .retireUnit, .updatePerson: .post
        case .signIn, .signOut, .language, .accountPassword, .accountOrganisation, .accountCalendar, .createUser, .updateUser,
            .organisationImportUpload, .organisationImportApply, .createScenario, .addScenarioChange, .removeScenarioChange, .applyScenario,
            .createRoleProfile, .updateRoleProfile, .changeRoleHolders, .setSpanTarget, .updateGoalStatus, .createIndicator, .recordMeasurement, .createGoal,
            .updateGoal, .updateIndicator, .correctMeasurement, .createInitiative, .updateInitiative, .addMilestone, .updateMilestone, .createProgramme,
            .updateProgramme, .createArea, .updateArea, .moveArea, .setPeriodLock, .carryOver, .archiveItem,
            .createEvent, .checkIn, .hostCheckIn, .submitFeedback, .register, .sendReminder, .invite, .saveFeedbackSummary, .createSharedEvent,
            .saveFeedbackQuestions, .addMaterial, .removeMaterial, .updateEvent, .updateSharedEvent:
            .post
        default: .get
        }
    }

    /// Path components; those starting with `:` are parameters.
    public var pattern: [String] {
        switch self {
        case .home: []
        case .signInForm, .signIn: ["sign-in"]
        case .signOut: ["sign-out"]
        case .language: ["language"]
        case .account: ["account"]
        case .accountPassword: ["account", "password"]
        case .accountCalendar: ["account", "calendar"]
        case .calendarFeed: ["calendar", ":file"]
        case .accountOrganisation: ["account", "organisation"]
        case .organisationArea: [ProgrammeArea.organisation.pathComponent]
        case .organisationUnit: ["organisation", "units", ":unitID"]
        case .newUnitForm, .createUnit: ["organisation", "units", "new"]
        case .editUnitForm, .updateUnit: ["organisation", "units", ":unitID", "edit"]
        case .retireUnit: ["organisation", "units", ":unitID", "retire"]
        case .editPersonForm, .updatePerson: ["organisation", "people", ":personID", "edit"]
        case .organisationAnalytics: ["organisation", "analytics"]
        case .organisationAnalyticsExport: ["organisation", "analytics", "managers.csv"]
        case .setSpanTarget: ["organisation", "analytics", "target"]
        case .organisationImportForm, .organisationImportUpload: ["organisation", "import"]
        case .organisationImportDraft, .organisationImportApply: ["organisation", "import", ":draftID"]
        case .organisationImportDemoFile: ["organisation", "import", "demo.csv"]
        case .scenarios, .createScenario: ["organisation", "scenarios"]
        case .scenario: ["organisation", "scenarios", ":scenarioID"]
        case .addScenarioChange: ["organisation", "scenarios", ":scenarioID", "changes"]
        case .removeScenarioChange: ["organisation", "scenarios", ":scenarioID", "changes", ":index", "remove"]
        case .applyScenario: ["organisation", "scenarios", ":scenarioID", "apply"]
        case .roleProfiles, .createRoleProfile: ["organisation", "roles"]
        case .roleProfile, .updateRoleProfile: ["organisation", "roles", ":roleID"]
        case .changeRoleHolders: ["organisation", "roles", ":roleID", "holders"]
        case .goal: ["strategy", "goals", ":goalID"]
        case .newGoalForm, .createGoal: ["strategy", "goals", "new"]
        case .exportStrategy: ["strategy", "export.csv"]
        case .updateGoalStatus: ["strategy", "goals", ":goalID", "status"]
        case .createIndicator: ["strategy", "goals", ":goalID", "indicators"]
        case .recordMeasurement: ["strategy", "indicators", ":indicatorID", "measurements"]
        case .editGoalForm, .updateGoal: ["strategy", "goals", ":goalID", "edit"]
        case .editIndicatorForm, .updateIndicator: ["strategy", "indicators", ":indicatorID", "edit"]
        case .correctMeasurement: ["strategy", "measurements", ":measurementID"]
        case .initiatives, .createInitiative: ["strategy", "initiatives"]
        case .initiative, .updateInitiative: ["strategy", "initiatives", ":initiativeID"]
        case .addMilestone: ["strategy", "initiatives", ":initiativeID", "milestones"]
        case .updateMilestone: ["strategy", "milestones", ":milestoneID"]
        case .createProgramme: ["strategy", "programmes"]
        case .programmeSettings, .updateProgramme: ["strategy", "programmes", ":programmeID"]
        case .createArea: ["strategy", "programmes", ":programmeID", "areas"]
        case .updateArea: ["strategy", "areas", ":areaID"]
        case .moveArea: ["strategy", "areas", ":areaID", "move"]
        case .setPeriodLock: ["strategy", "programmes", ":programmeID", "years", ":year", "lock"]
        case .carryOver: ["strategy", "programmes", ":programmeID", "years", ":year", "carry-over"]
        case .strategyArchive, .archiveItem: ["strategy", "archive"]
        case .newEventForm, .createEvent: ["events", "new"]
        case .event: ["events", ":eventID"]
        case .checkIn: ["events", ":eventID", "check-in"]
        case .hostCheckIn: ["events", ":eventID", "attendance"]
        case .feedbackForm, .submitFeedback: ["events", ":eventID", "feedback"]
        case .eventResults: ["events", ":eventID", "results"]
        case .eventCalendar: ["events", ":eventID", "calendar.ics"]
        case .attendance: ["events", "attendance"]
        case .register: ["events", ":eventID", "registration"]
        case .exportFeedback: ["events", "feedback.csv"]
        case .sendReminder: ["events", ":eventID", "reminders"]
        case .invite: ["events", ":eventID", "invitations"]
        case .editEventForm, .updateEvent: ["events", ":eventID", "edit"]
        case .feedbackSummary, .saveFeedbackSummary: ["feedback", "summary", ":period"]
        case .feedbackQuestions, .saveFeedbackQuestions: ["feedback", "questions"]
        case .addMaterial: ["events", ":eventID", "materials"]
        case .checkInWithCode: ["check-in"]
        case .material: ["events", ":eventID", "materials", ":materialID"]
        case .removeMaterial: ["events", ":eventID", "materials", ":materialID", "delete"]
        case .strategyArea: [ProgrammeArea.strategy.pathComponent]
        case .eventsArea: [ProgrammeArea.events.pathComponent]
        case .feedbackArea: [ProgrammeArea.feedback.pathComponent]
        case .coachingArea: [ProgrammeArea.coaching.pathComponent]
        case .workingTimeArea: [ProgrammeArea.workingTime.pathComponent]
        case .reportsArea: [ProgrammeArea.reports.pathComponent]
        case .users: ["admin", "users"]
        case .newUserForm, .createUser: ["admin", "users", "new"]
        case .user, .updateUser: ["admin", "users", ":userID"]
        case .auditLog: ["audit"]
        case .operatorHome: ["operator"]
        case .newSharedEventForm, .createSharedEvent: ["operator", "events", "new"]
        case .sharedEvent: ["operator", "events", ":sharedEventID"]
        case .editSharedEventForm, .updateSharedEvent: ["operator", "events", ":sharedEventID", "edit"]
        case .health: ["health"]
        case .asset: ["assets", ":file"]
        }
    }

    public var access: Access {
        switch self {
        // The calendar feed is read by calendar apps without a session: its token is the key.
        case .signInForm, .signIn, .signOut, .language, .health, .asset, .calendarFeed:
            .anyone
        case .home, .account, .accountPassword, .accountOrganisation, .accountCalendar:
            .signedIn
        case .organisationArea, .organisationUnit, .organisationAnalytics, .organisationAnalyticsExport, .roleProfiles, .roleProfile:
            .organisation(Access.readsOrganisation)
        // Restructuring drafts are sensitive: only those who change the organisation see them.
        case .organisationImportForm, .organisationImportUpload, .organisationImportDraft, .organisationImportApply, .organisationImportDemoFile,
            .scenarios, .createScenario, .scenario, .addScenarioChange, .removeScenarioChange, .applyScenario,
            .createRoleProfile, .updateRoleProfile, .changeRoleHolders, .setSpanTarget,
            .newUnitForm, .createUnit, .editUnitForm, .updateUnit, .retireUnit, .editPersonForm, .updatePerson:
            .organisation(Access.changesOrganisation)
        case .goal, .exportStrategy, .initiatives, .initiative:
            .anyOrganisationRole
        // Anyone of the organisation may be invited; the handlers check the user is a person
        // of the organisation (and, for feedback, attended). Results show only from k answers.
        case .event, .checkIn, .feedbackForm, .submitFeedback, .eventResults, .eventCalendar, .register, .material, .checkInWithCode:
            .anyOrganisationRole
        // Aggregates only, shared back with the participants; not with external coaches.
        case .feedbackSummary:
            .organisation(Access.readsProgrammeFeedback)
        case .newEventForm, .createEvent, .editEventForm, .updateEvent, .hostCheckIn, .sendReminder, .invite, .saveFeedbackSummary, .feedbackQuestions,
            .saveFeedbackQuestions, .addMaterial, .removeMaterial:
            .organisation([.programmeOwner])
        // Attendance is named per person: for those who run and follow the programme.
        case .attendance, .exportFeedback:
            .organisation([.programmeOwner, .viewer])
        // Responsible persons report; the programme owner may too. The handler checks that a
        // manager is responsible for this goal.
        // An initiative's owner ticks its milestones off; the handler checks that too.
        case .updateGoalStatus, .recordMeasurement, .correctMeasurement, .updateMilestone:
            .organisation([.manager, .programmeOwner])
        case .createIndicator, .editIndicatorForm, .updateIndicator, .newGoalForm, .createGoal, .editGoalForm, .updateGoal, .createInitiative,
            .updateInitiative, .addMilestone,
            .createProgramme, .programmeSettings, .updateProgramme, .createArea, .updateArea, .moveArea, .setPeriodLock, .carryOver,
            .strategyArchive, .archiveItem:
            .organisation([.programmeOwner])
        case .strategyArea, .eventsArea, .coachingArea, .workingTimeArea, .reportsArea:
            .anyOrganisationRole
        // The programme's feedback across events: an external coach reads only the events
        // they lead (`EventController.readsFeedback`).
        case .feedbackArea:
            .organisation(Access.readsProgrammeFeedback)
        case .users, .newUserForm, .createUser, .user, .updateUser:
            .organisation([.administrator])
        case .auditLog:
            .organisation([.administrator, .programmeOwner])
        case .operatorHome, .newSharedEventForm, .createSharedEvent, .sharedEvent, .editSharedEventForm, .updateSharedEvent:
            .programmeOperator
        }
    }

    /// The largest request body the endpoint accepts. Forms are small; uploads say otherwise.
    public var maximumBodySize: ByteCount {
        switch self {
        // An HR export of 10,000 people is about 1–2 MB.
        case .organisationImportUpload: ByteCount(megabytes: 20)
        // A material file of at most 10 MB, with the form around it.
        case .addMaterial: ByteCount(megabytes: 11)
        // The mapping form for a file with many columns.
        default: ByteCount(kilobytes: 64)
        }
    }

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
