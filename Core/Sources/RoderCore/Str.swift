/// The interface string catalogue. Each case has all three languages in `translations`;
/// the switch is exhaustive, so a new key without its text does not compile, and
/// `StringCatalogueTests` fails on an empty text or placeholders that differ between
/// languages. `{name}` marks a placeholder filled in by `Localizer`.
public enum Str: String, CaseIterable, Sendable {
    // Skeleton
    case skipToContent, navLabel, navHome, navUsers, navAuditLog, navOperator, languageSwitchLabel, signOut, footerText, pagination, newer, older
    // Capability areas
    case areaOrganisation, areaStrategy, areaEvents, areaFeedback, areaCoaching, areaWorkingTime, areaReports
    case areaOrganisationDescription, areaStrategyDescription, areaEventsDescription, areaFeedbackDescription
    case areaCoachingDescription, areaWorkingTimeDescription, areaReportsDescription
    case notBuiltTitle, notBuiltMessage
    // Roles
    case roleAdministrator, roleProgrammeOwner, roleManager, roleCoach, roleViewer
    // Sign-in
    case signInTitle, signInIntro, signIn, signInHelp, email, password, signInWrongCredentials, signInThrottled, signInFormExpired
    // Notices
    case noticeSignedOut, noticeSessionExpired, noticePasswordChanged, noticeUserCreated, noticeUserUpdated, noticeOrganisationSwitched
    // Home
    case homeGreeting, homeRolesIntro, homeMyResponsibilities, homeNoResponsibilities, homeNotLinkedToPerson
    case homeProgramme, homeNoProgramme, homeProgrammeIntro, homeGoalsByArea, homeAreaHasNoGoals
    case homeCoaching, homeCoachingNotBuilt, homeAdministration, homeManageUsers
    case developmentArea, resultGoal, responsiblePersons
    // Account
    case accountTitle, accountDetails, accountLanguage, accountLanguageHint, accountOrganisation, organisation, switchOrganisation
    case name, roles, changePassword, currentPassword, newPassword, confirmPassword, passwordRule
    // Users
    case usersTitle, usersCaption, newUser, lastSignIn, status, never, userActive, userInactive, userActiveLabel
    case linkedPerson, linkedPersonHint, notLinked
    case preferredLanguage, initialPassword, initialPasswordHint, setNewPassword, setNewPasswordHint, createUser, saveChanges
    // Validation
    case personAlreadyLinked, accountPerson, accountPersonNone, accountPersonChanged
    case personNotFound, formHasErrors, nameRequired, emailInvalid, emailTaken, rolesRequired, cannotRemoveOwnAdministratorRole, cannotDeactivateSelf
    case passwordTooShort, passwordTooLong, passwordSameAsEmail, passwordMismatch, currentPasswordWrong
    // Audit log
    case auditTitle, auditIntro, auditEmpty, auditCaption, auditWhen, auditWho, auditWhat, auditSystem
    case auditOrganisationCreated, auditUserCreated, auditUserUpdated, auditUserRolesChanged, auditUserDeactivated
    case auditUserReactivated, auditPasswordChanged, auditPasswordSet, auditLanguageChanged, auditDemoDataLoaded
    // Operator
    case operatorTitle, operatorIntro, operatorOrganisations
    // Organisation
    case breadcrumbs, search, unitKindSector, unitKindDivision, unitKindUnit, unitKindTeam
    case orgChart, orgAnalytics, orgImport, orgChartIntro, orgSearchLabel, orgSearchResults, orgSearchNothing, orgEmpty, orgEmptyCanImport
    case orgManagerIs, orgNoManager, orgHeadcountIs, orgSpanIs, orgChartOf, orgKind, orgCode, orgManager, orgHeadcount, orgSpan
    case orgPeopleInLine, orgNoSubUnits, orgSubUnits, orgPeopleListed, orgNoPeopleListed, orgUnits
    case orgFigureManagers, orgFigureUnits, orgFigurePeople, orgFigureLayers, orgFigureMedianSpan, orgFigureAverageSpan
    case orgSpanDistribution, orgSpanDefinition, orgSpanChartDescription, orgSpanBand, orgOutsideTarget, orgBelowTarget, orgAboveTarget
    case orgUnitSizes, orgUnitSizesDescription, orgManagersOrUnits, orgListShortened, orgDownloadManagers
    case orgTargetMinimum, orgTargetMaximum, orgSetTarget, orgTargetInvalid
    // Organisation import
    case importIntro, importFile, importFileHint, importUpload, importFormatTitle, importFormat, importDemoFile, importFileSummary
    case importMappingTitle, importMappingHint, importColumns, importColumnInFile, importSamples, importMeansInRoder, importIgnore
    case importCheck, importApply, importNothingToApply, importErrorsTitle, importNothingImported, importMoreErrors
    case importPreviewTitle, importUnitsSummary, importPeopleSummary, importManagerChanges, importNotInFile, importNewUnits, importChangedUnits
    case importWhereColumn, importWhereLine, importNoFile, importApplied
    case importProblemEncoding, importProblemUnterminatedQuote, importProblemTextAfterQuote, importProblemEmpty, importProblemNotMapped
    case importProblemMappedTwice, importProblemFieldCount, importProblemMissing, importProblemEmail, importProblemHeadcount
    case importProblemLevel, importProblemKind, importProblemYesNo, importProblemUnknownParent, importProblemCycle
    case importProblemConflictingUnit, importProblemConflictingPerson, importProblemSecondManager
    case fieldUnitCode, fieldUnitNameSwedish, fieldUnitNameFinnish, fieldUnitNameEnglish, fieldParentUnitCode, fieldUnitKind
    case fieldUnitHeadcount, fieldPersonID, fieldPersonName, fieldPersonTitle, fieldPersonEmail, fieldManagementLevel, fieldManagesUnit
    case auditOrganisationImported
    case importFileSummaryWorkbook, importSheet, importReadSheet, importGroupLines, importGroupLinesInColumn, importGroupMore
    case importProblemWorkbook, importProblemNoSuchSheet, importProblemUnknownManager, importProblemUnknownSupervisor
    case fieldUnitManagerID, fieldPersonNameSurnameFirst, fieldPersonFirstName, fieldPersonSurname, fieldSupervisorID
    case importKindUnreadableEncoding, importKindUnterminatedQuote, importKindTextAfterQuote, importKindEmptyFile, importKindUnreadableWorkbook
    case importKindNoSuchSheet, importKindFieldNotMapped, importKindFieldMappedTwice, importKindWrongNumberOfFields, importKindMissingValue
    case importKindInvalidEmail, importKindInvalidHeadcount, importKindInvalidManagementLevel, importKindInvalidUnitKind, importKindInvalidYesNo
    case importKindUnknownParentUnit, importKindParentCycle, importKindConflictingUnit, importKindConflictingPerson, importKindSecondManager
    case importKindUnknownManager, importKindUnknownSupervisor
    case importOverwritesTitle, importOverwritesHint, importOverwriteLine, handEditParent, handEditRetired, handEditUnit
    // Editing the structure by hand, and its history
    case unitEditTitle, unitNewTitle, unitEditIntro, unitNameIn, unitNamesHint, unitNameMissingIn, unitParentField, unitParentHint
    case unitManagerField, unitManagerHint, unitHeadcountField, unitHeadcountHint, unitCodeField, unitCodeHint, unitSave, unitCreate
    case pickerSeveral, pickerNoMatch, pickerFind, unitCodeTaken, unitNameRequiredAny, unitHeadcountInvalid, unitParentCycle
    case unitRetireTitle, unitRetireHint, unitRetireTop, unitRetireButton, unitRetireHasSubUnits
    case noticeUnitSaved, noticeUnitCreated, noticeUnitRetired, noticePersonSaved, unitEditLink, unitAddSubUnit, unitAddTop
    case personEditTitle, personEditLink, personEditShort, personUnitField, personUnitHint, personNameRequired, personSave, levelStaff
    case historyTitle, historyIntro, historyChartDescription, historyNone, historyCompare, historyFrom, historyTo, historyShow
    case historyChange, historyFigure, historyWhen, historyCause, historyCauseImported, historyCauseScenario, historyCauseHandEdit
    case historyPoints, historySmallUnits, historySmallSpans, historyUnitsSeries, historyManagersSeries
    case auditUnitCreated, auditUnitChanged, auditUnitRetired, auditPersonChanged, auditLateCheckIn, auditAccountLinkChanged
    case eventLateCheckInReason, eventLateCheckInHint, eventLateCheckInReasonMissing
    // Scenarios
    case scenarioTitle, scenarioIntro, scenarioSideBySide, scenarioList, scenarioNone, scenarioChangeCount, scenarioAppliedOn, scenarioNewName, scenarioCreate
    case scenarioComparisonCaption, scenarioNow, scenarioNoLongerApplies, scenarioManagersWithSpan, scenarioBelowTarget, scenarioAboveTarget
    case scenarioWasApplied, scenarioChanges, scenarioNoChanges, scenarioRemoveChange, scenarioRemoveChangeNumbered, scenarioBeforeAfter, scenarioAfter
    case scenarioAffected, scenarioNoneAffected, scenarioSpanBefore, scenarioSpanAfter, scenarioNoLongerManager
    case scenarioApplyTitle, scenarioApplyWarning, scenarioApplyConfirm, scenarioApply, scenarioAddChangeTitle, scenarioAddChange
    case scenarioMerge, scenarioMergeUnit, scenarioMergeInto, scenarioMove, scenarioMoveUnit, scenarioMoveParent, scenarioChangeManager
    case scenarioManagerUnit, scenarioNewManager, scenarioNoManager, scenarioSplit, scenarioSplitUnit, scenarioSplitName, scenarioSplitHeadcount
    case scenarioDescribeMerge, scenarioDescribeSplit, scenarioDescribeMove, scenarioDescribeManager, scenarioDescribeNoManager
    case scenarioErrorStep, scenarioErrorUnknownUnit, scenarioErrorMergeIntoItself, scenarioErrorIntoOwnSubtree, scenarioErrorSplit, scenarioErrorUnknownPerson
    case scenarioNameRequired, scenarioSplitNameRequired, scenarioApplied, scenarioConfirmRequired, auditScenarioApplied, unknownUnitName
    // Role profiles
    case rolesTitle, rolesIntro, rolesList, rolesNone, roleName, roleHolders, roleTitlesHeld, roleManyTitles, rolesWithoutRole
    case rolesEveryoneHasRole, roleNew, roleCreate, roleInLanguage, roleResponsibilities, roleCompetences, roleHoldersTitle, roleNoHolders
    case roleRemoveHolderNamed, roleAddHolder, roleAddHolderButton, roleEdit, roleNameRequired, auditRoleProfileChanged, auditRoleHoldersChanged,
        auditSpanTargetChanged
    // Strategy
    case statusNotStarted, statusOnTrack, statusAtRisk, statusOffTrack, statusDone, mgIntro, mgLastReport, mgNoReport
    case goalUpdateTitle, goalComment, goalCommentHint, goalSaveStatus, goalHistory, goalCommentRequired, auditGoalStatus, noticeStatusSaved,
        homeReportStatusHint
    case progress, indicatorsTitle, indicatorsNone, indicatorFromTo, indicatorNoValues, indicatorChartDescription, indicatorValues
    case measurementDate, measurementValue, measurementRecord, indicatorNew, indicatorName, indicatorUnit, indicatorBaseline, indicatorTarget
    case indicatorDirection, directionUp, directionDown, directionNeutral, indicatorCreate, indicatorInvalid, measurementInvalid, periodLocked
    case auditIndicatorCreated, auditMeasurementRecorded, noticeMeasurementSaved
    case indicatorEdit, indicatorEditHint, auditIndicatorChanged
    case goalNew, goalTitle, goalDescription, goalResponsibleHint, goalStart, goalEnd, goalCreate, goalTitleRequired, goalResponsibleRequired
    case goalDatesInvalid, auditGoalCreated, noticeGoalCreated, strategyExport, indicatorColumn, measurementColumn
    // Strategy: programmes, initiatives, archive
    case mgNextMilestone, milestoneOverdue, initiativePlanned, initiativeUnderway, initiativePaused, initiativeDone, initiativesTitle, initiativeColumn,
        initiativeOwner, programmeSettings, archiveTitle, mgAreaProgressTitle, mgAreaProgressDescription, mgThresholdsLegend, programmeDetails, programmeName,
        programmeStartYear, programmeEndYear, programmeThresholds, programmeThresholdsHint
    case programmeGreenFrom, programmeAmberFrom, programmeRollUp, rollUpAverage, rollUpWeighted, programmeAreas, programmeAreaGoals, programmeRenameArea,
        programmeAreaTitle, moveUp, moveDown, archiveAction
    case programmeNewArea, programmeAddArea, programmeYears, programmeYearsHint, programmeYear, programmeMeasurements, programmeCarryOver,
        programmeNothingToCarry, programmeCarryButton, programmeCarryNeedsYear, programmeNew, programmeNewStart
    case programmeNewHint, programmeCreate, periodOpen, periodLockedState, periodUnlock, periodUnlockedBy, periodLockAgain, archiveIntro, archiveEmpty,
        archiveWhat, archiveKind, archiveWhen
    case archiveRestore, initiativesIntro, initiativeNone, initiativeGoals, initiativeOverdueCount, initiativeNew, initiativeCreate, initiativeTitle,
        initiativeEdit, archivedNote, milestonesTitle, milestonesNone
    case milestoneDoneOn, milestoneOpen, milestoneMarkDone, milestoneReopen, milestoneNew, milestoneTitle, milestoneDue, milestoneAdd, milestoneInvalid,
        archiveGoalHint, goalEdit, goalPeriod
    case indicatorWeightIs, measurementCorrectedFrom, measurementLocked, measurementCorrect, measurementCorrectionReason, measurementCorrectionInvalid,
        indicatorWeight, indicatorWeightHint, programmeNameRequired, programmeYearsInvalid, programmeThresholdsInvalid, initiativeTitleRequired
    case noticeSaved, noticeArchived, noticeRestored, noticeCarriedOver, noticeCarryOverNeedsYear, noticeProgrammeInvalid, noticeAreaTitleMissing,
        auditGoalChanged, auditMeasurementCorrected, auditProgrammeCreated, auditProgrammeChanged, auditAreaChanged
    case auditPeriodUnlocked, auditPeriodLocked, auditGoalsCarriedOver, auditItemArchived, auditItemRestored, auditInitiativeChanged, auditMilestoneChanged
    case indicatorFrequency, frequencyMonthly, frequencyQuarterly, frequencyHalfYearly, frequencyYearly, indicatorValueDue
    // Events and feedback
    case eventKindForum, eventKindSeminar, eventKindManagementGroup, eventKindCoachingGroup, eventKindOther, eventColumn, eventWhen, eventAttendance, eventMine,
        eventFeedbackGiven
    case eventCheckedIn, eventInvited, eventsIntro, eventNew, eventsNoneUpcoming, eventsUpcoming, eventsPast, eventKind, eventTitle, eventDate
    case eventStarts, eventEnds, eventPlace, eventArea, eventCreate, feedbackResultsTitle, feedbackGive, eventCheckInTitle, eventCheckInCode
    case eventCheckInButton, eventCheckInClosed, eventHostTitle, eventShowCode, eventMarkPresent, feedbackAnonymityNote, feedbackScaleHint, feedbackSend,
        feedbackRespondents, feedbackEligible
    case feedbackResponseRate, feedbackDistribution, feedbackQuestion, feedbackMean, feedbackComments, feedbackNoComments, feedbackBelowThreshold,
        eventTitleRequired, eventTimesInvalid, eventCheckInWrongCode
    case eventNotLinked, feedbackNotAttended, feedbackAlreadyGiven, feedbackIncomplete, noticeEventCreated, noticeCheckedIn, noticeFeedbackThanks,
        programmeAnonymityK, programmeAnonymityHint, programmeAnonymityInvalid
    case auditEventCreated
    case eventAddToCalendar
    case attendanceTitle, attendanceIntro, attendanceGroupFalling, attendanceOverall, attendanceEventsHeld, attendanceByHalfYear, attendanceChartDescription,
        attendanceByArea, attendanceByPerson, attendanceByEvent
    case attendanceRate, attendanceFalling, attendanceLink
    case eventRegistered, eventPlacesTaken, eventCapacity, registrationTitle, registrationRegistered, registrationWaitlisted, registrationCancelled,
        registrationInvited, registrationSignUp, registrationCancel
    case feedbackExportLink
    case auditMilestoneDone, auditAdded
    case reminderSubject, reminderBody, reminderTitle, reminderStatus, reminderSendNow, reminderQueued, reminderNobody, reminderNotEnded, reminderLimitReached,
        reminderTooSoon, reminderClosed, auditReminderQueued
    case inviteTitle, inviteHint, inviteLevelTop, inviteLevelMiddle, inviteLevelSupervisor, inviteLevelStaff, inviteUnits, inviteUnitCount, invitePeople,
        inviteMore, inviteAdd, inviteNobody, noticeInvited
    case auditPeopleInvited
    case calendarFeedTitle, calendarFeedIntro, calendarFeedCreate, calendarFeedRenew, calendarFeedRemove, calendarFeedActive, calendarFeedNew,
        calendarFeedAddress, calendarFeedName, noticeCalendarFeedRemoved
    case overviewIntro, overviewProgramme, overviewEventsHeld, overviewAnswers, overviewLeftOut, overviewOverallScore, overviewOverallHint, overviewByHalfYear,
        overviewChartDescription, overviewByArea, overviewNoArea, overviewPeriod, overviewNoFeedback, overviewCellAnswers, overviewCellOnlyCount,
        overviewSummaryLink, loopTitle, loopIntro, loopFigures, loopEvents, loopAttendance, loopHeard, loopActions, loopNotWritten, loopEdit, loopEditHint,
        loopSaved, loopOtherPeriods, loopUpdated, auditLoopSaved
    case sharedEventsTitle, sharedEventsIntro, sharedEventsNone, sharedEventNew, sharedEventCreate, sharedEventOrganisations, sharedEventOrganisationsRequired,
        sharedEventInviteLevels, sharedEventCreated, sharedEventBadge, sharedEventShort, pooledTitle, pooledByOrganisation, pooledHidden, pooledHiddenHint,
        pooledThresholdNote, auditSharedEventCreated
    case levelTop, levelMiddle, levelSupervisor
    case questionsTitle, questionsIntro, questionNumber, questionCommentField, questionRemove, questionNew, questionText, questionsNeedOne, questionsTooMany,
        questionsTextMissing, questionsLink, auditQuestionsChanged
    case materialsTitle, materialsNone, materialAddLink, materialAddFile, materialTitle, materialURL, materialFile, materialFileHint, materialAdd,
        materialRemove, materialTitleRequired, materialURLInvalid, materialFileMissing, materialFileTooLarge, materialFileType, noticeMaterialAdded,
        noticeMaterialRemoved, auditMaterialChanged
    case eventOnlineURL, eventOnlineJoin, eventHosts, eventHostsHint, eventGoals, eventOnlineURLInvalid, eventCapacityInvalid, eventCoaches, eventCoachesHint
    case feedbackQuestionBelowThreshold, feedbackPublishedPart
    case operatorAttendanceTitle, operatorAttendanceHint
    case eventQRLabel, eventQRHint
    case eventCheckInList
    case eventEdit, eventSaveChanges, eventEditHint, eventSharedNotEditable, noticeEventSaved, auditEventChanged
    case eventBack
    case sharedEventEditHint, auditSharedEventChanged
    case attendeeSearchLabel, attendeeShowing, attendeeShowAll
    // Errors
    case errorForbiddenTitle, errorForbiddenMessage, errorNotFoundTitle, errorNotFoundMessage
    case errorFormExpiredTitle, errorFormExpiredMessage, errorBadRequestTitle, errorBadRequestMessage
    case errorTooManyRequestsTitle, errorTooManyRequestsMessage, errorServerTitle, errorServerMessage, errorBackHome

    public var translations: Translations {
        switch self {
        // Skeleton
        case .skipToContent: T(sv: "Hoppa till innehållet", fi: "Siirry sisältöön", en: "Skip to content")
        case .navLabel: T(sv: "Huvudmeny", fi: "Päävalikko", en: "Main menu")
        case .navHome: T(sv: "Start", fi: "Etusivu", en: "Home")
        case .navUsers: T(sv: "Användare", fi: "Käyttäjät", en: "Users")
        case .navAuditLog: T(sv: "Ändringslogg", fi: "Muutosloki", en: "Audit log")
        case .navOperator: T(sv: "Gemensamt program", fi: "Yhteinen ohjelma", en: "Shared programme")
        case .languageSwitchLabel: T(sv: "Språk", fi: "Kieli", en: "Language")
        case .signOut: T(sv: "Logga ut", fi: "Kirjaudu ulos", en: "Sign out")
        case .footerText:
            T(
                sv: "Roder – ledarutvecklingsprogram för kommuner", fi: "Roder – kuntien johtamisen kehittämisohjelma",
                en: "Roder – leadership development for municipalities")
        case .pagination: T(sv: "Sidor", fi: "Sivut", en: "Pages")
        case .newer: T(sv: "Nyare", fi: "Uudemmat", en: "Newer")
        case .older: T(sv: "Äldre", fi: "Vanhemmat", en: "Older")

        // Capability areas
        case .areaOrganisation: T(sv: "Organisation", fi: "Organisaatio", en: "Organisation")
        case .areaStrategy: T(sv: "Strategi och mål", fi: "Strategia ja tavoitteet", en: "Strategy and goals")
        case .areaEvents: T(sv: "Forum och seminarier", fi: "Foorumit ja seminaarit", en: "Forums and seminars")
        case .areaFeedback: T(sv: "Respons", fi: "Palaute", en: "Feedback")
        case .areaCoaching: T(sv: "Coachning och kompetens", fi: "Valmennus ja osaaminen", en: "Coaching and competence")
        case .areaWorkingTime: T(sv: "Arbetstid och kostnader", fi: "Työaika ja kustannukset", en: "Working time and cost")
        case .areaReports: T(sv: "Rapporter", fi: "Raportit", en: "Reports")
        case .areaOrganisationDescription:
            T(
                sv: "Organisationsstrukturen: enheter, chefer, enhetsstorlekar och kontrollspann, chefsroller och omorganiseringsscenarier.",
                fi: "Organisaatiorakenne: yksiköt, esimiehet, yksiköiden koot ja johtamisjänteet, esimiesroolit ja uudelleenjärjestelyskenaariot.",
                en: "The organisation structure: units, managers, unit sizes and spans of control, manager roles and restructuring scenarios.")
        case .areaStrategyDescription:
            T(
                sv: "Utvecklingshelheter, resultatmål med ansvarspersoner, indikatorer, initiativ och ledningsgruppens översikt.",
                fi: "Kehittämiskokonaisuudet, tulostavoitteet vastuuhenkilöineen, mittarit, hankkeet ja johtoryhmän näkymä.",
                en: "Development areas, result goals with responsible persons, indicators, initiatives and the management-group view.")
        case .areaEventsDescription:
            T(
                sv: "Ledarforum, seminarier och möten: inbjudningar, anmälan, närvaro och material.",
                fi: "Johtamisfoorumit, seminaarit ja kokoukset: kutsut, ilmoittautuminen, läsnäolo ja materiaalit.",
                en: "Leadership forums, seminars and meetings: invitations, registration, attendance and materials.")
        case .areaFeedbackDescription:
            T(
                sv: "Systematisk, anonym respons efter varje tillfälle – resultat visas först när tillräckligt många har svarat.",
                fi: "Järjestelmällinen, nimetön palaute jokaisen tilaisuuden jälkeen – tulokset näytetään vasta, kun riittävän moni on vastannut.",
                en: "Systematic, anonymous feedback after each event – results show only once enough people have answered.")
        case .areaCoachingDescription:
            T(
                sv: "Coachningsuppdrag, kompetensramverk, självbedömning och personliga utvecklingsplaner.",
                fi: "Valmennukset, osaamiskehys, itsearviointi ja henkilökohtaiset kehittämissuunnitelmat.",
                en: "Coaching engagements, the competence framework, self-assessment and personal development plans.")
        case .areaWorkingTimeDescription:
            T(
                sv: "Arbetstid som deltagarna lägger på programmet, experternas arvoden och programmets kostnad.",
                fi: "Osallistujien ohjelmaan käyttämä työaika, asiantuntijoiden palkkiot ja ohjelman kustannukset.",
                en: "The working time participants spend on the programme, experts' fees and the programme's cost.")
        case .areaReportsDescription:
            T(
                sv: "Ledningsgruppens översikt, programrapporten för utskrift och export av alla listor.",
                fi: "Johtoryhmän yleiskuva, tulostettava ohjelmaraportti ja kaikkien luetteloiden vienti.",
                en: "The management group's overview, the printable programme report and exports of every list.")
        case .notBuiltTitle: T(sv: "Inte byggt ännu", fi: "Ei vielä käytössä", en: "Not built yet")
        case .notBuiltMessage:
            T(
                sv: "Den här delen av Roder finns inte ännu. Här visas inga påhittade uppgifter – sidan fylls när funktionen är klar.",
                fi: "Tätä Roderin osaa ei ole vielä tehty. Sivulla ei näytetä keksittyjä tietoja – se täyttyy, kun toiminto on valmis.",
                en: "This part of Roder does not exist yet. No made-up figures are shown here – the page fills in once the feature is ready.")

        // Roles
        case .roleAdministrator: T(sv: "Administratör", fi: "Pääkäyttäjä", en: "Administrator")
        case .roleProgrammeOwner: T(sv: "Programansvarig", fi: "Ohjelman omistaja", en: "Programme owner")
        case .roleManager: T(sv: "Chef", fi: "Esimies", en: "Manager")
        case .roleCoach: T(sv: "Coach", fi: "Valmentaja", en: "Coach")
        case .roleViewer: T(sv: "Läsare", fi: "Lukija", en: "Viewer")

        // Sign-in
        case .signInTitle: T(sv: "Logga in", fi: "Kirjaudu sisään", en: "Sign in")
        case .signInIntro:
            T(
                sv: "Logga in med din e-postadress och ditt lösenord.",
                fi: "Kirjaudu sisään sähköpostiosoitteellasi ja salasanallasi.",
                en: "Sign in with your e-mail address and password.")
        case .signIn: T(sv: "Logga in", fi: "Kirjaudu", en: "Sign in")
        case .signInHelp:
            T(
                sv: "Har du glömt lösenordet? Kontakta administratören i din organisation.",
                fi: "Unohditko salasanasi? Ota yhteyttä organisaatiosi pääkäyttäjään.",
                en: "Forgotten your password? Contact your organisation's administrator.")
        case .email: T(sv: "E-postadress", fi: "Sähköpostiosoite", en: "E-mail address")
        case .password: T(sv: "Lösenord", fi: "Salasana", en: "Password")
        case .signInWrongCredentials:
            T(
                sv: "E-postadressen eller lösenordet stämmer inte. Kontrollera och försök igen.",
                fi: "Sähköpostiosoite tai salasana on väärin. Tarkista ja yritä uudelleen.",
                en: "The e-mail address or password is not right. Check them and try again.")
        case .signInThrottled:
            T(
                sv: "För många misslyckade försök. Försök igen om {minutes} minuter.",
                fi: "Liian monta epäonnistunutta yritystä. Yritä uudelleen {minutes} minuutin kuluttua.",
                en: "Too many failed attempts. Try again in {minutes} minutes.")
        case .signInFormExpired:
            T(
                sv: "Formuläret hade gått ut. Skriv lösenordet igen och logga in.",
                fi: "Lomake oli vanhentunut. Kirjoita salasana uudelleen ja kirjaudu.",
                en: "The form had expired. Type your password again and sign in.")

        // Notices
        case .noticeSignedOut: T(sv: "Du är utloggad.", fi: "Olet kirjautunut ulos.", en: "You have signed out.")
        case .noticeSessionExpired:
            T(
                sv: "Din session har gått ut eftersom du varit inaktiv en längre tid. Logga in igen.",
                fi: "Istuntosi on vanhentunut, koska olit pitkään toimettomana. Kirjaudu uudelleen.",
                en: "Your session has expired because you were inactive for a while. Please sign in again.")
        case .noticePasswordChanged: T(sv: "Ditt lösenord har ändrats.", fi: "Salasanasi on vaihdettu.", en: "Your password has been changed.")
        case .noticeUserCreated: T(sv: "Användaren har skapats.", fi: "Käyttäjä on luotu.", en: "The user has been created.")
        case .noticeUserUpdated: T(sv: "Ändringarna har sparats.", fi: "Muutokset on tallennettu.", en: "The changes have been saved.")
        case .noticeOrganisationSwitched:
            T(
                sv: "Du arbetar nu i en annan organisation.", fi: "Työskentelet nyt toisessa organisaatiossa.",
                en: "You are now working in another organisation.")

        // Home
        case .homeGreeting: T(sv: "Välkommen, {name}", fi: "Tervetuloa, {name}", en: "Welcome, {name}")
        case .homeRolesIntro: T(sv: "Dina roller: {roles} i", fi: "Roolisi: {roles} –", en: "Your roles: {roles} in")
        case .homeMyResponsibilities: T(sv: "Mina ansvarsområden", fi: "Vastuualueeni", en: "My responsibilities")
        case .homeNoResponsibilities:
            T(
                sv: "Du är inte ansvarsperson för något resultatmål ännu.",
                fi: "Et ole vielä minkään tulostavoitteen vastuuhenkilö.",
                en: "You are not a responsible person for any result goal yet.")
        case .homeNotLinkedToPerson:
            T(
                sv: "Ditt konto är inte kopplat till en person i organisationen. Be administratören koppla det.",
                fi: "Tiliäsi ei ole liitetty organisaation henkilöön. Pyydä pääkäyttäjää liittämään se.",
                en: "Your account is not linked to a person in the organisation. Ask the administrator to link it.")
        case .homeProgramme: T(sv: "Programmet", fi: "Ohjelma", en: "The programme")
        case .homeNoProgramme:
            T(
                sv: "Organisationen har inget utvecklingsprogram ännu.",
                fi: "Organisaatiolla ei ole vielä kehittämisohjelmaa.",
                en: "The organisation has no development programme yet.")
        case .homeProgrammeIntro:
            T(
                sv: "{areas} utvecklingshelheter med sammanlagt {goals} resultatmål.",
                fi: "{areas} kehittämiskokonaisuutta, yhteensä {goals} tulostavoitetta.",
                en: "{areas} development areas with {goals} result goals in all.")
        case .homeGoalsByArea:
            T(sv: "Resultatmål per utvecklingshelhet", fi: "Tulostavoitteet kehittämiskokonaisuuksittain", en: "Result goals by development area")
        case .homeAreaHasNoGoals: T(sv: "Inga resultatmål ännu", fi: "Ei vielä tulostavoitteita", en: "No result goals yet")
        case .homeCoaching: T(sv: "Coachning", fi: "Valmennus", en: "Coaching")
        case .homeCoachingNotBuilt:
            T(
                sv: "Coachningsuppdrag och sessioner kan ännu inte hanteras i Roder. Här visas dina uppdrag när funktionen är klar.",
                fi: "Valmennuksia ja tapaamisia ei voi vielä hallita Roderissa. Toimeksiantosi näkyvät tässä, kun toiminto on valmis.",
                en: "Coaching engagements and sessions cannot be managed in Roder yet. Your engagements will show here once the feature is ready.")
        case .homeAdministration: T(sv: "Administration", fi: "Ylläpito", en: "Administration")
        case .homeManageUsers: T(sv: "Hantera användare", fi: "Hallitse käyttäjiä", en: "Manage users")
        case .developmentArea: T(sv: "Utvecklingshelhet", fi: "Kehittämiskokonaisuus", en: "Development area")
        case .resultGoal: T(sv: "Resultatmål", fi: "Tulostavoite", en: "Result goal")
        case .responsiblePersons: T(sv: "Ansvarspersoner", fi: "Vastuuhenkilöt", en: "Responsible persons")

        // Account
        case .accountTitle: T(sv: "Mitt konto", fi: "Oma tili", en: "My account")
        case .accountDetails: T(sv: "Uppgifter", fi: "Tiedot", en: "Details")
        case .accountLanguage: T(sv: "Språk", fi: "Kieli", en: "Language")
        case .accountLanguageHint:
            T(
                sv: "Roder använder det här språket varje gång du loggar in.",
                fi: "Roder käyttää tätä kieltä aina, kun kirjaudut sisään.",
                en: "Roder uses this language every time you sign in.")
        case .accountOrganisation: T(sv: "Organisation", fi: "Organisaatio", en: "Organisation")
        case .organisation: T(sv: "Organisation", fi: "Organisaatio", en: "Organisation")
        case .switchOrganisation: T(sv: "Byt organisation", fi: "Vaihda organisaatiota", en: "Switch organisation")
        case .name: T(sv: "Namn", fi: "Nimi", en: "Name")
        case .roles: T(sv: "Roller", fi: "Roolit", en: "Roles")
        case .changePassword: T(sv: "Byt lösenord", fi: "Vaihda salasana", en: "Change password")
        case .currentPassword: T(sv: "Nuvarande lösenord", fi: "Nykyinen salasana", en: "Current password")
        case .newPassword: T(sv: "Nytt lösenord", fi: "Uusi salasana", en: "New password")
        case .confirmPassword: T(sv: "Nytt lösenord igen", fi: "Uusi salasana uudelleen", en: "New password again")
        case .passwordRule:
            T(
                sv: "Minst {count} tecken. En lång fras är lättare att minnas och svårare att gissa.",
                fi: "Vähintään {count} merkkiä. Pitkä lause on helpompi muistaa ja vaikeampi arvata.",
                en: "At least {count} characters. A long phrase is easier to remember and harder to guess.")

        // Users
        case .usersTitle: T(sv: "Användare", fi: "Käyttäjät", en: "Users")
        case .usersCaption: T(sv: "Organisationens användare ({count})", fi: "Organisaation käyttäjät ({count})", en: "The organisation's users ({count})")
        case .newUser: T(sv: "Ny användare", fi: "Uusi käyttäjä", en: "New user")
        case .lastSignIn: T(sv: "Senast inloggad", fi: "Viimeksi kirjautunut", en: "Last signed in")
        case .status: T(sv: "Status", fi: "Tila", en: "Status")
        case .never: T(sv: "Aldrig", fi: "Ei koskaan", en: "Never")
        case .userActive: T(sv: "Aktiv", fi: "Aktiivinen", en: "Active")
        case .userInactive: T(sv: "Inaktiverad", fi: "Poistettu käytöstä", en: "Deactivated")
        case .userActiveLabel: T(sv: "Kontot är aktivt (kan logga in)", fi: "Tili on käytössä (voi kirjautua)", en: "The account is active (can sign in)")
        case .linkedPerson: T(sv: "Person i organisationen", fi: "Henkilö organisaatiossa", en: "Person in the organisation")
        case .linkedPersonHint:
            T(
                sv: "En chefs konto kopplas till chefen själv, så att hen ser de resultatmål hen ansvarar för.",
                fi: "Esimiehen tili liitetään esimieheen itseensä, jotta hän näkee tulostavoitteet, joista hän vastaa.",
                en: "A manager's account is linked to the manager, so that they see the result goals they are responsible for.")
        case .notLinked: T(sv: "Inte kopplad", fi: "Ei liitetty", en: "Not linked")
        case .personAlreadyLinked:
            T(
                sv: "{person} är redan kopplad till kontot {account}. En person kan ha ett konto per organisation.",
                fi: "{person} on jo yhdistetty tiliin {account}. Henkilöllä voi olla yksi tili organisaatiota kohden.",
                en: "{person} is already linked to the account {account}. A person can have one account per organisation.")
        case .accountPerson: T(sv: "Person i organisationen", fi: "Henkilö organisaatiossa", en: "Person in the organisation")
        case .accountPersonNone:
            T(sv: "Kontot är inte kopplat till någon person.", fi: "Tiliä ei ole yhdistetty henkilöön.", en: "The account is not linked to a person.")
        case .accountPersonChanged:
            T(sv: "Kopplingen ändrades {date} av {actor}.", fi: "Yhteyttä muutti {actor} {date}.", en: "The link was changed on {date} by {actor}.")
        case .personNotFound:
            T(
                sv: "Välj en person i listan.",
                fi: "Valitse henkilö luettelosta.",
                en: "Choose a person from the list.")
        case .preferredLanguage: T(sv: "Språk", fi: "Kieli", en: "Language")
        case .initialPassword: T(sv: "Första lösenord", fi: "Ensimmäinen salasana", en: "First password")
        case .initialPasswordHint:
            T(
                sv: "Minst {count} tecken. Ge det till användaren på ett säkert sätt; användaren kan byta det under Mitt konto.",
                fi: "Vähintään {count} merkkiä. Anna se käyttäjälle turvallisesti; käyttäjä voi vaihtaa sen Oma tili -sivulla.",
                en: "At least {count} characters. Give it to the user securely; they can change it under My account.")
        case .setNewPassword: T(sv: "Nytt lösenord", fi: "Uusi salasana", en: "New password")
        case .setNewPasswordHint:
            T(
                sv: "Lämna tomt för att behålla lösenordet. Ett nytt lösenord ska ha minst {count} tecken.",
                fi: "Jätä tyhjäksi, jos salasana säilyy. Uudessa salasanassa on oltava vähintään {count} merkkiä.",
                en: "Leave empty to keep the password. A new password needs at least {count} characters.")
        case .createUser: T(sv: "Skapa användare", fi: "Luo käyttäjä", en: "Create user")
        case .saveChanges: T(sv: "Spara ändringarna", fi: "Tallenna muutokset", en: "Save changes")

        // Validation
        case .formHasErrors: T(sv: "Kontrollera uppgifterna", fi: "Tarkista tiedot", en: "Please check the form")
        case .nameRequired: T(sv: "Skriv namnet.", fi: "Kirjoita nimi.", en: "Enter the name.")
        case .emailInvalid:
            T(
                sv: "Skriv en e-postadress i formen namn@exempel.fi.",
                fi: "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.",
                en: "Enter an e-mail address like name@example.com.")
        case .emailTaken:
            T(
                sv: "Det finns redan en användare med den här e-postadressen.",
                fi: "Tällä sähköpostiosoitteella on jo käyttäjä.",
                en: "There is already a user with this e-mail address.")
        case .cannotRemoveOwnAdministratorRole:
            T(
                sv: "Du kan inte ta bort din egen administratörsroll. Be en annan administratör göra det.",
                fi: "Et voi poistaa omaa pääkäyttäjän rooliasi. Pyydä toista pääkäyttäjää tekemään se.",
                en: "You cannot remove your own administrator role. Ask another administrator to do it.")
        case .cannotDeactivateSelf:
            T(
                sv: "Du kan inte inaktivera ditt eget konto.",
                fi: "Et voi poistaa omaa tiliäsi käytöstä.",
                en: "You cannot deactivate your own account.")
        case .rolesRequired: T(sv: "Välj minst en roll.", fi: "Valitse vähintään yksi rooli.", en: "Choose at least one role.")
        case .passwordTooShort:
            T(
                sv: "Lösenordet ska ha minst {count} tecken.",
                fi: "Salasanassa on oltava vähintään {count} merkkiä.",
                en: "The password needs at least {count} characters.")
        case .passwordTooLong:
            T(
                sv: "Lösenordet får ha högst {count} tecken.",
                fi: "Salasanassa saa olla enintään {count} merkkiä.",
                en: "The password can have at most {count} characters.")
        case .passwordSameAsEmail:
            T(
                sv: "Lösenordet får inte vara samma som e-postadressen.",
                fi: "Salasana ei saa olla sama kuin sähköpostiosoite.",
                en: "The password must not be the same as the e-mail address.")
        case .passwordMismatch:
            T(
                sv: "De två nya lösenorden är inte likadana.",
                fi: "Uudet salasanat eivät ole samat.",
                en: "The two new passwords do not match.")
        case .currentPasswordWrong:
            T(
                sv: "Det nuvarande lösenordet stämmer inte.",
                fi: "Nykyinen salasana on väärin.",
                en: "The current password is not right.")

        // Audit log
        case .auditTitle: T(sv: "Ändringslogg", fi: "Muutosloki", en: "Audit log")
        case .auditIntro:
            T(
                sv: "Vem ändrade vad och när i Roder, det senaste först.",
                fi: "Kuka muutti mitä ja milloin Roderissa, uusimmat ensin.",
                en: "Who changed what in Roder, and when, newest first.")
        case .auditEmpty: T(sv: "Inga ändringar ännu.", fi: "Ei vielä muutoksia.", en: "No changes yet.")
        case .auditCaption: T(sv: "Ändringar, sida {page}", fi: "Muutokset, sivu {page}", en: "Changes, page {page}")
        case .auditWhen: T(sv: "När", fi: "Milloin", en: "When")
        case .auditWho: T(sv: "Vem", fi: "Kuka", en: "Who")
        case .auditWhat: T(sv: "Vad", fi: "Mitä", en: "What")
        case .auditSystem: T(sv: "Roder (kommandorad)", fi: "Roder (komentorivi)", en: "Roder (command line)")
        case .auditOrganisationCreated: T(sv: "Skapade organisationen {subject}", fi: "Loi organisaation {subject}", en: "Created the organisation {subject}")
        case .auditUserCreated:
            T(
                sv: "Skapade användaren {subject} med rollerna {after}", fi: "Loi käyttäjän {subject}, roolit {after}",
                en: "Created the user {subject} with the roles {after}")
        case .auditUserUpdated: T(sv: "Ändrade uppgifterna för {subject}", fi: "Muutti käyttäjän {subject} tietoja", en: "Changed the details of {subject}")
        case .auditUserRolesChanged:
            T(
                sv: "Ändrade rollerna för {subject}: {before} → {after}", fi: "Muutti käyttäjän {subject} rooleja: {before} → {after}",
                en: "Changed the roles of {subject}: {before} → {after}")
        case .auditUserDeactivated: T(sv: "Inaktiverade användaren {subject}", fi: "Poisti käyttäjän {subject} käytöstä", en: "Deactivated the user {subject}")
        case .auditUserReactivated:
            T(sv: "Aktiverade användaren {subject} igen", fi: "Otti käyttäjän {subject} uudelleen käyttöön", en: "Reactivated the user {subject}")
        case .auditPasswordChanged: T(sv: "Bytte sitt lösenord ({subject})", fi: "Vaihtoi salasanansa ({subject})", en: "Changed their password ({subject})")
        case .auditPasswordSet:
            T(sv: "Gav {subject} ett nytt lösenord", fi: "Asetti käyttäjälle {subject} uuden salasanan", en: "Set a new password for {subject}")
        case .auditLanguageChanged:
            T(
                sv: "Bytte språk för {subject}: {before} → {after}", fi: "Vaihtoi käyttäjän {subject} kielen: {before} → {after}",
                en: "Changed the language of {subject}: {before} → {after}")
        case .auditDemoDataLoaded: T(sv: "Läste in demodata ({subject})", fi: "Latasi esittelyaineiston ({subject})", en: "Loaded demo data ({subject})")

        // Operator
        case .operatorTitle: T(sv: "Det gemensamma programmet", fi: "Yhteinen ohjelma", en: "The shared programme")
        case .operatorIntro:
            T(
                sv:
                    "Här driver du ledarforum och seminarier för flera kommuner. Du ser sammanslagen, anonym respons – aldrig en enskild kommuns egna uppgifter.",
                fi:
                    "Täällä järjestät johtamisfoorumeita ja seminaareja usealle kunnalle. Näet yhdistetyn, nimettömän palautteen – et koskaan yksittäisen kunnan omia tietoja.",
                en:
                    "Here you run leadership forums and seminars for several municipalities. You see pooled, anonymous feedback – never one municipality's own data."
            )
        case .operatorOrganisations: T(sv: "Deltagande organisationer", fi: "Osallistuvat organisaatiot", en: "Participating organisations")

        // Organisation
        case .breadcrumbs: T(sv: "Du är här", fi: "Olet tässä", en: "You are here")
        case .search: T(sv: "Sök", fi: "Hae", en: "Search")
        case .unitKindSector: T(sv: "Sektor", fi: "Toimiala", en: "Sector")
        case .unitKindDivision: T(sv: "Avdelning", fi: "Osasto", en: "Division")
        case .unitKindUnit: T(sv: "Enhet", fi: "Yksikkö", en: "Unit")
        case .unitKindTeam: T(sv: "Team", fi: "Tiimi", en: "Team")
        case .orgChart: T(sv: "Organisationsschema", fi: "Organisaatiokaavio", en: "Org chart")
        case .orgAnalytics: T(sv: "Kontrollspann och enhetsstorlekar", fi: "Johtamisjänteet ja yksiköiden koot", en: "Spans of control and unit sizes")
        case .orgImport: T(sv: "Importera från personalsystemet", fi: "Tuo henkilöstöjärjestelmästä", en: "Import from the HR system")
        case .orgChartIntro:
            T(
                sv: "{units} enheter, {managers} chefer och {people} personer. Öppna en enhet för att se dess underenheter och personal.",
                fi: "{units} yksikköä, {managers} esimiestä ja {people} henkilöä. Avaa yksikkö nähdäksesi sen alayksiköt ja henkilöstön.",
                en: "{units} units, {managers} managers and {people} people. Open a unit to see its sub-units and staff.")
        case .orgSearchLabel: T(sv: "Sök enhet eller person", fi: "Hae yksikköä tai henkilöä", en: "Search for a unit or person")
        case .orgSearchResults: T(sv: "Träffar för ”{query}”: {count}", fi: "Hakutulokset ”{query}”: {count}", en: "Results for “{query}”: {count}")
        case .orgSearchNothing: T(sv: "Inga enheter eller personer hittades.", fi: "Yksiköitä tai henkilöitä ei löytynyt.", en: "No units or people found.")
        case .orgEmpty:
            T(
                sv: "Organisationen har inga enheter i Roder ännu.", fi: "Organisaatiolla ei ole vielä yksiköitä Roderissa.",
                en: "The organisation has no units in Roder yet.")
        case .orgEmptyCanImport:
            T(
                sv: "Organisationen har inga enheter i Roder ännu. Importera dem från personalsystemet.",
                fi: "Organisaatiolla ei ole vielä yksiköitä Roderissa. Tuo ne henkilöstöjärjestelmästä.",
                en: "The organisation has no units in Roder yet. Import them from the HR system.")
        case .orgManagerIs: T(sv: "chef {name}", fi: "esimies {name}", en: "manager {name}")
        case .orgNoManager: T(sv: "ingen chef", fi: "ei esimiestä", en: "no manager")
        case .orgHeadcountIs: T(sv: "anställda {count}", fi: "henkilöstö {count}", en: "staff {count}")
        case .orgSpanIs: T(sv: "spann {count}", fi: "jänne {count}", en: "span {count}")
        case .orgChartOf: T(sv: "Schema över {unit} och dess underenheter", fi: "Kaavio: {unit} ja sen alayksiköt", en: "Chart of {unit} and its sub-units")
        case .orgKind: T(sv: "Typ", fi: "Tyyppi", en: "Kind")
        case .orgCode: T(sv: "Kod (kostnadsställe)", fi: "Koodi (kustannuspaikka)", en: "Code (cost centre)")
        case .orgManager: T(sv: "Chef", fi: "Esimies", en: "Manager")
        case .orgHeadcount: T(sv: "Anställda", fi: "Henkilöstö", en: "Staff")
        case .orgSpan: T(sv: "Kontrollspann", fi: "Johtamisjänne", en: "Span of control")
        case .orgPeopleInLine: T(sv: "Personer i linjen", fi: "Henkilöitä linjassa", en: "People in line")
        case .orgNoSubUnits: T(sv: "Inga underenheter", fi: "Ei alayksiköitä", en: "No sub-units")
        case .orgSubUnits: T(sv: "Underenheter ({count})", fi: "Alayksiköt ({count})", en: "Sub-units ({count})")
        case .orgPeopleListed: T(sv: "Personer i enheten ({count})", fi: "Yksikön henkilöt ({count})", en: "People in the unit ({count})")
        case .orgNoPeopleListed:
            T(
                sv: "Enhetens personal är bara räknad, inte listad med namn.",
                fi: "Yksikön henkilöstö on vain laskettu, ei lueteltu nimeltä.",
                en: "The unit's staff are only counted, not listed by name.")
        case .orgUnits: T(sv: "Enheter", fi: "Yksiköt", en: "Units")
        case .orgFigureManagers: T(sv: "chefer", fi: "esimiestä", en: "managers")
        case .orgFigureUnits: T(sv: "enheter", fi: "yksikköä", en: "units")
        case .orgFigurePeople: T(sv: "personer", fi: "henkilöä", en: "people")
        case .orgFigureLayers: T(sv: "ledningsnivåer", fi: "johtamistasoa", en: "management layers")
        case .orgFigureMedianSpan: T(sv: "kontrollspann, median", fi: "johtamisjänne, mediaani", en: "median span of control")
        case .orgFigureAverageSpan: T(sv: "kontrollspann, medeltal", fi: "johtamisjänne, keskiarvo", en: "average span of control")
        case .orgSpanDistribution: T(sv: "Chefer per kontrollspann", fi: "Esimiehet johtamisjänteen mukaan", en: "Managers by span of control")
        case .orgSpanDefinition:
            T(
                sv:
                    "Kontrollspannet är antalet personer en chef leder direkt: de anställda i chefens egna enheter (och i underenheter utan egen chef) samt cheferna för enheterna närmast under.",
                fi:
                    "Johtamisjänne on esimiehen suoraan johtamien henkilöiden määrä: esimiehen omien yksiköiden henkilöstö (ja alayksiköiden, joilla ei ole omaa esimiestä) sekä välittömästi alempien yksiköiden esimiehet.",
                en:
                    "The span of control is the number of people a manager leads directly: the staff of their own units (and of sub-units without a manager of their own) and the managers of the units just below."
            )
        case .orgSpanChartDescription:
            T(
                sv: "Antal chefer i varje spannklass. Målet är {target} personer per chef; de klasserna är markerade.",
                fi: "Esimiesten määrä kussakin jänneluokassa. Tavoite on {target} henkilöä esimiestä kohden; ne luokat on korostettu.",
                en: "Number of managers in each span band. The target is {target} people per manager; those bands are highlighted.")
        case .orgSpanBand: T(sv: "Kontrollspann", fi: "Johtamisjänne", en: "Span of control")
        case .orgOutsideTarget:
            T(sv: "Chefer utanför målet {target}", fi: "Tavoitteen {target} ulkopuoliset esimiehet", en: "Managers outside the target {target}")
        case .orgBelowTarget: T(sv: "Under målet: {count} chefer", fi: "Alle tavoitteen: {count} esimiestä", en: "Below the target: {count} managers")
        case .orgAboveTarget: T(sv: "Över målet: {count} chefer", fi: "Yli tavoitteen: {count} esimiestä", en: "Above the target: {count} managers")
        case .orgUnitSizes: T(sv: "Enheter per storlek", fi: "Yksiköt koon mukaan", en: "Units by size")
        case .orgUnitSizesDescription:
            T(
                sv: "Antal enheter efter hur många anställda de har (chefen inte medräknad).",
                fi: "Yksiköiden määrä henkilöstön koon mukaan (esimiestä ei lasketa).",
                en: "Number of units by how many staff they have (the manager not counted).")
        case .orgManagersOrUnits: T(sv: "Antal", fi: "Määrä", en: "Number")
        case .orgTargetMinimum: T(sv: "Målet för kontrollspann, minst", fi: "Johtamisjänteen tavoite, vähintään", en: "Target span of control, at least")
        case .orgTargetMaximum: T(sv: "högst", fi: "enintään", en: "at most")
        case .orgSetTarget: T(sv: "Spara målet", fi: "Tallenna tavoite", en: "Save the target")
        case .orgTargetInvalid:
            T(
                sv: "Målet ska vara två heltal mellan 1 och 100, det första inte större än det andra.",
                fi: "Tavoitteen on oltava kaksi kokonaislukua väliltä 1–100, ensimmäinen enintään yhtä suuri kuin toinen.",
                en: "The target must be two whole numbers from 1 to 100, the first not larger than the second.")
        case .orgListShortened:
            T(
                sv: "Visar {shown} av {count}; alla finns i CSV-filen nedan.", fi: "Näytetään {shown}/{count}; kaikki ovat alla olevassa CSV-tiedostossa.",
                en: "Showing {shown} of {count}; all are in the CSV file below.")
        case .orgDownloadManagers:
            T(
                sv: "Ladda ner alla {count} chefer med kontrollspann (CSV)", fi: "Lataa kaikki {count} esimiestä johtamisjänteineen (CSV)",
                en: "Download all {count} managers with their spans (CSV)")

        // Organisation import
        case .importIntro:
            T(
                sv:
                    "Läs in enheter, chefer och personal från personalsystemets export, som CSV- eller Excel-fil. Du ser vad som ändras innan något sparas, och en fil med fel läses inte in alls.",
                fi:
                    "Tuo yksiköt, esimiehet ja henkilöstö henkilöstöjärjestelmän CSV- tai Excel-tiedostosta. Näet muutokset ennen tallennusta, eikä virheellistä tiedostoa tuoda lainkaan.",
                en:
                    "Read units, managers and staff from the HR system's export, as a CSV or Excel file. You see what changes before anything is saved, and a file with errors is not imported at all."
            )
        case .importFile: T(sv: "CSV- eller Excel-fil", fi: "CSV- tai Excel-tiedosto", en: "CSV or Excel file")
        case .importFileHint:
            T(
                sv: "CSV (semikolon eller komma, UTF-8 eller Windows-1252) eller Excel (.xlsx), rubriker på första raden. Högst 20 MB.",
                fi: "CSV (puolipiste tai pilkku, UTF-8 tai Windows-1252) tai Excel (.xlsx), otsikot ensimmäisellä rivillä. Enintään 20 Mt.",
                en: "CSV (semicolon or comma, UTF-8 or Windows-1252) or Excel (.xlsx), headers on the first line. At most 20 MB.")
        case .importUpload: T(sv: "Läs filen", fi: "Lue tiedosto", en: "Read the file")
        case .importFormatTitle: T(sv: "Vad filen ska innehålla", fi: "Mitä tiedostossa pitää olla", en: "What the file should contain")
        case .importFormat:
            T(
                sv:
                    "En rad per person i en enhet, eller en rad per enhet. Varje rad har enhetens kod och namn på svenska eller finska; överordnad enhet, personens anställningsnummer, namn (i en kolumn eller förnamn och efternamn för sig), titel och e-post kan finnas med. Vem som är chef kan anges som enhetens chefs anställningsnummer, som varje persons närmaste chef eller med ja/nej. Roder känner igen de vanliga rubrikerna på svenska, finska och engelska; du kan ändra vad en kolumn betyder.",
                fi:
                    "Yksi rivi kutakin yksikön henkilöä tai kutakin yksikköä kohden. Jokaisella rivillä on yksikön koodi ja nimi ruotsiksi tai suomeksi; mukana voi olla yläyksikkö, henkilönumero, nimi (yhdessä sarakkeessa tai etu- ja sukunimi erikseen), nimike ja sähköposti. Esimies voidaan ilmoittaa yksikön esimiehen henkilönumerona, kunkin henkilön lähiesimiehenä tai kyllä/ei-tietona. Roder tunnistaa tavalliset otsikot suomeksi, ruotsiksi ja englanniksi; voit muuttaa sarakkeen merkityksen.",
                en:
                    "One row per person in a unit, or one row per unit. Every row has the unit's code and its name in Swedish or Finnish; the parent unit, the person's employee number, name (in one column, or first name and surname apart), title and e-mail may be included. Who manages may be given as the employee number of the unit's manager, as each person's supervisor, or as yes/no. Roder recognises the usual headers in Swedish, Finnish and English; you can change what a column means."
            )
        case .importDemoFile:
            T(sv: "Ladda ner en exempelfil för demostaden", fi: "Lataa esittelykaupungin esimerkkitiedosto", en: "Download an example file for the demo town")
        case .importFileSummary:
            T(
                sv: "{file}: {rows} rader, teckenkodning {encoding}, avgränsare {delimiter}.",
                fi: "{file}: {rows} riviä, merkistö {encoding}, erotin {delimiter}.",
                en: "{file}: {rows} rows, encoding {encoding}, delimiter {delimiter}.")
        case .importMappingTitle: T(sv: "Vad betyder kolumnerna?", fi: "Mitä sarakkeet tarkoittavat?", en: "What do the columns mean?")
        case .importMappingHint:
            T(
                sv: "Roder har gissat utifrån rubrikerna. Kontrollera och ändra vid behov; valet sparas till nästa import.",
                fi: "Roder on arvannut otsikoiden perusteella. Tarkista ja muuta tarvittaessa; valinta muistetaan seuraavaa tuontia varten.",
                en: "Roder has guessed from the headers. Check and change as needed; the choice is remembered for the next import.")
        case .importColumns: T(sv: "Filens kolumner", fi: "Tiedoston sarakkeet", en: "The file's columns")
        case .importColumnInFile: T(sv: "Kolumn i filen", fi: "Sarake tiedostossa", en: "Column in the file")
        case .importSamples: T(sv: "Exempel", fi: "Esimerkkejä", en: "Examples")
        case .importMeansInRoder: T(sv: "Betyder i Roder", fi: "Tarkoittaa Roderissa", en: "Means in Roder")
        case .importIgnore: T(sv: "(används inte)", fi: "(ei käytetä)", en: "(not used)")
        case .importCheck: T(sv: "Kontrollera och visa ändringarna", fi: "Tarkista ja näytä muutokset", en: "Check and show the changes")
        case .importApply: T(sv: "Importera", fi: "Tuo", en: "Import")
        case .importNothingToApply: T(sv: "Inget att ändra – bekräfta", fi: "Ei muutettavaa – vahvista", en: "Nothing to change – confirm")
        case .importErrorsTitle: T(sv: "Filen har {count} fel", fi: "Tiedostossa on {count} virhettä", en: "The file has {count} errors")
        case .importNothingImported:
            T(
                sv: "Ingenting har importerats. Rätta felen i filen och läs in den på nytt, eller ändra kolumnernas betydelse.",
                fi: "Mitään ei ole tuotu. Korjaa virheet tiedostoon ja lue se uudelleen, tai muuta sarakkeiden merkityksiä.",
                en: "Nothing has been imported. Fix the errors in the file and read it again, or change what the columns mean.")
        case .importMoreErrors: T(sv: "… och {count} fel till.", fi: "… ja {count} virhettä lisää.", en: "… and {count} more errors.")
        case .importPreviewTitle: T(sv: "Det här ändras", fi: "Nämä muuttuvat", en: "What will change")
        case .importUnitsSummary:
            T(
                sv: "Enheter: {new} nya, {changed} ändrade, {same} oförändrade", fi: "Yksiköt: {new} uutta, {changed} muuttunutta, {same} ennallaan",
                en: "Units: {new} new, {changed} changed, {same} unchanged")
        case .importPeopleSummary:
            T(
                sv: "Personer: {new} nya, {changed} ändrade, {same} oförändrade", fi: "Henkilöt: {new} uutta, {changed} muuttunutta, {same} ennallaan",
                en: "People: {new} new, {changed} changed, {same} unchanged")
        case .importManagerChanges: T(sv: "Ny chef i {count} enheter", fi: "Uusi esimies {count} yksikössä", en: "A new manager in {count} units")
        case .importNotInFile:
            T(
                sv: "{units} enheter och {people} personer finns i Roder men inte i filen; de behålls som de är.",
                fi: "{units} yksikköä ja {people} henkilöä on Roderissa mutta ei tiedostossa; ne säilyvät ennallaan.",
                en: "{units} units and {people} people are in Roder but not in the file; they are kept as they are.")
        case .importNewUnits: T(sv: "Nya enheter", fi: "Uudet yksiköt", en: "New units")
        case .importChangedUnits: T(sv: "Ändrade enheter", fi: "Muuttuneet yksiköt", en: "Changed units")
        case .importWhereColumn: T(sv: "Rad {line}, kolumn {column}", fi: "Rivi {line}, sarake {column}", en: "Line {line}, column {column}")
        case .importWhereLine: T(sv: "Rad {line}", fi: "Rivi {line}", en: "Line {line}")
        case .importNoFile:
            T(sv: "Välj en CSV- eller Excel-fil att läsa in.", fi: "Valitse luettava CSV- tai Excel-tiedosto.", en: "Choose a CSV or Excel file to read.")
        case .importApplied: T(sv: "Organisationen har importerats.", fi: "Organisaatio on tuotu.", en: "The organisation has been imported.")
        case .importProblemEncoding:
            T(
                sv: "filen är varken UTF-8 eller Windows-1252; spara den som ”CSV UTF-8” i Excel",
                fi: "tiedosto ei ole UTF-8- eikä Windows-1252-muodossa; tallenna se Excelissä muodossa ”CSV UTF-8”",
                en: "the file is neither UTF-8 nor Windows-1252; save it as “CSV UTF-8” in Excel")
        case .importProblemUnterminatedQuote:
            T(sv: "ett citattecken öppnas men stängs aldrig", fi: "lainausmerkki avataan mutta sitä ei suljeta", en: "a quotation mark opens but never closes")
        case .importProblemTextAfterQuote:
            T(sv: "text efter ett avslutande citattecken", fi: "tekstiä lopettavan lainausmerkin jälkeen", en: "text after a closing quotation mark")
        case .importProblemEmpty: T(sv: "filen är tom", fi: "tiedosto on tyhjä", en: "the file is empty")
        case .importProblemNotMapped:
            T(sv: "ingen kolumn är vald för ”{field}”", fi: "mitään saraketta ei ole valittu kohteelle ”{field}”", en: "no column is chosen for “{field}”")
        case .importProblemMappedTwice:
            T(sv: "flera kolumner är valda för ”{field}”", fi: "usea sarake on valittu kohteelle ”{field}”", en: "several columns are chosen for “{field}”")
        case .importProblemFieldCount:
            T(
                sv: "raden har {found} fält, rubrikraden {expected}", fi: "rivillä on {found} kenttää, otsikkorivillä {expected}",
                en: "the row has {found} fields, the header {expected}")
        case .importProblemMissing: T(sv: "”{field}” saknas", fi: "”{field}” puuttuu", en: "“{field}” is missing")
        case .importProblemEmail: T(sv: "”{value}” är ingen e-postadress", fi: "”{value}” ei ole sähköpostiosoite", en: "“{value}” is not an e-mail address")
        case .importProblemHeadcount:
            T(
                sv: "”{value}” är inget antal (ett heltal, 0 eller mer)", fi: "”{value}” ei ole lukumäärä (kokonaisluku, vähintään 0)",
                en: "“{value}” is not a number of people (a whole number, 0 or more)")
        case .importProblemLevel:
            T(
                sv: "”{value}” är ingen chefsnivå (högsta ledning, mellanledning, närmaste chef, personal)",
                fi: "”{value}” ei ole johtotaso (ylin johto, keskijohto, lähiesimies, henkilöstö)",
                en: "“{value}” is not a management level (top, middle, supervisor, staff)")
        case .importProblemKind:
            T(
                sv: "”{value}” är ingen enhetstyp (sektor, avdelning, enhet, team)",
                fi: "”{value}” ei ole yksikkötyyppi (toimiala, osasto, yksikkö, tiimi)",
                en: "“{value}” is not a kind of unit (sector, division, unit, team)")
        case .importProblemYesNo: T(sv: "”{value}” är varken ja eller nej", fi: "”{value}” ei ole kyllä eikä ei", en: "“{value}” is neither yes nor no")
        case .importProblemUnknownParent:
            T(
                sv: "den överordnade enheten {code} finns varken i filen eller i Roder",
                fi: "yläyksikköä {code} ei ole tiedostossa eikä Roderissa",
                en: "the parent unit {code} is neither in the file nor in Roder")
        case .importProblemCycle:
            T(sv: "enheten {code} hamnar under sig själv", fi: "yksikkö {code} päätyy itsensä alle", en: "the unit {code} ends up under itself")
        case .importProblemConflictingUnit:
            T(
                sv: "enheten {code} har andra uppgifter än på rad {first}",
                fi: "yksiköllä {code} on eri tiedot kuin rivillä {first}",
                en: "the unit {code} has other details than on line {first}")
        case .importProblemConflictingPerson:
            T(
                sv: "personen {id} har andra uppgifter än på rad {first}",
                fi: "henkilöllä {id} on eri tiedot kuin rivillä {first}",
                en: "the person {id} has other details than on line {first}")
        case .importProblemSecondManager:
            T(
                sv: "enheten {code} har redan en chef (rad {first})",
                fi: "yksiköllä {code} on jo esimies (rivi {first})",
                en: "the unit {code} already has a manager (line {first})")
        case .fieldUnitCode: T(sv: "Enhetens kod", fi: "Yksikön koodi", en: "Unit code")
        case .fieldUnitNameSwedish: T(sv: "Enhetens namn på svenska", fi: "Yksikön nimi ruotsiksi", en: "Unit name in Swedish")
        case .fieldUnitNameFinnish: T(sv: "Enhetens namn på finska", fi: "Yksikön nimi suomeksi", en: "Unit name in Finnish")
        case .fieldUnitNameEnglish: T(sv: "Enhetens namn på engelska", fi: "Yksikön nimi englanniksi", en: "Unit name in English")
        case .fieldParentUnitCode: T(sv: "Överordnad enhets kod", fi: "Yläyksikön koodi", en: "Parent unit code")
        case .fieldUnitKind: T(sv: "Enhetstyp", fi: "Yksikkötyyppi", en: "Kind of unit")
        case .fieldUnitHeadcount: T(sv: "Antal anställda i enheten", fi: "Yksikön henkilöstömäärä", en: "Unit headcount")
        case .fieldPersonID: T(sv: "Anställningsnummer", fi: "Henkilönumero", en: "Employee number")
        case .fieldPersonName: T(sv: "Personens namn", fi: "Henkilön nimi", en: "Person's name")
        case .fieldPersonTitle: T(sv: "Titel", fi: "Nimike", en: "Job title")
        case .fieldPersonEmail: T(sv: "E-post", fi: "Sähköposti", en: "E-mail")
        case .fieldManagementLevel: T(sv: "Chefsnivå", fi: "Johtotaso", en: "Management level")
        case .fieldManagesUnit: T(sv: "Är enhetens chef (ja/nej)", fi: "On yksikön esimies (kyllä/ei)", en: "Manages the unit (yes/no)")
        case .auditOrganisationImported:
            T(
                sv: "Importerade organisationen från {subject}: {after}",
                fi: "Toi organisaation tiedostosta {subject}: {after}",
                en: "Imported the organisation from {subject}: {after}")
        case .importFileSummaryWorkbook:
            T(
                sv: "{file}: {rows} rader från bladet ”{sheet}” i Excel-filen.",
                fi: "{file}: {rows} riviä Excel-tiedoston taulukosta ”{sheet}”.",
                en: "{file}: {rows} rows from the sheet “{sheet}” of the Excel file.")
        case .importSheet: T(sv: "Blad", fi: "Taulukko", en: "Sheet")
        case .importReadSheet: T(sv: "Läs bladet", fi: "Lue taulukko", en: "Read the sheet")
        case .importGroupLines: T(sv: "{count} rader: {kind}", fi: "{count} riviä: {kind}", en: "{count} lines: {kind}")
        case .importGroupLinesInColumn:
            T(
                sv: "{count} rader i kolumnen {column}: {kind}", fi: "{count} riviä sarakkeessa {column}: {kind}",
                en: "{count} lines in the column {column}: {kind}")
        case .importGroupMore:
            T(sv: "… och {count} rader till av samma slag.", fi: "… ja {count} samanlaista riviä lisää.", en: "… and {count} more lines like these.")
        case .importProblemWorkbook:
            T(
                sv: "filen kan inte läsas som en Excel-arbetsbok (.xlsx); spara den på nytt i Excel eller som CSV",
                fi: "tiedostoa ei voi lukea Excel-työkirjana (.xlsx); tallenna se uudelleen Excelissä tai CSV-muodossa",
                en: "the file cannot be read as an Excel workbook (.xlsx); save it again in Excel or as CSV")
        case .importProblemNoSuchSheet:
            T(sv: "arbetsboken har inget blad ”{sheet}”", fi: "työkirjassa ei ole taulukkoa ”{sheet}”", en: "the workbook has no sheet “{sheet}”")
        case .importProblemUnknownManager:
            T(
                sv: "chefens anställningsnummer {id} finns varken i filen eller i Roder",
                fi: "esimiehen henkilönumeroa {id} ei ole tiedostossa eikä Roderissa",
                en: "the manager's employee number {id} is neither in the file nor in Roder")
        case .importProblemUnknownSupervisor:
            T(
                sv: "den närmaste chefens anställningsnummer {id} finns varken i filen eller i Roder",
                fi: "lähiesimiehen henkilönumeroa {id} ei ole tiedostossa eikä Roderissa",
                en: "the supervisor's employee number {id} is neither in the file nor in Roder")
        case .fieldUnitManagerID: T(sv: "Enhetens chef (anställningsnummer)", fi: "Yksikön esimies (henkilönumero)", en: "Unit's manager (employee number)")
        case .fieldPersonNameSurnameFirst: T(sv: "Personens namn, efternamnet först", fi: "Henkilön nimi, sukunimi ensin", en: "Person's name, surname first")
        case .fieldPersonFirstName: T(sv: "Förnamn", fi: "Etunimi", en: "First name")
        case .fieldPersonSurname: T(sv: "Efternamn", fi: "Sukunimi", en: "Surname")
        case .fieldSupervisorID: T(sv: "Närmaste chef (anställningsnummer)", fi: "Lähiesimies (henkilönumero)", en: "Supervisor (employee number)")
        case .importKindUnreadableEncoding: T(sv: "okänd teckenkodning", fi: "tuntematon merkistö", en: "unknown text encoding")
        case .importKindUnterminatedQuote: T(sv: "citattecken som aldrig stängs", fi: "lainausmerkki jota ei suljeta", en: "a quotation mark that never closes")
        case .importKindTextAfterQuote:
            T(sv: "text efter ett avslutande citattecken", fi: "tekstiä lopettavan lainausmerkin jälkeen", en: "text after a closing quotation mark")
        case .importKindEmptyFile: T(sv: "tom fil", fi: "tyhjä tiedosto", en: "empty file")
        case .importKindUnreadableWorkbook: T(sv: "Excel-filen kan inte läsas", fi: "Excel-tiedostoa ei voi lukea", en: "the Excel file cannot be read")
        case .importKindNoSuchSheet: T(sv: "bladet saknas", fi: "taulukko puuttuu", en: "the sheet is missing")
        case .importKindFieldNotMapped: T(sv: "ingen kolumn vald", fi: "saraketta ei ole valittu", en: "no column chosen")
        case .importKindFieldMappedTwice:
            T(sv: "flera kolumner med samma betydelse", fi: "useita sarakkeita samalla merkityksellä", en: "several columns with the same meaning")
        case .importKindWrongNumberOfFields: T(sv: "fel antal fält", fi: "väärä määrä kenttiä", en: "wrong number of fields")
        case .importKindMissingValue: T(sv: "uppgift saknas", fi: "tieto puuttuu", en: "a value is missing")
        case .importKindInvalidEmail: T(sv: "ogiltig e-postadress", fi: "virheellinen sähköpostiosoite", en: "e-mail address not valid")
        case .importKindInvalidHeadcount: T(sv: "ogiltigt antal anställda", fi: "virheellinen henkilöstömäärä", en: "headcount not valid")
        case .importKindInvalidManagementLevel: T(sv: "okänd chefsnivå", fi: "tuntematon johtotaso", en: "unknown management level")
        case .importKindInvalidUnitKind: T(sv: "okänd enhetstyp", fi: "tuntematon yksikkötyyppi", en: "unknown kind of unit")
        case .importKindInvalidYesNo: T(sv: "varken ja eller nej", fi: "ei kyllä eikä ei", en: "neither yes nor no")
        case .importKindUnknownParentUnit: T(sv: "okänd överordnad enhet", fi: "tuntematon yläyksikkö", en: "unknown parent unit")
        case .importKindParentCycle: T(sv: "enhet under sig själv", fi: "yksikkö itsensä alla", en: "a unit under itself")
        case .importKindConflictingUnit: T(sv: "enhet med motstridiga uppgifter", fi: "yksikkö ristiriitaisin tiedoin", en: "a unit with conflicting details")
        case .importKindConflictingPerson:
            T(sv: "person med motstridiga uppgifter", fi: "henkilö ristiriitaisin tiedoin", en: "a person with conflicting details")
        case .importKindSecondManager: T(sv: "enhet med två chefer", fi: "yksikkö jolla kaksi esimiestä", en: "a unit with two managers")
        case .importKindUnknownManager:
            T(sv: "okänt anställningsnummer för chef", fi: "tuntematon esimiehen henkilönumero", en: "unknown manager employee number")
        case .importKindUnknownSupervisor:
            T(sv: "okänt anställningsnummer för närmaste chef", fi: "tuntematon lähiesimiehen henkilönumero", en: "unknown supervisor employee number")
        case .importOverwritesTitle:
            T(
                sv: "Ändringar gjorda för hand i Roder som importen skriver över ({count})",
                fi: "Roderissa käsin tehdyt muutokset, jotka tuonti korvaa ({count})",
                en: "Changes made by hand in Roder that the import overwrites ({count})")
        case .importOverwritesHint:
            T(
                sv: "Importen ersätter dem med uppgifterna i filen. Ska en ändring bestå, gör den också i personalsystemet innan du importerar.",
                fi: "Tuonti korvaa ne tiedoston tiedoilla. Jos muutoksen on tarkoitus säilyä, tee se myös henkilöstöjärjestelmään ennen tuontia.",
                en: "The import replaces them with what the file says. If a change should stay, make it in the HR system too before importing.")
        case .importOverwriteLine:
            T(
                sv: "{subject}: {fields} (ändrat {date} av {who})", fi: "{subject}: {fields} (muutettu {date}, {who})",
                en: "{subject}: {fields} (changed {date} by {who})")
        case .handEditParent: T(sv: "Överordnad enhet", fi: "Yläyksikkö", en: "Parent unit")
        case .handEditRetired: T(sv: "Avvecklad", fi: "Lakkautettu", en: "Retired")
        case .handEditUnit: T(sv: "Enhet", fi: "Yksikkö", en: "Unit")

        case .unitEditTitle: T(sv: "Ändra enheten {name}", fi: "Muokkaa yksikköä {name}", en: "Change the unit {name}")
        case .unitNewTitle: T(sv: "Ny enhet", fi: "Uusi yksikkö", en: "New unit")
        case .unitEditIntro:
            T(
                sv: "Ändringar du gör här syns genast i schemat och analysen och sparas i historiken. Nästa import visar vad den skulle skriva över.",
                fi: "Tässä tekemäsi muutokset näkyvät heti kaaviossa ja analyysissä ja tallentuvat historiaan. Seuraava tuonti näyttää, mitä se korvaisi.",
                en:
                    "What you change here shows at once in the chart and the analytics and is kept in the history. The next import shows what it would overwrite."
            )
        case .unitNameIn: T(sv: "Namn på {language}", fi: "Nimi: {language}", en: "Name in {language}")
        case .unitNamesHint:
            T(
                sv: "Ett namn på minst ett språk. Saknas ett språk visas namnet på det andra.",
                fi: "Nimi vähintään yhdellä kielellä. Jos kieli puuttuu, nimi näytetään toisella kielellä.",
                en: "A name in at least one language. Where one is missing, the other is shown.")
        case .unitNameMissingIn: T(sv: "saknar namn på {language}", fi: "nimi puuttuu: {language}", en: "no name in {language}")
        case .unitParentField: T(sv: "Överordnad enhet", fi: "Yläyksikkö", en: "Parent unit")
        case .unitParentHint:
            T(
                sv: "Skriv kod eller namn. Lämna tomt för en enhet högst upp i organisationen.",
                fi: "Kirjoita koodi tai nimi. Jätä tyhjäksi, jos yksikkö on organisaation ylimpänä.",
                en: "Type a code or a name. Leave empty for a unit at the top of the organisation.")
        case .unitManagerField: T(sv: "Chef", fi: "Esimies", en: "Manager")
        case .unitManagerHint:
            T(
                sv: "Skriv anställningsnummer eller namn. Lämna tomt om enheten leds av chefen ovanför.",
                fi: "Kirjoita henkilönumero tai nimi. Jätä tyhjäksi, jos yksikköä johtaa ylemmän tason esimies.",
                en: "Type an employee number or a name. Leave empty if the manager above leads the unit.")
        case .unitHeadcountField: T(sv: "Antal anställda i enheten", fi: "Yksikön henkilöstömäärä", en: "Headcount of the unit")
        case .unitHeadcountHint:
            T(
                sv: "Personalen i själva enheten, chefen och underenheterna oräknade.",
                fi: "Yksikön oma henkilöstö ilman esimiestä ja alayksiköitä.",
                en: "The unit's own staff, without its manager and its sub-units.")
        case .unitCodeField: T(sv: "Kod (kostnadsställe)", fi: "Koodi (kustannuspaikka)", en: "Code (cost centre)")
        case .unitCodeHint:
            T(
                sv: "Samma kod som i personalsystemet, så att nästa import hittar enheten.",
                fi: "Sama koodi kuin henkilöstöjärjestelmässä, jotta seuraava tuonti löytää yksikön.",
                en: "The same code as in the HR system, so that the next import finds the unit.")
        case .unitSave: T(sv: "Spara enheten", fi: "Tallenna yksikkö", en: "Save the unit")
        case .unitCreate: T(sv: "Lägg till enheten", fi: "Lisää yksikkö", en: "Add the unit")
        case .pickerSeveral:
            T(sv: "Flera matchar ”{text}”. Välj en:", fi: "Useampi vastaa hakua ”{text}”. Valitse yksi:", en: "Several match “{text}”. Choose one:")
        case .pickerNoMatch: T(sv: "Ingenting matchar ”{text}”.", fi: "Mikään ei vastaa hakua ”{text}”.", en: "Nothing matches “{text}”.")
        case .pickerFind: T(sv: "Sök", fi: "Hae", en: "Find")
        case .unitCodeTaken:
            T(
                sv: "Koden {code} används redan av en annan enhet.", fi: "Koodi {code} on jo toisen yksikön käytössä.",
                en: "The code {code} is already used by another unit.")
        case .unitNameRequiredAny:
            T(
                sv: "Ge enheten ett namn på minst ett språk.", fi: "Anna yksikölle nimi vähintään yhdellä kielellä.",
                en: "Give the unit a name in at least one language.")
        case .unitHeadcountInvalid:
            T(
                sv: "Antalet anställda är ett heltal från 0 till 1 000 000.",
                fi: "Henkilöstömäärä on kokonaisluku väliltä 0–1 000 000.",
                en: "The headcount is a whole number from 0 to 1,000,000.")
        case .unitParentCycle:
            T(
                sv: "En enhet kan inte ligga under sig själv eller sina egna underenheter.",
                fi: "Yksikkö ei voi olla itsensä tai omien alayksikköjensä alla.",
                en: "A unit cannot be placed under itself or its own sub-units.")
        case .unitRetireTitle: T(sv: "Avveckla enheten", fi: "Lakkauta yksikkö", en: "Retire the unit")
        case .unitRetireHint:
            T(
                sv: "En avvecklad enhet försvinner ur schemat och analysen men finns kvar i historiken. Personerna i enheten flyttas till {parent}.",
                fi: "Lakkautettu yksikkö poistuu kaaviosta ja analyysistä mutta säilyy historiassa. Yksikön henkilöt siirretään yksikköön {parent}.",
                en: "A retired unit leaves the chart and the analytics but stays in the history. The people of the unit move to {parent}.")
        case .unitRetireTop: T(sv: "organisationens topp", fi: "organisaation ylimmälle tasolle", en: "the top of the organisation")
        case .unitRetireButton: T(sv: "Avveckla enheten", fi: "Lakkauta yksikkö", en: "Retire the unit")
        case .unitRetireHasSubUnits:
            T(
                sv: "Enheten har {count} underenheter. Flytta eller avveckla dem först.",
                fi: "Yksiköllä on {count} alayksikköä. Siirrä tai lakkauta ne ensin.",
                en: "The unit has {count} sub-units. Move or retire them first.")
        case .noticeUnitSaved: T(sv: "Enheten har sparats.", fi: "Yksikkö on tallennettu.", en: "The unit has been saved.")
        case .noticeUnitCreated: T(sv: "Enheten har lagts till.", fi: "Yksikkö on lisätty.", en: "The unit has been added.")
        case .noticeUnitRetired: T(sv: "Enheten har avvecklats.", fi: "Yksikkö on lakkautettu.", en: "The unit has been retired.")
        case .noticePersonSaved: T(sv: "Personens uppgifter har sparats.", fi: "Henkilön tiedot on tallennettu.", en: "The person's details have been saved.")
        case .unitEditLink: T(sv: "Ändra enheten", fi: "Muokkaa yksikköä", en: "Change the unit")
        case .unitAddSubUnit: T(sv: "Lägg till en underenhet", fi: "Lisää alayksikkö", en: "Add a sub-unit")
        case .unitAddTop: T(sv: "Lägg till en enhet", fi: "Lisää yksikkö", en: "Add a unit")
        case .personEditTitle: T(sv: "Ändra uppgifterna för {name}", fi: "Muokkaa henkilön {name} tietoja", en: "Change the details of {name}")
        case .personEditShort: T(sv: "Ändra", fi: "Muokkaa", en: "Change")
        case .personEditLink: T(sv: "Ändra {name}", fi: "Muokkaa: {name}", en: "Change {name}")
        case .personUnitField: T(sv: "Enhet", fi: "Yksikkö", en: "Unit")
        case .personUnitHint: T(sv: "Skriv enhetens kod eller namn.", fi: "Kirjoita yksikön koodi tai nimi.", en: "Type the unit's code or name.")
        case .personNameRequired: T(sv: "Skriv förnamn eller efternamn.", fi: "Kirjoita etu- tai sukunimi.", en: "Type a first name or a surname.")
        case .personSave: T(sv: "Spara uppgifterna", fi: "Tallenna tiedot", en: "Save the details")
        case .levelStaff: T(sv: "Personal (ingen chef)", fi: "Henkilöstö (ei esimies)", en: "Staff (no manager)")
        case .historyTitle: T(sv: "Strukturen över tid", fi: "Rakenne ajan mittaan", en: "The structure over time")
        case .historyIntro:
            T(
                sv:
                    "Varje import, tillämpat scenario och ändring för hand sparar organisationens nyckeltal. Målet ”större enheter, färre chefer” syns som färre enheter och chefer och ett större spann.",
                fi:
                    "Jokainen tuonti, käyttöön otettu skenaario ja käsin tehty muutos tallentaa organisaation tunnusluvut. Tavoite ”suuremmat yksiköt, vähemmän esimiehiä” näkyy yksiköiden ja esimiesten määrän laskuna ja johtamisjänteen kasvuna.",
                en:
                    "Every import, applied scenario and change by hand keeps the organisation's figures. The goal “larger units, fewer managers” shows as fewer units and managers and a larger span."
            )
        case .historyChartDescription:
            T(
                sv: "Antal enheter och chefer vid varje sparad tidpunkt, från {first} till {last}.",
                fi: "Yksiköiden ja esimiesten määrä kullakin tallennushetkellä {first}–{last}.",
                en: "Number of units and managers at each point kept, from {first} to {last}.")
        case .historyNone:
            T(
                sv: "Ingen historik ännu. Den börjar med nästa import, scenario eller ändring.",
                fi: "Historiaa ei vielä ole. Se alkaa seuraavasta tuonnista, skenaariosta tai muutoksesta.",
                en: "No history yet. It starts with the next import, scenario or change.")
        case .historyCompare: T(sv: "Jämför två tidpunkter", fi: "Vertaa kahta ajankohtaa", en: "Compare two points in time")
        case .historyFrom: T(sv: "Från", fi: "Mistä", en: "From")
        case .historyTo: T(sv: "Till", fi: "Mihin", en: "To")
        case .historyShow: T(sv: "Visa", fi: "Näytä", en: "Show")
        case .historyChange: T(sv: "Förändring", fi: "Muutos", en: "Change")
        case .historyFigure: T(sv: "Nyckeltal", fi: "Tunnusluku", en: "Figure")
        case .historyWhen: T(sv: "Tidpunkt", fi: "Ajankohta", en: "When")
        case .historyCause: T(sv: "Orsak", fi: "Syy", en: "Cause")
        case .historyCauseImported: T(sv: "import", fi: "tuonti", en: "import")
        case .historyCauseScenario: T(sv: "scenario", fi: "skenaario", en: "scenario")
        case .historyCauseHandEdit: T(sv: "ändring för hand", fi: "käsin tehty muutos", en: "change by hand")
        case .historyPoints: T(sv: "Sparade tidpunkter", fi: "Tallennetut ajankohdat", en: "Points kept")
        case .historySmallUnits: T(sv: "Enheter med färre än 5 anställda", fi: "Alle 5 hengen yksiköt", en: "Units with fewer than 5 staff")
        case .historySmallSpans: T(sv: "Chefer med spann under 4", fi: "Esimiehet, joiden jänne alle 4", en: "Managers with a span under 4")
        case .historyUnitsSeries: T(sv: "Enheter", fi: "Yksiköt", en: "Units")
        case .historyManagersSeries: T(sv: "Chefer", fi: "Esimiehet", en: "Managers")
        case .auditUnitCreated: T(sv: "Lade till enheten {subject}", fi: "Lisäsi yksikön {subject}", en: "Added the unit {subject}")
        case .auditUnitChanged: T(sv: "Ändrade enheten {subject}: {after}", fi: "Muutti yksikköä {subject}: {after}", en: "Changed the unit {subject}: {after}")
        case .auditUnitRetired: T(sv: "Avvecklade enheten {subject}", fi: "Lakkautti yksikön {subject}", en: "Retired the unit {subject}")
        case .auditLateCheckIn:
            T(
                sv: "Markerade {subject} närvarande efter evenemanget: {after}", fi: "Merkitsi henkilön {subject} läsnäolevaksi tapahtuman jälkeen: {after}",
                en: "Marked {subject} present after the event: {after}")
        case .auditAccountLinkChanged:
            T(
                sv: "Kopplade kontot {subject} till en person: {before} → {after}", fi: "Yhdisti tilin {subject} henkilöön: {before} → {after}",
                en: "Linked the account {subject} to a person: {before} → {after}")
        case .eventLateCheckInReason: T(sv: "Varför i efterhand?", fi: "Miksi jälkikäteen?", en: "Why afterwards?")
        case .eventLateCheckInHint:
            T(
                sv: "Evenemanget är över. Den som markeras närvarande nu kan svara på responsen, så ange varför; det syns i ändringsloggen.",
                fi: "Tapahtuma on päättynyt. Nyt läsnäolevaksi merkitty voi vastata palautteeseen, joten kerro syy; se näkyy muutoslokissa.",
                en: "The event is over. Someone marked present now can answer its feedback, so say why; it shows in the audit log.")
        case .eventLateCheckInReasonMissing:
            T(
                sv: "Ange varför personen markeras närvarande i efterhand.", fi: "Kerro, miksi henkilö merkitään läsnäolevaksi jälkikäteen.",
                en: "Say why the person is marked present afterwards.")
        case .auditPersonChanged:
            T(
                sv: "Ändrade uppgifterna för {subject}: {after}", fi: "Muutti henkilön {subject} tietoja: {after}",
                en: "Changed the details of {subject}: {after}")
        // Scenarios
        case .scenarioTitle: T(sv: "Omorganiseringsscenarier", fi: "Uudelleenjärjestelyskenaariot", en: "Restructuring scenarios")
        case .scenarioIntro:
            T(
                sv:
                    "Pröva att slå ihop, dela eller flytta enheter och byta chefer – och se hur kontrollspannen ändras innan ledningsgruppen beslutar. Den verkliga organisationen ändras först när du tillämpar ett scenario.",
                fi:
                    "Kokeile yksiköiden yhdistämistä, jakamista tai siirtämistä ja esimiesten vaihtamista – ja katso, miten johtamisjänteet muuttuvat ennen johtoryhmän päätöstä. Todellinen organisaatio muuttuu vasta, kun otat skenaarion käyttöön.",
                en:
                    "Try merging, splitting or moving units and changing managers – and see how the spans of control change before the management group decides. The real organisation changes only when you apply a scenario."
            )
        case .scenarioSideBySide: T(sv: "Scenarierna sida vid sida", fi: "Skenaariot rinnakkain", en: "The scenarios side by side")
        case .scenarioList: T(sv: "Scenarier", fi: "Skenaariot", en: "Scenarios")
        case .scenarioNone: T(sv: "Inga scenarier ännu.", fi: "Ei vielä skenaarioita.", en: "No scenarios yet.")
        case .scenarioChangeCount: T(sv: "{count} ändringar", fi: "{count} muutosta", en: "{count} changes")
        case .scenarioAppliedOn: T(sv: "tillämpat {date}", fi: "otettu käyttöön {date}", en: "applied on {date}")
        case .scenarioNewName: T(sv: "Namn på ett nytt scenario", fi: "Uuden skenaarion nimi", en: "Name of a new scenario")
        case .scenarioCreate: T(sv: "Skapa scenario", fi: "Luo skenaario", en: "Create scenario")
        case .scenarioComparisonCaption: T(sv: "Nuläget och scenarierna", fi: "Nykytila ja skenaariot", en: "Now and the scenarios")
        case .scenarioNow: T(sv: "Nu", fi: "Nyt", en: "Now")
        case .scenarioNoLongerApplies: T(sv: "går inte längre", fi: "ei enää mahdollinen", en: "no longer applies")
        case .scenarioManagersWithSpan: T(sv: "chefer med spann {band}", fi: "esimiehiä, jänne {band}", en: "managers with span {band}")
        case .scenarioBelowTarget: T(sv: "chefer under målet", fi: "esimiehiä alle tavoitteen", en: "managers below the target")
        case .scenarioAboveTarget: T(sv: "chefer över målet", fi: "esimiehiä yli tavoitteen", en: "managers above the target")
        case .scenarioWasApplied:
            T(
                sv: "Scenariot tillämpades {date} av {name}.", fi: "Skenaario otettiin käyttöön {date}, {name}.",
                en: "The scenario was applied on {date} by {name}.")
        case .scenarioChanges: T(sv: "Ändringar", fi: "Muutokset", en: "Changes")
        case .scenarioNoChanges:
            T(sv: "Inga ändringar ännu. Lägg till dem nedan.", fi: "Ei vielä muutoksia. Lisää niitä alla.", en: "No changes yet. Add them below.")
        case .scenarioRemoveChange: T(sv: "Ta bort", fi: "Poista", en: "Remove")
        case .scenarioRemoveChangeNumbered: T(sv: "Ta bort ändring {number}", fi: "Poista muutos {number}", en: "Remove change {number}")
        case .scenarioBeforeAfter: T(sv: "Före och efter", fi: "Ennen ja jälkeen", en: "Before and after")
        case .scenarioAfter: T(sv: "Efter", fi: "Jälkeen", en: "After")
        case .scenarioAffected:
            T(sv: "Chefer vars spann ändras ({count})", fi: "Esimiehet, joiden jänne muuttuu ({count})", en: "Managers whose span changes ({count})")
        case .scenarioNoneAffected: T(sv: "Ingen chefs spann ändras.", fi: "Kenenkään esimiehen jänne ei muutu.", en: "No manager's span changes.")
        case .scenarioSpanBefore: T(sv: "Spann före", fi: "Jänne ennen", en: "Span before")
        case .scenarioSpanAfter: T(sv: "Spann efter", fi: "Jänne jälkeen", en: "Span after")
        case .scenarioNoLongerManager: T(sv: "inte längre chef", fi: "ei enää esimies", en: "no longer a manager")
        case .scenarioApplyTitle: T(sv: "Tillämpa scenariot", fi: "Ota skenaario käyttöön", en: "Apply the scenario")
        case .scenarioApplyWarning:
            T(
                sv: "Ändringarna görs i den verkliga organisationen och skrivs i ändringsloggen. Gör det först när beslutet är fattat.",
                fi: "Muutokset tehdään todelliseen organisaatioon ja kirjataan muutoslokiin. Tee se vasta, kun päätös on tehty.",
                en: "The changes are made to the real organisation and written to the audit log. Do it only once the decision is made.")
        case .scenarioApplyConfirm:
            T(sv: "Beslutet är fattat – ändra organisationen", fi: "Päätös on tehty – muuta organisaatio", en: "The decision is made – change the organisation")
        case .scenarioApply: T(sv: "Tillämpa", fi: "Ota käyttöön", en: "Apply")
        case .scenarioAddChangeTitle: T(sv: "Lägg till en ändring", fi: "Lisää muutos", en: "Add a change")
        case .scenarioAddChange: T(sv: "Lägg till", fi: "Lisää", en: "Add")
        case .scenarioMerge: T(sv: "Slå ihop två enheter", fi: "Yhdistä kaksi yksikköä", en: "Merge two units")
        case .scenarioMergeUnit: T(sv: "Enheten", fi: "Yksikkö", en: "The unit")
        case .scenarioMergeInto: T(sv: "slås ihop med", fi: "yhdistetään yksikköön", en: "is merged into")
        case .scenarioMove: T(sv: "Flytta en enhet", fi: "Siirrä yksikkö", en: "Move a unit")
        case .scenarioMoveUnit: T(sv: "Enheten", fi: "Yksikkö", en: "The unit")
        case .scenarioMoveParent: T(sv: "flyttas under", fi: "siirretään yksikön alle", en: "moves under")
        case .scenarioChangeManager: T(sv: "Byt chef", fi: "Vaihda esimies", en: "Change a manager")
        case .scenarioManagerUnit: T(sv: "Enhet", fi: "Yksikkö", en: "Unit")
        case .scenarioNewManager: T(sv: "Ny chef", fi: "Uusi esimies", en: "New manager")
        case .scenarioNoManager: T(sv: "(ingen chef)", fi: "(ei esimiestä)", en: "(no manager)")
        case .scenarioSplit: T(sv: "Dela en enhet", fi: "Jaa yksikkö", en: "Split a unit")
        case .scenarioSplitUnit: T(sv: "Enheten som delas", fi: "Jaettava yksikkö", en: "The unit to split")
        case .scenarioSplitName: T(sv: "Den nya enhetens namn", fi: "Uuden yksikön nimi", en: "Name of the new unit")
        case .scenarioSplitHeadcount:
            T(sv: "Anställda som flyttar till den nya enheten", fi: "Uuteen yksikköön siirtyvä henkilöstö", en: "Staff moving to the new unit")
        case .scenarioDescribeMerge: T(sv: "{unit} slås ihop med {target}", fi: "{unit} yhdistetään yksikköön {target}", en: "{unit} is merged into {target}")
        case .scenarioDescribeSplit:
            T(
                sv: "{unit} delas: {count} anställda till den nya enheten {name}", fi: "{unit} jaetaan: {count} henkilöä uuteen yksikköön {name}",
                en: "{unit} is split: {count} staff to the new unit {name}")
        case .scenarioDescribeMove: T(sv: "{unit} flyttas under {target}", fi: "{unit} siirretään yksikön {target} alle", en: "{unit} moves under {target}")
        case .scenarioDescribeManager: T(sv: "{unit} får chefen {name}", fi: "{unit}: uusi esimies {name}", en: "{unit} gets the manager {name}")
        case .scenarioDescribeNoManager: T(sv: "{unit} blir utan chef", fi: "{unit} jää ilman esimiestä", en: "{unit} is left without a manager")
        case .scenarioErrorStep:
            T(sv: "Ändring {number} går inte: {reason}", fi: "Muutos {number} ei onnistu: {reason}", en: "Change {number} cannot be made: {reason}")
        case .scenarioErrorUnknownUnit:
            T(sv: "enheten finns inte längre i organisationen", fi: "yksikköä ei enää ole organisaatiossa", en: "the unit is no longer in the organisation")
        case .scenarioErrorMergeIntoItself:
            T(sv: "en enhet kan inte slås ihop med sig själv", fi: "yksikköä ei voi yhdistää itseensä", en: "a unit cannot be merged into itself")
        case .scenarioErrorIntoOwnSubtree:
            T(sv: "enheten skulle hamna under sig själv", fi: "yksikkö päätyisi itsensä alle", en: "the unit would end up under itself")
        case .scenarioErrorSplit:
            T(
                sv: "enheten har {count} anställda; flytta minst 1 och högst så många",
                fi: "yksikössä on {count} henkilöä; siirrä vähintään 1 ja enintään niin monta",
                en: "the unit has {count} staff; move at least 1 and at most that many")
        case .scenarioErrorUnknownPerson:
            T(sv: "personen finns inte i organisationen", fi: "henkilöä ei ole organisaatiossa", en: "the person is not in the organisation")
        case .scenarioNameRequired: T(sv: "Ge scenariot ett namn.", fi: "Anna skenaariolle nimi.", en: "Give the scenario a name.")
        case .scenarioSplitNameRequired: T(sv: "Ge den nya enheten ett namn.", fi: "Anna uudelle yksikölle nimi.", en: "Give the new unit a name.")
        case .scenarioApplied:
            T(
                sv: "Scenariot har tillämpats på organisationen.", fi: "Skenaario on otettu käyttöön organisaatiossa.",
                en: "The scenario has been applied to the organisation.")
        case .scenarioConfirmRequired: T(sv: "Kryssa i att beslutet är fattat.", fi: "Merkitse, että päätös on tehty.", en: "Tick that the decision is made.")
        case .auditScenarioApplied:
            T(
                sv: "Tillämpade omorganiseringsscenariot {subject} ({after})", fi: "Otti käyttöön uudelleenjärjestelyskenaarion {subject} ({after})",
                en: "Applied the restructuring scenario {subject} ({after})")
        case .unknownUnitName: T(sv: "(okänd enhet)", fi: "(tuntematon yksikkö)", en: "(unknown unit)")

        // Role profiles
        case .rolesTitle: T(sv: "Chefsroller", fi: "Esimiesroolit", en: "Manager roles")
        case .rolesIntro:
            T(
                sv:
                    "Enhetliga chefsroller gör chefsarbetet mer professionellt: varje roll har sitt ansvar och de kompetenser den förutsätter, oberoende av vilken titel chefen har.",
                fi:
                    "Yhtenäiset esimiesroolit tekevät esimiestyöstä ammattimaisempaa: jokaisella roolilla on vastuunsa ja sen edellyttämä osaaminen riippumatta esimiehen nimikkeestä.",
                en:
                    "Harmonised manager roles make management work more professional: each role has its responsibilities and the competences it expects, whatever the manager's title."
            )
        case .rolesList: T(sv: "Rollerna", fi: "Roolit", en: "The roles")
        case .rolesNone: T(sv: "Inga chefsroller ännu.", fi: "Ei vielä esimiesrooleja.", en: "No manager roles yet.")
        case .roleName: T(sv: "Roll", fi: "Rooli", en: "Role")
        case .roleHolders: T(sv: "Chefer", fi: "Esimiehiä", en: "Managers")
        case .roleTitlesHeld: T(sv: "Titlar bland dem som har rollen", fi: "Roolin haltijoiden nimikkeet", en: "Titles of those holding it")
        case .roleManyTitles: T(sv: "{count} olika titlar", fi: "{count} eri nimikettä", en: "{count} different titles")
        case .rolesWithoutRole: T(sv: "Chefer utan roll ({count})", fi: "Esimiehet ilman roolia ({count})", en: "Managers without a role ({count})")
        case .rolesEveryoneHasRole: T(sv: "Alla chefer har en roll.", fi: "Kaikilla esimiehillä on rooli.", en: "Every manager has a role.")
        case .roleNew: T(sv: "Ny chefsroll", fi: "Uusi esimiesrooli", en: "New manager role")
        case .roleCreate: T(sv: "Skapa rollen", fi: "Luo rooli", en: "Create the role")
        case .roleInLanguage: T(sv: "{language}", fi: "{language}", en: "{language}")
        case .roleResponsibilities: T(sv: "Ansvar", fi: "Vastuut", en: "Responsibilities")
        case .roleCompetences: T(sv: "Förväntade kompetenser", fi: "Odotettu osaaminen", en: "Expected competences")
        case .roleHoldersTitle: T(sv: "Chefer med rollen ({count})", fi: "Esimiehet, joilla on rooli ({count})", en: "Managers with the role ({count})")
        case .roleNoHolders: T(sv: "Ingen har rollen ännu.", fi: "Kenelläkään ei ole vielä roolia.", en: "Nobody holds the role yet.")
        case .roleRemoveHolderNamed: T(sv: "Ta bort rollen från {name}", fi: "Poista rooli henkilöltä {name}", en: "Remove the role from {name}")
        case .roleAddHolder: T(sv: "Ge rollen till", fi: "Anna rooli henkilölle", en: "Give the role to")
        case .roleAddHolderButton: T(sv: "Ge rollen", fi: "Anna rooli", en: "Give the role")
        case .roleEdit: T(sv: "Ändra rollen", fi: "Muokkaa roolia", en: "Edit the role")
        case .roleNameRequired: T(sv: "Skriv rollens namn.", fi: "Kirjoita roolin nimi.", en: "Enter the role's name.")
        case .auditRoleProfileChanged: T(sv: "Sparade chefsrollen {subject}", fi: "Tallensi esimiesroolin {subject}", en: "Saved the manager role {subject}")
        case .auditSpanTargetChanged:
            T(
                sv: "Ändrade målet för kontrollspann: {before} → {after}", fi: "Muutti johtamisjänteen tavoitetta: {before} → {after}",
                en: "Changed the span-of-control target: {before} → {after}")
        case .auditRoleHoldersChanged:
            T(
                sv: "Ändrade vem som har chefsrollen {subject}: {after}", fi: "Muutti esimiesroolin {subject} haltijoita: {after}",
                en: "Changed who holds the manager role {subject}: {after}")

        // Strategy
        case .statusNotStarted: T(sv: "Inte påbörjat", fi: "Ei aloitettu", en: "Not started")
        case .statusOnTrack: T(sv: "Enligt plan", fi: "Suunnitelman mukaan", en: "On track")
        case .statusAtRisk: T(sv: "I riskzonen", fi: "Vaarassa", en: "At risk")
        case .statusOffTrack: T(sv: "Avviker", fi: "Poikkeaa", en: "Off track")
        case .statusDone: T(sv: "Klart", fi: "Valmis", en: "Done")
        case .mgIntro:
            T(
                sv: "Ledningsgruppens översikt: varje utvecklingshelhet, dess resultatmål, ansvarspersoner, status och senaste rapport.",
                fi: "Johtoryhmän yleiskuva: jokainen kehittämiskokonaisuus, sen tulostavoitteet, vastuuhenkilöt, tila ja viimeisin raportti.",
                en: "The management group's overview: every development area, its result goals, responsible persons, status and latest report.")
        case .mgLastReport: T(sv: "Senaste rapport", fi: "Viimeisin raportti", en: "Latest report")
        case .mgNoReport: T(sv: "Ingen rapport ännu", fi: "Ei vielä raporttia", en: "No report yet")
        case .goalUpdateTitle: T(sv: "Rapportera status", fi: "Raportoi tila", en: "Report the status")
        case .goalComment: T(sv: "Kommentar", fi: "Kommentti", en: "Comment")
        case .goalCommentHint:
            T(
                sv: "Obligatorisk när målet är i riskzonen eller avviker: vad har hänt och vad görs?",
                fi: "Pakollinen, kun tavoite on vaarassa tai poikkeaa: mitä on tapahtunut ja mitä tehdään?",
                en: "Required when the goal is at risk or off track: what has happened and what is being done?")
        case .goalSaveStatus: T(sv: "Spara statusen", fi: "Tallenna tila", en: "Save the status")
        case .goalHistory: T(sv: "Statushistorik", fi: "Tilahistoria", en: "Status history")
        case .goalCommentRequired:
            T(
                sv: "Skriv en kommentar: ledningsgruppen behöver veta varför målet är i riskzonen eller avviker.",
                fi: "Kirjoita kommentti: johtoryhmän on tiedettävä, miksi tavoite on vaarassa tai poikkeaa.",
                en: "Write a comment: the management group needs to know why the goal is at risk or off track.")
        case .auditGoalStatus:
            T(
                sv: "Rapporterade statusen för {subject}: {after}", fi: "Raportoi tavoitteen {subject} tilan: {after}",
                en: "Reported the status of {subject}: {after}")
        case .homeReportStatusHint:
            T(
                sv: "Mätvärden, rättelser och statushistorik finns på målets egen sida.",
                fi: "Mittaukset, korjaukset ja tilahistoria löytyvät tavoitteen omalta sivulta.",
                en: "Measurements, corrections and the status history are on the goal's own page.")
        case .noticeStatusSaved: T(sv: "Statusen har sparats.", fi: "Tila on tallennettu.", en: "The status has been saved.")

        case .progress: T(sv: "Framsteg", fi: "Edistyminen", en: "Progress")
        case .indicatorsTitle: T(sv: "Indikatorer", fi: "Mittarit", en: "Indicators")
        case .indicatorsNone: T(sv: "Målet har inga indikatorer ännu.", fi: "Tavoitteella ei ole vielä mittareita.", en: "The goal has no indicators yet.")
        case .indicatorFromTo:
            T(sv: "Från {baseline} till {target} {unit}", fi: "Lähtötaso {baseline}, tavoite {target} {unit}", en: "From {baseline} to {target} {unit}")
        case .indicatorNoValues: T(sv: "Inga mätvärden ännu.", fi: "Ei vielä mittauksia.", en: "No measurements yet.")
        case .indicatorChartDescription:
            T(
                sv: "Mätvärdena över tid; den streckade linjen är målet {target} {unit}.",
                fi: "Mittaukset ajan mittaan; katkoviiva on tavoite {target} {unit}.",
                en: "The measurements over time; the dashed line is the target {target} {unit}.")
        case .indicatorValues: T(sv: "Alla mätvärden ({count})", fi: "Kaikki mittaukset ({count})", en: "All measurements ({count})")
        case .measurementDate: T(sv: "Datum", fi: "Päivämäärä", en: "Date")
        case .measurementValue: T(sv: "Värde ({unit})", fi: "Arvo ({unit})", en: "Value ({unit})")
        case .measurementRecord: T(sv: "Spara mätvärdet", fi: "Tallenna mittaus", en: "Save the measurement")
        case .indicatorNew: T(sv: "Ny indikator", fi: "Uusi mittari", en: "New indicator")
        case .indicatorName: T(sv: "Namn", fi: "Nimi", en: "Name")
        case .indicatorUnit: T(sv: "Enhet (t.ex. %, dagar, €)", fi: "Yksikkö (esim. %, päivää, €)", en: "Unit (e.g. %, days, €)")
        case .indicatorBaseline: T(sv: "Utgångsläge", fi: "Lähtötaso", en: "Baseline")
        case .indicatorTarget: T(sv: "Mål", fi: "Tavoite", en: "Target")
        case .indicatorDirection: T(sv: "Önskad riktning", fi: "Toivottu suunta", en: "Preferred direction")
        case .directionUp: T(sv: "Uppåt", fi: "Ylöspäin", en: "Up")
        case .directionDown: T(sv: "Nedåt", fi: "Alaspäin", en: "Down")
        case .directionNeutral: T(sv: "Hålla sig vid målet", fi: "Pysyä tavoitteessa", en: "Stay at the target")
        case .indicatorCreate: T(sv: "Lägg till indikatorn", fi: "Lisää mittari", en: "Add the indicator")
        case .indicatorInvalid:
            T(
                sv: "Ge indikatorn ett namn, ett utgångsläge och ett mål (tal).", fi: "Anna mittarille nimi, lähtötaso ja tavoite (lukuja).",
                en: "Give the indicator a name, a baseline and a target (numbers).")
        case .measurementInvalid:
            T(
                sv: "Ange ett datum och ett tal, till exempel 4,5.", fi: "Anna päivämäärä ja luku, esimerkiksi 4,5.",
                en: "Enter a date and a number, such as 4.5.")
        case .periodLocked:
            T(
                sv: "Året {year} är avslutat och dess mätvärden är låsta. Programansvarig kan låsa upp det.",
                fi: "Vuosi {year} on päättynyt ja sen mittaukset on lukittu. Ohjelman omistaja voi avata lukituksen.",
                en: "The year {year} has ended and its measurements are locked. The programme owner can unlock it.")
        case .auditIndicatorCreated: T(sv: "Lade till indikatorn {subject}", fi: "Lisäsi mittarin {subject}", en: "Added the indicator {subject}")
        case .indicatorEdit: T(sv: "Ändra indikatorn", fi: "Muokkaa mittaria", en: "Edit the indicator")
        case .indicatorEditHint:
            T(
                sv: "Mätvärdena finns kvar. Ett nytt utgångsläge, mål eller en ny riktning räknar om framstegen för dem alla.",
                fi: "Mittaukset säilyvät. Uusi lähtötaso, tavoite tai suunta laskee edistymisen uudelleen kaikille mittauksille.",
                en: "The measurements stay. A new baseline, target or direction recalculates the progress of all of them.")
        case .auditIndicatorChanged:
            T(
                sv: "Ändrade indikatorn {subject}: {before} → {after}", fi: "Muokkasi mittaria {subject}: {before} → {after}",
                en: "Changed the indicator {subject}: {before} → {after}")
        case .auditMeasurementRecorded:
            T(
                sv: "Sparade ett mätvärde för {subject}: {after}", fi: "Tallensi mittauksen mittarille {subject}: {after}",
                en: "Recorded a measurement of {subject}: {after}")
        case .strategyExport:
            T(
                sv: "Ladda ner mål, indikatorer och mätvärden (CSV)", fi: "Lataa tavoitteet, mittarit ja mittaukset (CSV)",
                en: "Download goals, indicators and measurements (CSV)")
        case .indicatorColumn: T(sv: "Indikator", fi: "Mittari", en: "Indicator")
        case .measurementColumn: T(sv: "Mätvärde", fi: "Mittaus", en: "Measurement")
        case .goalNew: T(sv: "Nytt resultatmål", fi: "Uusi tulostavoite", en: "New result goal")
        case .goalTitle: T(sv: "Resultatmål", fi: "Tulostavoite", en: "Result goal")
        case .goalDescription: T(sv: "Beskrivning", fi: "Kuvaus", en: "Description")
        case .goalResponsibleHint:
            T(
                sv: "Ansvarspersonerna kommer från högsta ledningen och mellanledningen.",
                fi: "Vastuuhenkilöt ovat ylimmästä johdosta ja keskijohdosta.",
                en: "Responsible persons come from top and middle management.")
        case .goalStart: T(sv: "Börjar", fi: "Alkaa", en: "Starts")
        case .goalEnd: T(sv: "Slutar", fi: "Päättyy", en: "Ends")
        case .goalCreate: T(sv: "Skapa resultatmålet", fi: "Luo tulostavoite", en: "Create the result goal")
        case .goalTitleRequired: T(sv: "Skriv målet på {language}.", fi: "Kirjoita tavoite kielellä {language}.", en: "Write the goal in {language}.")
        case .goalResponsibleRequired:
            T(sv: "Välj minst en ansvarsperson.", fi: "Valitse vähintään yksi vastuuhenkilö.", en: "Choose at least one responsible person.")
        case .goalDatesInvalid:
            T(
                sv: "Slutdatumet kan inte vara före startdatumet.", fi: "Päättymispäivä ei voi olla ennen alkamispäivää.",
                en: "The end cannot be before the start.")
        case .auditGoalCreated: T(sv: "Skapade resultatmålet {subject}", fi: "Loi tulostavoitteen {subject}", en: "Created the result goal {subject}")
        case .noticeGoalCreated: T(sv: "Resultatmålet har skapats.", fi: "Tulostavoite on luotu.", en: "The result goal has been created.")
        case .noticeMeasurementSaved: T(sv: "Mätvärdet har sparats.", fi: "Mittaus on tallennettu.", en: "The measurement has been saved.")

        case .mgNextMilestone: T(sv: "Nästa delmål:", fi: "Seuraava välitavoite:", en: "Next milestone:")
        case .milestoneOverdue: T(sv: "försenat", fi: "myöhässä", en: "overdue")
        case .initiativePlanned: T(sv: "Planerat", fi: "Suunniteltu", en: "Planned")
        case .initiativeUnderway: T(sv: "Pågår", fi: "Käynnissä", en: "Underway")
        case .initiativePaused: T(sv: "Pausat", fi: "Keskeytetty", en: "Paused")
        case .initiativeDone: T(sv: "Klart", fi: "Valmis", en: "Done")
        case .initiativesTitle: T(sv: "Initiativ", fi: "Hankkeet", en: "Initiatives")
        case .initiativeColumn: T(sv: "Initiativ", fi: "Hanke", en: "Initiative")
        case .initiativeOwner: T(sv: "Ansvarig", fi: "Vastuuhenkilö", en: "Owner")
        case .programmeSettings: T(sv: "Programmets inställningar", fi: "Ohjelman asetukset", en: "Programme settings")
        case .archiveTitle: T(sv: "Arkiv", fi: "Arkisto", en: "Archive")
        case .mgAreaProgressTitle: T(sv: "Framsteg per utvecklingsområde", fi: "Edistyminen kehittämisalueittain", en: "Progress by development area")
        case .mgAreaProgressDescription:
            T(
                sv: "Varje utvecklingsområdes framsteg som medeltal av dess resultatmål, från utgångsvärde till målvärde.",
                fi: "Kunkin kehittämisalueen edistyminen sen tulostavoitteiden keskiarvona, lähtötasosta tavoitetasoon.",
                en: "Each development area's progress as the average of its result goals, from baseline to target.")
        case .mgThresholdsLegend:
            T(
                sv: "Grönt från {green} %, gult från {amber} %, under det rött. Framsteget räknas från utgångsvärdet till målvärdet.",
                fi: "Vihreä alkaen {green} %, keltainen alkaen {amber} %, sitä alempi punainen. Edistyminen lasketaan lähtötasosta tavoitetasoon.",
                en: "Green from {green} %, amber from {amber} %, red below. Progress runs from the baseline to the target.")
        case .programmeDetails: T(sv: "Programmet", fi: "Ohjelma", en: "The programme")
        case .programmeName: T(sv: "Programmets namn", fi: "Ohjelman nimi", en: "Programme name")
        case .programmeStartYear: T(sv: "Första år", fi: "Ensimmäinen vuosi", en: "First year")
        case .programmeEndYear: T(sv: "Sista år", fi: "Viimeinen vuosi", en: "Last year")
        case .programmeThresholds: T(sv: "Färggränser för framsteg", fi: "Edistymisen värirajat", en: "Colour thresholds for progress")
        case .programmeThresholdsHint:
            T(
                sv: "I procent av vägen från utgångsvärde till målvärde. Gult kan inte vara högre än grönt.",
                fi: "Prosentteina matkasta lähtötasosta tavoitetasoon. Keltainen ei voi olla vihreää korkeampi.",
                en: "As a percentage of the way from baseline to target. Amber cannot be higher than green.")
        case .programmeGreenFrom: T(sv: "Grönt från (%)", fi: "Vihreä alkaen (%)", en: "Green from (%)")
        case .programmeAmberFrom: T(sv: "Gult från (%)", fi: "Keltainen alkaen (%)", en: "Amber from (%)")
        case .programmeRollUp: T(sv: "Hur ett måls framsteg räknas", fi: "Miten tavoitteen edistyminen lasketaan", en: "How a goal's progress is counted")
        case .rollUpAverage: T(sv: "Medeltal av målets indikatorer", fi: "Tavoitteen mittareiden keskiarvo", en: "Average of the goal's indicators")
        case .rollUpWeighted:
            T(
                sv: "Vägt medeltal, med varje indikators vikt", fi: "Painotettu keskiarvo kunkin mittarin painolla",
                en: "Weighted average, by each indicator's weight")
        case .programmeAreas: T(sv: "Utvecklingsområden", fi: "Kehittämisalueet", en: "Development areas")
        case .programmeAreaGoals: T(sv: "{count} resultatmål", fi: "{count} tulostavoitetta", en: "{count} result goals")
        case .programmeRenameArea: T(sv: "Byt namn", fi: "Muuta nimeä", en: "Rename")
        case .programmeAreaTitle: T(sv: "Områdets namn", fi: "Alueen nimi", en: "Area name")
        case .moveUp: T(sv: "Flytta upp", fi: "Siirrä ylös", en: "Move up")
        case .moveDown: T(sv: "Flytta ner", fi: "Siirrä alas", en: "Move down")
        case .archiveAction: T(sv: "Arkivera", fi: "Arkistoi", en: "Archive")
        case .programmeNewArea: T(sv: "Lägg till ett utvecklingsområde", fi: "Lisää kehittämisalue", en: "Add a development area")
        case .programmeAddArea: T(sv: "Lägg till området", fi: "Lisää alue", en: "Add the area")
        case .programmeYears: T(sv: "År och låsning", fi: "Vuodet ja lukitus", en: "Years and locking")
        case .programmeYearsHint:
            T(
                sv:
                    "När ett år är slut låses dess mätvärden, så att siffrorna ledningsgruppen såg står kvar. Du kan låsa upp ett år för rättelser; det syns i ändringsloggen. Mål som skulle nås under året men inte är klara kan föras över till nästa år med sina indikatorer.",
                fi:
                    "Kun vuosi päättyy, sen mittaukset lukitaan, jotta johtoryhmän näkemät luvut säilyvät. Voit avata vuoden korjauksia varten; se näkyy muutoslokissa. Vuoden aikana saavutettaviksi tarkoitetut keskeneräiset tavoitteet voi siirtää mittareineen seuraavalle vuodelle.",
                en:
                    "When a year ends its measurements lock, so the figures the management group saw stay as they were. You can unlock a year for corrections; the audit log shows it. Goals meant to be reached in the year that are not done can be carried into the next year with their indicators."
            )
        case .programmeYear: T(sv: "År", fi: "Vuosi", en: "Year")
        case .programmeMeasurements: T(sv: "Mätvärden", fi: "Mittaukset", en: "Measurements")
        case .programmeCarryOver: T(sv: "Ofärdiga mål", fi: "Keskeneräiset tavoitteet", en: "Unfinished goals")
        case .programmeNothingToCarry: T(sv: "Inga att föra över", fi: "Ei siirrettävää", en: "None to carry over")
        case .programmeCarryButton:
            T(sv: "För över {count} mål till {year}", fi: "Siirrä {count} tavoitetta vuodelle {year}", en: "Carry {count} goals over to {year}")
        case .programmeCarryNeedsYear:
            T(
                sv: "{count} mål – förläng programmet till {year} för att föra över dem",
                fi: "{count} tavoitetta – jatka ohjelmaa vuoteen {year} siirtääksesi ne",
                en: "{count} goals – extend the programme to {year} to carry them over")
        case .programmeNew: T(sv: "Andra program", fi: "Muut ohjelmat", en: "Other programmes")
        case .programmeNewStart: T(sv: "Starta ett nytt program", fi: "Aloita uusi ohjelma", en: "Start a new programme")
        case .programmeNewHint:
            T(
                sv: "Ett nytt program börjar med artikelns fem utvecklingsområden, som du sedan kan ändra.",
                fi: "Uusi ohjelma alkaa artikkelin viidellä kehittämisalueella, joita voit muokata.",
                en: "A new programme starts with the article's five development areas, which you can then change.")
        case .programmeCreate: T(sv: "Skapa programmet", fi: "Luo ohjelma", en: "Create the programme")
        case .periodOpen: T(sv: "Öppet", fi: "Avoin", en: "Open")
        case .periodLockedState: T(sv: "Låst", fi: "Lukittu", en: "Locked")
        case .periodUnlock: T(sv: "Lås upp", fi: "Avaa lukitus", en: "Unlock")
        case .periodUnlockedBy: T(sv: "Upplåst av {name} {date}", fi: "Lukitus avattu: {name} {date}", en: "Unlocked by {name} on {date}")
        case .periodLockAgain: T(sv: "Lås igen", fi: "Lukitse uudelleen", en: "Lock again")
        case .archiveIntro:
            T(
                sv: "Det som arkiverats försvinner ur listor och beräkningar men raderas inte. Återställ det så kommer det tillbaka som det var.",
                fi: "Arkistoidut poistuvat listoista ja laskelmista, mutta niitä ei poisteta. Palauta, niin ne palaavat ennallaan.",
                en: "Archived items leave lists and calculations but are not deleted. Restore one and it comes back as it was.")
        case .archiveEmpty: T(sv: "Inget är arkiverat.", fi: "Mitään ei ole arkistoitu.", en: "Nothing is archived.")
        case .archiveWhat: T(sv: "Vad", fi: "Mikä", en: "What")
        case .archiveKind: T(sv: "Typ", fi: "Tyyppi", en: "Kind")
        case .archiveWhen: T(sv: "Arkiverat", fi: "Arkistoitu", en: "Archived")
        case .archiveRestore: T(sv: "Återställ", fi: "Palauta", en: "Restore")
        case .initiativesIntro:
            T(
                sv: "Synliga satsningar som för målen framåt, med delmål och datum. Försenade delmål markeras.",
                fi: "Näkyvät hankkeet, jotka vievät tavoitteita eteenpäin, välitavoitteineen ja päivämäärineen. Myöhässä olevat välitavoitteet merkitään.",
                en: "Visible pieces of work that move the goals forward, with milestones and dates. Overdue milestones are marked.")
        case .initiativeNone: T(sv: "Inga initiativ ännu.", fi: "Ei vielä hankkeita.", en: "No initiatives yet.")
        case .initiativeGoals: T(sv: "Resultatmål som initiativet stöder", fi: "Tulostavoitteet, joita hanke tukee", en: "Result goals it serves")
        case .initiativeOverdueCount: T(sv: "{count} delmål försenade", fi: "{count} välitavoitetta myöhässä", en: "{count} milestones overdue")
        case .initiativeNew: T(sv: "Nytt initiativ", fi: "Uusi hanke", en: "New initiative")
        case .initiativeCreate: T(sv: "Skapa initiativet", fi: "Luo hanke", en: "Create the initiative")
        case .initiativeTitle: T(sv: "Namn", fi: "Nimi", en: "Name")
        case .initiativeEdit: T(sv: "Ändra initiativet", fi: "Muokkaa hanketta", en: "Change the initiative")
        case .archivedNote:
            T(
                sv: "Det här är arkiverat och syns inte i översikterna.", fi: "Tämä on arkistoitu eikä näy yhteenvedoissa.",
                en: "This is archived and does not show in the overviews.")
        case .milestonesTitle: T(sv: "Delmål", fi: "Välitavoitteet", en: "Milestones")
        case .milestonesNone: T(sv: "Inga delmål ännu.", fi: "Ei vielä välitavoitteita.", en: "No milestones yet.")
        case .milestoneDoneOn: T(sv: "klart {date}", fi: "valmis {date}", en: "done {date}")
        case .milestoneOpen: T(sv: "öppet", fi: "avoin", en: "open")
        case .milestoneMarkDone: T(sv: "Markera klart", fi: "Merkitse valmiiksi", en: "Mark done")
        case .milestoneReopen: T(sv: "Öppna igen", fi: "Avaa uudelleen", en: "Reopen")
        case .milestoneNew: T(sv: "Lägg till ett delmål", fi: "Lisää välitavoite", en: "Add a milestone")
        case .milestoneTitle: T(sv: "Delmål", fi: "Välitavoite", en: "Milestone")
        case .milestoneDue: T(sv: "Datum", fi: "Päivämäärä", en: "Due date")
        case .milestoneAdd: T(sv: "Lägg till delmålet", fi: "Lisää välitavoite", en: "Add the milestone")
        case .milestoneInvalid:
            T(sv: "Delmålet behöver ett namn och ett datum.", fi: "Välitavoitteella on oltava nimi ja päivämäärä.", en: "A milestone needs a name and a date.")
        case .archiveGoalHint:
            T(
                sv: "Ett arkiverat mål försvinner ur översikten och beräkningarna men raderas inte; det kan återställas från arkivet.",
                fi: "Arkistoitu tavoite poistuu yhteenvedosta ja laskelmista, mutta sitä ei poisteta; sen voi palauttaa arkistosta.",
                en: "An archived goal leaves the overview and the calculations but is not deleted; it can be restored from the archive.")
        case .goalEdit: T(sv: "Ändra resultatmålet", fi: "Muokkaa tulostavoitetta", en: "Change the result goal")
        case .goalPeriod: T(sv: "Tid", fi: "Aikaväli", en: "Period")
        case .indicatorWeightIs: T(sv: "vikt {weight}", fi: "paino {weight}", en: "weight {weight}")
        case .measurementCorrectedFrom: T(sv: "rättat från {values}", fi: "korjattu arvosta {values}", en: "corrected from {values}")
        case .measurementLocked: T(sv: "låst", fi: "lukittu", en: "locked")
        case .measurementCorrect: T(sv: "Rätta", fi: "Korjaa", en: "Correct")
        case .measurementCorrectionReason: T(sv: "Varför rättas värdet?", fi: "Miksi arvo korjataan?", en: "Why is the value corrected?")
        case .measurementCorrectionInvalid:
            T(
                sv: "Skriv det rätta värdet som ett tal och varför det rättas.", fi: "Kirjoita oikea arvo lukuna ja syy korjaukseen.",
                en: "Enter the right value as a number and why it is corrected.")
        case .indicatorWeight: T(sv: "Vikt", fi: "Paino", en: "Weight")
        case .indicatorWeightHint:
            T(
                sv: "Räknas bara om programmet väger indikatorerna. 1 = normal.", fi: "Vaikuttaa vain, jos ohjelma painottaa mittareita. 1 = tavallinen.",
                en: "Counts only if the programme weighs indicators. 1 = normal.")
        case .programmeNameRequired:
            T(sv: "Skriv programmets namn på {language}.", fi: "Kirjoita ohjelman nimi kielellä {language}.", en: "Enter the programme's name in {language}.")
        case .programmeYearsInvalid:
            T(
                sv: "Skriv första och sista år som årtal (t.ex. 2025 och 2027); programmet kan vara högst tio år.",
                fi: "Kirjoita ensimmäinen ja viimeinen vuosi vuosilukuina (esim. 2025 ja 2027); ohjelma voi kestää enintään kymmenen vuotta.",
                en: "Enter the first and last year as years (e.g. 2025 and 2027); a programme lasts at most ten years.")
        case .programmeThresholdsInvalid:
            T(
                sv: "Färggränserna ska vara procent mellan 0 och 100, och gult får inte vara högre än grönt.",
                fi: "Värirajojen on oltava prosentteja 0–100, eikä keltainen saa olla vihreää korkeampi.",
                en: "The thresholds must be percentages from 0 to 100, and amber may not be higher than green.")
        case .initiativeTitleRequired:
            T(sv: "Skriv initiativets namn på {language}.", fi: "Kirjoita hankkeen nimi kielellä {language}.", en: "Enter the initiative's name in {language}.")
        case .noticeSaved: T(sv: "Ändringarna har sparats.", fi: "Muutokset on tallennettu.", en: "The changes have been saved.")
        case .noticeArchived:
            T(sv: "Arkiverat. Du hittar det här i arkivet.", fi: "Arkistoitu. Löydät sen täältä arkistosta.", en: "Archived. You find it here in the archive.")
        case .noticeRestored: T(sv: "Återställt.", fi: "Palautettu.", en: "Restored.")
        case .noticeCarriedOver:
            T(
                sv: "De ofärdiga målen har förts över till nästa år med sina indikatorer.",
                fi: "Keskeneräiset tavoitteet on siirretty mittareineen seuraavalle vuodelle.",
                en: "The unfinished goals have been carried over to the next year with their indicators.")
        case .noticeCarryOverNeedsYear:
            T(
                sv: "Nästa år hör inte till programmet. Förläng programmet först.", fi: "Seuraava vuosi ei kuulu ohjelmaan. Jatka ohjelmaa ensin.",
                en: "The next year is not part of the programme. Extend the programme first.")
        case .noticeProgrammeInvalid:
            T(
                sv: "Programmet skapades inte: skriv ett namn och första och sista år.",
                fi: "Ohjelmaa ei luotu: kirjoita nimi sekä ensimmäinen ja viimeinen vuosi.",
                en: "The programme was not created: enter a name and the first and last year.")
        case .noticeAreaTitleMissing:
            T(
                sv: "Området sparades inte: det behöver ett namn.", fi: "Aluetta ei tallennettu: sillä on oltava nimi.",
                en: "The area was not saved: it needs a name.")
        case .auditGoalChanged: T(sv: "Ändrade resultatmålet {subject}", fi: "Muokkasi tulostavoitetta {subject}", en: "Changed the result goal {subject}")
        case .auditMeasurementCorrected:
            T(
                sv: "Rättade ett mätvärde för {subject}: {before} → {after}", fi: "Korjasi mittarin {subject} arvon: {before} → {after}",
                en: "Corrected a value of {subject}: {before} → {after}")
        case .auditProgrammeCreated:
            T(sv: "Skapade programmet {subject} ({after})", fi: "Loi ohjelman {subject} ({after})", en: "Created the programme {subject} ({after})")
        case .auditProgrammeChanged:
            T(
                sv: "Ändrade programmet {subject}: {before} → {after}", fi: "Muokkasi ohjelmaa {subject}: {before} → {after}",
                en: "Changed the programme {subject}: {before} → {after}")
        case .auditAreaChanged:
            T(sv: "Ändrade utvecklingsområdet {subject}", fi: "Muokkasi kehittämisaluetta {subject}", en: "Changed the development area {subject}")
        case .auditPeriodUnlocked:
            T(sv: "Låste upp mätvärdena för {subject}", fi: "Avasi mittausten lukituksen: {subject}", en: "Unlocked the measurements of {subject}")
        case .auditPeriodLocked: T(sv: "Låste mätvärdena för {subject}", fi: "Lukitsi mittaukset: {subject}", en: "Locked the measurements of {subject}")
        case .auditGoalsCarriedOver:
            T(
                sv: "Förde över {after} ofärdiga mål: {subject}", fi: "Siirsi {after} keskeneräistä tavoitetta: {subject}",
                en: "Carried over {after} unfinished goals: {subject}")
        case .auditItemArchived: T(sv: "Arkiverade {subject}", fi: "Arkistoi kohteen {subject}", en: "Archived {subject}")
        case .auditItemRestored: T(sv: "Återställde {subject}", fi: "Palautti kohteen {subject}", en: "Restored {subject}")
        case .auditInitiativeChanged: T(sv: "Ändrade initiativet {subject}", fi: "Muokkasi hanketta {subject}", en: "Changed the initiative {subject}")
        case .auditMilestoneChanged:
            T(sv: "Ändrade delmålet {subject}: {after}", fi: "Muokkasi välitavoitetta {subject}: {after}", en: "Changed the milestone {subject}: {after}")

        case .indicatorFrequency: T(sv: "Hur ofta mäts den?", fi: "Kuinka usein mitataan?", en: "How often is it measured?")
        case .frequencyMonthly: T(sv: "mäts varje månad", fi: "mitataan kuukausittain", en: "measured monthly")
        case .frequencyQuarterly: T(sv: "mäts varje kvartal", fi: "mitataan neljännesvuosittain", en: "measured quarterly")
        case .frequencyHalfYearly: T(sv: "mäts varje halvår", fi: "mitataan puolivuosittain", en: "measured half-yearly")
        case .frequencyYearly: T(sv: "mäts varje år", fi: "mitataan vuosittain", en: "measured yearly")
        case .indicatorValueDue: T(sv: "Ett nytt värde borde ha registrerats.", fi: "Uusi arvo olisi pitänyt kirjata.", en: "A new value is due.")

        case .eventKindForum: T(sv: "Ledarforum", fi: "Johtamisfoorumi", en: "Leadership forum")
        case .eventKindSeminar: T(sv: "Seminarium", fi: "Seminaari", en: "Seminar")
        case .eventKindManagementGroup: T(sv: "Ledningsgruppsmöte", fi: "Johtoryhmän kokous", en: "Management-group meeting")
        case .eventKindCoachingGroup: T(sv: "Coachningsgrupp", fi: "Valmennusryhmä", en: "Coaching group")
        case .eventKindOther: T(sv: "Annat", fi: "Muu", en: "Other")
        case .eventColumn: T(sv: "Evenemang", fi: "Tapahtuma", en: "Event")
        case .eventWhen: T(sv: "Tid", fi: "Aika", en: "When")
        case .eventAttendance: T(sv: "Närvarande / inbjudna", fi: "Läsnä / kutsutut", en: "Attended / invited")
        case .eventMine: T(sv: "Jag", fi: "Minä", en: "Me")
        case .eventFeedbackGiven: T(sv: "Du har gett respons. Tack!", fi: "Olet antanut palautetta. Kiitos!", en: "You have given feedback. Thank you!")
        case .eventCheckedIn: T(sv: "Närvarande", fi: "Läsnä", en: "Present")
        case .eventInvited: T(sv: "Inbjuden", fi: "Kutsuttu", en: "Invited")
        case .eventsIntro:
            T(
                sv: "Ledarforum, seminarier och möten i programmet. Närvaron visar att deltagandet är värt arbetstiden; responsen efteråt är anonym.",
                fi:
                    "Ohjelman johtamisfoorumit, seminaarit ja kokoukset. Osallistuminen kertoo, että se on työajan arvoista; jälkikäteen annettava palaute on nimetöntä.",
                en:
                    "The programme's leadership forums, seminars and meetings. Attendance shows that taking part is worth the working time; the feedback afterwards is anonymous."
            )
        case .eventNew: T(sv: "Nytt evenemang", fi: "Uusi tapahtuma", en: "New event")
        case .eventsNoneUpcoming: T(sv: "Inga kommande evenemang.", fi: "Ei tulevia tapahtumia.", en: "No upcoming events.")
        case .eventsUpcoming: T(sv: "Kommande", fi: "Tulevat", en: "Upcoming")
        case .eventsPast: T(sv: "Tidigare", fi: "Menneet", en: "Past")
        case .eventKind: T(sv: "Typ", fi: "Tyyppi", en: "Kind")
        case .eventTitle: T(sv: "Rubrik", fi: "Otsikko", en: "Title")
        case .eventDate: T(sv: "Datum", fi: "Päivämäärä", en: "Date")
        case .eventStarts: T(sv: "Börjar", fi: "Alkaa", en: "Starts")
        case .eventEnds: T(sv: "Slutar", fi: "Päättyy", en: "Ends")
        case .eventPlace: T(sv: "Plats", fi: "Paikka", en: "Place")
        case .eventArea: T(sv: "Utvecklingsområde", fi: "Kehittämisalue", en: "Development area")
        case .eventCreate: T(sv: "Skapa evenemanget", fi: "Luo tapahtuma", en: "Create the event")
        case .feedbackResultsTitle: T(sv: "Respons", fi: "Palaute", en: "Feedback")
        case .feedbackGive: T(sv: "Ge respons", fi: "Anna palautetta", en: "Give feedback")
        case .eventCheckInTitle: T(sv: "Anmäl närvaro", fi: "Ilmoita läsnäolosta", en: "Check in")
        case .eventCheckInCode: T(sv: "Koden som visas i salen", fi: "Salissa näytettävä koodi", en: "The code shown in the room")
        case .eventCheckInButton: T(sv: "Jag är här", fi: "Olen paikalla", en: "I am here")
        case .eventCheckInClosed:
            T(
                sv: "Närvaron kan anmälas med koden från en halvtimme före till en halvtimme efter evenemanget.",
                fi: "Läsnäolon voi ilmoittaa koodilla puoli tuntia ennen tapahtumaa ja puoli tuntia sen jälkeen.",
                en: "You can check in with the code from half an hour before until half an hour after the event.")
        case .eventHostTitle: T(sv: "För värden", fi: "Isännälle", en: "For the host")
        case .eventShowCode:
            T(
                sv: "Visa koden i salen; deltagarna skriver in den på sin telefon.", fi: "Näytä koodi salissa; osallistujat kirjoittavat sen puhelimeensa.",
                en: "Show the code in the room; participants type it on their phone.")
        case .eventMarkPresent: T(sv: "Markera närvarande", fi: "Merkitse läsnäolevaksi", en: "Mark present")
        case .feedbackAnonymityNote:
            T(
                sv:
                    "Ditt svar sparas utan ditt namn och utan klockslag. Resultaten visas först när minst {k} har svarat, och ingen kan se vad just du svarade.",
                fi:
                    "Vastauksesi tallennetaan ilman nimeäsi ja kellonaikaa. Tulokset näytetään vasta, kun vähintään {k} on vastannut, eikä kukaan näe, mitä juuri sinä vastasit.",
                en:
                    "Your answer is stored without your name and without a time. Results show only once at least {k} have answered, and no one can see what you answered."
            )
        case .feedbackScaleHint: T(sv: "1 = inte alls, 5 = i hög grad", fi: "1 = ei lainkaan, 5 = erittäin paljon", en: "1 = not at all, 5 = very much")
        case .feedbackSend: T(sv: "Skicka svaret", fi: "Lähetä vastaus", en: "Send the answer")
        case .feedbackRespondents: T(sv: "har svarat", fi: "on vastannut", en: "have answered")
        case .feedbackEligible: T(sv: "var närvarande", fi: "oli läsnä", en: "attended")
        case .feedbackResponseRate: T(sv: "svarsfrekvens", fi: "vastausprosentti", en: "response rate")
        case .feedbackDistribution:
            T(
                sv: "Svaren per fråga (antal svar för varje värde 1–5)", fi: "Vastaukset kysymyksittäin (vastausten määrä kullekin arvolle 1–5)",
                en: "Answers per question (number of answers for each value 1–5)")
        case .feedbackQuestion: T(sv: "Fråga", fi: "Kysymys", en: "Question")
        case .feedbackMean: T(sv: "Medeltal", fi: "Keskiarvo", en: "Mean")
        case .feedbackComments: T(sv: "Kommentarer", fi: "Kommentit", en: "Comments")
        case .feedbackNoComments: T(sv: "Inga kommentarer.", fi: "Ei kommentteja.", en: "No comments.")
        case .feedbackBelowThreshold:
            T(
                sv: "Resultaten visas när minst {k} har svarat. Hittills har {count} svarat.",
                fi: "Tulokset näytetään, kun vähintään {k} on vastannut. Tähän mennessä vastanneita: {count}.",
                en: "Results show once at least {k} have answered. So far {count} have answered.")
        case .eventTitleRequired:
            T(
                sv: "Skriv evenemangets rubrik på {language}.", fi: "Kirjoita tapahtuman otsikko kielellä {language}.",
                en: "Enter the event's title in {language}.")
        case .eventTimesInvalid:
            T(
                sv: "Ange datum, starttid och sluttid; evenemanget måste sluta efter att det börjat.",
                fi: "Anna päivämäärä, alkamis- ja päättymisaika; tapahtuman on päätyttävä alkamisen jälkeen.",
                en: "Enter the date, start and end; the event must end after it starts.")
        case .eventCheckInWrongCode:
            T(
                sv: "Koden stämmer inte. Kontrollera koden som visas i salen.", fi: "Koodi ei täsmää. Tarkista salissa näytettävä koodi.",
                en: "The code does not match. Check the code shown in the room.")
        case .eventNotLinked:
            T(
                sv: "Ditt konto är inte kopplat till en person i organisationen. Be administratören koppla det.",
                fi: "Tiliäsi ei ole liitetty organisaation henkilöön. Pyydä pääkäyttäjää liittämään se.",
                en: "Your account is not linked to a person of the organisation. Ask the administrator to link it.")
        case .feedbackNotAttended:
            T(
                sv: "Respons kan ges av dem som var närvarande.", fi: "Palautetta voivat antaa ne, jotka olivat läsnä.",
                en: "Feedback can be given by those who attended.")
        case .feedbackAlreadyGiven:
            T(
                sv: "Du har redan gett respons på det här evenemanget. Varje deltagare svarar en gång.",
                fi: "Olet jo antanut palautetta tästä tapahtumasta. Kukin osallistuja vastaa kerran.",
                en: "You have already given feedback on this event. Each participant answers once.")
        case .feedbackIncomplete:
            T(
                sv: "Välj ett värde 1–5 för varje fråga. Kommentaren får vara högst 2 000 tecken.",
                fi: "Valitse arvo 1–5 jokaiseen kysymykseen. Kommentti saa olla enintään 2 000 merkkiä.",
                en: "Choose a value 1–5 for every question. The comment may be at most 2,000 characters.")
        case .noticeEventCreated:
            T(
                sv: "Evenemanget har skapats och inbjudningarna gjorts.", fi: "Tapahtuma on luotu ja kutsut tehty.",
                en: "The event has been created and the invitations made.")
        case .noticeCheckedIn: T(sv: "Du är anmäld som närvarande.", fi: "Sinut on merkitty läsnäolevaksi.", en: "You are checked in.")
        case .noticeFeedbackThanks:
            T(
                sv: "Tack för ditt svar! Det sparades utan ditt namn.", fi: "Kiitos vastauksestasi! Se tallennettiin ilman nimeäsi.",
                en: "Thank you for your answer! It was stored without your name.")
        case .programmeAnonymityK:
            T(
                sv: "Minsta antal svar innan respons visas", fi: "Vähimmäismäärä vastauksia ennen kuin palaute näytetään",
                en: "Fewest answers before feedback shows")
        case .programmeAnonymityHint:
            T(
                sv: "Minst 3. Grupper med färre svar visar bara antalet svar.",
                fi: "Vähintään 3. Ryhmistä, joissa on vähemmän vastauksia, näytetään vain vastausten määrä.",
                en: "At least 3. Groups with fewer answers show only the number of answers.")
        case .programmeAnonymityInvalid:
            T(
                sv: "Minsta antal svar måste vara ett heltal, minst 3.", fi: "Vastausten vähimmäismäärän on oltava kokonaisluku, vähintään 3.",
                en: "The fewest answers must be a whole number, at least 3.")

        case .auditEventCreated:
            T(
                sv: "Skapade evenemanget {subject} ({after} inbjudna)", fi: "Loi tapahtuman {subject} ({after} kutsuttua)",
                en: "Created the event {subject} ({after} invited)")

        case .eventAddToCalendar: T(sv: "Lägg till i kalendern (.ics)", fi: "Lisää kalenteriin (.ics)", en: "Add to calendar (.ics)")

        case .attendanceTitle: T(sv: "Närvaro", fi: "Osallistuminen", en: "Attendance")
        case .attendanceIntro:
            T(
                sv: "Närvaron på evenemang som redan hållits. Den som kommer allt mer sällan markeras, så att du kan fråga varför i god tid.",
                fi: "Osallistuminen jo pidettyihin tapahtumiin. Yhä harvemmin osallistuvat merkitään, jotta voit kysyä syytä ajoissa.",
                en: "Attendance at events already held. Those coming less and less often are marked, so you can ask why in good time.")
        case .attendanceGroupFalling:
            T(
                sv: "Närvaron har sjunkit vid de tre senaste evenemangen jämfört med tidigare.",
                fi: "Osallistuminen on laskenut kolmessa viimeisimmässä tapahtumassa aiempaan verrattuna.",
                en: "Attendance has fallen at the last three events compared with earlier ones.")
        case .attendanceOverall: T(sv: "närvaro totalt", fi: "osallistuminen yhteensä", en: "attendance overall")
        case .attendanceEventsHeld: T(sv: "hållna evenemang", fi: "pidettyä tapahtumaa", en: "events held")
        case .attendanceByHalfYear: T(sv: "Närvaro per halvår (%)", fi: "Osallistuminen puolivuosittain (%)", en: "Attendance by half-year (%)")
        case .attendanceChartDescription:
            T(
                sv: "Andelen inbjudna som kom, per halvår, i procent.", fi: "Kutsutuista saapuneiden osuus puolivuosittain prosentteina.",
                en: "The share of those invited who came, by half-year, in per cent.")
        case .attendanceByArea: T(sv: "Närvaro per utvecklingsområde", fi: "Osallistuminen kehittämisalueittain", en: "Attendance by development area")
        case .attendanceByPerson:
            T(sv: "Närvaro per person (lägst först)", fi: "Osallistuminen henkilöittäin (alhaisin ensin)", en: "Attendance by person (lowest first)")
        case .attendanceByEvent: T(sv: "Närvaro per evenemang", fi: "Osallistuminen tapahtumittain", en: "Attendance by event")
        case .attendanceRate: T(sv: "Andel", fi: "Osuus", en: "Rate")
        case .attendanceFalling: T(sv: "kommer allt mer sällan", fi: "osallistuu yhä harvemmin", en: "coming less often")
        case .attendanceLink: T(sv: "Närvaro och trender", fi: "Osallistuminen ja trendit", en: "Attendance and trends")

        case .eventRegistered: T(sv: "Anmälda", fi: "Ilmoittautuneet", en: "Signed up")
        case .eventPlacesTaken: T(sv: "{taken} av {places} platser", fi: "{taken}/{places} paikkaa", en: "{taken} of {places} places")
        case .eventCapacity: T(sv: "Antal platser (tomt = obegränsat)", fi: "Paikkojen määrä (tyhjä = rajoittamaton)", en: "Places (empty = no limit)")
        case .registrationTitle: T(sv: "Anmälan", fi: "Ilmoittautuminen", en: "Sign-up")
        case .registrationRegistered: T(sv: "Du är anmäld.", fi: "Olet ilmoittautunut.", en: "You are signed up.")
        case .registrationWaitlisted:
            T(
                sv: "Evenemanget är fullt. Du står som nummer {position} på kölistan och får en plats om någon avbokar.",
                fi: "Tapahtuma on täynnä. Olet jonossa sijalla {position} ja saat paikan, jos joku peruu.",
                en: "The event is full. You are number {position} on the waiting list and get a place if someone cancels.")
        case .registrationCancelled: T(sv: "Du har avbokat.", fi: "Olet perunut ilmoittautumisesi.", en: "You have cancelled.")
        case .registrationInvited:
            T(
                sv: "Du är inbjuden. Anmäl dig så att värden vet att du kommer.", fi: "Sinut on kutsuttu. Ilmoittaudu, jotta isäntä tietää sinun tulevan.",
                en: "You are invited. Sign up so the host knows you are coming.")
        case .registrationSignUp: T(sv: "Anmäl mig", fi: "Ilmoittaudu", en: "Sign me up")
        case .registrationCancel: T(sv: "Avboka", fi: "Peru ilmoittautuminen", en: "Cancel")

        case .feedbackExportLink:
            T(sv: "Ladda ner responsen per evenemang (CSV)", fi: "Lataa palaute tapahtumittain (CSV)", en: "Download feedback by event (CSV)")

        case .auditMilestoneDone: T(sv: "klart", fi: "valmis", en: "done")
        case .auditAdded: T(sv: "tillagt", fi: "lisätty", en: "added")

        case .reminderSubject:
            T(sv: "Påminnelse: din respons på {event}", fi: "Muistutus: palautteesi tapahtumasta {event}", en: "Reminder: your feedback on {event}")
        case .reminderBody:
            T(
                sv:
                    "Hej {name},\n\ndu deltog i {event} den {date}. Vi har inte fått din respons ännu. Det tar en minut och ditt svar sparas utan ditt namn:\n\n{link}\n\nOm du redan har svarat kan du bortse från det här meddelandet.\n\nRoder",
                fi:
                    "Hei {name},\n\nosallistuit tapahtumaan {event} {date}. Emme ole vielä saaneet palautettasi. Vastaaminen vie minuutin, ja vastauksesi tallennetaan ilman nimeäsi:\n\n{link}\n\nJos olet jo vastannut, voit jättää tämän viestin huomiotta.\n\nRoder",
                en:
                    "Hello {name},\n\nyou took part in {event} on {date}. We have not had your feedback yet. It takes a minute and your answer is stored without your name:\n\n{link}\n\nIf you have answered already, please ignore this message.\n\nRoder"
            )
        case .reminderTitle: T(sv: "Påminnelser om respons", fi: "Palautemuistutukset", en: "Feedback reminders")
        case .reminderStatus:
            T(
                sv:
                    "{missing} av {attended} deltagare har inte svarat ännu. Påminnelser skickade: {sent} av högst {limit}. Roder påminner automatiskt en och tre dagar efter evenemanget; du ser aldrig vem som inte har svarat.",
                fi:
                    "{missing}/{attended} osallistujaa ei ole vielä vastannut. Muistutuksia lähetetty: {sent}/{limit}. Roder muistuttaa automaattisesti yhden ja kolmen päivän kuluttua tapahtumasta; et näe koskaan, kuka ei ole vastannut.",
                en:
                    "{missing} of {attended} participants have not answered yet. Reminders sent: {sent} of at most {limit}. Roder reminds automatically one and three days after the event; you never see who has not answered."
            )
        case .reminderSendNow: T(sv: "Skicka påminnelse nu", fi: "Lähetä muistutus nyt", en: "Send a reminder now")
        case .reminderQueued:
            T(
                sv: "En påminnelse går nu till dem som deltog men inte har svarat.",
                fi: "Muistutus lähtee nyt niille, jotka osallistuivat mutta eivät ole vastanneet.",
                en: "A reminder is on its way to those who took part but have not answered.")
        case .reminderNobody:
            T(
                sv: "Alla som deltog har redan svarat. Ingen påminnelse behövs.", fi: "Kaikki osallistujat ovat jo vastanneet. Muistutusta ei tarvita.",
                en: "Everyone who took part has answered. No reminder is needed.")
        case .reminderNotEnded:
            T(
                sv: "Påminnelser kan skickas när evenemanget är slut.", fi: "Muistutuksia voi lähettää, kun tapahtuma on päättynyt.",
                en: "Reminders can be sent once the event is over.")
        case .reminderLimitReached:
            T(
                sv: "Alla påminnelser är skickade. Fler skulle kännas som tjat.", fi: "Kaikki muistutukset on lähetetty. Useampi tuntuisi jo painostukselta.",
                en: "All reminders have been sent. More would feel like nagging.")
        case .reminderTooSoon:
            T(
                sv: "En påminnelse skickades nyligen. Nästa kan skickas {time}.", fi: "Muistutus lähetettiin äskettäin. Seuraavan voi lähettää {time}.",
                en: "A reminder was sent recently. The next can be sent {time}.")
        case .reminderClosed:
            T(
                sv: "Evenemanget var för länge sedan för att påminna om respons.", fi: "Tapahtumasta on liian kauan muistuttaa palautteesta.",
                en: "The event was too long ago to remind about feedback.")
        case .auditReminderQueued:
            T(
                sv: "Påminnelse om respons till {after} deltagare: {subject}", fi: "Palautemuistutus {after} osallistujalle: {subject}",
                en: "Feedback reminder to {after} participants: {subject}")
        case .inviteTitle: T(sv: "Vilka bjuds in?", fi: "Ketkä kutsutaan?", en: "Who is invited?")
        case .inviteHint:
            T(
                sv: "Välj hela grupper, enheter eller enskilda personer. Var och en bjuds in en gång.",
                fi: "Valitse kokonaisia ryhmiä, yksiköitä tai yksittäisiä henkilöitä. Kukin kutsutaan kerran.",
                en: "Choose whole groups, units or single people. Each person is invited once.")
        case .inviteLevelTop:
            T(sv: "Hela högsta ledningen ({count} personer)", fi: "Koko ylin johto ({count} henkilöä)", en: "All top management ({count} people)")
        case .inviteLevelMiddle:
            T(sv: "Hela mellanledningen ({count} personer)", fi: "Koko keskijohto ({count} henkilöä)", en: "All middle management ({count} people)")
        case .inviteLevelSupervisor:
            T(sv: "Alla arbetsledare ({count} personer)", fi: "Kaikki lähiesihenkilöt ({count} henkilöä)", en: "All supervisors ({count} people)")
        case .inviteLevelStaff:
            T(
                sv: "Övriga personer i registret ({count} personer)", fi: "Muut rekisterin henkilöt ({count} henkilöä)",
                en: "Everyone else in the register ({count} people)")
        case .inviteUnits:
            T(sv: "Alla i en enhet och i enheterna under den", fi: "Kaikki yksikössä ja sen alayksiköissä", en: "Everyone in a unit and the units below it")
        case .inviteUnitCount: T(sv: "{unit} ({count} personer)", fi: "{unit} ({count} henkilöä)", en: "{unit} ({count} people)")
        case .invitePeople: T(sv: "Enskilda personer", fi: "Yksittäiset henkilöt", en: "Single people")
        case .inviteMore: T(sv: "Bjud in fler", fi: "Kutsu lisää", en: "Invite more people")
        case .inviteAdd: T(sv: "Bjud in", fi: "Kutsu", en: "Invite")
        case .inviteNobody:
            T(
                sv: "Välj minst en grupp, enhet eller person att bjuda in.", fi: "Valitse vähintään yksi kutsuttava ryhmä, yksikkö tai henkilö.",
                en: "Choose at least one group, unit or person to invite.")
        case .noticeInvited:
            T(
                sv: "Inbjudningarna är gjorda. De som redan var inbjudna bjöds inte in på nytt.", fi: "Kutsut on tehty. Jo kutsuttuja ei kutsuttu uudelleen.",
                en: "The invitations have been made. Those already invited were not invited again.")
        case .auditPeopleInvited:
            T(sv: "Bjöd in {after} personer till {subject}", fi: "Kutsui {after} henkilöä tapahtumaan {subject}", en: "Invited {after} people to {subject}")
        case .calendarFeedTitle: T(sv: "Dina evenemang i din egen kalender", fi: "Tapahtumasi omaan kalenteriisi", en: "Your events in your own calendar")
        case .calendarFeedIntro:
            T(
                sv:
                    "Prenumerera på evenemangen du är inbjuden till i Outlook, Google Kalender eller telefonens kalender; ändringar syns där av sig själva. Adressen är personlig: den som har den ser titel, tid och plats för dina evenemang.",
                fi:
                    "Tilaa tapahtumat, joihin sinut on kutsuttu, Outlookiin, Google-kalenteriin tai puhelimen kalenteriin; muutokset näkyvät siellä itsestään. Osoite on henkilökohtainen: sen haltija näkee tapahtumiesi otsikon, ajan ja paikan.",
                en:
                    "Subscribe to the events you are invited to in Outlook, Google Calendar or your phone's calendar; changes show up there by themselves. The address is personal: whoever has it sees the title, time and place of your events."
            )
        case .calendarFeedCreate: T(sv: "Skapa kalenderadress", fi: "Luo kalenteriosoite", en: "Create a calendar address")
        case .calendarFeedRenew:
            T(
                sv: "Skapa en ny adress (den gamla slutar fungera)", fi: "Luo uusi osoite (vanha lakkaa toimimasta)",
                en: "Create a new address (the old one stops working)")
        case .calendarFeedRemove: T(sv: "Stäng av kalenderadressen", fi: "Poista kalenteriosoite käytöstä", en: "Turn the calendar address off")
        case .calendarFeedActive:
            T(
                sv: "Du har en kalenderadress. Av säkerhetsskäl visas den bara när den skapas; skapa en ny om du har tappat bort den.",
                fi: "Sinulla on kalenteriosoite. Turvallisuussyistä se näytetään vain luotaessa; luo uusi, jos olet kadottanut sen.",
                en: "You have a calendar address. For security it is shown only when it is created; create a new one if you have lost it.")
        case .calendarFeedNew:
            T(
                sv: "Din nya kalenderadress. Kopiera den nu och lägg till den som prenumeration i din kalender – den visas bara den här gången.",
                fi: "Uusi kalenteriosoitteesi. Kopioi se nyt ja lisää se tilauksena kalenteriisi – se näytetään vain tämän kerran.",
                en: "Your new calendar address. Copy it now and add it as a subscription in your calendar – it is shown only this once.")
        case .calendarFeedAddress: T(sv: "Kalenderadress", fi: "Kalenteriosoite", en: "Calendar address")
        case .calendarFeedName: T(sv: "Roder – mina evenemang", fi: "Roder – omat tapahtumat", en: "Roder – my events")
        case .noticeCalendarFeedRemoved:
            T(sv: "Kalenderadressen är avstängd.", fi: "Kalenteriosoite on poistettu käytöstä.", en: "The calendar address has been turned off.")
        case .overviewIntro:
            T(
                sv:
                    "Så har forumen och seminarierna tagits emot, över hela programmet, per halvår och per utvecklingsområde. Medeltal räknas bara från evenemang där minst {k} har svarat – annars kunde ett litet evenemangs svar räknas ut genom subtraktion. Antal svar visas alltid.",
                fi:
                    "Näin foorumit ja seminaarit on otettu vastaan koko ohjelmassa, puolivuosittain ja kehittämisalueittain. Keskiarvot lasketaan vain tapahtumista, joissa vähintään {k} on vastannut – muuten pienen tapahtuman vastaukset voisi laskea vähennyslaskulla. Vastausten määrä näytetään aina.",
                en:
                    "How the forums and seminars have been received, across the programme, per half-year and per development area. Means count only events where at least {k} answered – otherwise a small event's answers could be worked out by subtraction. Numbers of answers always show."
            )
        case .overviewProgramme: T(sv: "Hela programmet", fi: "Koko ohjelma", en: "The whole programme")
        case .overviewEventsHeld: T(sv: "Evenemang med respons", fi: "Tapahtumia, joista on palautetta", en: "Events with feedback")
        case .overviewAnswers: T(sv: "Svar", fi: "Vastauksia", en: "Answers")
        case .overviewLeftOut:
            T(
                sv: "{count} svar från evenemang under {k} svarande ingår i antalen men inte i medeltalen.",
                fi: "{count} vastausta tapahtumista, joissa alle {k} vastaajaa, sisältyy määriin mutta ei keskiarvoihin.",
                en: "{count} answers from events with fewer than {k} respondents are in the counts but not in the means.")
        case .overviewOverallScore: T(sv: "Helhetsbetyg", fi: "Kokonaisarvio", en: "Overall score")
        case .overviewOverallHint:
            T(
                sv: "Helhetsbetyget är medeltalet av frågornas medeltal, 1–5.", fi: "Kokonaisarvio on kysymysten keskiarvojen keskiarvo, 1–5.",
                en: "The overall score is the mean of the questions' means, 1–5.")
        case .overviewByHalfYear: T(sv: "Per halvår", fi: "Puolivuosittain", en: "By half-year")
        case .overviewChartDescription:
            T(
                sv: "Helhetsbetyget 1–5 per halvår; samma siffror finns i tabellen nedan.",
                fi: "Kokonaisarvio 1–5 puolivuosittain; samat luvut ovat alla olevassa taulukossa.",
                en: "The overall score 1–5 per half-year; the same figures are in the table below.")
        case .overviewByArea:
            T(
                sv: "Per utvecklingsområde och halvår (helhetsbetyg, antal svar)",
                fi: "Kehittämisalueittain ja puolivuosittain (kokonaisarvio, vastausten määrä)",
                en: "By development area and half-year (overall score, answers)")
        case .overviewNoArea: T(sv: "Utan utvecklingsområde", fi: "Ilman kehittämisaluetta", en: "No development area")
        case .overviewPeriod: T(sv: "Halvår", fi: "Puolivuosi", en: "Half-year")
        case .overviewNoFeedback:
            T(
                sv: "Ingen respons ännu. Resultaten syns här när deltagarna har svarat efter de första evenemangen.",
                fi: "Ei vielä palautetta. Tulokset näkyvät täällä, kun osallistujat ovat vastanneet ensimmäisten tapahtumien jälkeen.",
                en: "No feedback yet. Results appear here once participants have answered after the first events.")
        case .overviewCellAnswers: T(sv: "{score} ({count} svar)", fi: "{score} ({count} vast.)", en: "{score} ({count} answers)")
        case .overviewCellOnlyCount: T(sv: "{count} svar", fi: "{count} vast.", en: "{count} answers")
        case .overviewSummaryLink: T(sv: "Sammanfattning för deltagarna", fi: "Yhteenveto osallistujille", en: "Summary for participants")
        case .loopTitle:
            T(sv: "Vad ni sa och vad vi gör: {period}", fi: "Mitä kerroitte ja mitä teemme: {period}", en: "What you said and what we do: {period}")
        case .loopIntro:
            T(
                sv: "En sammanfattning av responsen från programmets evenemang under halvåret, att dela med deltagarna. Tack till alla som svarade.",
                fi: "Yhteenveto ohjelman tapahtumien palautteesta puolivuoden ajalta, jaettavaksi osallistujille. Kiitos kaikille vastanneille.",
                en:
                    "A summary of the feedback from the programme's events in the half-year, to share with the participants. Thank you to everyone who answered."
            )
        case .loopFigures: T(sv: "I siffror", fi: "Lukuina", en: "In figures")
        case .loopEvents: T(sv: "Evenemang", fi: "Tapahtumat", en: "Events")
        case .loopAttendance: T(sv: "Närvaro", fi: "Läsnäolo", en: "Attendance")
        case .loopHeard: T(sv: "Vad vi hörde", fi: "Mitä kuulimme", en: "What we heard")
        case .loopActions: T(sv: "Vad vi gör härnäst", fi: "Mitä teemme seuraavaksi", en: "What we will do next")
        case .loopNotWritten:
            T(
                sv: "Programägaren har inte skrivit något här ännu.", fi: "Ohjelman omistaja ei ole vielä kirjoittanut tähän mitään.",
                en: "The programme owner has not written anything here yet.")
        case .loopEdit: T(sv: "Skriv sammanfattningen", fi: "Kirjoita yhteenveto", en: "Write the summary")
        case .loopEditHint:
            T(
                sv:
                    "Skriv med egna ord vad responsen visade och vad ni tänker göra. Citera inte enskilda kommentarer ordagrant om någon kan kännas igen av dem.",
                fi:
                    "Kirjoita omin sanoin, mitä palaute osoitti ja mitä aiotte tehdä. Älä lainaa yksittäisiä kommentteja sanatarkasti, jos niistä voi tunnistaa kirjoittajan.",
                en:
                    "Write in your own words what the feedback showed and what you intend to do. Do not quote single comments word for word if someone could be recognised by them."
            )
        case .loopSaved: T(sv: "Sammanfattningen är sparad.", fi: "Yhteenveto on tallennettu.", en: "The summary has been saved.")
        case .loopOtherPeriods: T(sv: "Andra halvår", fi: "Muut puolivuodet", en: "Other half-years")
        case .loopUpdated: T(sv: "Senast ändrad {date} av {name}", fi: "Viimeksi muokattu {date}, {name}", en: "Last changed {date} by {name}")
        case .auditLoopSaved:
            T(
                sv: "Skrev sammanfattningen för deltagarna: {subject}", fi: "Kirjoitti yhteenvedon osallistujille: {subject}",
                en: "Wrote the summary for participants: {subject}")
        case .sharedEventsTitle: T(sv: "Gemensamma evenemang", fi: "Yhteiset tapahtumat", en: "Shared events")
        case .sharedEventsIntro:
            T(
                sv:
                    "Evenemang som programoperatören ordnar för flera organisationer. Varje organisation ser sina egna deltagare; du ser responsen sammanslagen, och en organisations egen grupp bara när den inte kan kännas igen.",
                fi:
                    "Ohjelmaoperaattorin useille organisaatioille järjestämät tapahtumat. Kukin organisaatio näkee omat osallistujansa; sinä näet palautteen yhdistettynä ja organisaation oman ryhmän vain, kun sitä ei voi tunnistaa.",
                en:
                    "Events the programme operator runs for several organisations. Each organisation sees its own participants; you see the feedback pooled, and an organisation's own group only when it cannot be recognised."
            )
        case .sharedEventsNone: T(sv: "Inga gemensamma evenemang ännu.", fi: "Ei vielä yhteisiä tapahtumia.", en: "No shared events yet.")
        case .sharedEventNew: T(sv: "Nytt gemensamt evenemang", fi: "Uusi yhteinen tapahtuma", en: "New shared event")
        case .sharedEventCreate: T(sv: "Skapa och bjud in", fi: "Luo ja kutsu", en: "Create and invite")
        case .sharedEventOrganisations: T(sv: "Deltagande organisationer", fi: "Osallistuvat organisaatiot", en: "Participating organisations")
        case .sharedEventOrganisationsRequired:
            T(
                sv: "Välj minst två organisationer: ett gemensamt evenemang samlar flera.",
                fi: "Valitse vähintään kaksi organisaatiota: yhteinen tapahtuma kokoaa useita.",
                en: "Choose at least two organisations: a shared event brings several together.")
        case .sharedEventInviteLevels: T(sv: "Bjud in i varje organisation", fi: "Kutsu jokaisesta organisaatiosta", en: "Invite in each organisation")
        case .sharedEventCreated:
            T(
                sv: "Det gemensamma evenemanget har skapats i varje deltagande organisation.",
                fi: "Yhteinen tapahtuma on luotu jokaiseen osallistuvaan organisaatioon.",
                en: "The shared event has been created in every participating organisation.")
        case .sharedEventBadge:
            T(
                sv:
                    "Gemensamt evenemang som programoperatören ordnar med flera organisationer. Responsen slås samman för operatören; ingen organisations lilla grupp visas för sig.",
                fi:
                    "Yhteinen tapahtuma, jonka ohjelmaoperaattori järjestää usean organisaation kanssa. Palaute yhdistetään operaattorille; minkään organisaation pientä ryhmää ei näytetä erikseen.",
                en:
                    "A shared event the programme operator runs with several organisations. Feedback is pooled for the operator; no organisation's small group shows on its own."
            )
        case .sharedEventShort: T(sv: "gemensamt", fi: "yhteinen", en: "shared")
        case .pooledTitle: T(sv: "Respons sammanslagen", fi: "Palaute yhdistettynä", en: "Feedback pooled")
        case .pooledByOrganisation: T(sv: "Per organisation", fi: "Organisaatioittain", en: "By organisation")
        case .pooledHidden: T(sv: "visas inte", fi: "ei näytetä", en: "not shown")
        case .pooledHiddenHint:
            T(
                sv:
                    "En organisations resultat visas bara när den har minst {k} svarande och inte kan räknas ut ur helheten minus de andra. Antal svar visas alltid.",
                fi:
                    "Organisaation tulokset näytetään vain, kun vastaajia on vähintään {k} eikä niitä voi laskea kokonaisuudesta vähentämällä muut. Vastausten määrä näytetään aina.",
                en:
                    "An organisation's results show only when it has at least {k} respondents and cannot be worked out as the whole minus the others. Numbers of answers always show."
            )
        case .pooledThresholdNote:
            T(sv: "Operatörens gräns k är {k} svarande.", fi: "Operaattorin raja k on {k} vastaajaa.", en: "The operator's threshold k is {k} respondents.")
        case .auditSharedEventCreated:
            T(
                sv: "Skapade det gemensamma evenemanget {subject} i {after} organisationer", fi: "Loi yhteisen tapahtuman {subject} {after} organisaatioon",
                en: "Created the shared event {subject} in {after} organisations")
        case .levelTop: T(sv: "Högsta ledningen", fi: "Ylin johto", en: "Top management")
        case .levelMiddle: T(sv: "Mellanledningen", fi: "Keskijohto", en: "Middle management")
        case .levelSupervisor: T(sv: "Arbetsledarna", fi: "Lähiesihenkilöt", en: "Supervisors")
        case .questionsTitle: T(sv: "Frågorna efter evenemangen", fi: "Tapahtumien jälkeiset kysymykset", en: "The questions after events")
        case .questionsIntro:
            T(
                sv:
                    "Deltagarna svarar på de här frågorna efter varje evenemang, på en skala 1–5, och kan lämna en kommentar. Ändringar gäller svar som ges från och med nu; tidigare svar på en borttagen fråga finns kvar men visas inte.",
                fi:
                    "Osallistujat vastaavat näihin kysymyksiin jokaisen tapahtuman jälkeen asteikolla 1–5 ja voivat jättää kommentin. Muutokset koskevat tästä eteenpäin annettavia vastauksia; aiemmat vastaukset poistettuun kysymykseen säilyvät mutta eivät näy.",
                en:
                    "Participants answer these questions after every event, on a 1–5 scale, and may leave a comment. Changes apply to answers given from now on; earlier answers to a removed question are kept but not shown."
            )
        case .questionNumber: T(sv: "Fråga {number} (skala 1–5)", fi: "Kysymys {number} (asteikko 1–5)", en: "Question {number} (scale 1–5)")
        case .questionCommentField: T(sv: "Den öppna kommentaren", fi: "Avoin kommentti", en: "The open comment")
        case .questionRemove: T(sv: "Ta bort frågan", fi: "Poista kysymys", en: "Remove the question")
        case .questionNew: T(sv: "Ny fråga (skala 1–5, frivillig)", fi: "Uusi kysymys (asteikko 1–5, vapaaehtoinen)", en: "New question (scale 1–5, optional)")
        case .questionText: T(sv: "Frågan", fi: "Kysymys", en: "The question")
        case .questionsNeedOne:
            T(
                sv: "Behåll minst en fråga med skala 1–5.", fi: "Säilytä vähintään yksi asteikon 1–5 kysymys.",
                en: "Keep at least one question on the 1–5 scale.")
        case .questionsTooMany:
            T(
                sv: "Högst {count} frågor med skala: fler gör enkäten långsam att svara på en telefon.",
                fi: "Enintään {count} asteikkokysymystä: useampi tekee kyselystä hitaan vastata puhelimella.",
                en: "At most {count} scale questions: more make the questionnaire slow to answer on a phone.")
        case .questionsTextMissing:
            T(sv: "Skriv fråga {number} på {language}.", fi: "Kirjoita kysymys {number} kielellä {language}.", en: "Write question {number} in {language}.")
        case .questionsLink: T(sv: "Ändra frågorna efter evenemangen", fi: "Muokkaa tapahtumien jälkeisiä kysymyksiä", en: "Change the questions after events")
        case .auditQuestionsChanged:
            T(
                sv: "Ändrade frågorna efter evenemangen ({after} frågor)", fi: "Muutti tapahtumien jälkeisiä kysymyksiä ({after} kysymystä)",
                en: "Changed the questions after events ({after} questions)")
        case .materialsTitle: T(sv: "Material", fi: "Materiaali", en: "Material")
        case .materialsNone: T(sv: "Inget material ännu.", fi: "Ei vielä materiaalia.", en: "No material yet.")
        case .materialAddLink: T(sv: "Lägg till en länk", fi: "Lisää linkki", en: "Add a link")
        case .materialAddFile: T(sv: "Ladda upp en fil", fi: "Lataa tiedosto", en: "Upload a file")
        case .materialTitle: T(sv: "Rubrik", fi: "Otsikko", en: "Title")
        case .materialURL: T(sv: "Adress (https://…)", fi: "Osoite (https://…)", en: "Address (https://…)")
        case .materialFile: T(sv: "Fil", fi: "Tiedosto", en: "File")
        case .materialFileHint:
            T(
                sv: "PDF, Word, Excel, PowerPoint, bilder (PNG, JPEG) eller text, högst 10 MB.",
                fi: "PDF, Word, Excel, PowerPoint, kuvat (PNG, JPEG) tai teksti, enintään 10 Mt.",
                en: "PDF, Word, Excel, PowerPoint, pictures (PNG, JPEG) or text, at most 10 MB.")
        case .materialAdd: T(sv: "Lägg till", fi: "Lisää", en: "Add")
        case .materialRemove: T(sv: "Ta bort", fi: "Poista", en: "Remove")
        case .materialTitleRequired: T(sv: "Ge materialet en rubrik.", fi: "Anna materiaalille otsikko.", en: "Give the material a title.")
        case .materialURLInvalid:
            T(
                sv: "Skriv en webbadress som börjar med https:// eller http://.", fi: "Kirjoita verkko-osoite, joka alkaa https:// tai http://.",
                en: "Write a web address starting with https:// or http://.")
        case .materialFileMissing: T(sv: "Välj en fil att ladda upp.", fi: "Valitse ladattava tiedosto.", en: "Choose a file to upload.")
        case .materialFileTooLarge: T(sv: "Filen är större än 10 MB.", fi: "Tiedosto on suurempi kuin 10 Mt.", en: "The file is larger than 10 MB.")
        case .materialFileType:
            T(
                sv: "Den här filtypen tas inte emot. Ladda upp PDF, Word, Excel, PowerPoint, PNG, JPEG eller text.",
                fi: "Tätä tiedostotyyppiä ei hyväksytä. Lataa PDF, Word, Excel, PowerPoint, PNG, JPEG tai teksti.",
                en: "This kind of file is not accepted. Upload PDF, Word, Excel, PowerPoint, PNG, JPEG or text.")
        case .noticeMaterialAdded: T(sv: "Materialet har lagts till.", fi: "Materiaali on lisätty.", en: "The material has been added.")
        case .noticeMaterialRemoved: T(sv: "Materialet har tagits bort.", fi: "Materiaali on poistettu.", en: "The material has been removed.")
        case .auditMaterialChanged:
            T(sv: "Material för {subject}: {after}", fi: "Materiaali tapahtumalle {subject}: {after}", en: "Material for {subject}: {after}")
        case .eventOnlineURL:
            T(sv: "Länk för att delta på distans (frivillig)", fi: "Etäosallistumisen linkki (vapaaehtoinen)", en: "Link for joining online (optional)")
        case .eventOnlineJoin: T(sv: "Delta på distans", fi: "Osallistu etänä", en: "Join online")
        case .eventHosts: T(sv: "Värdar och experter", fi: "Isännät ja asiantuntijat", en: "Hosts and experts")
        case .eventHostsHint:
            T(
                sv: "Till exempel: Helena Lindqvist (värd), Anna Forsman, Åbo Akademi (expert).",
                fi: "Esimerkiksi: Helena Lindqvist (isäntä), Anna Forsman, Åbo Akademi (asiantuntija).",
                en: "For example: Helena Lindqvist (host), Anna Forsman, Åbo Akademi (expert).")
        case .eventGoals: T(sv: "Resultatmål som tas upp", fi: "Käsiteltävät tulostavoitteet", en: "Result goals dealt with")
        case .feedbackPublishedPart:
            T(
                sv:
                    "Resultaten bygger på {shown} av {count} svar. De uppdateras när {needed} till har svarat, så att ingen enskild persons svar kan urskiljas.",
                fi:
                    "Tulokset perustuvat {shown} vastaukseen {count}:stä. Ne päivittyvät, kun {needed} lisää on vastannut, jottei kenenkään yksittäistä vastausta voi erottaa.",
                en:
                    "The results are drawn from {shown} of {count} answers. They are updated when {needed} more have answered, so that no one person's answer can be told apart."
            )
        case .feedbackQuestionBelowThreshold:
            T(
                sv: "{count} har svarat på frågan: svaren visas från {k}.",
                fi: "{count} on vastannut kysymykseen: vastaukset näytetään, kun vastaajia on {k}.",
                en: "{count} answered this question: answers show from {k}.")
        case .eventCoaches: T(sv: "Coacher som leder evenemanget", fi: "Tapahtumaa vetävät valmentajat", en: "Coaches leading the event")
        case .eventCoachesHint:
            T(
                sv: "En extern coach ser respons och kommentarer endast från de evenemang hen leder.",
                fi: "Ulkopuolinen valmentaja näkee palautteen ja kommentit vain vetämistään tapahtumista.",
                en: "An external coach sees feedback and comments only of the events they lead.")
        case .eventCapacityInvalid:
            T(
                sv: "Antalet platser är ett heltal från 1 till 100 000, eller tomt om antalet inte är begränsat.",
                fi: "Paikkojen määrä on kokonaisluku väliltä 1–100 000, tai tyhjä, jos määrää ei rajoiteta.",
                en: "The number of places is a whole number from 1 to 100,000, or empty for no limit.")
        case .eventOnlineURLInvalid:
            T(
                sv: "Distanslänken ska vara en webbadress som börjar med https:// eller http://.",
                fi: "Etälinkin on oltava verkko-osoite, joka alkaa https:// tai http://.",
                en: "The online link must be a web address starting with https:// or http://.")
        case .operatorAttendanceTitle:
            T(
                sv: "Närvaro per organisation i de gemensamma evenemangen", fi: "Läsnäolo organisaatioittain yhteisissä tapahtumissa",
                en: "Attendance by organisation at the shared events")
        case .operatorAttendanceHint:
            T(
                sv:
                    "Närvarande av inbjudna i evenemang som har hållits. En organisation markeras när närvaron vid de tre senaste evenemangen är klart lägre än tidigare.",
                fi:
                    "Läsnä olleet kutsutuista pidetyissä tapahtumissa. Organisaatio merkitään, kun läsnäolo kolmessa viimeisimmässä tapahtumassa on selvästi aiempaa pienempi.",
                en:
                    "Attended out of invited at the events held. An organisation is flagged when attendance at the last three events is clearly lower than before."
            )
        case .eventQRLabel:
            T(
                sv: "QR-kod för att anmäla närvaro med koden {code}", fi: "QR-koodi läsnäolon ilmoittamiseen koodilla {code}",
                en: "QR code for checking in with the code {code}")
        case .eventQRHint:
            T(
                sv: "Deltagarna kan också skanna QR-koden med telefonens kamera: sidan öppnas med koden ifylld.",
                fi: "Osallistujat voivat myös skannata QR-koodin puhelimen kameralla: sivu avautuu koodi valmiiksi täytettynä.",
                en: "Participants can also scan the QR code with their phone's camera: the page opens with the code filled in.")
        case .eventCheckInList:
            T(
                sv: "Närvarolista: {attended} av {invited} närvarande", fi: "Läsnäololista: {attended}/{invited} läsnä",
                en: "Attendance list: {attended} of {invited} present")
        case .eventEdit: T(sv: "Ändra evenemanget", fi: "Muokkaa tapahtumaa", en: "Edit the event")
        case .eventSaveChanges: T(sv: "Spara ändringarna", fi: "Tallenna muutokset", en: "Save the changes")
        case .eventEditHint:
            T(
                sv: "De inbjudna, närvaron och responsen påverkas inte. Den som prenumererar på sin kalender får den nya tiden och platsen automatiskt.",
                fi: "Kutsutut, läsnäolo ja palaute eivät muutu. Kalenteria tilaavat saavat uuden ajan ja paikan automaattisesti.",
                en:
                    "The invitations, attendance and feedback stay as they are. Anyone who subscribes to their calendar gets the new time and place automatically."
            )
        case .eventSharedNotEditable:
            T(
                sv: "Evenemanget delas med andra organisationer. Det ändras av programoperatören.",
                fi: "Tapahtuma on yhteinen muiden organisaatioiden kanssa. Sitä muuttaa ohjelman operaattori.",
                en: "The event is shared with other organisations. The programme operator changes it.")
        case .noticeEventSaved:
            T(sv: "Ändringarna av evenemanget har sparats.", fi: "Tapahtuman muutokset on tallennettu.", en: "The changes to the event have been saved.")
        case .auditEventChanged: T(sv: "Ändrade evenemanget {subject}", fi: "Muutti tapahtumaa {subject}", en: "Changed the event {subject}")
        case .eventBack: T(sv: "Tillbaka till evenemanget", fi: "Takaisin tapahtumaan", en: "Back to the event")
        case .sharedEventEditHint:
            T(
                sv: "Ändringen gäller evenemanget i alla deltagande organisationer. Deras inbjudningar, närvaro och respons påverkas inte.",
                fi: "Muutos koskee tapahtumaa kaikissa osallistuvissa organisaatioissa. Niiden kutsut, läsnäolo ja palaute eivät muutu.",
                en: "The change applies to the event in every participating organisation. Their invitations, attendance and feedback stay as they are.")
        case .auditSharedEventChanged:
            T(sv: "Ändrade det gemensamma evenemanget {subject}", fi: "Muutti yhteistä tapahtumaa {subject}", en: "Changed the shared event {subject}")
        case .attendeeSearchLabel: T(sv: "Sök bland de inbjudna", fi: "Hae kutsutuista", en: "Search the invitees")
        case .attendeeShowing:
            T(
                sv: "Visar {shown} av {invited} som matchar ”{query}”.", fi: "Näytetään {shown}/{invited}, jotka vastaavat hakua ”{query}”.",
                en: "Showing {shown} of {invited} matching “{query}”.")
        case .attendeeShowAll: T(sv: "Visa alla", fi: "Näytä kaikki", en: "Show everyone")
        // Errors
        case .errorForbiddenTitle: T(sv: "Ingen behörighet", fi: "Ei käyttöoikeutta", en: "No access")
        case .errorForbiddenMessage:
            T(
                sv: "Du har inte behörighet till den här sidan. Be administratören om en annan roll om du behöver den.",
                fi: "Sinulla ei ole oikeutta tähän sivuun. Pyydä pääkäyttäjältä toista roolia, jos tarvitset sitä.",
                en: "You do not have access to this page. Ask your administrator for another role if you need it.")
        case .errorNotFoundTitle: T(sv: "Sidan hittades inte", fi: "Sivua ei löytynyt", en: "Page not found")
        case .errorNotFoundMessage:
            T(
                sv: "Sidan finns inte, eller så har den flyttats. Kontrollera adressen.",
                fi: "Sivua ei ole olemassa tai se on siirretty. Tarkista osoite.",
                en: "The page does not exist or has moved. Check the address.")
        case .errorFormExpiredTitle: T(sv: "Formuläret har gått ut", fi: "Lomake on vanhentunut", en: "The form has expired")
        case .errorFormExpiredMessage:
            T(
                sv: "Formuläret skickades inte från en aktuell Roder-sida. Gå tillbaka, ladda om sidan och försök igen.",
                fi: "Lomaketta ei lähetetty ajantasaiselta Roder-sivulta. Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.",
                en: "The form was not sent from a current Roder page. Go back, reload the page and try again.")
        case .errorBadRequestTitle: T(sv: "Felaktig begäran", fi: "Virheellinen pyyntö", en: "Bad request")
        case .errorBadRequestMessage:
            T(
                sv: "Roder förstod inte begäran. Gå tillbaka och försök igen.",
                fi: "Roder ei ymmärtänyt pyyntöä. Palaa takaisin ja yritä uudelleen.",
                en: "Roder did not understand the request. Go back and try again.")
        case .errorTooManyRequestsTitle: T(sv: "För många försök", fi: "Liian monta yritystä", en: "Too many attempts")
        case .errorTooManyRequestsMessage:
            T(
                sv: "Vänta en stund och försök sedan igen.",
                fi: "Odota hetki ja yritä sitten uudelleen.",
                en: "Wait a while, then try again.")
        case .errorServerTitle: T(sv: "Något gick fel", fi: "Jokin meni vikaan", en: "Something went wrong")
        case .errorServerMessage:
            T(
                sv: "Ett fel uppstod i Roder. Ingenting du sparat tidigare har gått förlorat. Försök igen om en stund.",
                fi: "Roderissa tapahtui virhe. Aiemmin tallentamasi tiedot ovat tallessa. Yritä hetken kuluttua uudelleen.",
                en: "An error happened in Roder. Nothing you saved before has been lost. Try again in a moment.")
        case .errorBackHome: T(sv: "Till startsidan", fi: "Etusivulle", en: "Go to the home page")
        }
    }
}

private typealias T = Translations
