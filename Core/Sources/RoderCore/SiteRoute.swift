import Foundation

/// A link to a page or action of Roder: the endpoint that serves it and the path (with query)
/// to put in an `href` or `action`. The path is the endpoint's own pattern with the values filled
/// in, so a link cannot disagree with the route the server registers, and `isAllowed` asks the
/// endpoint's access rule. Views never hold string paths; they use the named links below.
public struct SiteRoute: Hashable, Sendable {
    public let endpoint: Endpoint
    public let path: String

    /// `values` fill the pattern's `:name` segments in order (each already one encoded segment);
    /// a query value of nil is left out.
    init(_ endpoint: Endpoint, _ values: String..., query: (name: String, value: String?)? = nil) {
        self.endpoint = endpoint
        var remaining = values[...]
        let segments = endpoint.pattern.map { part in part.hasPrefix(":") ? (remaining.popFirst() ?? "") : part }
        var path = "/" + segments.joined(separator: "/")
        if let query, let value = query.value {
            path += "?" + query.name + "=" + Self.queryValue(value)
        }
        self.path = path
    }
}

extension SiteRoute {
    /// A list as a file: `list` is one of the `export…` endpoints.
    public static func export(_ list: Endpoint, _ format: ExportTable.Format, year: Int? = nil) -> SiteRoute {
        let route = SiteRoute(list, query: ("format", format.rawValue))
        return SiteRoute(endpoint: list, path: route.path + (year.map { "&year=\($0)" } ?? ""))
    }

    private init(endpoint: Endpoint, path: String) {
        self.endpoint = endpoint
        self.path = path
    }

    public static let home = SiteRoute(.home)
    public static func signIn(next: String? = nil) -> SiteRoute { SiteRoute(.signInForm, query: ("next", next)) }
    public static let signOut = SiteRoute(.signOut)
    /// The page an invitation or reset mail links to; the token is the secret (in the query, which
    /// request logs leave out).
    public static func choosePassword(token: String) -> SiteRoute { SiteRoute(.choosePasswordForm, query: ("token", token)) }
    public static let choosePasswordAction = SiteRoute(.choosePassword)
    public static let forgotPassword = SiteRoute(.forgotPasswordForm)
    public static let forgotPasswordAction = SiteRoute(.forgotPassword)
    /// Sign-in with an organisation's own directory: started from an address, answered at the callback.
    public static let directorySignIn = SiteRoute(.directorySignIn)
    public static let directoryCallback = SiteRoute(.directoryCallback)
    public static let directorySettings = SiteRoute(.directorySettings)
    public static let language = SiteRoute(.language)
    public static let account = SiteRoute(.account)
    public static let accountPassword = SiteRoute(.accountPassword)
    public static let accountOrganisation = SiteRoute(.accountOrganisation)
    public static let accountCalendar = SiteRoute(.accountCalendar)
    /// The personal calendar feed; the token is the secret.
    public static func calendarFeed(token: String) -> SiteRoute { SiteRoute(.calendarFeed, segment(token) + ".ics") }
    public static func area(_ area: ProgrammeArea) -> SiteRoute { SiteRoute(.forArea(area)) }
    public static func organisationUnit(_ id: UUID) -> SiteRoute { SiteRoute(.organisationUnit, id.pathSegment) }
    /// A new unit, under `parent` when it is given.
    public static func newUnit(parent: UUID?) -> SiteRoute { SiteRoute(.newUnitForm, query: ("parent", parent.map(\.pathSegment))) }
    public static func editUnit(_ id: UUID) -> SiteRoute { SiteRoute(.editUnitForm, id.pathSegment) }
    public static func retireUnit(_ id: UUID) -> SiteRoute { SiteRoute(.retireUnit, id.pathSegment) }
    public static func editPerson(_ id: UUID) -> SiteRoute { SiteRoute(.editPersonForm, id.pathSegment) }
    public static let organisationAnalytics = SiteRoute(.organisationAnalytics)
    public static let organisationSpanTarget = SiteRoute(.setSpanTarget)
    public static let organisationImport = SiteRoute(.organisationImportForm)
    public static func organisationImportDraft(_ id: UUID) -> SiteRoute { SiteRoute(.organisationImportDraft, id.pathSegment) }
    public static let organisationImportDemoFile = SiteRoute(.organisationImportDemoFile)
    public static let organisationScenarios = SiteRoute(.scenarios)
    public static func organisationScenario(_ id: UUID) -> SiteRoute { SiteRoute(.scenario, id.pathSegment) }
    public static func organisationScenarioChanges(_ id: UUID) -> SiteRoute { SiteRoute(.addScenarioChange, id.pathSegment) }
    public static func organisationScenarioRemoveChange(_ id: UUID, _ index: Int) -> SiteRoute {
        SiteRoute(.removeScenarioChange, id.pathSegment, index.pathSegment)
    }
    public static func organisationScenarioApply(_ id: UUID) -> SiteRoute { SiteRoute(.applyScenario, id.pathSegment) }
    public static let organisationRoles = SiteRoute(.roleProfiles)
    public static func organisationRole(_ id: UUID) -> SiteRoute { SiteRoute(.roleProfile, id.pathSegment) }
    public static func organisationRoleHolders(_ id: UUID) -> SiteRoute { SiteRoute(.changeRoleHolders, id.pathSegment) }
    public static let newGoal = SiteRoute(.newGoalForm)
    public static func goal(_ id: UUID) -> SiteRoute { SiteRoute(.goal, id.pathSegment) }
    public static func goalStatus(_ id: UUID) -> SiteRoute { SiteRoute(.updateGoalStatus, id.pathSegment) }
    public static func goalIndicators(_ id: UUID) -> SiteRoute { SiteRoute(.createIndicator, id.pathSegment) }
    public static func indicatorMeasurements(_ id: UUID) -> SiteRoute { SiteRoute(.recordMeasurement, id.pathSegment) }
    public static func editIndicator(_ id: UUID) -> SiteRoute { SiteRoute(.editIndicatorForm, id.pathSegment) }
    public static func editGoal(_ id: UUID) -> SiteRoute { SiteRoute(.editGoalForm, id.pathSegment) }
    public static func measurementCorrection(_ id: UUID) -> SiteRoute { SiteRoute(.correctMeasurement, id.pathSegment) }
    public static let initiatives = SiteRoute(.initiatives)
    public static let newInitiative = SiteRoute(.newInitiativeForm)
    public static func initiative(_ id: UUID) -> SiteRoute { SiteRoute(.initiative, id.pathSegment) }
    public static func initiativeMilestones(_ id: UUID) -> SiteRoute { SiteRoute(.addMilestone, id.pathSegment) }
    public static func milestone(_ id: UUID) -> SiteRoute { SiteRoute(.updateMilestone, id.pathSegment) }
    public static let programmes = SiteRoute(.createProgramme)
    public static func programme(_ id: UUID) -> SiteRoute { SiteRoute(.programmeSettings, id.pathSegment) }
    public static func programmeAreas(_ id: UUID) -> SiteRoute { SiteRoute(.createArea, id.pathSegment) }
    public static func developmentArea(_ id: UUID) -> SiteRoute { SiteRoute(.updateArea, id.pathSegment) }
    public static func developmentAreaMove(_ id: UUID) -> SiteRoute { SiteRoute(.moveArea, id.pathSegment) }
    public static func periodLock(_ id: UUID, year: Int) -> SiteRoute { SiteRoute(.setPeriodLock, id.pathSegment, year.pathSegment) }
    public static func carryOver(_ id: UUID, year: Int) -> SiteRoute { SiteRoute(.carryOver, id.pathSegment, year.pathSegment) }
    public static let strategyArchive = SiteRoute(.strategyArchive)
    public static let newEvent = SiteRoute(.newEventForm)
    /// A new event whose title starts as a competence's name (a common development need).
    public static func newEvent(theme competenceID: UUID) -> SiteRoute { SiteRoute(.newEventForm, query: ("competence", competenceID.pathSegment)) }
    public static func event(_ id: UUID) -> SiteRoute { SiteRoute(.event, id.pathSegment) }
    public static func eventCheckIn(_ id: UUID) -> SiteRoute { SiteRoute(.checkIn, id.pathSegment) }
    public static func eventAttendance(_ id: UUID) -> SiteRoute { SiteRoute(.hostCheckIn, id.pathSegment) }
    public static func eventFeedback(_ id: UUID) -> SiteRoute { SiteRoute(.feedbackForm, id.pathSegment) }
    public static func eventResults(_ id: UUID) -> SiteRoute { SiteRoute(.eventResults, id.pathSegment) }
    public static func eventCalendar(_ id: UUID) -> SiteRoute { SiteRoute(.eventCalendar, id.pathSegment) }
    public static let attendance = SiteRoute(.attendance)
    public static func eventRegistration(_ id: UUID) -> SiteRoute { SiteRoute(.register, id.pathSegment) }
    public static func eventReminders(_ id: UUID) -> SiteRoute { SiteRoute(.sendReminder, id.pathSegment) }
    public static func eventInvitations(_ id: UUID) -> SiteRoute { SiteRoute(.invite, id.pathSegment) }
    /// "What you said and what we do" for a half-year: shared back with participants.
    public static func feedbackSummary(_ period: HalfYear) -> SiteRoute { SiteRoute(.feedbackSummary, segment(period.key)) }
    public static let feedbackQuestions = SiteRoute(.feedbackQuestions)
    /// What the QR code in the room opens: the user's event with this code, code filled in.
    public static func checkInWithCode(_ code: String) -> SiteRoute { SiteRoute(.checkInWithCode, query: ("code", code)) }
    public static func eventMaterials(_ id: UUID) -> SiteRoute { SiteRoute(.addMaterial, id.pathSegment) }
    public static func editEvent(_ id: UUID) -> SiteRoute { SiteRoute(.editEventForm, id.pathSegment) }
    public static func eventMaterial(_ id: UUID, material: UUID) -> SiteRoute { SiteRoute(.material, id.pathSegment, material.pathSegment) }
    public static func eventMaterialDelete(_ id: UUID, material: UUID) -> SiteRoute { SiteRoute(.removeMaterial, id.pathSegment, material.pathSegment) }
    public static let newEngagement = SiteRoute(.newEngagementForm)
    public static let createEngagement = SiteRoute(.createEngagement)
    public static func engagement(_ id: UUID) -> SiteRoute { SiteRoute(.engagement, id.pathSegment) }
    public static func engagementState(_ id: UUID) -> SiteRoute { SiteRoute(.changeEngagementState, id.pathSegment) }
    public static func engagementSessions(_ id: UUID) -> SiteRoute { SiteRoute(.planCoachingSession, id.pathSegment) }
    public static func coachingSession(_ id: UUID) -> SiteRoute { SiteRoute(.recordCoachingSession, id.pathSegment) }
    public static func engagementRating(_ id: UUID) -> SiteRoute { SiteRoute(.rateEngagement, id.pathSegment) }
    public static func engagementNotesDelete(_ id: UUID) -> SiteRoute { SiteRoute(.deleteCoachingNotes, id.pathSegment) }
    public static func coachingSessionCalendar(_ id: UUID) -> SiteRoute { SiteRoute(.coachingSessionCalendar, id.pathSegment) }
    public static func engagementNotes(_ id: UUID) -> SiteRoute { SiteRoute(.addCoachingNote, id.pathSegment) }
    public static func engagementActions(_ id: UUID) -> SiteRoute { SiteRoute(.addCoachingAction, id.pathSegment) }
    public static func coachingAction(_ id: UUID) -> SiteRoute { SiteRoute(.updateCoachingAction, id.pathSegment) }
    public static func workingTime(year: Int? = nil) -> SiteRoute { SiteRoute(.workingTimeArea, query: ("year", year.map(String.init))) }
    public static let timeEntries = SiteRoute(.logTime)
    public static func timeEntry(_ id: UUID) -> SiteRoute { SiteRoute(.timeEntry, id.pathSegment) }
    public static func timeEntryUpdate(_ id: UUID) -> SiteRoute { SiteRoute(.updateTimeEntry, id.pathSegment) }
    public static func timeEntryDelete(_ id: UUID) -> SiteRoute { SiteRoute(.deleteTimeEntry, id.pathSegment) }
    public static func costs(year: Int? = nil) -> SiteRoute { SiteRoute(.costs, query: ("year", year.map(String.init))) }
    public static let externalCosts = SiteRoute(.addExternalCost)
    public static func newExternalCost(year: Int? = nil) -> SiteRoute { SiteRoute(.newExternalCostForm, query: ("year", year.map(String.init))) }
    public static func externalCost(_ id: UUID) -> SiteRoute { SiteRoute(.externalCost, id.pathSegment) }
    public static func externalCostUpdate(_ id: UUID) -> SiteRoute { SiteRoute(.updateExternalCost, id.pathSegment) }
    public static func externalCostDelete(_ id: UUID) -> SiteRoute { SiteRoute(.deleteExternalCost, id.pathSegment) }
    public static func costSettings(year: Int? = nil) -> SiteRoute { SiteRoute(.costSettings, query: ("year", year.map(String.init))) }
    public static let rates = SiteRoute(.saveRates)
    public static func report(year: Int? = nil) -> SiteRoute { SiteRoute(.reportsArea, query: ("year", year.map(String.init))) }
    public static func reportTexts(year: Int? = nil) -> SiteRoute { SiteRoute(.reportTexts, query: ("year", year.map(String.init))) }
    public static let reportTextsSave = SiteRoute(.saveReportTexts)
    public static let budget = SiteRoute(.saveBudget)
    public static let competenceArea = SiteRoute(.competenceArea)
    public static let competenceFramework = SiteRoute(.competenceFramework)
    public static func competence(_ id: UUID) -> SiteRoute { SiteRoute(.competence, id.pathSegment) }
    public static func profileCompetences(_ id: UUID) -> SiteRoute { SiteRoute(.setProfileCompetences, id.pathSegment) }
    public static let assessmentRounds = SiteRoute(.createAssessmentRound)
    public static func assessmentRound(_ id: UUID) -> SiteRoute { SiteRoute(.assessmentRound, id.pathSegment) }
    public static func assessmentReminders(_ id: UUID) -> SiteRoute { SiteRoute(.remindAssessmentRound, id.pathSegment) }
    public static func assessmentClose(_ id: UUID) -> SiteRoute { SiteRoute(.closeAssessmentRound, id.pathSegment) }
    public static func selfAssessment(_ id: UUID) -> SiteRoute { SiteRoute(.selfAssessmentForm, id.pathSegment) }
    public static let developmentPlan = SiteRoute(.developmentPlan)
    public static let developmentGoals = SiteRoute(.addDevelopmentGoal)
    public static func developmentGoalActions(_ id: UUID) -> SiteRoute { SiteRoute(.addDevelopmentAction, id.pathSegment) }
    public static func developmentAction(_ id: UUID) -> SiteRoute { SiteRoute(.updateDevelopmentAction, id.pathSegment) }
    public static let developmentPlanSharing = SiteRoute(.shareDevelopmentPlan)
    public static func personDevelopmentPlan(_ id: UUID) -> SiteRoute { SiteRoute(.personDevelopmentPlan, id.pathSegment) }
    public static let users = SiteRoute(.users)
    public static let newUser = SiteRoute(.newUserForm)
    public static func user(_ id: UUID) -> SiteRoute { SiteRoute(.user, id.pathSegment) }
    public static let accountsFromOrganisation = SiteRoute(.accountsFromOrganisationForm)
    public static let changeUserRoles = SiteRoute(.changeUserRoles)
    public static let deactivateLeavers = SiteRoute(.deactivateLeavers)
    /// Sends the user a new invitation, or a link for a new password.
    public static func sendUserLink(_ id: UUID) -> SiteRoute { SiteRoute(.sendUserLink, id.pathSegment) }
    public static func auditLog(page: Int = 1) -> SiteRoute { SiteRoute(.auditLog, query: ("page", page > 1 ? String(page) : nil)) }
    public static let operatorHome = SiteRoute(.operatorHome)
    public static let newSharedEvent = SiteRoute(.newSharedEventForm)
    public static func sharedEvent(_ id: UUID) -> SiteRoute { SiteRoute(.sharedEvent, id.pathSegment) }
    public static func editSharedEvent(_ id: UUID) -> SiteRoute { SiteRoute(.editSharedEventForm, id.pathSegment) }
    public static let health = SiteRoute(.health)
    public static func asset(_ name: String) -> SiteRoute { SiteRoute(.asset, segment(name)) }
}

extension SiteRoute {
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
    case choosePasswordForm, choosePassword, forgotPasswordForm, forgotPassword
    case directorySignIn, directoryCallback, directorySettings, saveDirectorySettings
    case language
    case account, accountPassword, accountOrganisation, accountCalendar, calendarFeed
    case organisationArea, organisationUnit, organisationAnalytics, setSpanTarget
    case newUnitForm, createUnit, editUnitForm, updateUnit, retireUnit, editPersonForm, updatePerson
    case organisationImportForm, organisationImportUpload, organisationImportDraft, organisationImportApply, organisationImportDemoFile
    case scenarios, createScenario, scenario, addScenarioChange, removeScenarioChange, applyScenario
    case roleProfiles, createRoleProfile, roleProfile, updateRoleProfile, changeRoleHolders
    case goal, updateGoalStatus, createIndicator, recordMeasurement, newGoalForm, createGoal
    case editGoalForm, updateGoal, correctMeasurement, editIndicatorForm, updateIndicator
    case initiatives, newInitiativeForm, createInitiative, initiative, updateInitiative, addMilestone, updateMilestone
    case createProgramme, programmeSettings, updateProgramme, createArea, updateArea, moveArea, setPeriodLock, carryOver
    case strategyArchive, archiveItem
    case newEventForm, createEvent, event, checkIn, hostCheckIn, feedbackForm, submitFeedback, eventResults, eventCalendar, attendance, register,
        sendReminder, invite, feedbackSummary, saveFeedbackSummary, feedbackQuestions, saveFeedbackQuestions, addMaterial, material,
        removeMaterial, checkInWithCode
    case editEventForm, updateEvent
    case newEngagementForm, createEngagement, engagement, changeEngagementState, planCoachingSession, recordCoachingSession, addCoachingNote, addCoachingAction,
        updateCoachingAction, coachingSessionCalendar, rateEngagement, deleteCoachingNotes
    case competenceArea, competenceFramework, createCompetence, competence, updateCompetence, setProfileCompetences, createAssessmentRound,
        assessmentRound, remindAssessmentRound, closeAssessmentRound, selfAssessmentForm, submitSelfAssessment
    case developmentPlan, addDevelopmentGoal, addDevelopmentAction, updateDevelopmentAction, shareDevelopmentPlan, personDevelopmentPlan
    case strategyArea, eventsArea, feedbackArea, coachingArea, workingTimeArea, reportsArea
    case logTime, timeEntry, updateTimeEntry, deleteTimeEntry
    case costs, newExternalCostForm, addExternalCost, externalCost, updateExternalCost, deleteExternalCost, costSettings, saveRates, saveBudget
    case reportTexts, saveReportTexts
    case exportUnits, exportPeople, exportManagers, exportGoals, exportIndicators, exportMeasurements, exportInitiatives, exportEvents,
        exportAttendance, exportRegistrations, exportFeedback, exportTime, exportCosts, exportAuditLog, exportUsers
    case users, newUserForm, createUser, user, updateUser, sendUserLink
    case accountsFromOrganisationForm, createAccountsFromOrganisation, deactivateLeavers, changeUserRoles
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
        case .choosePasswordForm: .get(["password", "choose"], .anyone)
        case .choosePassword: .post(["password", "choose"], .anyone)
        case .forgotPasswordForm: .get(["password", "forgot"], .anyone)
        case .forgotPassword: .post(["password", "forgot"], .anyone)
        case .directorySignIn: .post(["sign-in", "directory"], .anyone)
        case .directoryCallback: .get(["sign-in", "directory", "callback"], .anyone)
        case .directorySettings: .get(["admin", "sign-in"], .organisation([.administrator]))
        case .saveDirectorySettings: .post(["admin", "sign-in"], .organisation([.administrator]))
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
        // Its own page: the form offers every manager as owner, thousands in a large town.
        case .newInitiativeForm: .get(["strategy", "initiatives", "new"], .organisation([.programmeOwner]))
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
        // Coaching: the handlers check how the user stands to the engagement (`CoachingReader`):
        // its coach and its coachees read and write notes and actions, the programme sees
        // counts only, everyone else a 404.
        // The form has a page of its own: it lists everyone who may take part, thousands in a large town.
        case .newEngagementForm: .get(["coaching", "engagements", "new"], .organisation([.programmeOwner, .coach]))
        case .createEngagement: .post(["coaching", "engagements"], .organisation([.programmeOwner, .coach]))
        case .engagement: .get(["coaching", "engagements", ":engagementID"], .anyOrganisationRole)
        case .changeEngagementState: .post(["coaching", "engagements", ":engagementID", "state"], .organisation([.programmeOwner, .coach]))
        case .planCoachingSession: .post(["coaching", "engagements", ":engagementID", "sessions"], .organisation([.programmeOwner, .coach]))
        case .recordCoachingSession: .post(["coaching", "sessions", ":coachingSessionID"], .organisation([.coach]))
        // A coachee rates an ended engagement; its coach or the programme owner deletes its notes.
        case .rateEngagement: .post(["coaching", "engagements", ":engagementID", "rating"], .anyOrganisationRole)
        case .deleteCoachingNotes: .post(["coaching", "engagements", ":engagementID", "notes", "delete"], .organisation([.programmeOwner, .coach]))
        case .coachingSessionCalendar: .get(["coaching", "sessions", ":coachingSessionID", "calendar.ics"], .anyOrganisationRole)
        case .addCoachingNote: .post(["coaching", "engagements", ":engagementID", "notes"], .anyOrganisationRole)
        case .addCoachingAction: .post(["coaching", "engagements", ":engagementID", "actions"], .anyOrganisationRole)
        case .updateCoachingAction: .post(["coaching", "actions", ":coachingActionID"], .anyOrganisationRole)
        // Competence: everyone reads the framework (it says what is expected); those who change
        // the role profiles change it. A manager's own answers are theirs alone (the handlers
        // check the invitation); the programme sees a round only aggregated from k people.
        case .competenceArea: .get(["competence"], .anyOrganisationRole)
        case .competenceFramework: .get(["competence", "framework"], .anyOrganisationRole)
        case .createCompetence: .post(["competence", "framework"], .organisation(Access.changesOrganisation))
        case .competence: .get(["competence", "framework", ":competenceID"], .organisation(Access.changesOrganisation))
        case .updateCompetence: .post(["competence", "framework", ":competenceID"], .organisation(Access.changesOrganisation))
        case .setProfileCompetences: .post(["organisation", "roles", ":roleID", "competences"], .organisation(Access.changesOrganisation))
        case .createAssessmentRound: .post(["competence", "rounds"], .organisation([.programmeOwner]))
        case .assessmentRound: .get(["competence", "rounds", ":roundID"], .organisation([.administrator, .programmeOwner, .viewer]))
        case .remindAssessmentRound: .post(["competence", "rounds", ":roundID", "reminders"], .organisation([.programmeOwner]))
        case .closeAssessmentRound: .post(["competence", "rounds", ":roundID", "close"], .organisation([.programmeOwner]))
        case .selfAssessmentForm: .get(["competence", "rounds", ":roundID", "answer"], .anyOrganisationRole)
        case .submitSelfAssessment: .post(["competence", "rounds", ":roundID", "answer"], .anyOrganisationRole)
        // A plan is its owner's: the handlers check who reads it (`PlanReader`) — the owner, their
        // coach, their own manager if shared — and answer everyone else with a 404.
        case .developmentPlan: .get(["competence", "plan"], .anyOrganisationRole)
        case .addDevelopmentGoal: .post(["competence", "plan", "goals"], .anyOrganisationRole)
        case .addDevelopmentAction: .post(["competence", "plan", "goals", ":developmentGoalID", "actions"], .anyOrganisationRole)
        case .updateDevelopmentAction: .post(["competence", "plan", "actions", ":developmentActionID"], .anyOrganisationRole)
        case .shareDevelopmentPlan: .post(["competence", "plan", "sharing"], .anyOrganisationRole)
        case .personDevelopmentPlan: .get(["competence", "plans", ":personID"], .anyOrganisationRole)
        case .strategyArea: .get([ProgrammeArea.strategy.pathComponent], .anyOrganisationRole)
        case .eventsArea: .get([ProgrammeArea.events.pathComponent], .anyOrganisationRole)
        // The programme's feedback across events: an external coach reads only the events
        // they lead (`EventController.readsFeedback`).
        case .feedbackArea: .get([ProgrammeArea.feedback.pathComponent], .organisation(Access.readsProgrammeFeedback))
        case .coachingArea: .get([ProgrammeArea.coaching.pathComponent], .anyOrganisationRole)
        case .workingTimeArea: .get([ProgrammeArea.workingTime.pathComponent], .anyOrganisationRole)
        // The annual report has the programme's costs: for those who follow the programme.
        case .reportsArea: .get([ProgrammeArea.reports.pathComponent], .organisation(Access.readsCosts))
        case .reportTexts: .get(["reports", "texts"], .organisation([.programmeOwner]))
        case .saveReportTexts: .post(["reports", "texts"], .organisation([.programmeOwner]))
        // Anyone who is a person of the organisation logs their own programme work; the handlers
        // check that an entry is the user's own and that its year is not locked.
        case .logTime: .post(["working-time", "entries"], .anyOrganisationRole)
        case .timeEntry: .get(["working-time", "entries", ":timeEntryID"], .anyOrganisationRole)
        case .updateTimeEntry: .post(["working-time", "entries", ":timeEntryID"], .anyOrganisationRole)
        case .deleteTimeEntry: .post(["working-time", "entries", ":timeEntryID", "delete"], .anyOrganisationRole)
        // Costs are the programme's: those who run it enter them, the viewer reads them.
        case .costs: .get(["working-time", "costs"], .organisation(Access.readsCosts))
        // The form has a page of its own: it offers the year's events and every coaching engagement.
        case .newExternalCostForm: .get(["working-time", "costs", "new"], .organisation(Access.changesCosts))
        case .addExternalCost: .post(["working-time", "costs"], .organisation(Access.changesCosts))
        case .externalCost: .get(["working-time", "costs", ":externalCostID"], .organisation(Access.changesCosts))
        case .updateExternalCost: .post(["working-time", "costs", ":externalCostID"], .organisation(Access.changesCosts))
        case .deleteExternalCost: .post(["working-time", "costs", ":externalCostID", "delete"], .organisation(Access.changesCosts))
        case .costSettings: .get(["working-time", "budget"], .organisation(Access.readsCosts))
        case .saveRates: .post(["working-time", "budget", "rates"], .organisation(Access.changesCosts))
        case .saveBudget: .post(["working-time", "budget"], .organisation(Access.changesCosts))
        // Every list as CSV or Excel (`?format=xlsx`), for those who see the list on its page.
        case .exportUnits: .get(["exports", "units"], .organisation(Access.readsOrganisation))
        case .exportPeople: .get(["exports", "people"], .organisation(Access.readsOrganisation))
        case .exportManagers: .get(["exports", "managers"], .organisation(Access.readsOrganisation))
        case .exportGoals: .get(["exports", "goals"], .anyOrganisationRole)
        case .exportIndicators: .get(["exports", "indicators"], .anyOrganisationRole)
        case .exportMeasurements: .get(["exports", "measurements"], .anyOrganisationRole)
        case .exportInitiatives: .get(["exports", "initiatives"], .anyOrganisationRole)
        case .exportEvents: .get(["exports", "events"], .anyOrganisationRole)
        case .exportAttendance: .get(["exports", "attendance"], .organisation([.programmeOwner, .viewer]))
        case .exportRegistrations: .get(["exports", "registrations"], .organisation([.programmeOwner, .viewer]))
        case .exportFeedback: .get(["exports", "feedback"], .organisation([.programmeOwner, .viewer]))
        case .exportTime: .get(["exports", "working-time"], .organisation(Access.readsCosts))
        case .exportCosts: .get(["exports", "costs"], .organisation(Access.readsCosts))
        case .exportAuditLog: .get(["exports", "audit"], .organisation([.administrator, .programmeOwner]))
        case .exportUsers: .get(["exports", "users"], .organisation([.administrator]))
        case .users: .get(["admin", "users"], .organisation([.administrator]))
        case .newUserForm: .get(["admin", "users", "new"], .organisation([.administrator]))
        case .createUser: .post(["admin", "users", "new"], .organisation([.administrator]))
        case .user: .get(["admin", "users", ":userID"], .organisation([.administrator]))
        case .updateUser: .post(["admin", "users", ":userID"], .organisation([.administrator]))
        case .sendUserLink: .post(["admin", "users", ":userID", "link"], .organisation([.administrator]))
        case .accountsFromOrganisationForm: .get(["admin", "accounts-from-organisation"], .organisation([.administrator]))
        // Every manager of a large town ticked: 2,000 identifiers.
        case .createAccountsFromOrganisation:
            .post(["admin", "accounts-from-organisation"], .organisation([.administrator]), maximumBodySize: ByteCount(kilobytes: 512))
        case .changeUserRoles: .post(["admin", "user-roles"], .organisation([.administrator]), maximumBodySize: ByteCount(kilobytes: 512))
        case .deactivateLeavers:
            .post(["admin", "accounts-from-organisation", "leavers"], .organisation([.administrator]), maximumBodySize: ByteCount(kilobytes: 512))
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

extension UUID {
    /// How an id is written in a path: lower case, as the router reads it back.
    var pathSegment: String { uuidString.lowercased() }
}

extension Int {
    var pathSegment: String { String(self) }
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
