import Fluent
import Foundation
import RoderCore
import RoderViews
import Testing
import VaporTesting

@testable import App

/// Every route × every kind of user: allowed or denied, written out by hand here rather
/// than read from `Endpoint.access`, so a change to the access rules must change this table.
@Suite("Permissions", .serialized)
struct PermissionTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, administrator, programmeOwner, manager, coach, viewer, programmeOperator
    }

    static let everyone = Set(Who.allCases)
    static let signedIn = everyone.subtracting([.anonymous])
    static let organisationRoles: Set<Who> = [.administrator, .programmeOwner, .manager, .coach, .viewer]
    /// The programme's feedback across events: not external coaches (they read the events they lead).
    static let feedbackReaders: Set<Who> = [.administrator, .programmeOwner, .manager, .viewer]

    static let expected: [Endpoint: Set<Who>] = [
        .home: signedIn,
        .signInForm: everyone, .signIn: everyone, .signOut: everyone, .language: everyone,
        .choosePasswordForm: everyone, .choosePassword: everyone, .forgotPasswordForm: everyone, .forgotPassword: everyone,
        .directorySignIn: everyone, .directoryCallback: everyone, .directorySettings: [.administrator], .saveDirectorySettings: [.administrator],
        .health: everyone, .asset: everyone,
        .account: signedIn, .accountPassword: signedIn, .accountOrganisation: signedIn, .accountCalendar: signedIn,
        .calendarFeed: everyone,
        .organisationArea: [.administrator, .programmeOwner, .manager, .viewer],
        .organisationUnit: [.administrator, .programmeOwner, .manager, .viewer],
        .organisationAnalytics: [.administrator, .programmeOwner, .manager, .viewer],
        .setSpanTarget: [.administrator, .programmeOwner],
        .newUnitForm: [.administrator, .programmeOwner], .createUnit: [.administrator, .programmeOwner],
        .editUnitForm: [.administrator, .programmeOwner], .updateUnit: [.administrator, .programmeOwner],
        .retireUnit: [.administrator, .programmeOwner], .editPersonForm: [.administrator, .programmeOwner],
        .updatePerson: [.administrator, .programmeOwner],
        .goal: organisationRoles, .updateGoalStatus: [.manager, .programmeOwner],
        .createIndicator: [.programmeOwner], .recordMeasurement: [.manager, .programmeOwner],
        .editIndicatorForm: [.programmeOwner], .updateIndicator: [.programmeOwner],
        .newGoalForm: [.programmeOwner], .createGoal: [.programmeOwner],
        .editGoalForm: [.programmeOwner], .updateGoal: [.programmeOwner], .correctMeasurement: [.manager, .programmeOwner],
        .initiatives: organisationRoles, .initiative: organisationRoles, .newInitiativeForm: [.programmeOwner], .createInitiative: [.programmeOwner],
        .updateInitiative: [.programmeOwner], .addMilestone: [.programmeOwner], .updateMilestone: [.manager, .programmeOwner],
        .createProgramme: [.programmeOwner], .programmeSettings: [.programmeOwner], .updateProgramme: [.programmeOwner],
        .createArea: [.programmeOwner], .updateArea: [.programmeOwner], .moveArea: [.programmeOwner],
        .setPeriodLock: [.programmeOwner], .carryOver: [.programmeOwner],
        .strategyArchive: [.programmeOwner], .archiveItem: [.programmeOwner],
        .newEventForm: [.programmeOwner], .createEvent: [.programmeOwner], .editEventForm: [.programmeOwner], .updateEvent: [.programmeOwner],
        .hostCheckIn: [.programmeOwner], .sendReminder: [.programmeOwner], .invite: [.programmeOwner], .feedbackSummary: feedbackReaders,
        .saveFeedbackSummary: [.programmeOwner], .feedbackQuestions: [.programmeOwner], .saveFeedbackQuestions: [.programmeOwner],
        .addMaterial: [.programmeOwner], .material: organisationRoles, .removeMaterial: [.programmeOwner], .checkInWithCode: organisationRoles,
        .event: organisationRoles, .checkIn: organisationRoles, .feedbackForm: organisationRoles, .submitFeedback: organisationRoles,
        .eventResults: organisationRoles, .eventCalendar: organisationRoles,
        .attendance: [.programmeOwner, .viewer], .register: organisationRoles,
        .organisationImportForm: [.administrator, .programmeOwner], .organisationImportUpload: [.administrator, .programmeOwner],
        .organisationImportDraft: [.administrator, .programmeOwner], .organisationImportApply: [.administrator, .programmeOwner],
        .organisationImportDemoFile: [.administrator, .programmeOwner],
        .scenarios: [.administrator, .programmeOwner], .createScenario: [.administrator, .programmeOwner],
        .scenario: [.administrator, .programmeOwner], .addScenarioChange: [.administrator, .programmeOwner],
        .removeScenarioChange: [.administrator, .programmeOwner], .applyScenario: [.administrator, .programmeOwner],
        .roleProfiles: [.administrator, .programmeOwner, .manager, .viewer], .roleProfile: [.administrator, .programmeOwner, .manager, .viewer],
        .createRoleProfile: [.administrator, .programmeOwner], .updateRoleProfile: [.administrator, .programmeOwner],
        .changeRoleHolders: [.administrator, .programmeOwner],
        .newEngagementForm: [.programmeOwner, .coach], .createEngagement: [.programmeOwner, .coach], .engagement: organisationRoles,
        .changeEngagementState: [.programmeOwner, .coach], .planCoachingSession: [.programmeOwner, .coach],
        .recordCoachingSession: [.coach], .addCoachingNote: organisationRoles, .addCoachingAction: organisationRoles,
        .updateCoachingAction: organisationRoles, .coachingSessionCalendar: organisationRoles,
        .rateEngagement: organisationRoles, .deleteCoachingNotes: [.programmeOwner, .coach],
        .competenceArea: organisationRoles, .competenceFramework: organisationRoles,
        .createCompetence: [.administrator, .programmeOwner], .competence: [.administrator, .programmeOwner],
        .updateCompetence: [.administrator, .programmeOwner], .setProfileCompetences: [.administrator, .programmeOwner],
        .createAssessmentRound: [.programmeOwner], .assessmentRound: [.administrator, .programmeOwner, .viewer],
        .remindAssessmentRound: [.programmeOwner], .closeAssessmentRound: [.programmeOwner],
        .selfAssessmentForm: organisationRoles, .submitSelfAssessment: organisationRoles,
        .developmentPlan: organisationRoles, .addDevelopmentGoal: organisationRoles, .addDevelopmentAction: organisationRoles,
        .updateDevelopmentAction: organisationRoles, .shareDevelopmentPlan: organisationRoles, .personDevelopmentPlan: organisationRoles,
        .strategyArea: organisationRoles, .eventsArea: organisationRoles,
        .feedbackArea: feedbackReaders, .coachingArea: organisationRoles, .workingTimeArea: organisationRoles,
        .reportsArea: [.administrator, .programmeOwner, .viewer], .reportTexts: [.programmeOwner], .saveReportTexts: [.programmeOwner],
        .logTime: organisationRoles, .timeEntry: organisationRoles, .updateTimeEntry: organisationRoles,
        .deleteTimeEntry: organisationRoles,
        .costs: [.administrator, .programmeOwner, .viewer], .costSettings: [.administrator, .programmeOwner, .viewer],
        .newExternalCostForm: [.administrator, .programmeOwner], .addExternalCost: [.administrator, .programmeOwner],
        .externalCost: [.administrator, .programmeOwner],
        .updateExternalCost: [.administrator, .programmeOwner], .deleteExternalCost: [.administrator, .programmeOwner],
        .saveRates: [.administrator, .programmeOwner], .saveBudget: [.administrator, .programmeOwner],
        .exportUnits: [.administrator, .programmeOwner, .manager, .viewer], .exportPeople: [.administrator, .programmeOwner, .manager, .viewer],
        .exportManagers: [.administrator, .programmeOwner, .manager, .viewer], .exportGoals: organisationRoles, .exportIndicators: organisationRoles,
        .exportMeasurements: organisationRoles, .exportInitiatives: organisationRoles, .exportEvents: organisationRoles,
        .exportAttendance: [.programmeOwner, .viewer], .exportRegistrations: [.programmeOwner, .viewer], .exportFeedback: [.programmeOwner, .viewer],
        .exportTime: [.administrator, .programmeOwner, .viewer], .exportCosts: [.administrator, .programmeOwner, .viewer],
        .exportAuditLog: [.administrator, .programmeOwner], .exportUsers: [.administrator],
        .users: [.administrator], .newUserForm: [.administrator], .createUser: [.administrator],
        .user: [.administrator], .updateUser: [.administrator], .sendUserLink: [.administrator],
        .accountsFromOrganisationForm: [.administrator], .createAccountsFromOrganisation: [.administrator], .deactivateLeavers: [.administrator],
        .changeUserRoles: [.administrator],
        .auditLog: [.administrator, .programmeOwner],
        .operatorHome: [.programmeOperator], .newSharedEventForm: [.programmeOperator], .createSharedEvent: [.programmeOperator],
        .sharedEvent: [.programmeOperator], .editSharedEventForm: [.programmeOperator], .updateSharedEvent: [.programmeOperator],
    ]

    @Test("The table covers every endpoint")
    func tableIsComplete() {
        #expect(Set(Self.expected.keys) == Set(Endpoint.allCases))
    }

    @Test("Every registered route is an endpoint with an access rule")
    func noUnguardedRoutes() async throws {
        try await withRoderApp { app, _ in
            let registered = Set(app.routes.all.map { "\($0.method.rawValue) /\($0.path.map(\.description).joined(separator: "/"))" })
            let declared = Set(Endpoint.allCases.map { "\($0.method.rawValue) /\($0.pattern.joined(separator: "/"))" })
            #expect(registered == declared)
        }
    }

    @Test("Each route lets in exactly the users it should", arguments: Endpoint.allCases)
    func access(endpoint: Endpoint) async throws {
        try await withRoderApp { app, _ in
            let someUser = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.viewer).email).first())
            let someUnit = try #require(try await OrganisationUnit.query(on: app.db).filter(\.$code == "1000").first())
            let someGoal = try #require(try await ResultGoal.query(on: app.db).filter(\.$position == 5).first())
            let somePerson = try #require(try await Person.query(on: app.db).filter(\.$organisation.$id == someUnit.$organisation.id).first())
            let organisationID = someUnit.$organisation.id
            let someEvent = try #require(
                try await EventRecord.query(on: app.db).filter(\.$organisation.$id == organisationID)
                    .filter(\.$sharedEventID == nil).sort(\.$startsAt).first())
            let someInitiative = try #require(try await Initiative.query(on: app.db).filter(\.$organisation.$id == organisationID).first())
            let someProgramme = try #require(try await Programme.query(on: app.db).filter(\.$organisation.$id == organisationID).first())
            let path =
                "/"
                + endpoint.pattern.map { component in
                    switch component {
                    case ":userID": someUser.id!.uuidString.lowercased()
                    case ":file": Stylesheet.fileName
                    case ":unitID": someUnit.id!.uuidString.lowercased()
                    case ":personID": somePerson.id!.uuidString.lowercased()
                    case ":draftID", ":scenarioID", ":roleID": UUID().uuidString.lowercased()
                    case ":index": "0"
                    case ":period": "2026-1"
                    case ":sharedEventID": UUID().uuidString.lowercased()
                    case ":materialID", ":engagementID", ":coachingSessionID", ":coachingActionID", ":competenceID", ":roundID", ":developmentGoalID",
                        ":developmentActionID", ":timeEntryID", ":externalCostID":
                        UUID().uuidString.lowercased()
                    case ":goalID": someGoal.id!.uuidString.lowercased()
                    case ":eventID": someEvent.id!.uuidString.lowercased()
                    case ":initiativeID": someInitiative.id!.uuidString.lowercased()
                    case ":programmeID": someProgramme.id!.uuidString.lowercased()
                    case "check-in" where endpoint == .checkInWithCode: "check-in?code=" + someEvent.checkInCode
                    case ":indicatorID": UUID().uuidString.lowercased()
                    default: component
                    }
                }.joined(separator: "/")

            // Made-up ids: the page answers 404 for everyone allowed, and 403 or sign-in for the rest.
            // A development plan exists only for its readers: someone's plan is a 404 to the rest.
            let usesMadeUpID =
                endpoint == .calendarFeed || endpoint == .personDevelopmentPlan || endpoint == .choosePasswordForm || endpoint == .directoryCallback
                || endpoint.pattern.contains {
                    [
                        ":draftID", ":scenarioID", ":roleID", ":sharedEventID", ":materialID", ":indicatorID", ":engagementID", ":coachingSessionID",
                        ":coachingActionID", ":competenceID", ":roundID", ":developmentGoalID", ":developmentActionID", ":timeEntryID",
                        ":externalCostID",
                    ].contains($0)
                }
            // The feedback form answers those who may not answer (not linked to a person, not
            // there, answered already) with its own page: reached, not denied. So does the
            // working-time form someone without a person of the organisation sends.
            let feedbackRefusals = [Str.eventNotLinked, .feedbackNotAttended, .feedbackAlreadyGiven, .timeNoPerson].map {
                Localizer(language: .english)($0)
            }
            for who in Who.allCases {
                // setup
                let browser = TestBrowser(app, acceptLanguage: "en")
                switch who {
                case .anonymous: try await browser.get("/sign-in")
                case .programmeOperator: try await browser.signIn(Account.programmeOperator)
                case .administrator: try await browser.signIn(Account.with(.administrator))
                case .programmeOwner: try await browser.signIn(Account.with(.programmeOwner))
                case .manager: try await browser.signIn(Account.with(.manager))
                case .coach: try await browser.signIn(Account.with(.coach))
                case .viewer: try await browser.signIn(Account.with(.viewer))
                }
                if who != .anonymous {
                    // Signed in for sure before the route is tried (once, a PostgreSQL run saw a
                    // signed-in role sent to sign-in; this says whether the session was there).
                    let account = try await browser.get("/account")
                    #expect(account.status == .ok, "\(who) not signed in before \(path): /account answered \(account.status.code)")
                }
                // act
                let response = endpoint.method == .get ? try await browser.get(path) : try await browser.post(path, [])
                // check
                // Signing out ends on the sign-in page by design; that is not a denial.
                let sentToSignIn = endpoint != .signOut && response.status == .seeOther && response.location?.hasPrefix("/sign-in") == true
                let refusedByTheForm =
                    [.forbidden, .conflict].contains(response.status)
                    && feedbackRefusals.contains { response.body.string.contains(Markup.text($0)) }
                let denied = response.status == .forbidden && !refusedByTheForm || sentToSignIn
                let shouldAllow = Self.expected[endpoint]!.contains(who)
                if shouldAllow {
                    #expect(!denied, "\(who) should reach \(endpoint.method.rawValue) \(path), got \(response.status.code)")
                    // Reached means the page itself, where the path names things that exist: a
                    // 404 or 400 would hide a handler that refuses the role on its own.
                    if endpoint == .eventResults && who == .coach {
                        // An external coach reads the results of the events they lead only.
                        #expect(response.status == .notFound, "\(who) \(path): \(response.status.code)")
                    } else if endpoint == .feedbackForm {
                        #expect(response.status == .ok || refusedByTheForm, "\(who) \(path): \(response.status.code)")
                    } else if endpoint.method == .get && !usesMadeUpID {
                        #expect(
                            response.status == .ok || response.status == .seeOther && !sentToSignIn,
                            "\(who) should see GET \(path), got \(response.status.code)")
                    } else {
                        #expect(
                            [.ok, .seeOther, .badRequest, .unauthorized, .notFound, .conflict, .unprocessableEntity, .tooManyRequests].contains(response.status)
                                || refusedByTheForm,
                            "\(who) \(endpoint.method.rawValue) \(path): \(response.status.code)")
                    }
                } else {
                    #expect(denied, "\(who) must not reach \(endpoint.method.rawValue) \(path), got \(response.status.code)")
                    #expect(who == .anonymous ? sentToSignIn : response.status == .forbidden, "\(who) \(path)")
                    #expect(!response.body.string.contains(someUser.email), "\(who) \(path) leaked data")
                }
            }
        }
    }
}
