import Foundation
import Plot
import RoderCore

/// What every page knows about the request: who is reading, in which language, in which
/// organisation, and the CSRF token its forms must carry.
public struct PageContext: Sendable {
    public let localizer: Localizer
    public let principal: Principal?
    public let userName: String?
    public let organisation: OrganisationSummary?
    /// Organisations the user can switch to, the current one included.
    public let organisations: [OrganisationSummary]
    public let csrfToken: String
    /// The path of this page, so the language switcher can come back to it.
    public let currentPath: String
    public let notice: Notice?

    public init(
        localizer: Localizer, principal: Principal?, userName: String?, organisation: OrganisationSummary?,
        organisations: [OrganisationSummary] = [], csrfToken: String, currentPath: String, notice: Notice? = nil
    ) {
        self.localizer = localizer
        self.principal = principal
        self.userName = userName
        self.organisation = organisation
        self.organisations = organisations
        self.csrfToken = csrfToken
        self.currentPath = currentPath
        self.notice = notice
    }

    public var language: RoderCore.Language { localizer.language }

    /// Localised interface text.
    public func callAsFunction(_ string: Str) -> String {
        localizer(string)
    }
}

/// A one-off message shown at the top of the next page (after a redirect).
public enum Notice: String, Sendable, CaseIterable {
    case signedOut = "signed-out"
    case sessionExpired = "session-expired"
    case passwordChanged = "password-changed"
    case userCreated = "user-created"
    case userUpdated = "user-updated"
    case organisationSwitched = "organisation-switched"
    case organisationImported = "organisation-imported"
    case scenarioApplied = "scenario-applied"
    case statusSaved = "status-saved"
    case measurementSaved = "measurement-saved"
    case goalCreated = "goal-created"
    case saved
    case archived
    case restored
    case carriedOver = "carried-over"
    case carryOverNeedsYear = "carry-over-needs-year"
    case areaTitleMissing = "area-title-missing"
    case eventCreated = "event-created"
    case eventSaved = "event-saved"
    case checkedIn = "checked-in"
    case feedbackThanks = "feedback-thanks"
    case reminderQueued = "reminder-queued"
    case invited
    case calendarFeedRemoved = "calendar-feed-removed"
    case sharedEventCreated = "shared-event-created"
    case materialAdded = "material-added"
    case materialRemoved = "material-removed"
    case unitSaved = "unit-saved"
    case unitCreated = "unit-created"
    case unitRetired = "unit-retired"
    case personSaved = "person-saved"
    case selfAssessmentSaved = "self-assessment-saved"
    case roundReminded = "round-reminded"
    case timeLogged = "time-logged"
    case timeDeleted = "time-deleted"
    case costSaved = "cost-saved"
    case costDeleted = "cost-deleted"
    case ratesSaved = "rates-saved"
    case budgetSaved = "budget-saved"
    case reportTextsSaved = "report-texts-saved"
    case userInvited = "user-invited"
    case linkSent = "link-sent"
    case passwordChosen = "password-chosen"
    case accountsCreated = "accounts-created"
    case accountsDeactivated = "accounts-deactivated"
    case rolesChanged = "roles-changed"
    case directorySaved = "directory-saved"

    var message: Str {
        switch self {
        case .signedOut: .noticeSignedOut
        case .sessionExpired: .noticeSessionExpired
        case .passwordChanged: .noticePasswordChanged
        case .userCreated: .noticeUserCreated
        case .userUpdated: .noticeUserUpdated
        case .organisationSwitched: .noticeOrganisationSwitched
        case .organisationImported: .importApplied
        case .scenarioApplied: .scenarioApplied
        case .statusSaved: .noticeStatusSaved
        case .measurementSaved: .noticeMeasurementSaved
        case .goalCreated: .noticeGoalCreated
        case .saved: .noticeSaved
        case .archived: .noticeArchived
        case .restored: .noticeRestored
        case .carriedOver: .noticeCarriedOver
        case .carryOverNeedsYear: .noticeCarryOverNeedsYear
        case .areaTitleMissing: .noticeAreaTitleMissing
        case .eventCreated: .noticeEventCreated
        case .eventSaved: .noticeEventSaved
        case .checkedIn: .noticeCheckedIn
        case .feedbackThanks: .noticeFeedbackThanks
        case .reminderQueued: .reminderQueued
        case .invited: .noticeInvited
        case .calendarFeedRemoved: .noticeCalendarFeedRemoved
        case .sharedEventCreated: .sharedEventCreated
        case .materialAdded: .noticeMaterialAdded
        case .materialRemoved: .noticeMaterialRemoved
        case .unitSaved: .noticeUnitSaved
        case .unitCreated: .noticeUnitCreated
        case .unitRetired: .noticeUnitRetired
        case .personSaved: .noticePersonSaved
        case .selfAssessmentSaved: .noticeSelfAssessmentSaved
        case .roundReminded: .noticeRoundReminded
        case .timeLogged: .timeLogged
        case .timeDeleted: .timeDeleted
        case .costSaved: .costSaved
        case .costDeleted: .costDeleted
        case .ratesSaved: .ratesSaved
        case .budgetSaved: .budgetSaved
        case .reportTextsSaved: .reportTextsSaved
        case .userInvited: .noticeUserInvited
        case .linkSent: .noticeLinkSent
        case .passwordChosen: .noticePasswordChosen
        case .accountsCreated: .noticeAccountsCreated
        case .accountsDeactivated: .noticeAccountsDeactivated
        case .rolesChanged: .noticeRolesChanged
        case .directorySaved: .noticeDirectorySaved
        }
    }

    /// Warnings are announced assertively; confirmations politely.
    var isWarning: Bool { [.sessionExpired, .carryOverNeedsYear, .areaTitleMissing].contains(self) }
}
