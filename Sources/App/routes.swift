import RoderCore
import Vapor

private typealias VaporByteCount = Vapor.ByteCount

/// The site map. Every route comes from `Endpoint`, which also says who may use it;
/// `register` checks that, and the CSRF token of every POST, before the handler runs.
func routes(_ app: Application) throws {
    let auth = AuthController()
    app.register(.signInForm, auth.signInForm)
    app.register(.signIn, auth.signIn)
    app.register(.signOut, auth.signOut)
    app.register(.language, LanguageController().switchLanguage)

    let account = AccountController()
    app.register(.account, account.show)
    app.register(.accountPassword, account.changePassword)
    app.register(.accountOrganisation, account.switchOrganisation)
    app.register(.accountCalendar, account.calendarAddress)
    app.register(.calendarFeed, CalendarFeedController().feed)

    app.register(.home, HomeController().show)

    let organisation = OrganisationController()
    app.register(.organisationArea, organisation.chart)
    app.register(.organisationUnit, organisation.unit)
    app.register(.organisationAnalytics, organisation.analytics)
    app.register(.organisationAnalyticsExport, organisation.analyticsExport)
    app.register(.setSpanTarget, organisation.setSpanTarget)
    let structureEdits = OrganisationEditController()
    app.register(.newUnitForm, structureEdits.newUnitForm)
    app.register(.createUnit, structureEdits.createUnit)
    app.register(.editUnitForm, structureEdits.editUnitForm)
    app.register(.updateUnit, structureEdits.updateUnit)
    app.register(.retireUnit, structureEdits.retireUnit)
    app.register(.editPersonForm, structureEdits.editPersonForm)
    app.register(.updatePerson, structureEdits.updatePerson)
    let organisationImport = OrganisationImportController()
    app.register(.organisationImportForm, organisationImport.form)
    app.register(.organisationImportUpload, organisationImport.upload)
    app.register(.organisationImportDraft, organisationImport.draft)
    app.register(.organisationImportApply, organisationImport.apply)
    app.register(.organisationImportDemoFile, organisationImport.demoFile)
    let scenarios = ScenarioController()
    app.register(.scenarios, scenarios.list)
    app.register(.createScenario, scenarios.create)
    app.register(.scenario, scenarios.show)
    app.register(.addScenarioChange, scenarios.addChange)
    app.register(.removeScenarioChange, scenarios.removeChange)
    app.register(.applyScenario, scenarios.apply)
    let roles = RoleProfileController()
    app.register(.roleProfiles, roles.list)
    app.register(.createRoleProfile, roles.create)
    app.register(.roleProfile, roles.show)
    app.register(.updateRoleProfile, roles.update)
    app.register(.changeRoleHolders, roles.changeHolders)

    let strategy = StrategyController()
    app.register(.strategyArea, strategy.managementGroup)
    app.register(.exportStrategy, strategy.export)
    app.register(.newGoalForm, strategy.newGoalForm)
    app.register(.createGoal, strategy.createGoal)
    app.register(.goal, strategy.goal)
    app.register(.updateGoalStatus, strategy.updateStatus)
    app.register(.createIndicator, strategy.createIndicator)
    app.register(.editIndicatorForm, strategy.editIndicatorForm)
    app.register(.updateIndicator, strategy.updateIndicator)
    app.register(.recordMeasurement, strategy.recordMeasurement)
    app.register(.editGoalForm, strategy.editGoalForm)
    app.register(.updateGoal, strategy.updateGoal)
    app.register(.correctMeasurement, strategy.correctMeasurement)
    let initiatives = InitiativeController()
    app.register(.initiatives, initiatives.list)
    app.register(.createInitiative, initiatives.create)
    app.register(.initiative, initiatives.show)
    app.register(.updateInitiative, initiatives.update)
    app.register(.addMilestone, initiatives.addMilestone)
    app.register(.updateMilestone, initiatives.updateMilestone)
    let coaching = CoachingController()
    app.register(.coachingArea, coaching.area)
    app.register(.createEngagement, coaching.create)
    app.register(.engagement, coaching.show)
    app.register(.changeEngagementState, coaching.changeState)
    app.register(.planCoachingSession, coaching.planSession)
    app.register(.recordCoachingSession, coaching.recordSession)
    app.register(.addCoachingNote, coaching.addNote)
    app.register(.addCoachingAction, coaching.addAction)
    app.register(.updateCoachingAction, coaching.updateAction)
    let competence = CompetenceController()
    app.register(.competenceArea, competence.area)
    app.register(.competenceFramework, competence.framework)
    app.register(.createCompetence, competence.create)
    app.register(.competence, competence.show)
    app.register(.updateCompetence, competence.update)
    app.register(.setProfileCompetences, competence.setProfileCompetences)
    app.register(.createAssessmentRound, competence.openRound)
    app.register(.assessmentRound, competence.round)
    app.register(.remindAssessmentRound, competence.remind)
    app.register(.closeAssessmentRound, competence.closeRound)
    app.register(.selfAssessmentForm, competence.answerForm)
    app.register(.submitSelfAssessment, competence.submitAnswers)
    let programmes = ProgrammeController()
    app.register(.createProgramme, programmes.create)
    app.register(.programmeSettings, programmes.settings)
    app.register(.updateProgramme, programmes.update)
    app.register(.createArea, programmes.createArea)
    app.register(.updateArea, programmes.updateArea)
    app.register(.moveArea, programmes.moveArea)
    app.register(.setPeriodLock, programmes.setPeriodLock)
    app.register(.carryOver, programmes.carryOver)
    app.register(.strategyArchive, programmes.archive)
    app.register(.archiveItem, programmes.archiveItem)

    let events = EventController()
    app.register(.eventsArea, events.list)
    app.register(.newEventForm, events.newForm)
    app.register(.createEvent, events.create)
    app.register(.editEventForm, events.editForm)
    app.register(.updateEvent, events.update)
    app.register(.event, events.show)
    app.register(.checkIn, events.checkIn)
    app.register(.hostCheckIn, events.hostCheckIn)
    app.register(.feedbackForm, events.feedbackForm)
    app.register(.submitFeedback, events.submitFeedback)
    app.register(.eventResults, events.results)
    app.register(.eventCalendar, events.calendar)
    app.register(.attendance, events.attendance)
    app.register(.register, events.register)
    app.register(.exportFeedback, events.exportFeedback)
    app.register(.sendReminder, events.sendReminder)
    app.register(.invite, events.invite)
    app.register(.addMaterial, events.addMaterial)
    app.register(.checkInWithCode, events.checkInWithCode)
    app.register(.material, events.material)
    app.register(.removeMaterial, events.removeMaterial)

    let feedback = FeedbackController()
    app.register(.feedbackArea, feedback.overview)
    app.register(.feedbackSummary, feedback.summary)
    app.register(.saveFeedbackSummary, feedback.saveSummary)
    app.register(.feedbackQuestions, feedback.questions)
    app.register(.saveFeedbackQuestions, feedback.saveQuestions)

    let areas = AreaController()
    for area in ProgrammeArea.allCases where area != .organisation && area != .strategy && area != .events && area != .feedback && area != .coaching {
        app.register(.forArea(area)) { try await areas.show(area, $0) }
    }

    let users = UsersController()
    app.register(.users, users.list)
    app.register(.newUserForm, users.newForm)
    app.register(.createUser, users.create)
    app.register(.user, users.show)
    app.register(.updateUser, users.update)

    app.register(.auditLog, AuditLogController().list)
    let shared = SharedEventController()
    app.register(.operatorHome, shared.home)
    app.register(.newSharedEventForm, shared.newForm)
    app.register(.createSharedEvent, shared.create)
    app.register(.sharedEvent, shared.show)
    app.register(.editSharedEventForm, shared.editForm)
    app.register(.updateSharedEvent, shared.update)

    let assets = AssetsController()
    app.register(.asset, assets.file)
    app.register(.health) { _ in Response(status: .ok, body: "ok") }
}

extension RoutesBuilder {
    /// Registers `handler` for `endpoint`, behind the endpoint's access rule.
    func register(_ endpoint: Endpoint, _ handler: @escaping @Sendable (Request) async throws -> Response) {
        let path: [PathComponent] = endpoint.pattern.map {
            $0.hasPrefix(":") ? .parameter(String($0.dropFirst())) : .constant($0)
        }
        let access = endpoint.access
        let changesState = endpoint.method != .get
        on(HTTPMethod(rawValue: endpoint.method.rawValue), path, body: .collect(maxSize: VaporByteCount(integerLiteral: endpoint.maximumBodySize.bytes))) {
            request async throws -> Response in
            try request.authorize(access)
            if changesState { try request.verifyCSRFToken() }
            return try await handler(request)
        }
    }
}
