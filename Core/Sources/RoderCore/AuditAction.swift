import Foundation

/// What kind of change an audit-log entry records. Stored as its raw value, so cases may
/// be added but never renamed.
public enum AuditAction: String, CaseIterable, Codable, Sendable {
    case organisationCreated = "organisation.created"
    case userCreated = "user.created"
    case userUpdated = "user.updated"
    case userRolesChanged = "user.roles_changed"
    case userDeactivated = "user.deactivated"
    case userReactivated = "user.reactivated"
    case passwordChanged = "user.password_changed"
    case passwordSetByAdministrator = "user.password_set"
    case languageChanged = "user.language_changed"
    case demoDataLoaded = "demo.loaded"
    case organisationImported = "organisation.imported"
    case scenarioApplied = "organisation.scenario_applied"
    case roleProfileSaved = "organisation.role_profile_saved"
    case roleHoldersChanged = "organisation.role_holders_changed"
    case spanTargetChanged = "organisation.span_target_changed"
    case goalStatusReported = "strategy.goal_status_reported"
    case indicatorCreated = "strategy.indicator_created"
    case indicatorChanged = "strategy.indicator_changed"
    case measurementRecorded = "strategy.measurement_recorded"
    case goalCreated = "strategy.goal_created"
    case goalChanged = "strategy.goal_changed"
    case measurementCorrected = "strategy.measurement_corrected"
    case programmeCreated = "strategy.programme_created"
    case programmeChanged = "strategy.programme_changed"
    case areaChanged = "strategy.area_changed"
    case periodUnlocked = "strategy.period_unlocked"
    case periodLocked = "strategy.period_locked"
    case goalsCarriedOver = "strategy.goals_carried_over"
    case itemArchived = "strategy.archived"
    case itemRestored = "strategy.restored"
    case initiativeChanged = "strategy.initiative_changed"
    case milestoneChanged = "strategy.milestone_changed"
    case eventCreated = "events.created"
    case eventChanged = "events.changed"
    case reminderQueued = "events.reminder_queued"
    case peopleInvited = "events.invited"
    case feedbackSummaryWritten = "feedback.summary_written"
    case sharedEventCreated = "events.shared_created"
    case sharedEventChanged = "events.shared_changed"
    case questionsChanged = "feedback.questions_changed"
    case materialChanged = "events.material_changed"
    case unitCreated = "organisation.unit_created"
    case unitChanged = "organisation.unit_changed"
    case unitRetired = "organisation.unit_retired"
    case personChanged = "organisation.person_changed"
    case lateCheckIn = "events.late_check_in"
    case accountLinkChanged = "user.person_link_changed"
    case engagementChanged = "coaching.engagement_changed"
    case coachingSessionChanged = "coaching.session_changed"
    case competenceSaved = "competence.saved"
    case profileCompetencesChanged = "competence.profile_expectations_changed"
    case assessmentRoundChanged = "competence.round_changed"
    case coachingNotesDeleted = "coaching.notes_deleted"
    case externalCostChanged = "costs.external_changed"
    case hourlyRatesChanged = "costs.rates_changed"
    case budgetChanged = "costs.budget_changed"
    case reportTextsChanged = "reports.texts_changed"
    case invitationSent = "user.invitation_sent"
    case passwordLinkSent = "user.password_link_sent"
    case passwordChosenWithLink = "user.password_chosen"
    case directorySettingsChanged = "organisation.directory_settings_changed"
}

/// One row of the audit log as the page shows it.
public struct AuditEntry: Sendable, Hashable {
    public var at: Date
    /// nil when the change came from the command line or the system itself.
    public var actorName: String?
    public var action: AuditAction
    public var subject: String
    /// Before and after, when the change has them (role lists, languages), as stored codes.
    public var before: String?
    public var after: String?

    public init(at: Date, actorName: String?, action: AuditAction, subject: String, before: String? = nil, after: String? = nil) {
        self.at = at
        self.actorName = actorName
        self.action = action
        self.subject = subject
        self.before = before
        self.after = after
    }
}
